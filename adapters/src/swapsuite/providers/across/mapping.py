"""Pure mappings between the Across Swap API (generated models + exact JSON) and swapsuite's common model.

No I/O here. Amounts are integer strings in base units; fee percentages are 1e18-scaled integer strings
(``swapsuite.money.bps_from_wad``); ``priceUsd`` comes from the exact JSON (``Reply.data``, numbers as Decimal).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from swapsuite_across_client.api.swap import get_swap_approval
from swapsuite_across_client.models import (
    AcrossApiError,
    ApprovalTxn,
    BridgeFee,
    BridgeFeeDetails,
    DepositStatusResponse,
    FeeComponent,
    IndexerError,
    SwapApprovalResponse,
    SwapFees,
    SwapToken,
    SwapTx,
    TotalFee,
    TradeType,
)
from swapsuite_across_client.models import Token as AcrossToken
from swapsuite_across_client.types import UNSET, Unset

from swapsuite.caip import AssetId
from swapsuite.chains import SOLANA_ACROSS_CHAIN_ID
from swapsuite.errors import ResponseShapeError, ValidationError
from swapsuite.models import (
    AppFee,
    Fee,
    Quote,
    QuoteRequest,
    StatusReport,
    SwapState,
    SwapType,
    Token,
    Transaction,
    map_state,
)
from swapsuite.money import bps_from_wad, fraction_from_bps, parse_base_units, parse_decimals, parse_signed_base_units
from swapsuite.timeutil import parse_optional_timestamp
from swapsuite.unset import is_unset, present

from . import ids

PROVIDER: Final = ids.PROVIDER

# /deposit/status `status` → SwapState (spec `DepositStatus`; indexer services/deposits.ts). Undocumented values
# map to UNKNOWN and keep their raw string in StatusReport.provider_status.
STATUS_TABLE: Final[dict[str, SwapState]] = {
    # Deposited on the origin chain, not filled yet (the indexer's "unfilled"). Across has no deposit-address step:
    # the status is looked up by the deposit tx, so it exists already — the swap is waiting for a relayer.
    "pending": SwapState.PROCESSING,
    # Filled on the destination chain: the recipient has the funds.
    "filled": SwapState.SUCCESS,
    # No relayer filled it; a slow fill from protocol liquidity was requested — still on its way.
    "slowFillRequested": SwapState.PROCESSING,
    # Completed by that slow fill.
    "slowFilled": SwapState.SUCCESS,
    # Fill deadline passed unfilled. Across refunds every expired deposit automatically, in a later repayment
    # bundle, and the status then turns `refunded`. The swap is therefore not over: reporting the terminal EXPIRED
    # would make trackers stop polling before the refund transaction is known.
    "expired": SwapState.PROCESSING,
    # Depositor refunded on the origin chain.
    "refunded": SwapState.REFUNDED,
    # Gasless deposit whose submission is not on chain yet.
    "deposit-pending": SwapState.PENDING_DEPOSIT,
    # Gasless deposit whose submission failed: nothing was deposited.
    "deposit-failed": SwapState.FAILED,
}

_TRADE_TYPES: Final = {SwapType.EXACT_INPUT: TradeType.EXACTINPUT, SwapType.EXACT_OUTPUT: TradeType.EXACTOUTPUT}
# The server refuses numeric slippage above 0.5 (frontend api/swap/_utils.ts; spec `slippage`).
MAX_SLIPPAGE_BPS: Final = 5_000
# toolkit `isValidIntegratorId`: "0x" + 2 bytes.
INTEGRATOR_ID: Final = re.compile(r"0x[0-9a-fA-F]{4}")


# --- small helpers -------------------------------------------------------------------------------------------
def _opt_units(value: str | Unset, what: str) -> int | None:
    return None if is_unset(value) else parse_base_units(value, what)  # a null is not folded: it fails to parse


def _decimal(value: Any, what: str) -> Decimal | None:
    """An exact Decimal from a JSON string or number (decoded as Decimal/int); None and "" → None."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return Decimal(value)
    raise ValidationError(f"{what} must be an exact decimal, got {type(value).__name__}", provider=PROVIDER)


def _token_asset(token: AcrossToken) -> AssetId:
    return ids.asset_for(token.chain_id, token.address)


# --- tokens --------------------------------------------------------------------------------------------------
def parse_swap_tokens(data: Any) -> list[SwapToken]:
    """Parser for ``GET /swap/tokens`` (a bare JSON array) into generated models."""
    if not isinstance(data, list):
        raise TypeError(f"/swap/tokens must return a JSON array, got {type(data).__name__}")
    return [SwapToken.from_dict(item) for item in data]


