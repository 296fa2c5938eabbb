"""Pure mapping between Changelly's generated models (and exact JSON) and swapsuite's common model.

Amounts. Units follow from what we send and what the spec says, never from the response itself. Requests take
*human* decimal strings (``"1.234567"`` USDT), built from base units with ``swapsuite.money.human_string`` (exact).
Response amounts are integer strings in base units: the spec declares them so (``pattern: ^[0-9]+$``; every
generation-A sample is one, e.g. ``from.amount`` "1000000" with ``decimals`` 6 for 1 USDT). So a quote must echo
exactly the base units we asked for in ``from.amount``, carry its decimals as the token list does, keep
``to.min_amount`` at or below ``to.amount``, and write every amount as digits within 0..2^256-1; a response that
contradicts any of that (one field in human units, say) is a ResponseShapeError, never re-interpreted: guessing the
unit from the echo once let a single mis-scaled field inflate a quote 10^6-fold and rank it first.

Timestamps. ``expires_at`` comes as unix s, ms or µs (the docs show all three); ``swap_updated_at`` in µs or s;
``tx_at`` as ISO 8601. ``swapsuite.timeutil`` detects the unit from the magnitude.

Status table (:data:`STATUS_TABLE`; matched case-insensitively: the older status page capitalises, the newest
sample is lowercase):

============  ===============  =================================================================================
Changelly     SwapState        why
============  ===============  =================================================================================
created       PENDING_DEPOSIT  the intent exists; nothing is signed, nothing has moved
approved      PENDING_DEPOSIT  the signature is attached but no resolver has taken it and no funds have left the
                               wallet; the intent can still lapse with nothing moved, as PENDING_DEPOSIT means
verified      PROCESSING       a resolver accepted the intent and is filling it
deposited     PROCESSING       the resolver escrowed the user's funds on the source chain
finished      SUCCESS          the recipient received the destination funds
failed        FAILED           the resolver declined the intent
expired       EXPIRED          the intent lapsed before completion
refunded      REFUNDED         the user's funds were returned
(other)       UNKNOWN          undocumented; the raw string is kept in ``provider_status``
============  ===============  =================================================================================
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from uuid import UUID

from swapsuite_changelly_client.models import (
    ApprovalRequest,
    ApprovalType,
    FeeItem,
    Fees,
    Intent,
    IntentRequest,
    IntentRequestFrom,
    IntentRequestTo,
    IntentStatus,
)
from swapsuite_changelly_client.models import Quote as ChangellyQuote
from swapsuite_changelly_client.models import QuoteRequest as ChangellyQuoteRequest
from swapsuite_changelly_client.types import Unset

from swapsuite import money, timeutil
from swapsuite.caip import AssetId
from swapsuite.errors import ResponseShapeError, ValidationError
from swapsuite.models import Fee, Quote, QuoteRequest, SignTypedData, StatusReport, SwapState, Token, map_state
from swapsuite.unset import present

from . import ids
from .ids import PROVIDER, UNKNOWN_DECIMALS

MAX_AMOUNT_DIGITS = 78  # 2^256-1 has 78 digits: anything longer is refused before int() has to read it

STATUS_TABLE: dict[str, SwapState] = {
    "created": SwapState.PENDING_DEPOSIT,
    "approved": SwapState.PENDING_DEPOSIT,
    "verified": SwapState.PROCESSING,
    "deposited": SwapState.PROCESSING,
    "finished": SwapState.SUCCESS,
    "failed": SwapState.FAILED,
    "expired": SwapState.EXPIRED,
    "refunded": SwapState.REFUNDED,
}

# Changelly's own cut is the service's protocol fee; the affiliate cut is the integrator's (app) fee.
FEE_KINDS: dict[str, str] = {"changelly": "protocol", "affiliate": "app"}

_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: str.isdigit() would accept other scripts
# How a bare string signature reveals its approval type (see :func:`approval_type_of`).
_SIGNATURE_PREFIXES = (("0x", "permit2"), ("cHNid", "htlc"), ("eyJ", "cosign"))


# --- amounts -----------------------------------------------------------------------------------------------------
def base_units(value: object, what: str) -> int:
    """A response amount → int: an integer string of base units within 0..2^256-1, as the spec declares."""
    if not isinstance(value, str) or not _DIGITS.fullmatch(value) or len(value) > MAX_AMOUNT_DIGITS:
        raise ResponseShapeError(
            f"{what} {value!r} is not an integer amount in base units, as the Changelly spec declares",
            provider=PROVIDER,
        )
    amount = int(value)
    if amount > money.MAX_UINT256:
        raise ResponseShapeError(f"{what} {value!r} is above 2^256-1", provider=PROVIDER)
    return amount


# --- quote requests ----------------------------------------------------------------------------------------------
def source_token(asset: AssetId, tokens: Sequence[Token]) -> Token:
    """The listed token to sell; its decimals must be known to write the amount in Changelly's human form."""
    token = ids.find_listed(tokens, asset)
    if token is None:
        raise ValidationError(f"Changelly does not list {asset}", provider=PROVIDER)
    if token.decimals == UNKNOWN_DECIMALS:
        raise ValidationError(
            f"Changelly lists {token.symbol} ({token.native_id}) without decimals: its amount cannot be converted",
            provider=PROVIDER,
        )
    return token


