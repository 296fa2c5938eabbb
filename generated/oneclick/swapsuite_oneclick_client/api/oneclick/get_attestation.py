from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attestation_request import AttestationRequest
from ...models.attestation_response import AttestationResponse
from ...models.bad_request_response import BadRequestResponse
from ...types import Response


def build_request(
    *,
    body: AttestationRequest,
) -> dict[str, Any]:
    """Build the ``POST /v0/attestation`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        body (AttestationRequest): What to attest (cow-sdk `GetAttestationRequest`).

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/attestation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AttestationResponse | BadRequestResponse | None:
    if response.status_code == 200:
        response_200 = AttestationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AttestationResponse.from_dict(response.json())

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
) -> Response[Any | AttestationResponse | BadRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AttestationRequest,
) -> Response[Any | AttestationResponse | BadRequestResponse]:
    """Attest a quote's deposit address

     Not in the SDK's services; used by CoW Protocol's 1Click bridge provider (cowprotocol/cow-sdk
    packages/bridging/src/providers/near-intents). Given a firm quote's EVM deposit address and its
    `quoteHash` (0x + hex SHA-256 of the quote's minimal signed payload with `dry` false), the service
    signs
    keccak256(0x0a773570 ‖ 0x00 ‖ depositAddress ‖ quoteHash) with its secp256k1 attestor key, so a
    contract
    can check on chain that the deposit address belongs to that quote. A hash that does not match the
    quote
    is refused ("Invalid quote hash").

    Args:
        body (AttestationRequest): What to attest (cow-sdk `GetAttestationRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttestationResponse | BadRequestResponse]
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
    body: AttestationRequest,
) -> Any | AttestationResponse | BadRequestResponse | None:
    """Attest a quote's deposit address

     Not in the SDK's services; used by CoW Protocol's 1Click bridge provider (cowprotocol/cow-sdk
    packages/bridging/src/providers/near-intents). Given a firm quote's EVM deposit address and its
    `quoteHash` (0x + hex SHA-256 of the quote's minimal signed payload with `dry` false), the service
    signs
    keccak256(0x0a773570 ‖ 0x00 ‖ depositAddress ‖ quoteHash) with its secp256k1 attestor key, so a
    contract
    can check on chain that the deposit address belongs to that quote. A hash that does not match the
    quote
    is refused ("Invalid quote hash").

    Args:
        body (AttestationRequest): What to attest (cow-sdk `GetAttestationRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttestationResponse | BadRequestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AttestationRequest,
) -> Response[Any | AttestationResponse | BadRequestResponse]:
    """Attest a quote's deposit address

     Not in the SDK's services; used by CoW Protocol's 1Click bridge provider (cowprotocol/cow-sdk
    packages/bridging/src/providers/near-intents). Given a firm quote's EVM deposit address and its
    `quoteHash` (0x + hex SHA-256 of the quote's minimal signed payload with `dry` false), the service
    signs
    keccak256(0x0a773570 ‖ 0x00 ‖ depositAddress ‖ quoteHash) with its secp256k1 attestor key, so a
    contract
    can check on chain that the deposit address belongs to that quote. A hash that does not match the
    quote
    is refused ("Invalid quote hash").

    Args:
        body (AttestationRequest): What to attest (cow-sdk `GetAttestationRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttestationResponse | BadRequestResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AttestationRequest,
) -> Any | AttestationResponse | BadRequestResponse | None:
    """Attest a quote's deposit address

     Not in the SDK's services; used by CoW Protocol's 1Click bridge provider (cowprotocol/cow-sdk
    packages/bridging/src/providers/near-intents). Given a firm quote's EVM deposit address and its
    `quoteHash` (0x + hex SHA-256 of the quote's minimal signed payload with `dry` false), the service
    signs
    keccak256(0x0a773570 ‖ 0x00 ‖ depositAddress ‖ quoteHash) with its secp256k1 attestor key, so a
    contract
    can check on chain that the deposit address belongs to that quote. A hash that does not match the
    quote
    is refused ("Invalid quote hash").

    Args:
        body (AttestationRequest): What to attest (cow-sdk `GetAttestationRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttestationResponse | BadRequestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
