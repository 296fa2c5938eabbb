from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.across_api_error import AcrossApiError
from ...types import UNSET, Response, Unset


def build_request(
    *,
    chain_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /swap/sources`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["chainId"] = chain_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/swap/sources",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcrossApiError | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

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
) -> Response[AcrossApiError | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = UNSET,
) -> Response[AcrossApiError | list[str]]:
    """List the liquidity sources the Swap API can route through

     Returns the sorted names of the DEX/aggregator liquidity sources available for origin/destination
    swaps,
    optionally for one chain. Use them in `includeSources` / `excludeSources` of `/swap/approval`.

    Args:
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | list[str]]
    """

    kwargs = build_request(
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = UNSET,
) -> AcrossApiError | list[str] | None:
    """List the liquidity sources the Swap API can route through

     Returns the sorted names of the DEX/aggregator liquidity sources available for origin/destination
    swaps,
    optionally for one chain. Use them in `includeSources` / `excludeSources` of `/swap/approval`.

    Args:
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | list[str]
    """

    return sync_detailed(
        client=client,
        chain_id=chain_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = UNSET,
) -> Response[AcrossApiError | list[str]]:
    """List the liquidity sources the Swap API can route through

     Returns the sorted names of the DEX/aggregator liquidity sources available for origin/destination
    swaps,
    optionally for one chain. Use them in `includeSources` / `excludeSources` of `/swap/approval`.

    Args:
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | list[str]]
    """

    kwargs = build_request(
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = UNSET,
) -> AcrossApiError | list[str] | None:
    """List the liquidity sources the Swap API can route through

     Returns the sorted names of the DEX/aggregator liquidity sources available for origin/destination
    swaps,
    optionally for one chain. Use them in `includeSources` / `excludeSources` of `/swap/approval`.

    Args:
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            chain_id=chain_id,
        )
    ).parsed
