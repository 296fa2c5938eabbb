"""Swap history through the common interface: :class:`SwapRecord`, :class:`SwapFilter` and what adapters return.

``provider.swaps(...)`` (see :mod:`swapsuite.history_walk`) walks a provider's list of past swaps page by page.
An adapter describes its list endpoint once, in :meth:`~swapsuite.adapter.Adapter.swaps_plan`: which of the
caller's criteria its server applies, which are applied here on the client (never silently dropped), how one page
is fetched (a plan, like every other operation) and how its paging works. Anything a provider cannot apply at all
is an ``UnsupportedError`` and any malformed criterion a ``ValidationError`` — both before the first request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypedDict

from .caip import AssetId
from .engine import Plan
from .errors import ResponseShapeError, SwapsuiteError, ValidationError
from .models import JSON, Fee, SwapState

Cursor = int | str  # an offset (offset paging) or the provider's opaque cursor (cursor paging)
CRITERIA = ("address", "state", "since", "until", "from_asset", "to_asset")
MAX_UINT256 = 2**256 - 1


@dataclass(frozen=True)
class SwapRecord:
    """One past swap, normalized. Amounts are exact ints in base units (None where the provider gives none).

    ``record_id`` identifies the record within the provider's list (walks de-duplicate on it); ``status_ref`` is
    what :meth:`~swapsuite.provider.Provider.status` takes for this swap. ``amount_out`` is the amount delivered,
    known only where the provider reports it; ``amount_out_expected`` and ``amount_out_min`` are what was promised.
    Times are aware UTC datetimes. ``raw`` is the provider's list entry, untouched.
    """

    provider: str
    record_id: str
    status_ref: str | None
    state: SwapState
    provider_status: str
    from_asset: AssetId | None = None
    to_asset: AssetId | None = None
    amount_in: int | None = None
    amount_out_expected: int | None = None
    amount_out_min: int | None = None
    amount_out: int | None = None
    fees: tuple[Fee, ...] = ()
    sender: str | None = None
    recipient: str | None = None
    refund_to: str | None = None
    origin_tx_hashes: tuple[str, ...] = ()
    destination_tx_hashes: tuple[str, ...] = ()
    refund_tx_hashes: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    raw: JSON = field(default=None, compare=False, repr=False)

    @property
    def is_terminal(self) -> bool:
        return self.state.is_terminal


def check_record(record: SwapRecord) -> SwapRecord:
    """Refuse a record whose amounts are not ints in 0..2^256-1 or whose times are not aware UTC datetimes."""
    for name in ("amount_in", "amount_out_expected", "amount_out_min", "amount_out"):
        value = getattr(record, name)
        if value is not None and (type(value) is not int or not 0 <= value <= MAX_UINT256):
            raise ResponseShapeError(f"swap {record.record_id}: {name} {value!r} is not a base-unit amount")
    for name in ("created_at", "updated_at"):
        value = getattr(record, name)
        if value is not None and (not isinstance(value, datetime) or value.utcoffset() is None):
            raise ResponseShapeError(f"swap {record.record_id}: {name} {value!r} is not an aware datetime")
    if not isinstance(record.state, SwapState) or not record.record_id:
        raise ResponseShapeError(f"swap {record.record_id!r}: no id or a state outside the vocabulary")
    return record


Param = str | int


class SwapCriteria(TypedDict, total=False):
    """The keyword arguments of ``provider.swaps(...)``."""

    address: str | None
    state: SwapState | None
    since: datetime | None
    until: datetime | None
    from_asset: AssetId | None
    to_asset: AssetId | None
    params: Mapping[str, Param] | None
    max_items: int | None
    page_size: int | None
    resume: object | None  # a WalkProgress from HistoryWalkError.progress


@dataclass(frozen=True)
class SwapFilter:
    """What to list. Every criterion is optional; given ones combine with AND.

    * ``address`` — a swap whose sender or recipient is this address (EVM hex compared case-insensitively);
    * ``state`` — the common state (mapped to the provider's own statuses);
    * ``since`` / ``until`` — creation time window, inclusive, aware datetimes;
    * ``from_asset`` / ``to_asset`` — CAIP-19 ids;
    * ``params`` — the provider's own list parameters, passed through after the adapter checks them (names and
      pairing as the provider documents them, e.g. Changelly ``from_network_id`` + ``to_network_id``).
    """

    address: str | None = None
    state: SwapState | None = None
    since: datetime | None = None
    until: datetime | None = None
    from_asset: AssetId | None = None
    to_asset: AssetId | None = None
    params: Mapping[str, Param] = field(default_factory=dict)

    def given(self) -> frozenset[str]:
        """The names of the common criteria that are set."""
        return frozenset(name for name in CRITERIA if getattr(self, name) is not None)

    def check(self) -> SwapFilter:
        """ValidationError for a malformed criterion (before any request); returns self."""
        if self.address is not None and (not isinstance(self.address, str) or not self.address.strip()):
            raise ValidationError(f"address must be a non-empty string, got {self.address!r}")
        if self.state is not None and not isinstance(self.state, SwapState):
            raise ValidationError(f"state must be a SwapState, got {self.state!r}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, datetime) or value.utcoffset() is None):
                raise ValidationError(f"{name} must be a timezone-aware datetime, got {value!r}")
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValidationError(f"since ({self.since.isoformat()}) is after until ({self.until.isoformat()})")
        for name in ("from_asset", "to_asset"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, AssetId):
                raise ValidationError(f"{name} must be an AssetId (CAIP-19), got {value!r}")
        if not isinstance(self.params, Mapping):
            raise ValidationError(f"params must be a mapping of parameter names to values, got {self.params!r}")
        for key, value in self.params.items():
            if not isinstance(key, str) or isinstance(value, bool) or not isinstance(value, str | int):
                raise ValidationError(f"params[{key!r}] must be a string or an integer, got {value!r}")
        return self

    def matches(self, record: SwapRecord, names: frozenset[str]) -> bool:
        """Whether ``record`` passes the criteria in ``names`` (those applied on the client). A record lacking the
        data a criterion needs (no creation time for a window) does not pass: it cannot be shown to match."""
        return all(_CHECKS[name](self, record) for name in names if getattr(self, name) is not None)


def same_address(left: str | None, right: str) -> bool:
    """Address equality: EVM hex case-insensitively (checksums are case), anything else exactly."""
    if left is None:
        return False
    if left.startswith("0x") and right.startswith("0x"):
        return left.lower() == right.lower()
    return left == right


def _in_window(flt: SwapFilter, record: SwapRecord) -> bool:
    at = record.created_at
    if at is None:
        return False
    return (flt.since is None or at >= flt.since) and (flt.until is None or at <= flt.until)


_CHECKS: dict[str, Callable[[SwapFilter, SwapRecord], bool]] = {
    "address": lambda f, r: any(same_address(a, f.address or "") for a in (r.sender, r.recipient)),
    "state": lambda f, r: r.state is f.state,
    "since": _in_window,
    "until": _in_window,
    "from_asset": lambda f, r: r.from_asset == f.from_asset,
    "to_asset": lambda f, r: r.to_asset == f.to_asset,
}


@dataclass(frozen=True)
class RawPage:
    """One page as an adapter's page plan returns it: mapped records, and where the next page starts (None when
    the provider says this was the last)."""

    records: tuple[SwapRecord, ...]
    next_cursor: Cursor | None


PagePlan = Callable[[Cursor, int], Plan[RawPage]]


@dataclass(frozen=True)
class HistoryPlan:
    """How a provider lists swaps for one filter; built by ``Adapter.swaps_plan`` without any I/O.

    ``page(cursor, limit)`` is the plan of one page. ``client_side`` names the criteria applied here rather than by
    the server. ``newest_first`` lets a walk with a client-side ``since`` stop at the first page entirely older.
    ``recover(error)``, when given, is asked about a page that failed: True means the adapter repaired the cause (a
    user session's access token the server no longer accepts) and the page is planned and fetched again, at most
    :data:`MAX_RECOVERIES` times in a row.
    """

    provider: str
    page: PagePlan
    paging: Literal["offset", "cursor"]
    first_cursor: Cursor
    page_size: int
    max_page_size: int
    client_side: frozenset[str] = frozenset()
    newest_first: bool = False
    recover: Callable[[SwapsuiteError], bool] | None = None


MAX_RECOVERIES = 2  # e.g. the access token is refused, then the refresh token too: sign in again


def offset_page(records: tuple[SwapRecord, ...], offset: int, limit: int) -> RawPage:
    """An offset-paged reply: a short page is the last; the next page starts after what arrived."""
    more = len(records) >= limit and len(records) > 0
    return RawPage(records, offset + len(records) if more else None)


def check_page_size(page_size: int | None, plan: HistoryPlan) -> int:
    """The page size to request: the provider's default, or the caller's within 1..its maximum."""
    if page_size is None:
        return plan.page_size
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= plan.max_page_size:
        raise ValidationError(
            f"page_size must be an integer from 1 to {plan.max_page_size} for {plan.provider}, got {page_size!r}",
            provider=plan.provider,
        )
    return page_size