def target_selector(asset: AssetId, token: Token | None) -> ids.Selector:
    """Selector of the token to buy: the listed token's, or the native id of an unlisted unmapped asset."""
    if token is not None:
        return ids.selector(token.native_id)
    if asset.is_mapped:
        raise ValidationError(f"Changelly does not list {asset}", provider=PROVIDER)
    return ids.selector(asset.native_id)


def quote_request(request: QuoteRequest, source: Token, target: ids.Selector) -> ChangellyQuoteRequest:
    """The ``POST /v1/quotes/`` body: human amount string, slippage bps as a string."""
    return ChangellyQuoteRequest(
        from_=ids.selector(source.native_id),
        to=target,
        amount=money.human_string(request.amount, source.decimals),
        slippage_bps=str(request.slippage_bps),
    )


def check_decimals(quote: ChangellyQuote, source: Token | None, target: Token | None) -> None:
    """Refuse a quote whose decimals contradict the token list: its amounts would be in another scale than ours."""
    pairs = [("from", quote.from_.decimals, source), ("to", quote.to.decimals, target)]
    for side, got, token in pairs:
        if token is None or token.decimals == UNKNOWN_DECIMALS:
            continue
        if got != token.decimals:
            raise ResponseShapeError(
                f"quote {side}.decimals {got!r} differs from the token list's {token.decimals} for {token.symbol}",
                provider=PROVIDER,
            )


# --- quotes ------------------------------------------------------------------------------------------------------
def map_fee(name: str, item: FeeItem, tokens: Sequence[Token]) -> Fee:
    """One entry of ``fees`` → ``Fee`` (amount in base units of the fee token, bps exact)."""
    amount = present(item.amount)
    bps = present(item.bps)
    return Fee(
        kind=FEE_KINDS.get(name, name),
        asset=fee_asset(item, tokens),
        amount=None if amount is None else base_units(amount, f"fees.{name}.amount"),
        bps=None if bps is None else money.bps(bps),
    )


def fee_asset(item: FeeItem, tokens: Sequence[Token]) -> AssetId | None:
    """The fee token: a listed token when its native id is listed, else the unmapped native id."""
    if isinstance(item.token_id, int):
        native = str(item.token_id)
    elif isinstance(item.network_id, int) and isinstance(item.contract_address, str) and item.contract_address:
        native = f"{item.network_id}:{item.contract_address}"
    else:
        return None
    token = ids.find_by_native_id(tokens, native)
    return token.asset if token is not None else AssetId.unmapped(PROVIDER, native)


def map_fees(fees: Fees | Unset, tokens: Sequence[Token]) -> tuple[Fee, ...]:
    """The quote's ``fees`` object → fees: Changelly's own cut and the affiliate cut, both set per API key."""
    if isinstance(fees, Unset):
        return ()
    entries = (("changelly", fees.changelly), ("affiliate", fees.affiliate))
    return tuple(map_fee(name, item, tokens) for name, item in entries if isinstance(item, FeeItem))


