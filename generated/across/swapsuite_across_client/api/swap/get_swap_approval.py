from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.across_api_error import AcrossApiError
from ...models.routing_preference import RoutingPreference
from ...models.swap_approval_response import SwapApprovalResponse
from ...models.trade_type import TradeType
from ...types import UNSET, Response, Unset


def build_request(
    *,
    trade_type: TradeType,
    amount: str,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    depositor: str,
    recipient: str | Unset = UNSET,
    app_fee: str | Unset = UNSET,
    app_fee_recipient: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    refund_on_origin: bool | Unset = UNSET,
    slippage: str | Unset = "auto",
    slippage_tolerance: float | Unset = UNSET,
    skip_origin_tx_estimation: bool | Unset = False,
    strict_trade_type: bool | Unset = True,
    exclude_sources: list[str] | Unset = UNSET,
    include_sources: list[str] | Unset = UNSET,
    skip_checks: bool | Unset = False,
    routing_preference: RoutingPreference | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /swap/approval`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        trade_type (TradeType): How the request amount is interpreted (see the `tradeType`
            parameter). Also reported back as `amountType`.
        amount (str):
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
        depositor (str):
        recipient (str | Unset):
        app_fee (str | Unset):
        app_fee_recipient (str | Unset):
        integrator_id (str | Unset):
        refund_address (str | Unset):
        refund_on_origin (bool | Unset):
        slippage (str | Unset):  Default: 'auto'.
        slippage_tolerance (float | Unset):
        skip_origin_tx_estimation (bool | Unset):  Default: False.
        strict_trade_type (bool | Unset):  Default: True.
        exclude_sources (list[str] | Unset):
        include_sources (list[str] | Unset):
        skip_checks (bool | Unset):  Default: False.
        routing_preference (RoutingPreference | Unset): Preferred bridge mechanism
            (`routingPreference` query parameter; code-only, undocumented upstream).

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    json_trade_type = trade_type.value
    params["tradeType"] = json_trade_type

    params["amount"] = amount

    params["inputToken"] = input_token

    params["outputToken"] = output_token

    params["originChainId"] = origin_chain_id

    params["destinationChainId"] = destination_chain_id

    params["depositor"] = depositor

    params["recipient"] = recipient

    params["appFee"] = app_fee

    params["appFeeRecipient"] = app_fee_recipient

    params["integratorId"] = integrator_id

    params["refundAddress"] = refund_address

    params["refundOnOrigin"] = refund_on_origin

    params["slippage"] = slippage

    params["slippageTolerance"] = slippage_tolerance

    params["skipOriginTxEstimation"] = skip_origin_tx_estimation

    params["strictTradeType"] = strict_trade_type

    json_exclude_sources: list[str] | Unset = UNSET
    if not isinstance(exclude_sources, Unset):
        json_exclude_sources = exclude_sources

    params["excludeSources"] = json_exclude_sources

    json_include_sources: list[str] | Unset = UNSET
    if not isinstance(include_sources, Unset):
        json_include_sources = include_sources

    params["includeSources"] = json_include_sources

    params["skipChecks"] = skip_checks

    json_routing_preference: str | Unset = UNSET
    if not isinstance(routing_preference, Unset):
        json_routing_preference = routing_preference.value

    params["routingPreference"] = json_routing_preference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/swap/approval",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcrossApiError | SwapApprovalResponse | None:
    if response.status_code == 200:
        response_200 = SwapApprovalResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AcrossApiError.from_dict(response.json())

        return response_400

    if 400 <= response.status_code <= 499:
        response_4xx = AcrossApiError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = AcrossApiError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcrossApiError | SwapApprovalResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    trade_type: TradeType,
    amount: str,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    depositor: str,
    recipient: str | Unset = UNSET,
    app_fee: str | Unset = UNSET,
    app_fee_recipient: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    refund_on_origin: bool | Unset = UNSET,
    slippage: str | Unset = "auto",
    slippage_tolerance: float | Unset = UNSET,
    skip_origin_tx_estimation: bool | Unset = False,
    strict_trade_type: bool | Unset = True,
    exclude_sources: list[str] | Unset = UNSET,
    include_sources: list[str] | Unset = UNSET,
    skip_checks: bool | Unset = False,
    routing_preference: RoutingPreference | Unset = UNSET,
) -> Response[AcrossApiError | SwapApprovalResponse]:
    """Quote a crosschain swap and get its transactions

     Quotes swapping `inputToken` on `originChainId` into `outputToken` on `destinationChainId` (any
    combination of
    origin swap, Across bridge and destination swap) and returns everything needed to execute it: the
    fee
    breakdown, the expected/minimum amounts, the allowance and balance checks, the approval transactions
    to send
    first when the allowance is insufficient (`approvalTxns`) and the swap transaction itself
    (`swapTx`).

    Args:
        trade_type (TradeType): How the request amount is interpreted (see the `tradeType`
            parameter). Also reported back as `amountType`.
        amount (str):
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
        depositor (str):
        recipient (str | Unset):
        app_fee (str | Unset):
        app_fee_recipient (str | Unset):
        integrator_id (str | Unset):
        refund_address (str | Unset):
        refund_on_origin (bool | Unset):
        slippage (str | Unset):  Default: 'auto'.
        slippage_tolerance (float | Unset):
        skip_origin_tx_estimation (bool | Unset):  Default: False.
        strict_trade_type (bool | Unset):  Default: True.
        exclude_sources (list[str] | Unset):
        include_sources (list[str] | Unset):
        skip_checks (bool | Unset):  Default: False.
        routing_preference (RoutingPreference | Unset): Preferred bridge mechanism
            (`routingPreference` query parameter; code-only, undocumented upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | SwapApprovalResponse]
    """

    kwargs = build_request(
        trade_type=trade_type,
        amount=amount,
        input_token=input_token,
        output_token=output_token,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        depositor=depositor,
        recipient=recipient,
        app_fee=app_fee,
        app_fee_recipient=app_fee_recipient,
        integrator_id=integrator_id,
        refund_address=refund_address,
        refund_on_origin=refund_on_origin,
        slippage=slippage,
        slippage_tolerance=slippage_tolerance,
        skip_origin_tx_estimation=skip_origin_tx_estimation,
        strict_trade_type=strict_trade_type,
        exclude_sources=exclude_sources,
        include_sources=include_sources,
        skip_checks=skip_checks,
        routing_preference=routing_preference,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    trade_type: TradeType,
    amount: str,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    depositor: str,
    recipient: str | Unset = UNSET,
    app_fee: str | Unset = UNSET,
    app_fee_recipient: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    refund_on_origin: bool | Unset = UNSET,
    slippage: str | Unset = "auto",
    slippage_tolerance: float | Unset = UNSET,
    skip_origin_tx_estimation: bool | Unset = False,
    strict_trade_type: bool | Unset = True,
    exclude_sources: list[str] | Unset = UNSET,
    include_sources: list[str] | Unset = UNSET,
    skip_checks: bool | Unset = False,
    routing_preference: RoutingPreference | Unset = UNSET,
) -> AcrossApiError | SwapApprovalResponse | None:
    """Quote a crosschain swap and get its transactions

     Quotes swapping `inputToken` on `originChainId` into `outputToken` on `destinationChainId` (any
    combination of
    origin swap, Across bridge and destination swap) and returns everything needed to execute it: the
    fee
    breakdown, the expected/minimum amounts, the allowance and balance checks, the approval transactions
    to send
    first when the allowance is insufficient (`approvalTxns`) and the swap transaction itself
    (`swapTx`).

    Args:
        trade_type (TradeType): How the request amount is interpreted (see the `tradeType`
            parameter). Also reported back as `amountType`.
        amount (str):
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
        depositor (str):
        recipient (str | Unset):
        app_fee (str | Unset):
        app_fee_recipient (str | Unset):
        integrator_id (str | Unset):
        refund_address (str | Unset):
        refund_on_origin (bool | Unset):
        slippage (str | Unset):  Default: 'auto'.
        slippage_tolerance (float | Unset):
        skip_origin_tx_estimation (bool | Unset):  Default: False.
        strict_trade_type (bool | Unset):  Default: True.
        exclude_sources (list[str] | Unset):
        include_sources (list[str] | Unset):
        skip_checks (bool | Unset):  Default: False.
        routing_preference (RoutingPreference | Unset): Preferred bridge mechanism
            (`routingPreference` query parameter; code-only, undocumented upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | SwapApprovalResponse
    """

    return sync_detailed(
        client=client,
        trade_type=trade_type,
        amount=amount,
        input_token=input_token,
        output_token=output_token,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        depositor=depositor,
        recipient=recipient,
        app_fee=app_fee,
        app_fee_recipient=app_fee_recipient,
        integrator_id=integrator_id,
        refund_address=refund_address,
        refund_on_origin=refund_on_origin,
        slippage=slippage,
        slippage_tolerance=slippage_tolerance,
        skip_origin_tx_estimation=skip_origin_tx_estimation,
        strict_trade_type=strict_trade_type,
        exclude_sources=exclude_sources,
        include_sources=include_sources,
        skip_checks=skip_checks,
        routing_preference=routing_preference,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    trade_type: TradeType,
    amount: str,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    depositor: str,
    recipient: str | Unset = UNSET,
    app_fee: str | Unset = UNSET,
    app_fee_recipient: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    refund_on_origin: bool | Unset = UNSET,
    slippage: str | Unset = "auto",
    slippage_tolerance: float | Unset = UNSET,
    skip_origin_tx_estimation: bool | Unset = False,
    strict_trade_type: bool | Unset = True,
    exclude_sources: list[str] | Unset = UNSET,
    include_sources: list[str] | Unset = UNSET,
    skip_checks: bool | Unset = False,
    routing_preference: RoutingPreference | Unset = UNSET,
) -> Response[AcrossApiError | SwapApprovalResponse]:
    """Quote a crosschain swap and get its transactions

     Quotes swapping `inputToken` on `originChainId` into `outputToken` on `destinationChainId` (any
    combination of
    origin swap, Across bridge and destination swap) and returns everything needed to execute it: the
    fee
    breakdown, the expected/minimum amounts, the allowance and balance checks, the approval transactions
    to send
    first when the allowance is insufficient (`approvalTxns`) and the swap transaction itself
    (`swapTx`).

    Args:
        trade_type (TradeType): How the request amount is interpreted (see the `tradeType`
            parameter). Also reported back as `amountType`.
        amount (str):
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
        depositor (str):
        recipient (str | Unset):
        app_fee (str | Unset):
        app_fee_recipient (str | Unset):
        integrator_id (str | Unset):
        refund_address (str | Unset):
        refund_on_origin (bool | Unset):
        slippage (str | Unset):  Default: 'auto'.
        slippage_tolerance (float | Unset):
        skip_origin_tx_estimation (bool | Unset):  Default: False.
        strict_trade_type (bool | Unset):  Default: True.
        exclude_sources (list[str] | Unset):
        include_sources (list[str] | Unset):
        skip_checks (bool | Unset):  Default: False.
        routing_preference (RoutingPreference | Unset): Preferred bridge mechanism
            (`routingPreference` query parameter; code-only, undocumented upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | SwapApprovalResponse]
    """

    kwargs = build_request(
        trade_type=trade_type,
        amount=amount,
        input_token=input_token,
        output_token=output_token,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        depositor=depositor,
        recipient=recipient,
        app_fee=app_fee,
        app_fee_recipient=app_fee_recipient,
        integrator_id=integrator_id,
        refund_address=refund_address,
        refund_on_origin=refund_on_origin,
        slippage=slippage,
        slippage_tolerance=slippage_tolerance,
        skip_origin_tx_estimation=skip_origin_tx_estimation,
        strict_trade_type=strict_trade_type,
        exclude_sources=exclude_sources,
        include_sources=include_sources,
        skip_checks=skip_checks,
        routing_preference=routing_preference,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    trade_type: TradeType,
    amount: str,
    input_token: str,
    output_token: str,
    origin_chain_id: int,
    destination_chain_id: int,
    depositor: str,
    recipient: str | Unset = UNSET,
    app_fee: str | Unset = UNSET,
    app_fee_recipient: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    refund_on_origin: bool | Unset = UNSET,
    slippage: str | Unset = "auto",
    slippage_tolerance: float | Unset = UNSET,
    skip_origin_tx_estimation: bool | Unset = False,
    strict_trade_type: bool | Unset = True,
    exclude_sources: list[str] | Unset = UNSET,
    include_sources: list[str] | Unset = UNSET,
    skip_checks: bool | Unset = False,
    routing_preference: RoutingPreference | Unset = UNSET,
) -> AcrossApiError | SwapApprovalResponse | None:
    """Quote a crosschain swap and get its transactions

     Quotes swapping `inputToken` on `originChainId` into `outputToken` on `destinationChainId` (any
    combination of
    origin swap, Across bridge and destination swap) and returns everything needed to execute it: the
    fee
    breakdown, the expected/minimum amounts, the allowance and balance checks, the approval transactions
    to send
    first when the allowance is insufficient (`approvalTxns`) and the swap transaction itself
    (`swapTx`).

    Args:
        trade_type (TradeType): How the request amount is interpreted (see the `tradeType`
            parameter). Also reported back as `amountType`.
        amount (str):
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
        depositor (str):
        recipient (str | Unset):
        app_fee (str | Unset):
        app_fee_recipient (str | Unset):
        integrator_id (str | Unset):
        refund_address (str | Unset):
        refund_on_origin (bool | Unset):
        slippage (str | Unset):  Default: 'auto'.
        slippage_tolerance (float | Unset):
        skip_origin_tx_estimation (bool | Unset):  Default: False.
        strict_trade_type (bool | Unset):  Default: True.
        exclude_sources (list[str] | Unset):
        include_sources (list[str] | Unset):
        skip_checks (bool | Unset):  Default: False.
        routing_preference (RoutingPreference | Unset): Preferred bridge mechanism
            (`routingPreference` query parameter; code-only, undocumented upstream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | SwapApprovalResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            trade_type=trade_type,
            amount=amount,
            input_token=input_token,
            output_token=output_token,
            origin_chain_id=origin_chain_id,
            destination_chain_id=destination_chain_id,
            depositor=depositor,
            recipient=recipient,
            app_fee=app_fee,
            app_fee_recipient=app_fee_recipient,
            integrator_id=integrator_id,
            refund_address=refund_address,
            refund_on_origin=refund_on_origin,
            slippage=slippage,
            slippage_tolerance=slippage_tolerance,
            skip_origin_tx_estimation=skip_origin_tx_estimation,
            strict_trade_type=strict_trade_type,
            exclude_sources=exclude_sources,
            include_sources=include_sources,
            skip_checks=skip_checks,
            routing_preference=routing_preference,
        )
    ).parsed
