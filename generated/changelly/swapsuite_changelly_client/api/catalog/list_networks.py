from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.network import Network
from ...types import Response


def build_request() -> dict[str, Any]:
    """Build the ``GET /v1/networks`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/networks",
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Network] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Network.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[Network]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[Network]]:
    """List supported networks

     Returns every network the service supports. Network ids are Changelly's own integers (for example 1
    is
    Ethereum in the samples), not EVM chain ids.

    The generation-A page for this endpoint was not retrievable; the shape follows the oldest
    documentation
    generation (`GET /affiliate/v1/networks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Network]]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[Network] | None:
    """List supported networks

     Returns every network the service supports. Network ids are Changelly's own integers (for example 1
    is
    Ethereum in the samples), not EVM chain ids.

    The generation-A page for this endpoint was not retrievable; the shape follows the oldest
    documentation
    generation (`GET /affiliate/v1/networks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Network]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[Network]]:
    """List supported networks

     Returns every network the service supports. Network ids are Changelly's own integers (for example 1
    is
    Ethereum in the samples), not EVM chain ids.

    The generation-A page for this endpoint was not retrievable; the shape follows the oldest
    documentation
    generation (`GET /affiliate/v1/networks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Network]]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[Network] | None:
    """List supported networks

     Returns every network the service supports. Network ids are Changelly's own integers (for example 1
    is
    Ethereum in the samples), not EVM chain ids.

    The generation-A page for this endpoint was not retrievable; the shape follows the oldest
    documentation
    generation (`GET /affiliate/v1/networks`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Network]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
