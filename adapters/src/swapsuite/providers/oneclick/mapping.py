"""Pure mapping between the 1Click generated models and ``swapsuite.models``. No I/O.

Numbers that matter (token prices, fee bps, the time estimate) are read from the exact JSON (``reply.data``,
decoded with Decimal), never from the generated model, whose annotations would invite inexact arithmetic.
Amounts are integer strings in base units and go through ``swapsuite.money.parse_base_units``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from swapsuite_oneclick_client.models import AppFee as OneClickAppFee
from swapsuite_oneclick_client.models import (
    GetExecutionStatusResponse,
    QuoteRequestDepositType,
    QuoteRequestRecipientType,
    QuoteRequestRefundType,
    QuoteRequestSwapType,
    SubmitDepositTxResponse,
    TokenResponse,
)
from swapsuite_oneclick_client.models import QuoteRequest as OneClickQuoteRequest
from swapsuite_oneclick_client.models import QuoteResponse as OneClickQuoteResponse
from swapsuite_oneclick_client.types import Unset

from swapsuite.errors import ResponseShapeError, ValidationError
from swapsuite.models import (
    AccountType,
    Deposit,
    Fee,
    Quote,
    QuoteRequest,
    StatusReport,
    SwapState,
    Token,
    map_state,
)
from swapsuite.money import parse_base_units, parse_decimals
from swapsuite.timeutil import parse_optional_timestamp, parse_timestamp
from swapsuite.unset import present

from .ids import PROVIDER, asset_for_token, dedupe

MAX_EXPONENT = 400  # beyond any double; rounding 1e1000000 to an int would cost seconds of CPU
MAX_SECONDS = 10**8  # about three years: a longer "time estimate" is not one
JSON = Any
StatusResponse = GetExecutionStatusResponse | SubmitDepositTxResponse

# 1Click's SwapStatus → swapsuite's SwapState. swapsuite's vocabulary is 1Click's own, so every documented
# status maps to itself except KNOWN_DEPOSIT_TX, which has no counterpart.
STATUS_TABLE: dict[str, SwapState] = {
    # Waiting for funds to reach the deposit address.
    "PENDING_DEPOSIT": SwapState.PENDING_DEPOSIT,
    # The deposit transaction is known (typically reported through /v0/deposit/submit) but not yet confirmed
    # or processed. The user has acted and nothing more is expected of them, so it is no longer "pending
    # deposit"; the swap is under way, which is what PROCESSING means.
    "KNOWN_DEPOSIT_TX": SwapState.PROCESSING,
    # The deposit was detected and market makers are executing the swap.
    "PROCESSING": SwapState.PROCESSING,
    # Output delivered to the recipient. Final.
    "SUCCESS": SwapState.SUCCESS,
    # Funds arrived but below the quoted or bridge minimum (refunded at the deadline).
    "INCOMPLETE_DEPOSIT": SwapState.INCOMPLETE_DEPOSIT,
    # The swap did not complete; funds went back to refundTo. Final.
    "REFUNDED": SwapState.REFUNDED,
    # The swap failed with an error. Final.
    "FAILED": SwapState.FAILED,
}


# --- small exact helpers ------------------------------------------------------------------------------------
def optional_units(value: str | Unset | None, what: str) -> int | None:
    """An optional base-unit amount (absent or null → None)."""
    given = present(value)
    return None if given is None else parse_base_units(given, what)


def exact_decimal(value: object, what: str) -> Decimal:
    """A JSON number (int or Decimal from ``reply.data``) or numeric string as an exact Decimal."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise ValidationError(f"{what} must be an exact number, got {value!r}", provider=PROVIDER)
    try:
        result = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except ArithmeticError as exc:
        raise ValidationError(f"{what} is not a number: {value!r}", provider=PROVIDER) from exc
    if not result.is_finite() or abs(result.adjusted()) > MAX_EXPONENT:
        raise ValidationError(f"{what} is not a finite number of sane size: {str(value)[:40]!r}", provider=PROVIDER)
    return result


