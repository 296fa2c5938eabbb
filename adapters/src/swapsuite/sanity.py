"""The last check on what adapters return: every quote's amounts are in range and its actions are executable.

Generated models accept more than the specs allow (wrong JSON types, null, NaN), and mappings are written for the
documented shapes; a hostile or broken response can still get through both. :func:`checked` wraps every plan the
providers run, so each :class:`~swapsuite.models.Quote` (from ``quote()`` and ``execute()``) and each
:class:`~swapsuite.models.StatusReport` passes through here before a caller sees it. Anything that fails is a
:class:`~swapsuite.errors.ResponseShapeError`: the provider's data is wrong, not the caller's input.

A quote passes when:

* its assets are the request's (when it carries the request);
* ``amount_in`` and ``amount_out`` are ints in 1..2^256-1, ``min_amount_out`` (when given) in 0..``amount_out``,
  fee amounts within ±(2^256-1), the ETA 0..365 days, ``quote_id`` / ``status_ref`` short printable strings;
* every action is executable —
  :class:`Transaction`: a CAIP-2 chain with a valid reference (``eip155`` needs a decimal chain id), on the input's
  chain; ``to`` a valid address for that chain (required on EVM chains; a serialized non-EVM transaction may
  omit it); ``data`` ``0x``-hex on EVM chains, otherwise a non-empty string; ``value``, ``gas`` and fee caps ints
  in 0..2^256-1;
  :class:`Deposit`: the input asset, a valid address for its chain, ``amount`` 1..2^256-1;
  :class:`SignTypedData`: a mapping payload and a non-empty ``submit_ref``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from .caip import UNMAPPED_NAMESPACE
from .echo import echo
from .engine import Plan
from .errors import ResponseShapeError, ValidationError
from .models import Action, Deposit, Quote, SignTypedData, StatusReport, Transaction
from .validate import address_problem, check_ref

T = TypeVar("T")
MAX_UINT256 = 2**256 - 1
MAX_DURATION_S = 365 * 24 * 3600  # a quote that promises to take longer than a year is not a quote
_CAIP2 = re.compile(r"(?P<ns>[-a-z0-9]{3,8}):(?P<ref>[-_a-zA-Z0-9]{1,32})", re.ASCII)
_EIP155_REF = re.compile(r"[1-9][0-9]{0,31}", re.ASCII)  # CAIP-2 eip155: the decimal chain id, no leading zero
_HEX_DATA = re.compile(r"0x(?:[0-9a-fA-F]{2})*", re.ASCII)


class _Problem(Exception):
    """A reason a result is refused (internal: becomes a ResponseShapeError naming the provider)."""


def _uint(value: object, what: str, *, low: int = 0, high: int = MAX_UINT256) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _Problem(
            f"{what} must be an integer from {low} to {high if high < 2**64 else '2^256-1'}, got {echo(value)}"
        )


def _optional_uint(value: object, what: str) -> None:
    if value is not None:
        _uint(value, what)


def _text_ref(value: object, what: str) -> None:
    if value is None:
        return
    try:
        check_ref(value, what)
    except ValidationError as exc:
        raise _Problem(exc.message) from None


def _chain(chain: object, what: str) -> str:
    """The chain's namespace, after checking it is a CAIP-2 id with a reference valid for that namespace."""
    match = _CAIP2.fullmatch(chain) if isinstance(chain, str) else None
    if match is None:
        raise _Problem(f"{what} chain is not a CAIP-2 chain id: {echo(chain)}")
    if match["ns"] == "eip155" and not _EIP155_REF.fullmatch(match["ref"]):
        raise _Problem(f"{what} chain has no valid EVM chain id: {echo(chain)}")
    return match["ns"]


def _address(chain: str, address: object, what: str) -> None:
    problem = address_problem(chain, address) if isinstance(address, str) else "is not a string"
    if problem:
        raise _Problem(f"{what} {echo(address)} {problem} (chain {chain})")


def _same_chain(chain: str, quote: Quote, what: str) -> None:
    """An action spends the input, so it runs on the input's chain (when the input's chain is known)."""
    origin = quote.from_asset.chain_id
    if not origin.startswith(f"{UNMAPPED_NAMESPACE}:") and chain != origin:
        raise _Problem(f"{what} is on {echo(chain)}, but the input asset is on {origin}")


