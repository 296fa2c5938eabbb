from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.get_any_input_quote_withdrawals import GetAnyInputQuoteWithdrawals
from ...models.get_any_input_quote_withdrawals_sort_order import GetAnyInputQuoteWithdrawalsSortOrder
from ...types import UNSET, Response, Unset


def build_request(
    *,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
    timestamp_from: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetAnyInputQuoteWithdrawalsSortOrder | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v0/any-input/withdrawals`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):
        timestamp_from (str | Unset):
        page (int | Unset):
        limit (int | Unset):
        sort_order (GetAnyInputQuoteWithdrawalsSortOrder | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["depositAddress"] = deposit_address

    params["depositMemo"] = deposit_memo

    params["timestampFrom"] = timestamp_from

    params["page"] = page

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/any-input/withdrawals",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestResponse | GetAnyInputQuoteWithdrawals | None:
    if response.status_code == 200:
        response_200 = GetAnyInputQuoteWithdrawals.from_dict(response.json())

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
) -> Response[Any | BadRequestResponse | GetAnyInputQuoteWithdrawals]:
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
    timestamp_from: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetAnyInputQuoteWithdrawalsSortOrder | Unset = UNSET,
) -> Response[Any | BadRequestResponse | GetAnyInputQuoteWithdrawals]:
    """List ANY_INPUT withdrawals

     Lists the payouts made for an `ANY_INPUT` quote (fee aggregation: deposits in any token are pooled,
    converted to the quote's destination asset and withdrawn to its recipient). Results are selected by
    deposit address, can start from a timestamp, are paged (at most 50 per page) and sorted by time,
    newest first unless `sortOrder` says otherwise.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):
        timestamp_from (str | Unset):
        page (int | Unset):
        limit (int | Unset):
        sort_order (GetAnyInputQuoteWithdrawalsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | GetAnyInputQuoteWithdrawals]
    """

    kwargs = build_request(
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
        timestamp_from=timestamp_from,
        page=page,
        limit=limit,
        sort_order=sort_order,
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
    timestamp_from: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetAnyInputQuoteWithdrawalsSortOrder | Unset = UNSET,
) -> Any | BadRequestResponse | GetAnyInputQuoteWithdrawals | None:
    """List ANY_INPUT withdrawals

     Lists the payouts made for an `ANY_INPUT` quote (fee aggregation: deposits in any token are pooled,
    converted to the quote's destination asset and withdrawn to its recipient). Results are selected by
    deposit address, can start from a timestamp, are paged (at most 50 per page) and sorted by time,
    newest first unless `sortOrder` says otherwise.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):
        timestamp_from (str | Unset):
        page (int | Unset):
        limit (int | Unset):
        sort_order (GetAnyInputQuoteWithdrawalsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | GetAnyInputQuoteWithdrawals
    """

    return sync_detailed(
        client=client,
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
        timestamp_from=timestamp_from,
        page=page,
        limit=limit,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
    timestamp_from: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetAnyInputQuoteWithdrawalsSortOrder | Unset = UNSET,
) -> Response[Any | BadRequestResponse | GetAnyInputQuoteWithdrawals]:
    """List ANY_INPUT withdrawals

     Lists the payouts made for an `ANY_INPUT` quote (fee aggregation: deposits in any token are pooled,
    converted to the quote's destination asset and withdrawn to its recipient). Results are selected by
    deposit address, can start from a timestamp, are paged (at most 50 per page) and sorted by time,
    newest first unless `sortOrder` says otherwise.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):
        timestamp_from (str | Unset):
        page (int | Unset):
        limit (int | Unset):
        sort_order (GetAnyInputQuoteWithdrawalsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | GetAnyInputQuoteWithdrawals]
    """

    kwargs = build_request(
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
        timestamp_from=timestamp_from,
        page=page,
        limit=limit,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    deposit_address: str,
    deposit_memo: str | Unset = UNSET,
    timestamp_from: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: GetAnyInputQuoteWithdrawalsSortOrder | Unset = UNSET,
) -> Any | BadRequestResponse | GetAnyInputQuoteWithdrawals | None:
    """List ANY_INPUT withdrawals

     Lists the payouts made for an `ANY_INPUT` quote (fee aggregation: deposits in any token are pooled,
    converted to the quote's destination asset and withdrawn to its recipient). Results are selected by
    deposit address, can start from a timestamp, are paged (at most 50 per page) and sorted by time,
    newest first unless `sortOrder` says otherwise.

    Args:
        deposit_address (str):
        deposit_memo (str | Unset):
        timestamp_from (str | Unset):
        page (int | Unset):
        limit (int | Unset):
        sort_order (GetAnyInputQuoteWithdrawalsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | GetAnyInputQuoteWithdrawals
    """

    return (
        await asyncio_detailed(
            client=client,
            deposit_address=deposit_address,
            deposit_memo=deposit_memo,
            timestamp_from=timestamp_from,
            page=page,
            limit=limit,
            sort_order=sort_order,
        )
    ).parsed