def map_quote(
    quote: ChangellyQuote,
    *,
    from_asset: AssetId,
    to_asset: AssetId,
    amount_in: int,
    tokens: Sequence[Token],
    dry: bool,
    raw: Any,
) -> Quote:
    """A Changelly quote → swapsuite ``Quote`` for the caller's assets; ``amount_in`` is what was asked for.

    The units are checked, not guessed (module docstring): decimals as listed, ``from.amount`` equal to
    ``amount_in``, every amount digits in base units, ``to.min_amount`` ≤ ``to.amount``.
    """
    check_decimals(quote, ids.find_listed(tokens, from_asset), ids.find_listed(tokens, to_asset))
    echoed = base_units(quote.from_.amount, "from.amount")
    if echoed != amount_in:
        raise ResponseShapeError(
            f"quote from.amount {quote.from_.amount!r} is not the {amount_in} base units asked for: "
            "the response contradicts the request's units",
            provider=PROVIDER,
        )
    amount_out = base_units(quote.to.amount, "to.amount")
    minimum = base_units(quote.to.min_amount, "to.min_amount")
    if minimum > amount_out:
        raise ResponseShapeError(
            f"quote to.min_amount {minimum} exceeds to.amount {amount_out}: mixed units", provider=PROVIDER
        )
    return Quote(
        provider=PROVIDER,
        quote_id=str(quote.id),
        from_asset=from_asset,
        to_asset=to_asset,
        amount_in=echoed,
        amount_out=amount_out,
        min_amount_out=minimum,
        fees=map_fees(quote.fees, tokens),
        expires_at=timeutil.parse_optional_timestamp(quote.expires_at),
        dry=dry,
        raw=raw,
    )


# --- intents -----------------------------------------------------------------------------------------------------
def require_addresses(request: QuoteRequest) -> None:
    """A firm quote creates an intent, which needs the sender and the recipient."""
    missing = [name for name, value in (("sender", request.sender), ("recipient", request.recipient)) if not value]
    if missing:
        raise ValidationError(
            f"a firm Changelly quote creates an intent and needs {' and '.join(missing)}", provider=PROVIDER
        )


def intent_request(quote_id: UUID, request: QuoteRequest) -> dict[str, Any] | None:
    """The ``POST /v1/intents/`` body for a quote (refunds go to the sender unless told), None without addresses."""
    if not request.sender or not request.recipient:
        return None
    body = IntentRequest(
        quote_id=quote_id,
        from_=IntentRequestFrom(address=request.sender, refund_address=request.refund_to or request.sender),
        to=IntentRequestTo(address=request.recipient),
    )
    return body.to_dict()


def stored_intent_request(quote: Quote) -> IntentRequest:
    """The intent body a dry quote carries in ``raw["intent_request"]`` (see the adapter's docstring)."""
    body = quote.raw.get("intent_request") if isinstance(quote.raw, Mapping) else None
    if body is None:
        raise ValidationError(
            "this Changelly quote carries no sender and recipient: request it with both addresses, or firm (dry=False)",
            provider=PROVIDER,
        )
    return IntentRequest.from_dict(body)


def firm_quote(dry: Quote, intent: Intent, intent_data: Mapping[str, Any], tokens: Sequence[Token]) -> Quote:
    """A dry quote plus its created intent → the executable quote: one ``SignTypedData`` action.

    Amounts come from the quote the intent applied; the expiry is the intent's (the signature must arrive before
    it), falling back to the quote's when the intent has none. The action's chain is the source asset's CAIP-2 id
    (the private ``swapsuite:changelly`` id for an unmapped source: the payload then says which chain it is).
    """
    intent_id = str(intent.id)
    applied = map_quote(
        intent.quote,
        from_asset=dry.from_asset,
        to_asset=dry.to_asset,
        amount_in=dry.amount_in,
        tokens=tokens,
        dry=False,
        raw={**dry.raw, "intent": intent_data},
    )
    action = SignTypedData(
        chain=dry.from_asset.chain_id,
        payload=intent_data["params_to_sign"],
        submit_ref=intent_id,
        approval_type=intent.approval_type.value,
    )
    expires = timeutil.parse_optional_timestamp(present(intent.expires_at))
    return replace(applied, actions=(action,), status_ref=intent_id, expires_at=expires or applied.expires_at)


