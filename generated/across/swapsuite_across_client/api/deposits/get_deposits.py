from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deposit import Deposit
from ...models.indexer_error import IndexerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["depositor"] = depositor

    params["address"] = address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndexerError | list[Deposit] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Deposit.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = IndexerError.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = IndexerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IndexerError | list[Deposit]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> Response[IndexerError | list[Deposit]]:
    """List deposits for an address

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    optionally
    filtered by depositor or by an address that is either depositor or recipient. Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndexerError | list[Deposit]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        depositor=depositor,
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> IndexerError | list[Deposit] | None:
    """List deposits for an address

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    optionally
    filtered by depositor or by an address that is either depositor or recipient. Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndexerError | list[Deposit]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        depositor=depositor,
        address=address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> Response[IndexerError | list[Deposit]]:
    """List deposits for an address

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    optionally
    filtered by depositor or by an address that is either depositor or recipient. Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndexerError | list[Deposit]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        depositor=depositor,
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> IndexerError | list[Deposit] | None:
    """List deposits for an address

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    optionally
    filtered by depositor or by an address that is either depositor or recipient. Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndexerError | list[Deposit]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            depositor=depositor,
            address=address,
        )
    ).parsed
