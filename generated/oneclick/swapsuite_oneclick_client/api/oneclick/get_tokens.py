from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    ondo_tokens: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v0/tokens`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        ondo_tokens (str | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["ondoTokens"] = ondo_tokens

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/tokens",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestResponse | list[TokenResponse]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TokenResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = BadRequestResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestResponse | list[TokenResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ondo_tokens: str | Unset = UNSET,
) -> Response[BadRequestResponse | list[TokenResponse]]:
    """List supported tokens

     Returns every asset 1Click can currently swap, with its chain, asset identifier, decimals, USD
    price (and when that price was refreshed), symbol and, where one exists, the contract address.
    The endpoint needs no credentials.

    Args:
        ondo_tokens (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | list[TokenResponse]]
    """

    kwargs = build_request(
        ondo_tokens=ondo_tokens,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ondo_tokens: str | Unset = UNSET,
) -> BadRequestResponse | list[TokenResponse] | None:
    """List supported tokens

     Returns every asset 1Click can currently swap, with its chain, asset identifier, decimals, USD
    price (and when that price was refreshed), symbol and, where one exists, the contract address.
    The endpoint needs no credentials.

    Args:
        ondo_tokens (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | list[TokenResponse]
    """

    return sync_detailed(
        client=client,
        ondo_tokens=ondo_tokens,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ondo_tokens: str | Unset = UNSET,
) -> Response[BadRequestResponse | list[TokenResponse]]:
    """List supported tokens

     Returns every asset 1Click can currently swap, with its chain, asset identifier, decimals, USD
    price (and when that price was refreshed), symbol and, where one exists, the contract address.
    The endpoint needs no credentials.

    Args:
        ondo_tokens (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | list[TokenResponse]]
    """

    kwargs = build_request(
        ondo_tokens=ondo_tokens,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ondo_tokens: str | Unset = UNSET,
) -> BadRequestResponse | list[TokenResponse] | None:
    """List supported tokens

     Returns every asset 1Click can currently swap, with its chain, asset identifier, decimals, USD
    price (and when that price was refreshed), symbol and, where one exists, the contract address.
    The endpoint needs no credentials.

    Args:
        ondo_tokens (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | list[TokenResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            ondo_tokens=ondo_tokens,
        )
    ).parsed
