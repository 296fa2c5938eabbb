"""1Click swap history: ``GET /v0/account/history`` → :class:`~swapsuite.history.SwapRecord` pages.

The list is the signed-in user's (a :class:`~.session.OneClickSession`; without one ``swaps()`` is a
``ConfigurationError`` before any request). Every page first makes sure the session holds an access token (sign
in or refresh, :mod:`.session`), then asks for ``limit`` items, newest first. Paging is by cursor: each answer's
``prevCursor`` fetches the next older page, and a page with fewer than ``limit`` items is the last (the SDK's
documented rule). Cursors point into the list, so a swap made while a walk runs cannot shift later pages: no
re-fetch, no de-duplication cost beyond the walker's id set. A 401 mid-walk (a token the server no longer takes)
is repaired by the session and the page fetched again (``HistoryPlan.recover``).

How the common criteria are applied:

=============  ============================================================================================
criterion      applied
=============  ============================================================================================
state          server: ``status`` (1Click's statuses are the common vocabulary; EXPIRED and UNKNOWN have no
               1Click status, so they are applied here and match nothing)
address        client, on sender (the deposit transaction's) or recipient; 1Click's own ``search`` also
               matches deposit addresses and hashes, so ``params={"search": …}`` narrows server-side instead
since/until    client, on ``createdAt``; the list is newest first, so a page ending before ``since`` ends the walk
from_asset     client (no asset filter upstream)
to_asset       client
=============  ============================================================================================

``params`` passes 1Click's own filters through, checked before any request: ``depositAddress``, ``depositMemo``
(only with ``depositAddress``), ``search``, and the lists ``status``, ``depositType``, ``recipientType``,
``refundType`` as comma-separated values (the three type lists are index-aligned, ``null`` a wildcard). A
``state`` alongside ``params["status"]`` is applied on the client.

Amounts: the list gives only whole-token strings (``amountInFormatted``, ``amountOutFormatted``), turned into
exact base units with the token list's decimals; an asset missing from the token list, or a figure with more
decimals than its token, leaves the amount None (the raw entry keeps it) rather than guessed. The output figure
is the quoted one (``amount_out_expected``); the delivered amount is ``status()``'s ``swapDetails.amountOut``. A
refunded swap's ``refundFee`` (base units of the input asset) is a ``refund`` fee. Items are read field by field
(tolerant reader): an unknown status is state UNKNOWN, not a failed page.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Final

from swapsuite_oneclick_client.api.oneclick import get_history
from swapsuite_oneclick_client.models import (
    GetHistoryDepositTypeItem,
    GetHistoryRecipientTypeItem,
    GetHistoryRefundTypeItem,
    GetHistoryStatusItem,
)
from swapsuite_oneclick_client.types import UNSET

from swapsuite import timeutil
from swapsuite.caip import AssetId
from swapsuite.engine import Call, Plan
from swapsuite.errors import ConfigurationError, UnsupportedError, ValidationError
from swapsuite.history import Cursor, HistoryPlan, Param, RawPage, SwapFilter, SwapRecord
from swapsuite.models import Fee, SwapState, Token, map_state
from swapsuite.money import from_human, parse_base_units

from . import ids
from .mapping import STATUS_TABLE

if TYPE_CHECKING:
    from . import OneClickAdapter
    from .session import OneClickSession

PROVIDER: Final = ids.PROVIDER
PAGE_SIZE: Final = 100
MAX_PAGE_SIZE: Final = 100  # the spec's maximum for `limit`
HISTORY_STATUSES: Final = tuple(item.value for item in GetHistoryStatusItem)
# spec parameter → (generated keyword, enum of a comma-separated list or None for a plain string)
PARAMS: Final[dict[str, tuple[str, Any]]] = {
    "depositAddress": ("deposit_address", None),
    "depositMemo": ("deposit_memo", None),
    "search": ("search", None),
    "status": ("status", GetHistoryStatusItem),
    "depositType": ("deposit_type", GetHistoryDepositTypeItem),
    "recipientType": ("recipient_type", GetHistoryRecipientTypeItem),
    "refundType": ("refund_type", GetHistoryRefundTypeItem),
}


def check_params(params: Mapping[str, Param]) -> dict[str, Any]:
    """1Click's own filters → generated keywords; unknown names UnsupportedError, bad values ValidationError."""
    unknown = sorted(set(params) - set(PARAMS))
    if unknown:
        raise UnsupportedError(
            f"1Click's /v0/account/history has no parameter {', '.join(unknown)} (it takes {', '.join(PARAMS)})",
            provider=PROVIDER,
        )
    out: dict[str, Any] = {}
    for name, value in params.items():
        keyword, enum = PARAMS[name]
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"1Click's {name} is a non-empty string, got {value!r}", provider=PROVIDER)
        if enum is None:
            out[keyword] = value
            continue
        allowed = [item.value for item in enum]
        parts = [part.strip() for part in value.split(",")]
        bad = [part for part in parts if part not in allowed]
        if bad:
            raise ValidationError(
                f"1Click's {name} takes comma-separated values of {', '.join(allowed)}; got {', '.join(bad)}",
                provider=PROVIDER,
            )
        out[keyword] = [enum(part) for part in parts]
    if "deposit_memo" in out and "deposit_address" not in out:
        raise ValidationError("1Click's depositMemo filter needs depositAddress with it", provider=PROVIDER)
    return out