def token(item: SwapToken, raw: Mapping[str, Any]) -> Token:
    """One ``/swap/tokens`` entry → Token. ``raw`` is the same entry from the exact JSON (for ``priceUsd``)."""
    return Token(
        provider=PROVIDER,
        asset=ids.asset_for(item.chain_id, item.address),
        symbol=item.symbol,
        decimals=parse_decimals(item.decimals),
        native_id=ids.native_id(item.chain_id, item.address),
        name=present(item.name),
        price_usd=_decimal(raw.get("priceUsd"), "priceUsd"),
    )


def tokens(parsed: Sequence[SwapToken], data: Sequence[Mapping[str, Any]]) -> list[Token]:
    """The ``/swap/tokens`` reply → Tokens (``parsed`` and ``data`` are the same array)."""
    return [token(item, raw) for item, raw in zip(parsed, data, strict=True)]


# --- quote request -------------------------------------------------------------------------------------------
def slippage_fraction(slippage_bps: int) -> str:
    """Basis points → Across's ``slippage`` fraction string, exactly (100 → ``"0.01"``)."""
    if not 0 <= slippage_bps <= MAX_SLIPPAGE_BPS:
        raise ValidationError(
            f"Across accepts slippage from 0 to {MAX_SLIPPAGE_BPS} bps, got {slippage_bps}", provider=PROVIDER
        )
    return format(fraction_from_bps(slippage_bps), "f")


def _check_parties(request: QuoteRequest, origin_chain: int, destination_chain: int) -> str:
    """The depositor (= sender). Across requires it for every quote, dry ones included."""
    if not request.sender:
        # `depositor` is a required parameter of /swap/approval and Across documents no placeholder value; the quote
        # (allowance/balance checks, calldata, simulation) is computed for that address, so a made-up one would give
        # a quote nobody can execute. Refuse before any HTTP request instead.
        raise ValidationError(
            "Across needs `sender` (its required `depositor` address) for every quote, dry ones included",
            provider=PROVIDER,
        )
    if SOLANA_ACROSS_CHAIN_ID in (origin_chain, destination_chain) and not request.recipient:
        # The spec: `recipient` is "required for routes involving Solana" (the sender's address is not valid there).
        raise ValidationError("Across needs `recipient` for routes involving Solana", provider=PROVIDER)
    return request.sender


def app_fee_params(fees: Sequence[AppFee]) -> tuple[str | Unset, str | Unset]:
    """The one app fee Across takes → ``appFee`` (fraction of the output, exact decimal text) + ``appFeeRecipient``.

    More than one fee is refused earlier (``max_app_fees``); a fee of 100% or more would leave nothing to deliver.
    """
    if not fees:
        return UNSET, UNSET
    (fee,) = fees
    if not 0 < fee.bps < 10_000:
        raise ValidationError(f"Across app fee must be between 1 and 9999 bps, got {fee.bps}", provider=PROVIDER)
    if not fee.recipient:
        raise ValidationError("Across app fee needs a recipient address", provider=PROVIDER)
    return format(fraction_from_bps(fee.bps), "f"), fee.recipient


def integrator_param(integrator_id: str | None) -> str | Unset:
    """``integratorId``: Across assigns 2-byte hex tags (``0xdead``); anything else is refused before sending."""
    if integrator_id is None:
        return UNSET
    if not INTEGRATOR_ID.fullmatch(integrator_id):
        raise ValidationError(
            f"Across integratorId is a 2-byte hex string such as 0xdead, got {integrator_id!r}", provider=PROVIDER
        )
    return integrator_id


def approval_request(request: QuoteRequest) -> dict[str, Any]:
    """QuoteRequest → httpx kwargs of ``GET /swap/approval`` (the generated request builder)."""
    if request.amount <= 0:
        raise ValidationError(f"amount must be positive, got {request.amount}", provider=PROVIDER)
    origin_chain, input_token = ids.to_across(request.from_asset)
    destination_chain, output_token = ids.to_across(request.to_asset)
    depositor = _check_parties(request, origin_chain, destination_chain)
    app_fee, app_fee_recipient = app_fee_params(request.app_fees)
    return get_swap_approval.build_request(
        trade_type=_TRADE_TYPES[request.swap_type],
        amount=str(request.amount),
        input_token=input_token,
        output_token=output_token,
        origin_chain_id=origin_chain,
        destination_chain_id=destination_chain,
        depositor=depositor,
        recipient=request.recipient or UNSET,
        refund_address=request.refund_to or UNSET,
        slippage=slippage_fraction(request.slippage_bps),
        integrator_id=integrator_param(request.integrator_id),
        app_fee=app_fee,
        app_fee_recipient=app_fee_recipient,
        # The generated builder would send these spec defaults explicitly; leave them to the server.
        skip_origin_tx_estimation=UNSET,
        strict_trade_type=UNSET,
        skip_checks=UNSET,
    )


