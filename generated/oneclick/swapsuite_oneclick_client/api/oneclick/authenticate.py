from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authenticate_request import AuthenticateRequest
from ...models.authenticate_response import AuthenticateResponse
from ...models.bad_request_response import BadRequestResponse
from ...types import Response


def build_request(
    *,
    body: AuthenticateRequest,
) -> dict[str, Any]:
    """Build the ``POST /v0/auth/authenticate`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        body (AuthenticateRequest): A wallet-signed message proving control of an account
            (`AuthenticateRequestDto` upstream).

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/auth/authenticate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthenticateResponse | BadRequestResponse | None:
    if response.status_code == 200:
        response_200 = AuthenticateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AuthenticateResponse.from_dict(response.json())

        return response_201

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
) -> Response[AuthenticateResponse | BadRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticateRequest,
) -> Response[AuthenticateResponse | BadRequestResponse]:
    """Sign in with a signed message

     Exchanges a wallet-signed message (any `MultiPayload` standard) for a session: a short-lived access
    token for the account endpoints and a refresh token. Shapes follow one-click-sdk-typescript 0.1.25
    (`UserAuthService.authenticate`).

    Args:
        body (AuthenticateRequest): A wallet-signed message proving control of an account
            (`AuthenticateRequestDto` upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticateResponse | BadRequestResponse]
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
    client: AuthenticatedClient | Client,
    body: AuthenticateRequest,
) -> AuthenticateResponse | BadRequestResponse | None:
    """Sign in with a signed message

     Exchanges a wallet-signed message (any `MultiPayload` standard) for a session: a short-lived access
    token for the account endpoints and a refresh token. Shapes follow one-click-sdk-typescript 0.1.25
    (`UserAuthService.authenticate`).

    Args:
        body (AuthenticateRequest): A wallet-signed message proving control of an account
            (`AuthenticateRequestDto` upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticateResponse | BadRequestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticateRequest,
) -> Response[AuthenticateResponse | BadRequestResponse]:
    """Sign in with a signed message

     Exchanges a wallet-signed message (any `MultiPayload` standard) for a session: a short-lived access
    token for the account endpoints and a refresh token. Shapes follow one-click-sdk-typescript 0.1.25
    (`UserAuthService.authenticate`).

    Args:
        body (AuthenticateRequest): A wallet-signed message proving control of an account
            (`AuthenticateRequestDto` upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticateResponse | BadRequestResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticateRequest,
) -> AuthenticateResponse | BadRequestResponse | None:
    """Sign in with a signed message

     Exchanges a wallet-signed message (any `MultiPayload` standard) for a session: a short-lived access
    token for the account endpoints and a refresh token. Shapes follow one-click-sdk-typescript 0.1.25
    (`UserAuthService.authenticate`).

    Args:
        body (AuthenticateRequest): A wallet-signed message proving control of an account
            (`AuthenticateRequestDto` upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticateResponse | BadRequestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
