from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.get_history_deposit_type_item import GetHistoryDepositTypeItem
from ...models.get_history_recipient_type_item import GetHistoryRecipientTypeItem
from ...models.get_history_refund_type_item import GetHistoryRefundTypeItem
from ...models.get_history_status_item import GetHistoryStatusItem
from ...models.history_response import HistoryResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    prev_cursor: str | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
    status: list[GetHistoryStatusItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    deposit_address: str | Unset = UNSET,
    deposit_memo: str | Unset = UNSET,
    search: str | Unset = UNSET,
    deposit_type: list[GetHistoryDepositTypeItem] | Unset = UNSET,
    recipient_type: list[GetHistoryRecipientTypeItem] | Unset = UNSET,
    refund_type: list[GetHistoryRefundTypeItem] | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v0/account/history`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        prev_cursor (str | Unset):
        next_cursor (str | Unset):
        status (list[GetHistoryStatusItem] | Unset):
        limit (int | Unset):
        deposit_address (str | Unset):
        deposit_memo (str | Unset):
        search (str | Unset):
        deposit_type (list[GetHistoryDepositTypeItem] | Unset):
        recipient_type (list[GetHistoryRecipientTypeItem] | Unset):
        refund_type (list[GetHistoryRefundTypeItem] | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["prevCursor"] = prev_cursor

    params["nextCursor"] = next_cursor

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["limit"] = limit

    params["depositAddress"] = deposit_address

    params["depositMemo"] = deposit_memo

    params["search"] = search

    json_deposit_type: list[str] | Unset = UNSET
    if not isinstance(deposit_type, Unset):
        json_deposit_type = []
        for deposit_type_item_data in deposit_type:
            deposit_type_item = deposit_type_item_data.value
            json_deposit_type.append(deposit_type_item)

    params["depositType"] = json_deposit_type

    json_recipient_type: list[str] | Unset = UNSET
    if not isinstance(recipient_type, Unset):
        json_recipient_type = []
        for recipient_type_item_data in recipient_type:
            recipient_type_item = recipient_type_item_data.value
            json_recipient_type.append(recipient_type_item)

    params["recipientType"] = json_recipient_type

    json_refund_type: list[str] | Unset = UNSET
    if not isinstance(refund_type, Unset):
        json_refund_type = []
        for refund_type_item_data in refund_type:
            refund_type_item = refund_type_item_data.value
            json_refund_type.append(refund_type_item)

    params["refundType"] = json_refund_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/account/history",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestResponse | HistoryResponse | None:
    if response.status_code == 200:
        response_200 = HistoryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BadRequestResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestResponse | HistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    prev_cursor: str | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
    status: list[GetHistoryStatusItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    deposit_address: str | Unset = UNSET,
    deposit_memo: str | Unset = UNSET,
    search: str | Unset = UNSET,
    deposit_type: list[GetHistoryDepositTypeItem] | Unset = UNSET,
    recipient_type: list[GetHistoryRecipientTypeItem] | Unset = UNSET,
    refund_type: list[GetHistoryRefundTypeItem] | Unset = UNSET,
) -> Response[BadRequestResponse | HistoryResponse]:
    """List the signed-in user's swaps

     Pages through the swaps of the user behind the session token (from `/v0/auth/authenticate`), newest
    first. The first call passes neither cursor; then `prevCursor` fetches older items (fewer than
    `limit`
    means the end) and `nextCursor` polls for newer ones. The type filters are index-aligned lists:
    position
    i of `depositType`, `recipientType` and `refundType` together form one condition (`null` is a
    wildcard),
    and several positions are OR-ed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getHistory`).

    Args:
        prev_cursor (str | Unset):
        next_cursor (str | Unset):
        status (list[GetHistoryStatusItem] | Unset):
        limit (int | Unset):
        deposit_address (str | Unset):
        deposit_memo (str | Unset):
        search (str | Unset):
        deposit_type (list[GetHistoryDepositTypeItem] | Unset):
        recipient_type (list[GetHistoryRecipientTypeItem] | Unset):
        refund_type (list[GetHistoryRefundTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | HistoryResponse]
    """

    kwargs = build_request(
        prev_cursor=prev_cursor,
        next_cursor=next_cursor,
        status=status,
        limit=limit,
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
        search=search,
        deposit_type=deposit_type,
        recipient_type=recipient_type,
        refund_type=refund_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    prev_cursor: str | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
    status: list[GetHistoryStatusItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    deposit_address: str | Unset = UNSET,
    deposit_memo: str | Unset = UNSET,
    search: str | Unset = UNSET,
    deposit_type: list[GetHistoryDepositTypeItem] | Unset = UNSET,
    recipient_type: list[GetHistoryRecipientTypeItem] | Unset = UNSET,
    refund_type: list[GetHistoryRefundTypeItem] | Unset = UNSET,
) -> BadRequestResponse | HistoryResponse | None:
    """List the signed-in user's swaps

     Pages through the swaps of the user behind the session token (from `/v0/auth/authenticate`), newest
    first. The first call passes neither cursor; then `prevCursor` fetches older items (fewer than
    `limit`
    means the end) and `nextCursor` polls for newer ones. The type filters are index-aligned lists:
    position
    i of `depositType`, `recipientType` and `refundType` together form one condition (`null` is a
    wildcard),
    and several positions are OR-ed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getHistory`).

    Args:
        prev_cursor (str | Unset):
        next_cursor (str | Unset):
        status (list[GetHistoryStatusItem] | Unset):
        limit (int | Unset):
        deposit_address (str | Unset):
        deposit_memo (str | Unset):
        search (str | Unset):
        deposit_type (list[GetHistoryDepositTypeItem] | Unset):
        recipient_type (list[GetHistoryRecipientTypeItem] | Unset):
        refund_type (list[GetHistoryRefundTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | HistoryResponse
    """

    return sync_detailed(
        client=client,
        prev_cursor=prev_cursor,
        next_cursor=next_cursor,
        status=status,
        limit=limit,
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
        search=search,
        deposit_type=deposit_type,
        recipient_type=recipient_type,
        refund_type=refund_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    prev_cursor: str | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
    status: list[GetHistoryStatusItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    deposit_address: str | Unset = UNSET,
    deposit_memo: str | Unset = UNSET,
    search: str | Unset = UNSET,
    deposit_type: list[GetHistoryDepositTypeItem] | Unset = UNSET,
    recipient_type: list[GetHistoryRecipientTypeItem] | Unset = UNSET,
    refund_type: list[GetHistoryRefundTypeItem] | Unset = UNSET,
) -> Response[BadRequestResponse | HistoryResponse]:
    """List the signed-in user's swaps

     Pages through the swaps of the user behind the session token (from `/v0/auth/authenticate`), newest
    first. The first call passes neither cursor; then `prevCursor` fetches older items (fewer than
    `limit`
    means the end) and `nextCursor` polls for newer ones. The type filters are index-aligned lists:
    position
    i of `depositType`, `recipientType` and `refundType` together form one condition (`null` is a
    wildcard),
    and several positions are OR-ed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getHistory`).

    Args:
        prev_cursor (str | Unset):
        next_cursor (str | Unset):
        status (list[GetHistoryStatusItem] | Unset):
        limit (int | Unset):
        deposit_address (str | Unset):
        deposit_memo (str | Unset):
        search (str | Unset):
        deposit_type (list[GetHistoryDepositTypeItem] | Unset):
        recipient_type (list[GetHistoryRecipientTypeItem] | Unset):
        refund_type (list[GetHistoryRefundTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | HistoryResponse]
    """

    kwargs = build_request(
        prev_cursor=prev_cursor,
        next_cursor=next_cursor,
        status=status,
        limit=limit,
        deposit_address=deposit_address,
        deposit_memo=deposit_memo,
        search=search,
        deposit_type=deposit_type,
        recipient_type=recipient_type,
        refund_type=refund_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    prev_cursor: str | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
    status: list[GetHistoryStatusItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    deposit_address: str | Unset = UNSET,
    deposit_memo: str | Unset = UNSET,
    search: str | Unset = UNSET,
    deposit_type: list[GetHistoryDepositTypeItem] | Unset = UNSET,
    recipient_type: list[GetHistoryRecipientTypeItem] | Unset = UNSET,
    refund_type: list[GetHistoryRefundTypeItem] | Unset = UNSET,
) -> BadRequestResponse | HistoryResponse | None:
    """List the signed-in user's swaps

     Pages through the swaps of the user behind the session token (from `/v0/auth/authenticate`), newest
    first. The first call passes neither cursor; then `prevCursor` fetches older items (fewer than
    `limit`
    means the end) and `nextCursor` polls for newer ones. The type filters are index-aligned lists:
    position
    i of `depositType`, `recipientType` and `refundType` together form one condition (`null` is a
    wildcard),
    and several positions are OR-ed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getHistory`).

    Args:
        prev_cursor (str | Unset):
        next_cursor (str | Unset):
        status (list[GetHistoryStatusItem] | Unset):
        limit (int | Unset):
        deposit_address (str | Unset):
        deposit_memo (str | Unset):
        search (str | Unset):
        deposit_type (list[GetHistoryDepositTypeItem] | Unset):
        recipient_type (list[GetHistoryRecipientTypeItem] | Unset):
        refund_type (list[GetHistoryRefundTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | HistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            prev_cursor=prev_cursor,
            next_cursor=next_cursor,
            status=status,
            limit=limit,
            deposit_address=deposit_address,
            deposit_memo=deposit_memo,
            search=search,
            deposit_type=deposit_type,
            recipient_type=recipient_type,
            refund_type=refund_type,
        )
    ).parsed