def _transaction(tx: Transaction, quote: Quote, what: str) -> None:
    namespace = _chain(tx.chain, what)
    _same_chain(tx.chain, quote, what)
    if namespace == "eip155":
        _address(tx.chain, tx.to, f"{what} target")
        if tx.data is not None and not (isinstance(tx.data, str) and _HEX_DATA.fullmatch(tx.data)):
            raise _Problem(f"{what} data is not 0x-prefixed hex bytes: {echo(tx.data)}")
    else:  # a serialized transaction (Solana: base64) carries its own target; `to` is informative
        if tx.to is not None:
            _address(tx.chain, tx.to, f"{what} target")
        if not isinstance(tx.data, str) or not tx.data or any(c.isspace() for c in tx.data):
            raise _Problem(f"{what} has no serialized transaction data: {echo(tx.data)}")
    _uint(tx.value, f"{what} value")
    for name in ("gas", "max_fee_per_gas", "max_priority_fee_per_gas"):
        _optional_uint(getattr(tx, name), f"{what} {name}")


def _deposit(deposit: Deposit, quote: Quote, what: str) -> None:
    _chain(deposit.chain, what)
    if deposit.asset != quote.from_asset:
        raise _Problem(f"{what} asks for {deposit.asset}, but the quote's input is {quote.from_asset}")
    _address(deposit.chain, deposit.address, f"{what} address")
    _uint(deposit.amount, f"{what} amount", low=1)
    if deposit.memo is not None and (not isinstance(deposit.memo, str) or not deposit.memo):
        raise _Problem(f"{what} memo must be a non-empty string when present, got {echo(deposit.memo)}")


def _sign(action: SignTypedData, what: str) -> None:
    _chain(action.chain, what)
    if not isinstance(action.payload, Mapping):
        raise _Problem(f"{what} payload is not an object: {type(action.payload).__name__}")
    if not isinstance(action.submit_ref, str) or not action.submit_ref:
        raise _Problem(f"{what} has no submit_ref")
    _text_ref(action.submit_ref, f"{what} submit_ref")


def _action(action: Action, quote: Quote, what: str) -> None:
    if isinstance(action, Transaction):
        _transaction(action, quote, what)
    elif isinstance(action, Deposit):
        _deposit(action, quote, what)
    elif isinstance(action, SignTypedData):
        _sign(action, what)
    else:
        raise _Problem(f"{what} is not an action: {type(action).__name__}")


def _quote(quote: Quote) -> None:
    asked = quote.request
    if asked is not None and (quote.from_asset, quote.to_asset) != (asked.from_asset, asked.to_asset):
        raise _Problem(f"it swaps {quote.from_asset} → {quote.to_asset}, not the requested assets")
    _uint(quote.amount_in, "amount_in", low=1)
    _uint(quote.amount_out, "amount_out", low=1)
    if quote.min_amount_out is not None:
        _uint(quote.min_amount_out, "min_amount_out", high=quote.amount_out)
    for fee in quote.fees:
        if fee.amount is not None:
            _uint(fee.amount, f"{fee.kind} fee amount", low=-MAX_UINT256)
    if quote.estimated_duration_s is not None:
        _uint(quote.estimated_duration_s, "estimated_duration_s", high=MAX_DURATION_S)
    _text_ref(quote.quote_id, "quote_id")
    _text_ref(quote.status_ref, "status_ref")
    if not isinstance(quote.actions, tuple):
        raise _Problem(f"actions is not a tuple: {type(quote.actions).__name__}")
    for index, action in enumerate(quote.actions):
        _action(action, quote, f"action {index}")


def _status(report: StatusReport) -> None:
    for name in ("amount_in", "amount_out", "refunded_amount"):
        _optional_uint(getattr(report, name), name)


def check_quote(quote: Quote, provider: str | None = None) -> Quote:
    """Return ``quote`` unchanged if it passes (see the module docstring), else raise ResponseShapeError."""
    try:
        _quote(quote)
    except _Problem as problem:
        kind = "firm" if not quote.dry else "dry"
        raise ResponseShapeError(f"refused a {kind} quote: {problem}", provider=provider or quote.provider) from None
    return quote


def check_result(result: T, provider: str) -> T:
    """Check a plan's result: quotes (see :func:`check_quote`) and status amounts; other results pass as they are."""
    if isinstance(result, Quote):
        check_quote(result, provider)
    elif isinstance(result, StatusReport):
        try:
            _status(result)
        except _Problem as problem:
            raise ResponseShapeError(f"refused a status report: {problem}", provider=provider) from None
    return result


def checked(plan: Plan[T], provider: str) -> Plan[T]:
    """``plan``, with :func:`check_result` applied to what it returns (the one hook providers use)."""
    result = yield from plan
    return check_result(result, provider)
