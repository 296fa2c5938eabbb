"""Pure mapping between Deframe's swap v2 API (generated models / exact JSON) and ``swapsuite.models``.

Units, as the spec documents them:
* Amounts (``tokenIn.amount``, ``tokenOut.expectedAmountOut``, ``minAmountOut``, every ``*Raw`` fee field, a
  transaction's ``value``) are integer strings in the token's smallest unit → ``int`` via ``parse_base_units``.
  Only the ``bridgeAndSlippage`` fee line is signed (negative: better than the spot price).
* Slippage is a fraction of 1: ``slippage_bps`` → exact decimal string (100 bps → ``"0.01"``), 0.0001–0.5.
* ``deadline`` is unix seconds (an ISO 8601 string in older reference copies), ``deadlineDate`` the same instant in
  ISO 8601; on fiat on-ramps, where neither is sent, ``paymentInstructions.expiresAt`` bounds the quote instead.
* Fee lines carry amounts, not rates: a fee's ``bps`` is computed exactly from those amounts (see :func:`fee`).
USD values (JSON numbers) are never used, so no float can reach money, bps or timestamps.

Tolerant reader: the spec requires only ``quote.quoteId`` (older samples lack ``feeBreakdown`` and ``status``). What
this module needs beyond it — ``tokenIn.amount`` and ``tokenOut`` — is checked here, and its absence is a
ResponseShapeError. A quote without any fee lines has no fees, unless its ``summary`` still names platform fees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Final, TypeVar

from swapsuite_deframe_client.models import (
    BytecodeRequest,
    ChainName,
    EvmBytecodeResponse,
    EvmTransaction,
    FeeBreakdown,
    FeeBreakdownLine,
    FiatOfframpBytecodeResponse,
    QuoteResponse,
    QuoteToken,
    QuoteTokenOut,
    SolanaBytecodeResponse,
    SwapStatusResponse,
)
from swapsuite_deframe_client.types import UNSET, Unset

from swapsuite.caip import AssetId
from swapsuite.chains import BY_KEY
from swapsuite.errors import ResponseShapeError, ValidationError
from swapsuite.models import (
    Action,
    Deposit,
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
from swapsuite.money import bps_of, fraction_from_bps, parse_base_units, parse_signed_base_units
from swapsuite.timeutil import parse_optional_timestamp
from swapsuite.unset import present

from . import ids

PROVIDER = ids.PROVIDER
_Side = TypeVar("_Side", QuoteToken, QuoteTokenOut)
BytecodeResponse = EvmBytecodeResponse | SolanaBytecodeResponse | FiatOfframpBytecodeResponse

# Deframe status → swapsuite state. The docs published two vocabularies and both may be served:
#   newest ("quote status"): pending, confirmed, processing, fulfilled, expired, failed, refunded;
#   older ("transaction status"): pending, crossing, propagated, success, failed, stalled.
# A new quote is `pending` (nothing deposited yet). `confirmed` (origin transaction confirmed), `crossing` and
# `propagated` (bridge message in flight / delivered) are in-flight steps. `stalled` is PROCESSING, not FAILED:
# the older docs do not call it terminal, the funds are still in the bridge and the transfer may resume or be
# refunded later, so reporting a failure would invite the user to act on money that is still moving; the raw
# `provider_status` keeps the "stalled" signal. Anything else is UNKNOWN (see ``map_state``).
STATUS_TABLE: Final[dict[str, SwapState]] = {
    "pending": SwapState.PENDING_DEPOSIT,
    "confirmed": SwapState.PROCESSING,
    "processing": SwapState.PROCESSING,
    "crossing": SwapState.PROCESSING,
    "propagated": SwapState.PROCESSING,
    "stalled": SwapState.PROCESSING,
    "fulfilled": SwapState.SUCCESS,
    "success": SwapState.SUCCESS,
    "failed": SwapState.FAILED,
    "expired": SwapState.EXPIRED,
    "refunded": SwapState.REFUNDED,
}

# Fee line `kind` → (Fee.kind, side it is denominated in when the line omits `asset`): the Pods platform fee and the
# integrator's (customer's) per-key markup come out of tokenIn, the bridge fee + slippage impact is measured on
# tokenOut (FeeBreakdown in the spec), the Pix `paymentRail` fee of the BRL ramps (Pods' demo payloads) is charged on
# the input. Undocumented kinds keep their own (lower-cased) name.
FEE_LINES: Final[dict[str, tuple[str, str]]] = {
    "pods": ("platform", "tokenIn"),
    "customer": ("app", "tokenIn"),
    "bridgeAndSlippage": ("bridge", "tokenOut"),
    "paymentRail": ("payment_rail", "tokenIn"),
}
MIN_SLIPPAGE_BPS, MAX_SLIPPAGE_BPS = 1, 5000  # the documented 0.0001–0.5 range
# ERC-20 approve(address,uint256): the only way to tell an approval in transactionData, which has no type field.
APPROVE_SELECTOR: Final = "0x095ea7b3"


# --- tokens --------------------------------------------------------------------------------------------------
def builtin_tokens() -> list[Token]:
    """The built-in token list (:data:`ids.KNOWN_TOKENS`) as swapsuite tokens."""
    tokens = []
    for key, contract, symbol, decimals, name in ids.KNOWN_TOKENS:
        chain = BY_KEY[key]
        chain_name = chain.deframe or key
        token = contract if contract is not None else ids.native_token(chain)
        tokens.append(
            Token(PROVIDER, ids.asset_for(chain, contract), symbol, decimals, ids.native_id(chain_name, token), name)
        )
    return tokens


# --- request -------------------------------------------------------------------------------------------------
def slippage_fraction(slippage_bps: int) -> str:
    """Basis points → Deframe's fraction string, exactly (100 → ``"0.01"``, 5 → ``"0.0005"``)."""
    if not MIN_SLIPPAGE_BPS <= slippage_bps <= MAX_SLIPPAGE_BPS:
        raise ValidationError(
            f"Deframe accepts slippage between {MIN_SLIPPAGE_BPS} and {MAX_SLIPPAGE_BPS} bps, got {slippage_bps}",
            provider=PROVIDER,
        )
    return format(fraction_from_bps(slippage_bps), "f")


