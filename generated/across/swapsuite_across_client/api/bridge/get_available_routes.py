from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.across_api_error import AcrossApiError
from ...models.available_route import AvailableRoute
from ...types import UNSET, Response, Unset


def build_request(
    *,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    origin_token: str | Unset = UNSET,
    destination_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /available-routes`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        origin_token (str | Unset):
        destination_token (str | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["originChainId"] = origin_chain_id

    params["destinationChainId"] = destination_chain_id

    params["originToken"] = origin_token

    params["destinationToken"] = destination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/available-routes",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcrossApiError | list[AvailableRoute] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AvailableRoute.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = AcrossApiError.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = AcrossApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcrossApiError | list[AvailableRoute]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    origin_token: str | Unset = UNSET,
    destination_token: str | Unset = UNSET,
) -> Response[AcrossApiError | list[AvailableRoute]]:
    """List the enabled bridge routes

     Lists the token routes Across can bridge directly, optionally narrowed by origin/destination chain
    and token.
    Each native-token route (e.g. ETH) is listed separately from its wrapped counterpart (`isNative`).

    Args:
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        origin_token (str | Unset):
        destination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | list[AvailableRoute]]
    """

    kwargs = build_request(
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        origin_token=origin_token,
        destination_token=destination_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    origin_token: str | Unset = UNSET,
    destination_token: str | Unset = UNSET,
) -> AcrossApiError | list[AvailableRoute] | None:
    """List the enabled bridge routes

     Lists the token routes Across can bridge directly, optionally narrowed by origin/destination chain
    and token.
    Each native-token route (e.g. ETH) is listed separately from its wrapped counterpart (`isNative`).

    Args:
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        origin_token (str | Unset):
        destination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | list[AvailableRoute]
    """

    return sync_detailed(
        client=client,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        origin_token=origin_token,
        destination_token=destination_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    origin_token: str | Unset = UNSET,
    destination_token: str | Unset = UNSET,
) -> Response[AcrossApiError | list[AvailableRoute]]:
    """List the enabled bridge routes

     Lists the token routes Across can bridge directly, optionally narrowed by origin/destination chain
    and token.
    Each native-token route (e.g. ETH) is listed separately from its wrapped counterpart (`isNative`).

    Args:
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        origin_token (str | Unset):
        destination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | list[AvailableRoute]]
    """

    kwargs = build_request(
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        origin_token=origin_token,
        destination_token=destination_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    origin_token: str | Unset = UNSET,
    destination_token: str | Unset = UNSET,
) -> AcrossApiError | list[AvailableRoute] | None:
    """List the enabled bridge routes

     Lists the token routes Across can bridge directly, optionally narrowed by origin/destination chain
    and token.
    Each native-token route (e.g. ETH) is listed separately from its wrapped counterpart (`isNative`).

    Args:
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        origin_token (str | Unset):
        destination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | list[AvailableRoute]
    """

    return (
        await asyncio_detailed(
            client=client,
            origin_chain_id=origin_chain_id,
            destination_chain_id=destination_chain_id,
            origin_token=origin_token,
            destination_token=destination_token,
        )
    ).parsed