def whole_number(value: object, what: str) -> int:
    """An integral JSON number (``24`` or ``24.0``) as int; anything fractional is refused."""
    if type(value) is int:  # the common case
        return value
    number = exact_decimal(value, what)
    if number != number.to_integral_value():
        raise ValidationError(f"{what} must be a whole number, got {value!r}", provider=PROVIDER)
    return int(number)


def whole_seconds(value: object, what: str) -> int:
    """A duration in seconds as int. A fractional estimate is rounded *up*, so it never promises too much."""
    number = exact_decimal(value, what)
    if number < 0 or number > MAX_SECONDS:
        raise ValidationError(f"{what} must be 0 to {MAX_SECONDS} seconds, got {str(value)[:40]!r}", provider=PROVIDER)
    return math.ceil(number)


# --- tokens -------------------------------------------------------------------------------------------------
def parse_token_list(data: JSON) -> list[TokenResponse]:
    """``/v0/tokens`` body → generated models (the Call's ``parse``); a non-list body is a TypeError."""
    if not isinstance(data, list):
        raise TypeError(f"/v0/tokens must return a JSON array, got {type(data).__name__}")
    return [TokenResponse.from_dict(item) for item in data]


def token(parsed: TokenResponse, data: Mapping[str, JSON]) -> Token:
    """One ``/v0/tokens`` entry → Token. ``decimals`` and ``price`` come from the exact JSON entry."""
    return Token(
        provider=PROVIDER,
        asset=asset_for_token(parsed.asset_id, parsed.blockchain.value, present(parsed.contract_address)),
        symbol=parsed.symbol,
        decimals=parse_decimals(whole_number(data["decimals"], "decimals")),
        native_id=parsed.asset_id,
        price_usd=exact_decimal(data["price"], "price"),
    )


def tokens(parsed: Sequence[TokenResponse], data: Sequence[Mapping[str, JSON]]) -> list[Token]:
    """The whole token list, in 1Click's order, with one current assetId per CAIP-19 asset (``ids.dedupe``)."""
    return dedupe([token(item, raw) for item, raw in zip(parsed, data, strict=True)])


# --- quote request ------------------------------------------------------------------------------------------
def addresses(request: QuoteRequest) -> tuple[str, str]:
    """(recipient, refundTo) for a quote request, or ValidationError naming the missing field.

    1Click requires both even for dry quotes and documents no placeholder values (the docs' ``0xYour…``
    strings are illustrations, not addresses the service promises to accept), so a missing one is rejected
    here rather than guessed. ``refund_to`` falls back to ``sender``: refunds go back to where the funds came from.
    """
    if not request.recipient:
        raise ValidationError("1Click needs request.recipient, even for dry quotes", provider=PROVIDER)
    refund_to = request.refund_to or request.sender
    if not refund_to:
        raise ValidationError(
            "1Click needs request.refund_to (or request.sender), even for dry quotes", provider=PROVIDER
        )
    return request.recipient, refund_to


MAX_APP_FEE_BPS = 500  # the fee configuration docs allow 0-500 bps per appFees entry


def check_quote_request(request: QuoteRequest) -> None:
    """Everything 1Click would reject about a request that can be known before any HTTP request."""
    if request.amount <= 0:
        raise ValidationError("amount must be a positive number of base units", provider=PROVIDER)
    for fee in request.app_fees:
        if fee.bps > MAX_APP_FEE_BPS:
            raise ValidationError(f"1Click takes app fees of 0-{MAX_APP_FEE_BPS} bps, got {fee.bps}", provider=PROVIDER)
    addresses(request)


def deadline(now: datetime, after: timedelta) -> datetime:
    """The request ``deadline``: ``after`` from ``now``, in UTC, whole seconds."""
    return (parse_timestamp(now) + after).replace(microsecond=0)


