from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.swap_status_response import SwapStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    quote_id: str,
    *,
    btc_tx_hash: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["btcTxHash"] = btc_tx_hash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/swap/status/{quote_id}".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SwapStatusResponse | None:
    if response.status_code == 200:
        response_200 = SwapStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SwapStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    btc_tx_hash: str | Unset = UNSET,
) -> Response[ErrorResponse | SwapStatusResponse]:
    """Get the execution status of a swap

     Reports where the swap for a quote stands, with transaction hashes once known. The fee breakdown is
    not repeated here (it is only returned by the quote endpoint).

    Args:
        quote_id (str):
        btc_tx_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SwapStatusResponse]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        btc_tx_hash=btc_tx_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    btc_tx_hash: str | Unset = UNSET,
) -> ErrorResponse | SwapStatusResponse | None:
    """Get the execution status of a swap

     Reports where the swap for a quote stands, with transaction hashes once known. The fee breakdown is
    not repeated here (it is only returned by the quote endpoint).

    Args:
        quote_id (str):
        btc_tx_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SwapStatusResponse
    """

    return sync_detailed(
        quote_id=quote_id,
        client=client,
        btc_tx_hash=btc_tx_hash,
    ).parsed


async def asyncio_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    btc_tx_hash: str | Unset = UNSET,
) -> Response[ErrorResponse | SwapStatusResponse]:
    """Get the execution status of a swap

     Reports where the swap for a quote stands, with transaction hashes once known. The fee breakdown is
    not repeated here (it is only returned by the quote endpoint).

    Args:
        quote_id (str):
        btc_tx_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SwapStatusResponse]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        btc_tx_hash=btc_tx_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    btc_tx_hash: str | Unset = UNSET,
) -> ErrorResponse | SwapStatusResponse | None:
    """Get the execution status of a swap

     Reports where the swap for a quote stands, with transaction hashes once known. The fee breakdown is
    not repeated here (it is only returned by the quote endpoint).

    Args:
        quote_id (str):
        btc_tx_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SwapStatusResponse
    """

    return (
        await asyncio_detailed(
            quote_id=quote_id,
            client=client,
            btc_tx_hash=btc_tx_hash,
        )
    ).parsed
