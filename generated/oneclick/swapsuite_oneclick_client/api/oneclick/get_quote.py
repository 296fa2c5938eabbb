from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.quote_request import QuoteRequest
from ...models.quote_response import QuoteResponse
from ...types import Response


def build_request(
    *,
    body: QuoteRequest,
) -> dict[str, Any]:
    """Build the ``POST /v0/quote`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        body (QuoteRequest): What the caller wants to swap. Also echoed back as
            `QuoteResponse.quoteRequest`; in that echo the
            optional fields may be `null`.

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/quote",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequestResponse | QuoteResponse | None:
    if response.status_code == 200:
        response_200 = QuoteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = QuoteResponse.from_dict(response.json())

        return response_201

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
) -> Response[Any | BadRequestResponse | QuoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QuoteRequest,
) -> Response[Any | BadRequestResponse | QuoteResponse]:
    """Get a swap quote

     Prices a swap described by the origin and destination assets, the amount (read as input or output
    depending on `swapType`), the slippage tolerance and where proceeds and refunds go. This is the
    first
    step of every swap.

    A normal quote (`dry: false`) reserves a unique deposit address; sending the origin asset there
    starts
    the swap. A dry quote (`dry: true`) only previews pricing and validates the input: it reserves no
    deposit address, so `depositAddress`, `deadline` and `timeWhenInactive` are absent from its `quote`.
    Use dry quotes while the user is browsing and request a real one only when the user confirms.

    The response carries an Ed25519 `signature` from the 1Click service over the quote; keep the whole
    response, it is the evidence in case of a dispute.

    Args:
        body (QuoteRequest): What the caller wants to swap. Also echoed back as
            `QuoteResponse.quoteRequest`; in that echo the
            optional fields may be `null`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | QuoteResponse]
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
    body: QuoteRequest,
) -> Any | BadRequestResponse | QuoteResponse | None:
    """Get a swap quote

     Prices a swap described by the origin and destination assets, the amount (read as input or output
    depending on `swapType`), the slippage tolerance and where proceeds and refunds go. This is the
    first
    step of every swap.

    A normal quote (`dry: false`) reserves a unique deposit address; sending the origin asset there
    starts
    the swap. A dry quote (`dry: true`) only previews pricing and validates the input: it reserves no
    deposit address, so `depositAddress`, `deadline` and `timeWhenInactive` are absent from its `quote`.
    Use dry quotes while the user is browsing and request a real one only when the user confirms.

    The response carries an Ed25519 `signature` from the 1Click service over the quote; keep the whole
    response, it is the evidence in case of a dispute.

    Args:
        body (QuoteRequest): What the caller wants to swap. Also echoed back as
            `QuoteResponse.quoteRequest`; in that echo the
            optional fields may be `null`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | QuoteResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QuoteRequest,
) -> Response[Any | BadRequestResponse | QuoteResponse]:
    """Get a swap quote

     Prices a swap described by the origin and destination assets, the amount (read as input or output
    depending on `swapType`), the slippage tolerance and where proceeds and refunds go. This is the
    first
    step of every swap.

    A normal quote (`dry: false`) reserves a unique deposit address; sending the origin asset there
    starts
    the swap. A dry quote (`dry: true`) only previews pricing and validates the input: it reserves no
    deposit address, so `depositAddress`, `deadline` and `timeWhenInactive` are absent from its `quote`.
    Use dry quotes while the user is browsing and request a real one only when the user confirms.

    The response carries an Ed25519 `signature` from the 1Click service over the quote; keep the whole
    response, it is the evidence in case of a dispute.

    Args:
        body (QuoteRequest): What the caller wants to swap. Also echoed back as
            `QuoteResponse.quoteRequest`; in that echo the
            optional fields may be `null`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestResponse | QuoteResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QuoteRequest,
) -> Any | BadRequestResponse | QuoteResponse | None:
    """Get a swap quote

     Prices a swap described by the origin and destination assets, the amount (read as input or output
    depending on `swapType`), the slippage tolerance and where proceeds and refunds go. This is the
    first
    step of every swap.

    A normal quote (`dry: false`) reserves a unique deposit address; sending the origin asset there
    starts
    the swap. A dry quote (`dry: true`) only previews pricing and validates the input: it reserves no
    deposit address, so `depositAddress`, `deadline` and `timeWhenInactive` are absent from its `quote`.
    Use dry quotes while the user is browsing and request a real one only when the user confirms.

    The response carries an Ed25519 `signature` from the 1Click service over the quote; keep the whole
    response, it is the evidence in case of a dispute.

    Args:
        body (QuoteRequest): What the caller wants to swap. Also echoed back as
            `QuoteResponse.quoteRequest`; in that echo the
            optional fields may be `null`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestResponse | QuoteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
