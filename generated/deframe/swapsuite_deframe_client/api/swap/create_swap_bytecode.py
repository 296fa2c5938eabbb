from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bytecode_request import BytecodeRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.evm_bytecode_response import EvmBytecodeResponse
from ...models.fiat_offramp_bytecode_response import FiatOfframpBytecodeResponse
from ...models.flat_error_response import FlatErrorResponse
from ...models.solana_bytecode_response import SolanaBytecodeResponse
from ...types import Response


def build_request(
    *,
    body: BytecodeRequest,
) -> dict[str, Any]:
    """Build the ``POST /v2/swap/bytecode`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        body (BytecodeRequest):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/swap/bytecode",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorEnvelope
    | FlatErrorResponse
    | EvmBytecodeResponse
    | FiatOfframpBytecodeResponse
    | SolanaBytecodeResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bytecode_response_type_0 = SolanaBytecodeResponse.from_dict(data)

                return componentsschemas_bytecode_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bytecode_response_type_1 = FiatOfframpBytecodeResponse.from_dict(data)

                return componentsschemas_bytecode_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bytecode_response_type_2 = EvmBytecodeResponse.from_dict(data)

            return componentsschemas_bytecode_response_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    ErrorEnvelope | FlatErrorResponse | EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BytecodeRequest,
) -> Response[
    ErrorEnvelope | FlatErrorResponse | EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse
]:
    """Build the swap transactions for a quote

     Turns a saved quote into what the user signs. The body shape of the answer depends on the route:
    EVM routes return a list of transactions (`transactionData[]`, optionally an ERC-4337
    `userOperation`),
    same-chain Solana routes return one serialized transaction, and the BRL Pix off-ramp returns a
    deposit
    address (plus an optional transfer payload).

    Args:
        body (BytecodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlatErrorResponse | EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse]
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
    body: BytecodeRequest,
) -> (
    ErrorEnvelope
    | FlatErrorResponse
    | EvmBytecodeResponse
    | FiatOfframpBytecodeResponse
    | SolanaBytecodeResponse
    | None
):
    """Build the swap transactions for a quote

     Turns a saved quote into what the user signs. The body shape of the answer depends on the route:
    EVM routes return a list of transactions (`transactionData[]`, optionally an ERC-4337
    `userOperation`),
    same-chain Solana routes return one serialized transaction, and the BRL Pix off-ramp returns a
    deposit
    address (plus an optional transfer payload).

    Args:
        body (BytecodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlatErrorResponse | EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BytecodeRequest,
) -> Response[
    ErrorEnvelope | FlatErrorResponse | EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse
]:
    """Build the swap transactions for a quote

     Turns a saved quote into what the user signs. The body shape of the answer depends on the route:
    EVM routes return a list of transactions (`transactionData[]`, optionally an ERC-4337
    `userOperation`),
    same-chain Solana routes return one serialized transaction, and the BRL Pix off-ramp returns a
    deposit
    address (plus an optional transfer payload).

    Args:
        body (BytecodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlatErrorResponse | EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BytecodeRequest,
) -> (
    ErrorEnvelope
    | FlatErrorResponse
    | EvmBytecodeResponse
    | FiatOfframpBytecodeResponse
    | SolanaBytecodeResponse
    | None
):
    """Build the swap transactions for a quote

     Turns a saved quote into what the user signs. The body shape of the answer depends on the route:
    EVM routes return a list of transactions (`transactionData[]`, optionally an ERC-4337
    `userOperation`),
    same-chain Solana routes return one serialized transaction, and the BRL Pix off-ramp returns a
    deposit
    address (plus an optional transfer payload).

    Args:
        body (BytecodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlatErrorResponse | EvmBytecodeResponse | FiatOfframpBytecodeResponse | SolanaBytecodeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
