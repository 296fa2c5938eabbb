from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.submit_deposit_tx_request import SubmitDepositTxRequest
from ...models.submit_deposit_tx_response import SubmitDepositTxResponse
from ...types import Response


def build_request(
    *,
    body: SubmitDepositTxRequest,
) -> dict[str, Any]:
    """Build the ``POST /v0/deposit/submit`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        body (SubmitDepositTxRequest): Notification that a deposit was sent.

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/deposit/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestResponse | SubmitDepositTxResponse | None:
    if response.status_code == 200:
        response_200 = SubmitDepositTxResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BadRequestResponse | SubmitDepositTxResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitDepositTxRequest,
) -> Response[Any | BadRequestResponse | SubmitDepositTxResponse]:
    """Report the deposit transaction

     Optional. Tells 1Click which transaction carried the deposit to a quote's deposit address, so the
    service can check the deposit right away instead of waiting to discover it; this can make the swap
    start sooner. The answer has the same shape as `/v0/status`.

    Args:
        body (SubmitDepositTxRequest): Notification that a deposit was sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | SubmitDepositTxResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubmitDepositTxRequest,
) -> Any | BadRequestResponse | SubmitDepositTxResponse | None:
    """Report the deposit transaction

     Optional. Tells 1Click which transaction carried the deposit to a quote's deposit address, so the
    service can check the deposit right away instead of waiting to discover it; this can make the swap
    start sooner. The answer has the same shape as `/v0/status`.

    Args:
        body (SubmitDepositTxRequest): Notification that a deposit was sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | SubmitDepositTxResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitDepositTxRequest,
) -> Response[Any | BadRequestResponse | SubmitDepositTxResponse]:
    """Report the deposit transaction

     Optional. Tells 1Click which transaction carried the deposit to a quote's deposit address, so the
    service can check the deposit right away instead of waiting to discover it; this can make the swap
    start sooner. The answer has the same shape as `/v0/status`.

    Args:
        body (SubmitDepositTxRequest): Notification that a deposit was sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | SubmitDepositTxResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitDepositTxRequest,
) -> Any | BadRequestResponse | SubmitDepositTxResponse | None:
    """Report the deposit transaction

     Optional. Tells 1Click which transaction carried the deposit to a quote's deposit address, so the
    service can check the deposit right away instead of waiting to discover it; this can make the swap
    start sooner. The answer has the same shape as `/v0/status`.

    Args:
        body (SubmitDepositTxRequest): Notification that a deposit was sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | SubmitDepositTxResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