def quote_body(request: QuoteRequest, origin: str, destination: str, until: datetime) -> OneClickQuoteRequest:
    """The POST /v0/quote body: deposit on the origin chain, refund there, deliver on the destination chain."""
    recipient, refund_to = addresses(request)
    body = OneClickQuoteRequest(
        dry=request.dry,
        swap_type=QuoteRequestSwapType(request.swap_type.value),  # EXACT_INPUT, EXACT_OUTPUT or FLEX_INPUT
        slippage_tolerance=request.slippage_bps,  # an int stays an int in the JSON body
        origin_asset=origin,
        deposit_type=QuoteRequestDepositType(_ledger(request.deposit_type, "ORIGIN_CHAIN")),
        destination_asset=destination,
        amount=str(request.amount),
        refund_to=refund_to,
        refund_type=QuoteRequestRefundType(_ledger(request.refund_type, "ORIGIN_CHAIN")),
        recipient=recipient,
        recipient_type=QuoteRequestRecipientType(_ledger(request.recipient_type, "DESTINATION_CHAIN")),
        deadline=until,
    )
    if request.app_fees:  # only when asked: an empty list would be signed-irrelevant noise in the echo
        body.app_fees = [OneClickAppFee(recipient=fee.recipient, fee=fee.bps) for fee in request.app_fees]
    if request.referral is not None:
        body.referral = request.referral
    return body


def _ledger(kind: AccountType, on_chain: str) -> str:
    """1Click's name for an account type: its own ledger is ``INTENTS``; a chain address is ``on_chain``."""
    return "INTENTS" if kind is AccountType.INTENTS else on_chain


# --- quote response -----------------------------------------------------------------------------------------
def fees(request: QuoteRequest, data: Mapping[str, JSON]) -> tuple[Fee, ...]:
    """The fees of a quote; nothing is inferred.

    * ``app`` — the integrator fees *we asked for* (``request.app_fees``, basis points of the input). The echoed
      ``quoteRequest.appFees`` is not covered by the signature, so it is only compared with what was sent
      (``signature.check_app_fees``), never read as the source of a fee.
    * ``withdraw`` — ``quote.withdrawFee``, base units of the output asset, already subtracted from amountOut.
    * ``refund`` — ``quote.refundFee``, base units of the input asset. Contingent: charged only if the deposit
      is refunded, so it is not a cost of a successful swap.

    The extra platform fee 1Click charges unauthenticated callers is not in the payload, so it is not reported.
    """
    app = [Fee("app", request.from_asset, None, Decimal(fee.bps)) for fee in request.app_fees]
    quote = data["quote"]
    withdraw = quote.get("withdrawFee")
    refund = quote.get("refundFee")
    return (
        *app,
        *([Fee("withdraw", request.to_asset, parse_base_units(withdraw, "withdrawFee"), None)] if withdraw else []),
        *([Fee("refund", request.from_asset, parse_base_units(refund, "refundFee"), None)] if refund else []),
    )


def deposit_actions(request: QuoteRequest, parsed: OneClickQuoteResponse, chain: str) -> tuple[Deposit, ...]:
    """The one action of a firm quote: send ``amountIn`` of the origin asset to the deposit address.

    ``amountIn`` is the amount to send for both swap types: for EXACT_INPUT it is the requested input; for
    EXACT_OUTPUT it already includes the slippage buffer, so it delivers the requested output even at the full
    tolerance, and whatever is not needed is refunded after the swap. (``minAmountIn`` is only the floor below
    which a deposit is refunded at the deadline; sending it risks exactly that.)
    """
    address = present(parsed.quote.deposit_address)
    if not address:
        raise ResponseShapeError("a firm quote (dry=false) came back without depositAddress", provider=PROVIDER)
    return (
        Deposit(
            chain=chain,
            address=address,
            asset=request.from_asset,
            amount=parse_base_units(parsed.quote.amount_in, "amountIn"),
            memo=present(parsed.quote.deposit_memo),
        ),
    )


# Quote fields whose values the 1Click signature covers once it verified (see signature.py): the amounts (the
# eight amount fields), the assets and swap kind (the echoed request, checked against what was sent), and for firm
# quotes the deposit instructions, the deadline, the time estimate and the withdraw/refund fees. ``quote_id`` of a
# firm quote is its (signed) deposit address; a dry quote's is the unsigned ``correlationId``.
SIGNED_ALWAYS = frozenset({"from_asset", "to_asset", "amount_in", "amount_out", "min_amount_out", "dry"})
SIGNED_FIRM = frozenset({"quote_id", "expires_at", "estimated_duration_s", "actions", "status_ref"})


