from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.across_api_error import AcrossApiError
from ...models.transfer_limits import TransferLimits
from ...types import UNSET, Response, Unset


def build_request(
    *,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    amount: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    message: str | Unset = UNSET,
    relayer: str | Unset = UNSET,
    allow_unmatched_decimals: bool | Unset = False,
) -> dict[str, Any]:
    """Build the ``GET /limits`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        input_token (str):
        output_token (str):
        origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        amount (str | Unset):
        recipient (str | Unset):
        message (str | Unset):
        relayer (str | Unset):
        allow_unmatched_decimals (bool | Unset):  Default: False.

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["inputToken"] = input_token

    params["outputToken"] = output_token

    params["originChainId"] = origin_chain_id

    params["destinationChainId"] = destination_chain_id

    params["amount"] = amount

    params["recipient"] = recipient

    params["message"] = message

    params["relayer"] = relayer

    params["allowUnmatchedDecimals"] = allow_unmatched_decimals

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/limits",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcrossApiError | TransferLimits | None:
    if response.status_code == 200:
        response_200 = TransferLimits.from_dict(response.json())

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
) -> Response[AcrossApiError | TransferLimits]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    amount: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    message: str | Unset = UNSET,
    relayer: str | Unset = UNSET,
    allow_unmatched_decimals: bool | Unset = False,
) -> Response[AcrossApiError | TransferLimits]:
    """Get the current transfer limits for a route

     Returns the minimum and maximum deposit sizes for bridging `inputToken` from `originChainId` to
    `outputToken`
    on `destinationChainId`, including the size that can currently be filled instantly, plus the relayer
    and gas
    fee components the limits were derived from.

    Args:
        input_token (str):
        output_token (str):
        origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        amount (str | Unset):
        recipient (str | Unset):
        message (str | Unset):
        relayer (str | Unset):
        allow_unmatched_decimals (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | TransferLimits]
    """

    kwargs = build_request(
        input_token=input_token,
        output_token=output_token,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        amount=amount,
        recipient=recipient,
        message=message,
        relayer=relayer,
        allow_unmatched_decimals=allow_unmatched_decimals,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    amount: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    message: str | Unset = UNSET,
    relayer: str | Unset = UNSET,
    allow_unmatched_decimals: bool | Unset = False,
) -> AcrossApiError | TransferLimits | None:
    """Get the current transfer limits for a route

     Returns the minimum and maximum deposit sizes for bridging `inputToken` from `originChainId` to
    `outputToken`
    on `destinationChainId`, including the size that can currently be filled instantly, plus the relayer
    and gas
    fee components the limits were derived from.

    Args:
        input_token (str):
        output_token (str):
        origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        amount (str | Unset):
        recipient (str | Unset):
        message (str | Unset):
        relayer (str | Unset):
        allow_unmatched_decimals (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | TransferLimits
    """

    return sync_detailed(
        client=client,
        input_token=input_token,
        output_token=output_token,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        amount=amount,
        recipient=recipient,
        message=message,
        relayer=relayer,
        allow_unmatched_decimals=allow_unmatched_decimals,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    amount: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    message: str | Unset = UNSET,
    relayer: str | Unset = UNSET,
    allow_unmatched_decimals: bool | Unset = False,
) -> Response[AcrossApiError | TransferLimits]:
    """Get the current transfer limits for a route

     Returns the minimum and maximum deposit sizes for bridging `inputToken` from `originChainId` to
    `outputToken`
    on `destinationChainId`, including the size that can currently be filled instantly, plus the relayer
    and gas
    fee components the limits were derived from.

    Args:
        input_token (str):
        output_token (str):
        origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        amount (str | Unset):
        recipient (str | Unset):
        message (str | Unset):
        relayer (str | Unset):
        allow_unmatched_decimals (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | TransferLimits]
    """

    kwargs = build_request(
        input_token=input_token,
        output_token=output_token,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        amount=amount,
        recipient=recipient,
        message=message,
        relayer=relayer,
        allow_unmatched_decimals=allow_unmatched_decimals,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    amount: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    message: str | Unset = UNSET,
    relayer: str | Unset = UNSET,
    allow_unmatched_decimals: bool | Unset = False,
) -> AcrossApiError | TransferLimits | None:
    """Get the current transfer limits for a route

     Returns the minimum and maximum deposit sizes for bridging `inputToken` from `originChainId` to
    `outputToken`
    on `destinationChainId`, including the size that can currently be filled instantly, plus the relayer
    and gas
    fee components the limits were derived from.

    Args:
        input_token (str):
        output_token (str):
        origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore
            1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        amount (str | Unset):
        recipient (str | Unset):
        message (str | Unset):
        relayer (str | Unset):
        allow_unmatched_decimals (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | TransferLimits
    """

    return (
        await asyncio_detailed(
            client=client,
            input_token=input_token,
            output_token=output_token,
            origin_chain_id=origin_chain_id,
            destination_chain_id=destination_chain_id,
            amount=amount,
            recipient=recipient,
            message=message,
            relayer=relayer,
            allow_unmatched_decimals=allow_unmatched_decimals,
        )
    ).parsed