def check_quote_request(request: QuoteRequest) -> None:
    """What Deframe would reject, refused before any HTTP request."""
    if request.amount <= 0:
        raise ValidationError("amount must be a positive number of base units", provider=PROVIDER)
    if not request.dry and not (request.sender and request.recipient):
        raise ValidationError(
            "a firm Deframe quote needs sender and recipient (originAddress / destinationAddress)", provider=PROVIDER
        )
    slippage_fraction(request.slippage_bps)


def quote_params(request: QuoteRequest) -> dict[str, Any]:
    """Keyword arguments of ``get_swap_quote.build_request`` for a request (chains by name, see ``ids``)."""
    check_quote_request(request)
    origin_chain, token_in = ids.to_deframe(request.from_asset)
    destination_chain, token_out = ids.to_deframe(request.to_asset)
    amount_key = "amount_in" if request.swap_type is SwapType.EXACT_INPUT else "amount_out"
    params: dict[str, Any] = {
        "origin_chain": ChainName(origin_chain),
        "destination_chain": ChainName(destination_chain),
        "token_in": token_in,
        "token_out": token_out,
        amount_key: str(request.amount),
        "slippage": slippage_fraction(request.slippage_bps),
    }
    optional = {
        "origin_address": request.sender,
        "destination_address": request.recipient,
        "refund_address": request.refund_to,
    }
    params.update({key: value for key, value in optional.items() if value})
    return params


def requests_execution(params: Mapping[str, Any]) -> bool:
    """True when the quote call also creates an execution record (both addresses sent), so it is not idempotent."""
    return "origin_address" in params and "destination_address" in params