def signed_fields(request: QuoteRequest) -> frozenset[str]:
    """The :class:`Quote` fields a verified signature covers for this request. ``fees`` is covered only for a
    firm quote without integrator fees: those are ours, and 1Click does not sign that it applied them."""
    if request.dry:
        return SIGNED_ALWAYS
    return SIGNED_ALWAYS | SIGNED_FIRM | (frozenset() if request.app_fees else frozenset({"fees"}))


def quote(
    request: QuoteRequest, parsed: OneClickQuoteResponse, data: Mapping[str, JSON], chain: str, *, verified: bool
) -> Quote:
    """QuoteResponse → Quote. ``chain`` is the CAIP-2 id the deposit is made on (used by firm quotes only);
    ``verified`` says whether the signature was checked (``Quote.signed_fields`` is None otherwise).

    ``expires_at`` is ``quote.deadline`` (when the deposit address stops being active; dry quotes have none).
    ``estimated_duration_s`` is ``timeEstimate``: seconds from a confirmed deposit to a completed swap. A firm
    quote's ``quote_id`` is its deposit address (covered by the signature; ``correlationId`` is not).
    """
    body = parsed.quote
    firm = not request.dry
    deposit_address = present(body.deposit_address)
    return Quote(
        provider=PROVIDER,
        quote_id=deposit_address if firm else present(parsed.correlation_id),
        from_asset=request.from_asset,
        to_asset=request.to_asset,
        amount_in=parse_base_units(body.amount_in, "amountIn"),
        amount_out=parse_base_units(body.amount_out, "amountOut"),
        min_amount_out=parse_base_units(body.min_amount_out, "minAmountOut"),
        fees=fees(request, data),
        expires_at=parse_optional_timestamp(present(body.deadline)),
        estimated_duration_s=whole_seconds(data["quote"]["timeEstimate"], "timeEstimate"),
        actions=deposit_actions(request, parsed, chain) if firm else (),
        status_ref=deposit_address if firm else None,
        dry=request.dry,
        raw=data,
        signed_fields=signed_fields(request) if verified else None,
    )


# --- status -------------------------------------------------------------------------------------------------
def status_report(parsed: StatusResponse, data: JSON, ref: str) -> StatusReport:
    """/v0/status or /v0/deposit/submit response → StatusReport.

    Tx hashes come from ``swapDetails.originChainTxHashes`` / ``destinationChainTxHashes``. 1Click does not mark
    which transactions are refunds, so ``refund_tx_hashes`` stays empty rather than guessed. Amounts not yet
    known are null and stay None.
    """
    details = parsed.swap_details
    raw_status = parsed.status.value  # an undocumented status arrives as a pseudo-member keeping the raw string
    return StatusReport(
        provider=PROVIDER,
        ref=ref,
        state=map_state(STATUS_TABLE, raw_status),
        provider_status=raw_status,
        origin_tx_hashes=tuple(tx.hash_ for tx in details.origin_chain_tx_hashes if tx.hash_),
        destination_tx_hashes=tuple(tx.hash_ for tx in details.destination_chain_tx_hashes if tx.hash_),
        amount_in=optional_units(details.amount_in, "swapDetails.amountIn"),
        amount_out=optional_units(details.amount_out, "swapDetails.amountOut"),
        refunded_amount=optional_units(details.refunded_amount, "swapDetails.refundedAmount"),
        updated_at=parse_timestamp(parsed.updated_at),
        raw=data,
    )


def require(value: str | None, what: str) -> str:
    """A non-empty argument, or ValidationError naming it (checked before any HTTP request)."""
    if not value:
        raise ValidationError(f"1Click needs {what}", provider=PROVIDER)
    return value


# --- errors -------------------------------------------------------------------------------------------------
def parse_error(body: JSON) -> tuple[str | None, str | None]:
    """1Click's error envelope ``{"message": ...}`` → (code, message). 1Click sends no error code.

    ``correlationId`` (present in live 400 bodies) is not a code; it stays in the raw body of the error.
    """
    if not isinstance(body, Mapping):
        raise TypeError(f"1Click error body is not an object: {type(body).__name__}")
    message = body["message"]
    if not isinstance(message, str):
        raise TypeError(f"1Click error message is not a string: {type(message).__name__}")
    return None, message