def server_criteria(flt: SwapFilter) -> tuple[dict[str, Any], frozenset[str]]:
    """(generated keywords, criteria left to the client) for a filter; see the module docstring."""
    query = check_params(flt.params)
    client = {"address", "since", "until", "from_asset", "to_asset"} & flt.given()
    if flt.state is not None:
        statuses = [GetHistoryStatusItem(name) for name in HISTORY_STATUSES if STATUS_TABLE.get(name) is flt.state]
        if statuses and "status" not in query:
            query["status"] = statuses
        else:
            client.add("state")
    return query, frozenset(client)


def session_of(adapter: OneClickAdapter) -> OneClickSession:
    """The adapter's session, or the ConfigurationError that says how to give one."""
    session = adapter.session
    if session is None:
        raise ConfigurationError(
            "1Click lists the swaps of a signed-in user: pass session=OneClickSession(sign=...) (or tokens) to "
            "get_provider('oneclick', ...); see swapsuite.providers.oneclick.session",
            provider=PROVIDER,
        )
    return session


def plan(adapter: OneClickAdapter, flt: SwapFilter) -> HistoryPlan:
    """The walk of ``GET /v0/account/history`` for ``flt`` (all checks here, before any request)."""
    session = session_of(adapter)
    query, client = server_criteria(flt)
    return HistoryPlan(
        provider=PROVIDER,
        page=partial(page_plan, adapter, session, query),
        paging="cursor",
        first_cursor="",
        page_size=PAGE_SIZE,
        max_page_size=MAX_PAGE_SIZE,
        client_side=client,
        newest_first=True,
        recover=session.recover,
    )


def page_plan(
    adapter: OneClickAdapter, session: OneClickSession, query: Mapping[str, Any], cursor: Cursor, limit: int
) -> Plan[RawPage]:
    """One page: the token list (cached), a usable access token, then ``GET /v0/account/history``."""
    tokens = yield from adapter.tokens_plan()
    yield from session.token_plan()
    reply = yield Call(
        provider=PROVIDER,
        operation="getHistory",
        request=get_history.build_request(**query, limit=limit, prev_cursor=str(cursor) if cursor else UNSET),
        parse=parse_history,
    )
    by_id = {token.native_id: token for token in tokens}
    records = tuple(history_record(item, by_id) for item in reply.parsed["items"])
    older = reply.parsed.get("prevCursor")
    more = len(records) >= limit and isinstance(older, str) and older != "" and older != cursor
    return RawPage(records, older if more else None)