# --- quote ---------------------------------------------------------------------------------------------------
def quote_from_response(parsed: QuoteResponse, data: Any, request: QuoteRequest) -> Quote:
    """A Deframe quote (with inline transactions when both addresses were sent) → :class:`Quote`."""
    q = parsed.quote
    amount_in = parse_base_units(_token(q.token_in, "tokenIn").amount, "tokenIn.amount")
    out = _token(q.token_out, "tokenOut")
    expected = out.expected_amount_out if isinstance(out.expected_amount_out, str) else out.amount
    minimum = out.min_amount_out if isinstance(out.min_amount_out, str) else None
    transactions = present(parsed.transaction_data) or []
    return Quote(
        provider=PROVIDER,
        quote_id=q.quote_id,
        from_asset=request.from_asset,
        to_asset=request.to_asset,
        amount_in=amount_in,
        amount_out=parse_base_units(expected, "tokenOut.expectedAmountOut"),
        min_amount_out=None if minimum is None else parse_base_units(minimum, "tokenOut.minAmountOut"),
        fees=fees(q.fee_breakdown, request.from_asset, request.to_asset, amount_in),
        expires_at=expires_at(parsed),
        estimated_duration_s=None,  # Deframe documents no duration estimate
        actions=evm_transactions(transactions, request.from_asset.chain_id),
        status_ref=q.quote_id,
        dry=request.dry,
        raw=data,
    )


def _token(token: _Side | Unset, name: str) -> _Side:
    """A quote side the adapter cannot do without (the spec leaves it optional, see the module docstring)."""
    if isinstance(token, Unset):
        raise ResponseShapeError(f"quote has no {name}: its amount cannot be known", provider=PROVIDER)
    return token


def expires_at(parsed: QuoteResponse) -> datetime | None:
    """``deadline`` (unix s; an ISO string in older docs), else ``deadlineDate``, else the Pix payment expiry."""
    q = parsed.quote
    candidates: list[object] = [q.deadline, q.deadline_date]
    if not isinstance(parsed.payment_instructions, Unset):
        candidates.append(parsed.payment_instructions.expires_at)
    known = [value for value in map(present, candidates) if value is not None]
    return parse_optional_timestamp(known[0]) if known else None


def fees(breakdown: FeeBreakdown | Unset, from_asset: AssetId, to_asset: AssetId, amount_in: int) -> tuple[Fee, ...]:
    """Every non-zero fee line (``lines`` per the API reference, ``charges`` per Pods' demo guide).

    Older quotes have no breakdown (no fees known). A breakdown without lines still reports the per-key platform
    fees (Pods fee plus customer markup) through ``summary.platformFeesTotalInRaw``: they become one ``platform``
    fee on the input, so a per-key fee is never lost just because the itemization is missing.
    """
    if isinstance(breakdown, Unset):
        return ()
    lines: Sequence[FeeBreakdownLine] = []
    if not isinstance(breakdown.lines, Unset):
        lines = breakdown.lines
    elif not isinstance(breakdown.charges, Unset):
        lines = breakdown.charges
    base_in = amount_in
    if isinstance(breakdown.chargeable_amount_in_raw, str):
        base_in = parse_base_units(breakdown.chargeable_amount_in_raw, "feeBreakdown.chargeableAmountInRaw")
    base_out = None
    if not isinstance(breakdown.reference, Unset) and isinstance(breakdown.reference.amount_out_raw, str):
        base_out = parse_base_units(breakdown.reference.amount_out_raw, "feeBreakdown.reference.amountOutRaw")
    found = tuple(f for f in (fee(line, from_asset, to_asset, base_in, base_out) for line in lines) if f is not None)
    if lines or isinstance(breakdown.summary, Unset):
        return found
    total = breakdown.summary.platform_fees_total_in_raw
    amount = 0 if not isinstance(total, str) else parse_base_units(total, "feeBreakdown.summary.platformFeesTotalInRaw")
    return (Fee("platform", from_asset, amount, bps_of(amount, base_in)),) if amount else ()


