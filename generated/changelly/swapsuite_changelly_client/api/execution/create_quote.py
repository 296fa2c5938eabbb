from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.quote import Quote
from ...models.quote_request import QuoteRequest
from ...types import Response


def build_request(
    *,
    body: QuoteRequest,
) -> dict[str, Any]:
    """Build the ``POST /v1/quotes/`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        body (QuoteRequest):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/quotes/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Quote | None:
    if response.status_code == 200:
        response_200 = Quote.from_dict(response.json())

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
) -> Response[ErrorResponse | Quote]:
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
) -> Response[ErrorResponse | Quote]:
    """Get a swap quote

     Prices a swap between two tokens. Each side is named either by `token_id` or by `network_id` plus
    `contract_address`. The returned quote id is what `createIntent` consumes; the quote expires at
    `expires_at`.

    Args:
        body (QuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Quote]
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
) -> ErrorResponse | Quote | None:
    """Get a swap quote

     Prices a swap between two tokens. Each side is named either by `token_id` or by `network_id` plus
    `contract_address`. The returned quote id is what `createIntent` consumes; the quote expires at
    `expires_at`.

    Args:
        body (QuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Quote
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QuoteRequest,
) -> Response[ErrorResponse | Quote]:
    """Get a swap quote

     Prices a swap between two tokens. Each side is named either by `token_id` or by `network_id` plus
    `contract_address`. The returned quote id is what `createIntent` consumes; the quote expires at
    `expires_at`.

    Args:
        body (QuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Quote]
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
) -> ErrorResponse | Quote | None:
    """Get a swap quote

     Prices a swap between two tokens. Each side is named either by `token_id` or by `network_id` plus
    `contract_address`. The returned quote id is what `createIntent` consumes; the quote expires at
    `expires_at`.

    Args:
        body (QuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Quote
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
