from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.swap import Swap
from ...models.swap_status import SwapStatus
from ...types import UNSET, Response, Unset


def build_request(
    *,
    from_token_id: int | Unset = UNSET,
    to_token_id: int | Unset = UNSET,
    from_network_id: int | Unset = UNSET,
    to_network_id: int | Unset = UNSET,
    from_contract_address: str | Unset = UNSET,
    to_contract_address: str | Unset = UNSET,
    swap_created_from: int | Unset = UNSET,
    swap_created_to: int | Unset = UNSET,
    status: SwapStatus | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v1/swaps`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        from_token_id (int | Unset):
        to_token_id (int | Unset):
        from_network_id (int | Unset):
        to_network_id (int | Unset):
        from_contract_address (str | Unset):
        to_contract_address (str | Unset):
        swap_created_from (int | Unset):
        swap_created_to (int | Unset):
        status (SwapStatus | Unset): Combined state of an intent and the swap that fills it:
            * `created` - intent exists, no approval submitted yet
            * `approved` - the user's signature was attached
            * `verified` - a resolver accepted the intent
            * `failed` - the resolver declined the intent (terminal)
            * `deposited` - the resolver escrowed the user's funds on the source chain
            * `finished` - the user received the destination funds (terminal)
            * `expired` - the intent lapsed before completion (terminal)
            * `refunded` - the user's funds were returned (terminal)

            Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while
            the newest
            swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as
            the newest
            sample); the page that lists the values for the current API was not retrievable. Compare
            statuses
            case-insensitively.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["from_token_id"] = from_token_id

    params["to_token_id"] = to_token_id

    params["from_network_id"] = from_network_id

    params["to_network_id"] = to_network_id

    params["from_contract_address"] = from_contract_address

    params["to_contract_address"] = to_contract_address

    params["swap_created_from"] = swap_created_from

    params["swap_created_to"] = swap_created_to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/swaps",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Swap] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Swap.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Swap]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_token_id: int | Unset = UNSET,
    to_token_id: int | Unset = UNSET,
    from_network_id: int | Unset = UNSET,
    to_network_id: int | Unset = UNSET,
    from_contract_address: str | Unset = UNSET,
    to_contract_address: str | Unset = UNSET,
    swap_created_from: int | Unset = UNSET,
    swap_created_to: int | Unset = UNSET,
    status: SwapStatus | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | list[Swap]]:
    """List the partner's swaps

     Returns the partner's swaps. Filters come in pairs that must be sent together:
    token ids, network ids, contract addresses, creation-time window. The response is a bare JSON array
    (no
    pagination envelope); page with `limit` and `offset`.

    Args:
        from_token_id (int | Unset):
        to_token_id (int | Unset):
        from_network_id (int | Unset):
        to_network_id (int | Unset):
        from_contract_address (str | Unset):
        to_contract_address (str | Unset):
        swap_created_from (int | Unset):
        swap_created_to (int | Unset):
        status (SwapStatus | Unset): Combined state of an intent and the swap that fills it:
            * `created` - intent exists, no approval submitted yet
            * `approved` - the user's signature was attached
            * `verified` - a resolver accepted the intent
            * `failed` - the resolver declined the intent (terminal)
            * `deposited` - the resolver escrowed the user's funds on the source chain
            * `finished` - the user received the destination funds (terminal)
            * `expired` - the intent lapsed before completion (terminal)
            * `refunded` - the user's funds were returned (terminal)

            Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while
            the newest
            swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as
            the newest
            sample); the page that lists the values for the current API was not retrievable. Compare
            statuses
            case-insensitively.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Swap]]
    """

    kwargs = build_request(
        from_token_id=from_token_id,
        to_token_id=to_token_id,
        from_network_id=from_network_id,
        to_network_id=to_network_id,
        from_contract_address=from_contract_address,
        to_contract_address=to_contract_address,
        swap_created_from=swap_created_from,
        swap_created_to=swap_created_to,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_token_id: int | Unset = UNSET,
    to_token_id: int | Unset = UNSET,
    from_network_id: int | Unset = UNSET,
    to_network_id: int | Unset = UNSET,
    from_contract_address: str | Unset = UNSET,
    to_contract_address: str | Unset = UNSET,
    swap_created_from: int | Unset = UNSET,
    swap_created_to: int | Unset = UNSET,
    status: SwapStatus | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> ErrorResponse | list[Swap] | None:
    """List the partner's swaps

     Returns the partner's swaps. Filters come in pairs that must be sent together:
    token ids, network ids, contract addresses, creation-time window. The response is a bare JSON array
    (no
    pagination envelope); page with `limit` and `offset`.

    Args:
        from_token_id (int | Unset):
        to_token_id (int | Unset):
        from_network_id (int | Unset):
        to_network_id (int | Unset):
        from_contract_address (str | Unset):
        to_contract_address (str | Unset):
        swap_created_from (int | Unset):
        swap_created_to (int | Unset):
        status (SwapStatus | Unset): Combined state of an intent and the swap that fills it:
            * `created` - intent exists, no approval submitted yet
            * `approved` - the user's signature was attached
            * `verified` - a resolver accepted the intent
            * `failed` - the resolver declined the intent (terminal)
            * `deposited` - the resolver escrowed the user's funds on the source chain
            * `finished` - the user received the destination funds (terminal)
            * `expired` - the intent lapsed before completion (terminal)
            * `refunded` - the user's funds were returned (terminal)

            Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while
            the newest
            swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as
            the newest
            sample); the page that lists the values for the current API was not retrievable. Compare
            statuses
            case-insensitively.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Swap]
    """

    return sync_detailed(
        client=client,
        from_token_id=from_token_id,
        to_token_id=to_token_id,
        from_network_id=from_network_id,
        to_network_id=to_network_id,
        from_contract_address=from_contract_address,
        to_contract_address=to_contract_address,
        swap_created_from=swap_created_from,
        swap_created_to=swap_created_to,
        status=status,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_token_id: int | Unset = UNSET,
    to_token_id: int | Unset = UNSET,
    from_network_id: int | Unset = UNSET,
    to_network_id: int | Unset = UNSET,
    from_contract_address: str | Unset = UNSET,
    to_contract_address: str | Unset = UNSET,
    swap_created_from: int | Unset = UNSET,
    swap_created_to: int | Unset = UNSET,
    status: SwapStatus | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | list[Swap]]:
    """List the partner's swaps

     Returns the partner's swaps. Filters come in pairs that must be sent together:
    token ids, network ids, contract addresses, creation-time window. The response is a bare JSON array
    (no
    pagination envelope); page with `limit` and `offset`.

    Args:
        from_token_id (int | Unset):
        to_token_id (int | Unset):
        from_network_id (int | Unset):
        to_network_id (int | Unset):
        from_contract_address (str | Unset):
        to_contract_address (str | Unset):
        swap_created_from (int | Unset):
        swap_created_to (int | Unset):
        status (SwapStatus | Unset): Combined state of an intent and the swap that fills it:
            * `created` - intent exists, no approval submitted yet
            * `approved` - the user's signature was attached
            * `verified` - a resolver accepted the intent
            * `failed` - the resolver declined the intent (terminal)
            * `deposited` - the resolver escrowed the user's funds on the source chain
            * `finished` - the user received the destination funds (terminal)
            * `expired` - the intent lapsed before completion (terminal)
            * `refunded` - the user's funds were returned (terminal)

            Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while
            the newest
            swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as
            the newest
            sample); the page that lists the values for the current API was not retrievable. Compare
            statuses
            case-insensitively.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Swap]]
    """

    kwargs = build_request(
        from_token_id=from_token_id,
        to_token_id=to_token_id,
        from_network_id=from_network_id,
        to_network_id=to_network_id,
        from_contract_address=from_contract_address,
        to_contract_address=to_contract_address,
        swap_created_from=swap_created_from,
        swap_created_to=swap_created_to,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_token_id: int | Unset = UNSET,
    to_token_id: int | Unset = UNSET,
    from_network_id: int | Unset = UNSET,
    to_network_id: int | Unset = UNSET,
    from_contract_address: str | Unset = UNSET,
    to_contract_address: str | Unset = UNSET,
    swap_created_from: int | Unset = UNSET,
    swap_created_to: int | Unset = UNSET,
    status: SwapStatus | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> ErrorResponse | list[Swap] | None:
    """List the partner's swaps

     Returns the partner's swaps. Filters come in pairs that must be sent together:
    token ids, network ids, contract addresses, creation-time window. The response is a bare JSON array
    (no
    pagination envelope); page with `limit` and `offset`.

    Args:
        from_token_id (int | Unset):
        to_token_id (int | Unset):
        from_network_id (int | Unset):
        to_network_id (int | Unset):
        from_contract_address (str | Unset):
        to_contract_address (str | Unset):
        swap_created_from (int | Unset):
        swap_created_to (int | Unset):
        status (SwapStatus | Unset): Combined state of an intent and the swap that fills it:
            * `created` - intent exists, no approval submitted yet
            * `approved` - the user's signature was attached
            * `verified` - a resolver accepted the intent
            * `failed` - the resolver declined the intent (terminal)
            * `deposited` - the resolver escrowed the user's funds on the source chain
            * `finished` - the user received the destination funds (terminal)
            * `expired` - the intent lapsed before completion (terminal)
            * `refunded` - the user's funds were returned (terminal)

            Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while
            the newest
            swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as
            the newest
            sample); the page that lists the values for the current API was not retrievable. Compare
            statuses
            case-insensitively.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Swap]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_token_id=from_token_id,
            to_token_id=to_token_id,
            from_network_id=from_network_id,
            to_network_id=to_network_id,
            from_contract_address=from_contract_address,
            to_contract_address=to_contract_address,
            swap_created_from=swap_created_from,
            swap_created_to=swap_created_to,
            status=status,
            limit=limit,
            offset=offset,
        )
    ).parsed