def fee(
    line: FeeBreakdownLine, from_asset: AssetId, to_asset: AssetId, base_in: int, base_out: int | None
) -> Fee | None:
    """One fee line → :class:`Fee`; zero lines (documented as "no fee") give None.

    ``bps`` is exact: tokenIn fees against ``chargeableAmountInRaw`` (the amount fees apply to); tokenOut fees
    (bridge + slippage) against ``reference.amountOutRaw``, the spot-price output they are measured from — None
    when Deframe had no spot reference. A line whose denomination is unknown keeps only its kind.
    """
    amount = parse_signed_base_units(line.amount_raw, "feeBreakdown amountRaw")
    if amount == 0:
        return None
    raw_kind = None if isinstance(line.kind, Unset) else line.kind.value
    kind, default_side = FEE_LINES.get(raw_kind or "", ((raw_kind or "other").lower(), None))
    side = default_side if isinstance(line.asset, Unset) else line.asset.value
    if side == "tokenIn":
        return Fee(kind, from_asset, amount, bps_of(amount, base_in))
    if side == "tokenOut":
        return Fee(kind, to_asset, amount, None if base_out is None else bps_of(amount, base_out))
    return Fee(kind, None, None, None)


# --- actions -------------------------------------------------------------------------------------------------
def tx_chain(chain_id: object, fallback: str) -> str:
    """CAIP-2 chain of an execution payload: numeric EVM id, numeric string, or a Deframe chain name."""
    if isinstance(chain_id, int) and not isinstance(chain_id, bool):
        return f"eip155:{chain_id}"
    if isinstance(chain_id, str):
        if chain_id.isdigit():
            return f"eip155:{int(chain_id)}"
        chain = ids.chain_for_name(chain_id)
        if chain is not None:
            return chain.caip2
    # Transactions are always signed on the origin chain, which the request names.
    return fallback


def evm_transactions(transactions: Sequence[EvmTransaction], origin_chain: str) -> tuple[Transaction, ...]:
    """``transactionData[]`` → transactions in the given order (Deframe puts approvals first)."""
    return tuple(
        Transaction(
            chain=tx_chain(tx.chain_id, origin_chain),
            to=tx.to,
            data=tx.data,
            value=parse_base_units(tx.value, "transactionData.value"),
            purpose="approval" if tx.data.lower().startswith(APPROVE_SELECTOR) else "swap",
            raw=tx.to_dict(),
        )
        for tx in transactions
    )


def parse_bytecode(data: Any) -> BytecodeResponse:
    """Parse a bytecode response into its variant, in the spec's oneOf order (Solana, fiat off-ramp, EVM).

    The variant is chosen by its distinguishing keys rather than by trial parsing, so a malformed EVM body reports
    its own missing field instead of the last variant tried.
    """
    if not isinstance(data, Mapping):
        raise TypeError("bytecode response is not a JSON object")
    if "type" in data and isinstance(data.get("transactionData"), Mapping):
        return SolanaBytecodeResponse.from_dict(data)
    if "depositAddress" in data:
        return FiatOfframpBytecodeResponse.from_dict(data)
    return EvmBytecodeResponse.from_dict(data)


def bytecode_actions(parsed: BytecodeResponse, quote: Quote) -> tuple[Action, ...]:
    """The actions of a bytecode response, for the quote it was built from.

    * EVM: one :class:`Transaction` per ``transactionData`` entry, approvals first.
    * Solana: one :class:`Transaction` whose ``data`` is the serialized ``rawTransaction`` (``to`` None).
    * BRL Pix off-ramp: the ``transaction`` payload when Deframe sends one, else a :class:`Deposit` of the whole
      input amount to ``depositAddress`` on the origin chain; the BRL payout then follows off-chain.
    """
    origin = quote.from_asset.chain_id
    if isinstance(parsed, SolanaBytecodeResponse):
        return (solana_transaction(parsed, origin),)
    if isinstance(parsed, FiatOfframpBytecodeResponse):
        return (offramp_action(parsed, quote),)
    return evm_transactions(parsed.transaction_data, origin)