def intent_uuid(ref: str) -> UUID:
    """An intent id (UUID string), checked before any request."""
    try:
        return UUID(str(ref))
    except ValueError:
        raise ValidationError(f"not a Changelly intent id: {ref!r}", provider=PROVIDER) from None


# --- approvals ---------------------------------------------------------------------------------------------------
def approval_type_of(signed_data: str) -> str:
    """The approval type a bare signature string implies.

    A Permit2 EIP-712 signature is ``0x`` hex; a signed PSBT is base64 of the ``psbt`` magic (``cHNid…``); the
    co-signed Solana transaction is base64 of a JSON object (``eyJ…``, as documented). Anything else is ambiguous.
    """
    for prefix, kind in _SIGNATURE_PREFIXES:
        if signed_data.startswith(prefix):
            return kind
    raise ValidationError(
        "cannot tell the approval type of this signature: pass signature={'approval_type': ..., 'signed_data': ...}",
        provider=PROVIDER,
    )


def approval_request(signature: object) -> ApprovalRequest:
    """``submit(signature=...)`` → the approval body: a mapping is the body itself, a str is the signed data."""
    if isinstance(signature, str) and signature:
        return ApprovalRequest(approval_type=ApprovalType(approval_type_of(signature)), signed_data=signature)
    if isinstance(signature, Mapping):
        try:
            return ApprovalRequest.from_dict(signature)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                f"signature mapping needs approval_type and signed_data ({exc})", provider=PROVIDER
            ) from exc
    raise ValidationError(
        "Changelly's submit needs signature= (the signed params_to_sign, or {'approval_type', 'signed_data'})",
        provider=PROVIDER,
    )


# --- status ------------------------------------------------------------------------------------------------------
def status_state(raw_status: str | None) -> SwapState:
    """A Changelly status, in either casing, through :data:`STATUS_TABLE`; undocumented → UNKNOWN."""
    return map_state(STATUS_TABLE, None if raw_status is None else raw_status.strip().lower())


def _hashes(value: object) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) and value else ()


def updated_at(status: IntentStatus, data: Mapping[str, Any]) -> datetime | None:
    """``swap_updated_at`` when the reply carries it (as the swap list does), else the latest transaction time."""
    stamp = timeutil.parse_optional_timestamp(data.get("swap_updated_at"))
    if stamp is not None:
        return stamp
    refund = data.get("refund")
    times = (
        status.from_.tx_at,
        status.to.tx_at,
        refund.get("tx_at") if isinstance(refund, Mapping) else None,
    )
    stamps = [timeutil.parse_timestamp(value) for value in times if isinstance(value, str) and value]
    return max(stamps, default=None)


def status_report(status: IntentStatus, data: Mapping[str, Any], ref: str) -> StatusReport:
    """``GET /v1/intents/{id}`` → ``StatusReport``.

    ``amount_in`` is the amount the intent sells. Changelly documents only bounds for the destination
    (``min_amount``/``max_amount``/``amount_expected``), never a delivered amount, so ``amount_out`` stays None; the
    bounds remain in ``raw``.
    """
    raw_status = status.status.value
    source = status.from_
    refund = data.get("refund")
    return StatusReport(
        provider=PROVIDER,
        ref=ref,
        state=status_state(raw_status),
        provider_status=raw_status,
        origin_tx_hashes=_hashes(source.tx),
        destination_tx_hashes=_hashes(status.to.tx),
        refund_tx_hashes=_hashes(refund.get("tx") if isinstance(refund, Mapping) else None),
        amount_in=base_units(source.amount, "from.amount"),
        updated_at=updated_at(status, data),
        raw=data,
    )


# --- errors ------------------------------------------------------------------------------------------------------
def parse_error(body: Any) -> tuple[str | None, str | None]:
    """Changelly's envelope ``{code, type, message}`` → (type, or the numeric code as text, message).

    Raises KeyError/TypeError when ``body`` is not that envelope, so the engine keeps only the raw bytes.
    """
    if not isinstance(body, Mapping):
        raise TypeError(f"error body is a {type(body).__name__}, not an object")
    code, kind, message = body["code"], body["type"], body["message"]
    if not isinstance(message, str | None) or not isinstance(kind, str | None):
        raise TypeError("error type and message must be strings")
    return (kind or (None if code is None else str(code))), message
