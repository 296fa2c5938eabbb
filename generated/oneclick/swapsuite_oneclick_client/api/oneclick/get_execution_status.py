from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.get_execution_status_response import GetExecutionStatusResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v0/status`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["depositAddress"] = deposit_address

    params["depositMemo"] = deposit_memo

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/status",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestResponse | GetExecutionStatusResponse | None:
    if response.status_code == 200:
        response_200 = GetExecutionStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = BadRequestResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BadRequestResponse | GetExecutionStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
) -> Response[Any | BadRequestResponse | GetExecutionStatusResponse]:
    """Get the status of a swap

     Looks a swap up by the deposit address its quote handed out (plus the deposit memo when the quote
    returned one) and reports where it is in its lifecycle, the original quote, and what has actually
    been swapped, withdrawn or refunded so far.

    Typical progression: `PENDING_DEPOSIT` -> (`KNOWN_DEPOSIT_TX`) -> `PROCESSING` -> `SUCCESS` or
    `REFUNDED`; `INCOMPLETE_DEPOSIT` when less than the required amount arrived; `FAILED` on error.
    `SUCCESS`, `REFUNDED` and `FAILED` are final. `ANY_INPUT` swaps never reach a final status; follow
    them
    with `/v0/any-input/withdrawals` instead.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | GetExecutionStatusResponse]
    """

    kwargs = build_request(
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
) -> Any | BadRequestResponse | GetExecutionStatusResponse | None:
    """Get the status of a swap

     Looks a swap up by the deposit address its quote handed out (plus the deposit memo when the quote
    returned one) and reports where it is in its lifecycle, the original quote, and what has actually
    been swapped, withdrawn or refunded so far.

    Typical progression: `PENDING_DEPOSIT` -> (`KNOWN_DEPOSIT_TX`) -> `PROCESSING` -> `SUCCESS` or
    `REFUNDED`; `INCOMPLETE_DEPOSIT` when less than the required amount arrived; `FAILED` on error.
    `SUCCESS`, `REFUNDED` and `FAILED` are final. `ANY_INPUT` swaps never reach a final status; follow
    them
    with `/v0/any-input/withdrawals` instead.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | GetExecutionStatusResponse
    """

    return sync_detailed(
        client=client,
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
) -> Response[Any | BadRequestResponse | GetExecutionStatusResponse]:
    """Get the status of a swap

     Looks a swap up by the deposit address its quote handed out (plus the deposit memo when the quote
    returned one) and reports where it is in its lifecycle, the original quote, and what has actually
    been swapped, withdrawn or refunded so far.

    Typical progression: `PENDING_DEPOSIT` -> (`KNOWN_DEPOSIT_TX`) -> `PROCESSING` -> `SUCCESS` or
    `REFUNDED`; `INCOMPLETE_DEPOSIT` when less than the required amount arrived; `FAILED` on error.
    `SUCCESS`, `REFUNDED` and `FAILED` are final. `ANY_INPUT` swaps never reach a final status; follow
    them
    with `/v0/any-input/withdrawals` instead.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | GetExecutionStatusResponse]
    """

    kwargs = build_request(
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
) -> Any | BadRequestResponse | GetExecutionStatusResponse | None:
    """Get the status of a swap

     Looks a swap up by the deposit address its quote handed out (plus the deposit memo when the quote
    returned one) and reports where it is in its lifecycle, the original quote, and what has actually
    been swapped, withdrawn or refunded so far.

    Typical progression: `PENDING_DEPOSIT` -> (`KNOWN_DEPOSIT_TX`) -> `PROCESSING` -> `SUCCESS` or
    `REFUNDED`; `INCOMPLETE_DEPOSIT` when less than the required amount arrived; `FAILED` on error.
    `SUCCESS`, `REFUNDED` and `FAILED` are final. `ANY_INPUT` swaps never reach a final status; follow
    them
    with `/v0/any-input/withdrawals` instead.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | GetExecutionStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            deposit_address=deposit_address,
            deposit_memo=deposit_memo,
        )
    ).parsed