# --- quote response ------------------------------------------------------------------------------------------
def _fee(kind: str, component: FeeComponent | TotalFee | BridgeFee) -> Fee:
    pct = present(component.pct)
    return Fee(
        kind=kind,
        asset=_token_asset(component.token),
        amount=parse_signed_base_units(component.amount, f"{kind} fee amount"),
        # `pct` is relative to the quote's input amount, scaled by 1e18; absent on originGas.
        bps=None if pct is None else bps_from_wad(pct),
    )


def _bridge_fees(bridge: BridgeFee) -> Iterator[Fee]:
    """The bridge fee split into its ``across`` components, or whole when there is no breakdown."""
    details = bridge.details
    parts: list[Fee] = []
    if isinstance(details, BridgeFeeDetails):
        named = (("lp", details.lp), ("relayer", details.relayer_capital), ("gas", details.destination_gas))
        parts = [_fee(kind, part) for kind, part in named if not isinstance(part, Unset)]
    if parts:
        yield from parts
    else:
        yield _fee("bridge", bridge)


def _total_fees(total: TotalFee) -> Iterator[Fee]:
    """The leaves of ``fees.total``: swapImpact + app + bridge (lp + relayerCapital + destinationGas)."""
    details = total.details
    if isinstance(details, Unset):
        yield _fee("total", total)
        return
    if not isinstance(details.swap_impact, Unset):
        yield _fee("swap_impact", details.swap_impact)
    if not isinstance(details.app, Unset):
        yield _fee("app", details.app)
    if not isinstance(details.bridge, Unset):
        yield from _bridge_fees(details.bridge)


def quote_fees(fees: SwapFees) -> tuple[Fee, ...]:
    """The quote's fees, each counted once.

    * The leaves of ``fees.total.details`` (expected case): ``swap_impact`` (may be negative), ``app``, and the
      bridge fee's ``lp``, ``relayer`` (relayerCapital) and ``gas`` (destinationGas, the relayer's fill gas). They add
      up to ``fees.total``, which is therefore not listed itself — unless it has no breakdown (then it is the one
      ``total`` fee). ``totalMax`` (worst case) and the legacy flat items (``lpFee``, ``relayerTotal`` ⊇ lp…) would
      count the same money again and are left in ``raw``.
    * ``network``: ``fees.originGas``, the gas of ``swapTx`` paid by the sender on top of the input amount (in the
      origin native coin, no ``pct``). It is not part of ``fees.total``, so nothing is counted twice.
    """
    items: list[Fee] = []
    if not isinstance(fees.total, Unset):
        items.extend(_total_fees(fees.total))
    if not isinstance(fees.origin_gas, Unset):
        items.append(_fee("network", fees.origin_gas))
    return tuple(items)


def approval_transaction(txn: ApprovalTxn, raw: Any) -> Transaction:
    """An ``approvalTxns`` entry → Transaction(purpose="approval")."""
    return Transaction(chain=ids.caip2_for(txn.chain_id), to=txn.to, data=txn.data, purpose="approval", raw=raw)


def swap_transaction(tx: SwapTx, raw: Any) -> Transaction:
    """``swapTx`` → Transaction(purpose="swap").

    EVM origins: call ``to`` with ``data`` and ``value`` wei, with the server's gas estimate and fee caps when given.
    SVM origins (``ecosystem`` = ``svm``, Solana): ``data`` is the base64 wire transaction to sign and send as a
    whole, ``to`` is only the spoke-pool program id it calls, and there is no value or gas.
    """
    return Transaction(
        chain=ids.caip2_for(tx.chain_id),
        to=tx.to or None,
        data=tx.data or None,
        value=_opt_units(tx.value, "swapTx.value") or 0,
        gas=_opt_units(tx.gas, "swapTx.gas"),
        max_fee_per_gas=_opt_units(tx.max_fee_per_gas, "swapTx.maxFeePerGas"),
        max_priority_fee_per_gas=_opt_units(tx.max_priority_fee_per_gas, "swapTx.maxPriorityFeePerGas"),
        purpose="swap",
        raw=raw,
    )