def solana_transaction(parsed: SolanaBytecodeResponse, origin_chain: str) -> Transaction:
    """The serialized Solana transaction (``transactionData.rawTransaction``, else ``rawSwapData.transaction``)."""
    raw_tx = parsed.transaction_data.raw_transaction
    if isinstance(raw_tx, Unset) and not isinstance(parsed.raw_swap_data, Unset):
        raw_tx = parsed.raw_swap_data.transaction
    if isinstance(raw_tx, Unset) or not raw_tx:
        raise ResponseShapeError("Solana bytecode response has no rawTransaction", provider=PROVIDER)
    return Transaction(chain=tx_chain(parsed.chain_id, origin_chain), to=None, data=raw_tx, raw=parsed.to_dict())


def offramp_action(parsed: FiatOfframpBytecodeResponse, quote: Quote) -> Action:
    """The off-ramp payload as a transaction, or a deposit to ``depositAddress`` when there is none."""
    tx = parsed.transaction
    origin = quote.from_asset.chain_id
    if not isinstance(tx, Unset) and isinstance(tx.to, str) and isinstance(tx.data, str):
        value = 0 if isinstance(tx.value, Unset) else parse_base_units(tx.value, "transaction.value")
        return Transaction(chain=origin, to=tx.to, data=tx.data, value=value, raw=parsed.to_dict())
    if not parsed.deposit_address:
        raise ResponseShapeError("off-ramp bytecode has neither a transaction nor a deposit address", provider=PROVIDER)
    return Deposit(chain=origin, address=parsed.deposit_address, asset=quote.from_asset, amount=quote.amount_in)


def raw_quote(raw: Any) -> Any:
    """The quote's ``rawQuote`` to echo to the bytecode call, or UNSET (the docs: only pass it when present)."""
    quote = raw.get("quote") if isinstance(raw, Mapping) else None
    value = quote.get("rawQuote") if isinstance(quote, Mapping) else None
    return UNSET if value is None else value


def bytecode_request(quote_id: str, origin_address: str, destination_address: str, raw: Any) -> BytecodeRequest:
    """The body of ``POST /v2/swap/bytecode`` for a saved quote (default ``bytecode`` output)."""
    return BytecodeRequest(
        quote_id=quote_id,
        origin_address=origin_address,
        destination_address=destination_address,
        raw_quote=raw_quote(raw),
    )


# --- status --------------------------------------------------------------------------------------------------
def _hashes(value: object) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) and value else ()


def status_report(parsed: SwapStatusResponse, data: Any, ref: str) -> StatusReport:
    """``GET /v2/swap/status/{quoteId}`` → :class:`StatusReport` through :data:`STATUS_TABLE`."""
    raw_status = parsed.status.value
    return StatusReport(
        provider=PROVIDER,
        ref=ref,
        state=map_state(STATUS_TABLE, raw_status),
        provider_status=raw_status,
        origin_tx_hashes=_hashes(parsed.origin_tx_hash),
        destination_tx_hashes=_hashes(parsed.destination_tx_hash),
        raw=data,
    )


# --- errors --------------------------------------------------------------------------------------------------
def _code_message(envelope: Mapping[str, Any]) -> tuple[str | None, str | None]:
    code, message = envelope["code"], envelope.get("message")
    return (None if code is None else str(code), None if message is None else str(message))


def parse_error(body: Any) -> tuple[str | None, str | None]:
    """(code, message) of ``{"error": {code, message, details}}`` or the older flat ``{code, message, httpStatus}``.

    Raises KeyError/TypeError for any other body, as the engine expects.
    """
    if not isinstance(body, Mapping):
        raise TypeError(f"error body is {type(body).__name__}, not an object")
    inner = body.get("error")
    if isinstance(inner, Mapping):
        return _code_message(inner)
    if "code" in body:
        return _code_message(body)
    raise KeyError("error")