def parse_history(data: Any) -> Mapping[str, Any]:
    """The ``HistoryResponse`` envelope: an object with an ``items`` array of objects (items are read by
    :func:`history_record`, field by field)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("items"), list):
        raise TypeError("expected a HistoryResponse object with an items array")
    if not all(isinstance(item, Mapping) for item in data["items"]):
        raise TypeError("every history item must be an object")
    for name in ("prevCursor", "nextCursor"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise TypeError(f"{name} must be a string")
    return data


def _text(item: Mapping[str, Any], name: str, *, required: bool = False) -> str | None:
    value = item.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        what = "a non-empty string" if required else "a string"
        raise ValidationError(f"history item {name} {value!r} is not {what}", provider=PROVIDER)
    return value or None


def _asset(native_id: str | None, by_id: Mapping[str, Token]) -> tuple[AssetId | None, int | None]:
    """(CAIP-19 asset, decimals) of a 1Click assetId: from the token list, else its unmapped form and no decimals."""
    if native_id is None:
        return None, None
    token = by_id.get(native_id)
    if token is not None:
        return token.asset, token.decimals
    return (ids.asset_for_1cs(native_id) if native_id.startswith(ids.ONECS) else None) or ids.unmapped(native_id), None


def _units(text: str | None, decimals: int | None) -> int | None:
    """Exact base units of a whole-token figure; None when the decimals are unknown or the figure has more."""
    if text is None or decimals is None:
        return None
    try:
        return from_human(text, decimals, "amount")
    except ValidationError:
        return None


def history_record(item: Mapping[str, Any], by_id: Mapping[str, Token]) -> SwapRecord:
    """One ``/v0/account/history`` item → ``SwapRecord`` (``status_ref`` is the deposit address ``status()`` takes;
    the id adds the memo, as one address with several memos is several swaps)."""
    status = _text(item, "status", required=True) or ""
    address = _text(item, "depositAddress", required=True) or ""
    memo = _text(item, "depositMemo")
    state = map_state(STATUS_TABLE, status)
    from_asset, from_decimals = _asset(_text(item, "originAsset"), by_id)
    to_asset, to_decimals = _asset(_text(item, "destinationAsset"), by_id)
    transactions = item.get("quoteTransactions") or []
    if not isinstance(transactions, list) or not all(isinstance(tx, Mapping) for tx in transactions):
        raise ValidationError("history item quoteTransactions is not a list of objects", provider=PROVIDER)
    senders = [tx.get("sender") for tx in transactions if isinstance(tx.get("sender"), str) and tx.get("sender")]
    hashes = tuple(
        dict.fromkeys(tx["txHash"] for tx in transactions if isinstance(tx.get("txHash"), str) and tx["txHash"])
    )
    refund_fee = item.get("refundFee")
    fees: tuple[Fee, ...] = ()
    if state is SwapState.REFUNDED and refund_fee not in (None, ""):
        fees = (Fee("refund", from_asset, parse_base_units(refund_fee, "refundFee"), None),)
    created = timeutil.parse_timestamp(_text(item, "createdAt", required=True))
    return SwapRecord(
        provider=PROVIDER,
        record_id=address if memo is None else f"{address}#{memo}",
        status_ref=address,
        state=state,
        provider_status=status,
        from_asset=from_asset,
        to_asset=to_asset,
        amount_in=_units(_text(item, "amountInFormatted"), from_decimals),
        amount_out_expected=_units(_text(item, "amountOutFormatted"), to_decimals),
        fees=fees,
        sender=senders[0] if senders else None,
        recipient=_text(item, "recipient"),
        refund_to=_text(item, "refundTo"),
        origin_tx_hashes=hashes,
        created_at=created,
        updated_at=None,
        raw=dict(item),
    )
