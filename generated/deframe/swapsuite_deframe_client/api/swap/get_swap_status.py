from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.flat_error_response import FlatErrorResponse
from ...models.swap_status_response import SwapStatusResponse
from ...types import UNSET, Response, Unset


def build_request(
    quote_id: str,
    *,
    btc_tx_hash: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v2/swap/status/{quote_id}`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        quote_id (str):
        btc_tx_hash (str | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

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


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlatErrorResponse | SwapStatusResponse | None:
    if response.status_code == 200:
        response_200 = SwapStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | FlatErrorResponse | SwapStatusResponse]:
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
) -> Response[ErrorEnvelope | FlatErrorResponse | SwapStatusResponse]:
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
        Response[ErrorEnvelope | FlatErrorResponse | SwapStatusResponse]
    """

    kwargs = build_request(
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
) -> ErrorEnvelope | FlatErrorResponse | SwapStatusResponse | None:
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
        ErrorEnvelope | FlatErrorResponse | SwapStatusResponse
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
) -> Response[ErrorEnvelope | FlatErrorResponse | SwapStatusResponse]:
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
        Response[ErrorEnvelope | FlatErrorResponse | SwapStatusResponse]
    """

    kwargs = build_request(
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
) -> ErrorEnvelope | FlatErrorResponse | SwapStatusResponse | None:
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
        ErrorEnvelope | FlatErrorResponse | SwapStatusResponse
    """

    return (
        await asyncio_detailed(
            quote_id=quote_id,
            client=client,
            btc_tx_hash=btc_tx_hash,
        )
    ).parsed