def quote_actions(parsed: SwapApprovalResponse, data: Mapping[str, Any]) -> tuple[Transaction, ...]:
    """Approvals first (in Across's order, e.g. USDT's reset to zero before the real approval), then ``swapTx``."""
    approvals = present(parsed.approval_txns) or []
    raw_approvals = data.get("approvalTxns") or []
    actions = [approval_transaction(txn, raw) for txn, raw in zip(approvals, raw_approvals, strict=True)]
    if not isinstance(parsed.swap_tx, Unset):
        actions.append(swap_transaction(parsed.swap_tx, data.get("swapTx")))
    # `eip712` (gasless permit flows) is not an action here: executing it needs Across's separate submit endpoint,
    # which this adapter does not call. It stays in Quote.raw.
    return tuple(actions)


def quote(request: QuoteRequest, parsed: SwapApprovalResponse, data: Mapping[str, Any]) -> Quote:
    """The ``/swap/approval`` reply → Quote. ``status_ref`` is None: Across tracks a swap by its deposit tx hash."""
    actions = quote_actions(parsed, data)
    if not request.dry and not any(action.purpose == "swap" for action in actions):
        raise ResponseShapeError("firm quote without swapTx: nothing to execute", provider=PROVIDER)
    return Quote(
        provider=PROVIDER,
        quote_id=present(parsed.id),
        from_asset=request.from_asset,
        to_asset=request.to_asset,
        amount_in=parse_base_units(parsed.input_amount, "inputAmount"),
        amount_out=parse_base_units(parsed.expected_output_amount, "expectedOutputAmount"),
        min_amount_out=parse_base_units(parsed.min_output_amount, "minOutputAmount"),
        fees=quote_fees(parsed.fees),
        # Unix seconds; 0 means "no expiry" (parse_optional_timestamp maps it to None).
        expires_at=parse_optional_timestamp(present(parsed.quote_expiry_timestamp)),
        estimated_duration_s=parse_base_units(parsed.expected_fill_time, "expectedFillTime"),
        actions=actions,
        # The status lookup key is the origin deposit tx hash, which exists only once the user sends swapTx.
        status_ref=None,
        dry=request.dry,
        raw=data,
    )


# --- status --------------------------------------------------------------------------------------------------
def _hashes(*values: str | Unset | None) -> tuple[str, ...]:
    """The distinct non-empty values: the indexer sends each hash under a current and a legacy key."""
    found: list[str] = []
    for value in values:
        if isinstance(value, str) and value and value not in found:
            found.append(value)
    return tuple(found)


def status_report(ref: str, parsed: DepositStatusResponse, data: Any) -> StatusReport:
    """The ``/deposit/status`` reply → StatusReport (state via :data:`STATUS_TABLE`, raw status kept)."""
    raw_status = parsed.status.value  # unseen values arrive as pseudo-members whose .value is the raw string
    return StatusReport(
        provider=PROVIDER,
        ref=ref,
        state=map_state(STATUS_TABLE, raw_status),
        provider_status=raw_status,
        origin_tx_hashes=_hashes(parsed.deposit_txn_ref, parsed.deposit_tx_hash),
        destination_tx_hashes=_hashes(parsed.fill_txn_ref, parsed.fill_tx),
        refund_tx_hashes=_hashes(parsed.deposit_refund_txn_ref, parsed.deposit_refund_tx_hash),
        raw=data,
    )


# --- errors --------------------------------------------------------------------------------------------------
def error_code_and_message(body: Any) -> tuple[str | None, str | None]:
    """(code, message) from either error envelope; KeyError/TypeError when the body is neither.

    * app.across.to ``AcrossApiError`` ``{type, code?, status, message, param?, id?}`` → (code, or ``type`` for the
      few errors without one, e.g. 401 and unknown-token 404; message).
    * indexer (``/deposit/status``) ``{error, message, data?}`` → (exception name, message).
    """
    if not isinstance(body, Mapping):
        raise TypeError(f"error body is not a JSON object: {type(body).__name__}")
    if "type" in body:
        error = AcrossApiError.from_dict(body)
        code = error.type_.value if isinstance(error.code, Unset) else error.code.value
        return code, error.message
    indexer = IndexerError.from_dict(body)
    return indexer.error, indexer.message
