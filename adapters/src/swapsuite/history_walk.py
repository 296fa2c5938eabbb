"""The lazy page walker behind ``provider.swaps(...)``: sync and async iterators over one sans-I/O :class:`Walk`.

Pages are fetched only when the caller asks for more. Each page is one ordinary plan run: its requests are
idempotent GETs, retried by the provider's retry policy (``Retry-After`` honoured) under a deadline of their own.

Guarantees, and what they cost:

* **No duplicates.** Every record id is remembered for the whole walk (a set of short strings: about 100 bytes per
  record) and a record already yielded is dropped. With offset paging a record inserted at the head of the list
  while the walk runs shifts everything down by one, so the next page starts with a record already seen: it is
  fetched again (one extra record per insertion) and dropped, never yielded twice.
* **No gaps under insertion.** Offsets advance by what arrived, so a head insertion can only push records into a
  page not yet fetched. Two limits, documented rather than hidden: a full page bringing nothing new ends the walk
  (a server that ignores the offset would otherwise loop forever) — so *page-size* insertions between two page
  requests would end it early; and a record whose status changes out of a server-side state filter mid-walk
  shifts the rest up by one, which offset paging cannot see. Cursor paging (1Click) has neither limit.
* **Resumable failures.** A page that fails after its retries raises :class:`HistoryWalkError`, carrying the typed
  error and a :class:`WalkProgress`; ``provider.swaps(resume=exc.progress)`` continues where it stopped, with the
  same filter and the ids already yielded (so a resumed walk yields no record twice either).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .engine import Plan
from .errors import SwapsuiteError, ValidationError
from .history import (
    MAX_RECOVERIES,
    HistoryPlan,
    RawPage,
    SwapFilter,
    SwapRecord,
    check_page_size,
    check_record,
)

if TYPE_CHECKING:
    from .adapter import Adapter
    from .caip import AssetId
    from .history import Cursor, Param
    from .models import SwapState


@dataclass(frozen=True)
class WalkProgress:
    """How far a walk got: pages fetched, records yielded, where the next page starts, the ids already yielded."""

    provider: str
    filter: SwapFilter
    pages: int = 0
    yielded: int = 0
    cursor: Cursor | None = None
    seen: frozenset[str] = field(default_factory=frozenset, repr=False)
    done: bool = False


class HistoryWalkError(SwapsuiteError):
    """A page of a swap-history walk failed. ``error`` is the typed error (also ``__cause__``); ``progress`` says
    how far the walk got; ``provider.swaps(resume=exc.progress)`` continues from there."""

    def __init__(self, error: SwapsuiteError, progress: WalkProgress) -> None:
        message = (
            f"swap history stopped after {progress.pages} page(s) and {progress.yielded} record(s): {error.message}"
            " (resume with swaps(resume=exc.progress))"
        )
        super().__init__(
            message, provider=error.provider, status_code=error.status_code, body=error.body, headers=error.headers
        )
        self.error = error
        self.progress = progress


@dataclass(frozen=True)
class SwapPage:
    """One fetched page: the records it contributes to the walk (new, matching, within ``max_items``), how many the
    provider sent, and the cursors around it."""

    records: tuple[SwapRecord, ...]
    fetched: int
    cursor: Cursor
    next_cursor: Cursor | None


class Walk:
    """The walk's state and rules, without I/O: which page to fetch next, and what a fetched page contributes."""

    def __init__(self, plan: HistoryPlan, progress: WalkProgress, *, max_items: int | None, page_size: int) -> None:
        self.plan = plan
        self.progress = progress
        self.max_items = max_items
        self.page_size = page_size
        self._returned = 0  # records yielded by this call (max_items bounds this call, not a resumed total)
        if max_items == 0:
            self.progress = replace(progress, done=True)

    @property
    def done(self) -> bool:
        return self.progress.done

    def _limit(self) -> int:
        """The page size to ask for: smaller when nothing is filtered here and ``max_items`` needs fewer."""
        if self.max_items is None or self.plan.client_side & self.progress.filter.given():
            return self.page_size
        return max(1, min(self.page_size, self.max_items - self._returned))

    def next_page(self) -> tuple[Cursor, int, Plan[RawPage]]:
        cursor = self.plan.first_cursor if self.progress.cursor is None else self.progress.cursor
        limit = self._limit()
        return cursor, limit, _checked(self.plan.page(cursor, limit))

    def accept(self, cursor: Cursor, raw: RawPage) -> SwapPage:
        """Fold one fetched page into the walk and return what it contributes."""
        progress, flt = self.progress, self.progress.filter
        seen = set(progress.seen)
        fresh: list[SwapRecord] = []
        for record in raw.records:  # a page repeating an id (or one already yielded) contributes it once
            if record.record_id not in seen:
                seen.add(record.record_id)
                fresh.append(record)
        wanted = [record for record in fresh if flt.matches(record, self.plan.client_side)]
        if self.max_items is not None:
            wanted = wanted[: self.max_items - self._returned]
        self._returned += len(wanted)
        done = (
            raw.next_cursor is None
            or (self.plan.paging == "offset" and raw.records and not fresh)  # the server ignores the offset
            or self._older_than_window(raw.records)
            or (self.max_items is not None and self._returned >= self.max_items)
        )
        self.progress = replace(
            progress,
            pages=progress.pages + 1,
            yielded=progress.yielded + len(wanted),
            cursor=raw.next_cursor,
            seen=frozenset(seen),
            done=bool(done),
        )
        return SwapPage(tuple(wanted), len(raw.records), cursor, raw.next_cursor)

    def _older_than_window(self, records: tuple[SwapRecord, ...]) -> bool:
        """Newest-first lists with a client-side ``since``: once a page ends before ``since``, every later page is
        older still, so the walk ends there."""
        since = self.progress.filter.since
        if since is None or "since" not in self.plan.client_side or not self.plan.newest_first or not records:
            return False
        oldest = records[-1].created_at
        return oldest is not None and oldest < since

    def failure(self, error: SwapsuiteError) -> HistoryWalkError:
        return HistoryWalkError(error, self.progress)

    def recovers(self, error: SwapsuiteError, tries: int) -> bool:
        """Whether a failed page is tried again: the adapter's ``recover`` repaired its cause (see HistoryPlan)."""
        return tries < MAX_RECOVERIES and self.plan.recover is not None and self.plan.recover(error)


def _checked(plan: Plan[RawPage]) -> Plan[RawPage]:
    """The page plan, with every record checked (exact ints, aware times) before the walk sees it."""
    raw = yield from plan
    return RawPage(tuple(check_record(record) for record in raw.records), raw.next_cursor)


def start(
    adapter: Adapter,
    *,
    address: str | None = None,
    state: SwapState | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    from_asset: AssetId | None = None,
    to_asset: AssetId | None = None,
    params: Mapping[str, Param] | None = None,
    max_items: int | None = None,
    page_size: int | None = None,
    resume: object | None = None,
) -> Walk:
    """Validate everything and plan the walk — the ``ValidationError`` / ``UnsupportedError`` of bad criteria come
    from here, before any request."""
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise ValidationError(f"max_items must be a non-negative integer, got {max_items!r}", provider=adapter.name)
    criteria = (address, state, since, until, from_asset, to_asset, params)
    if resume is not None:
        if not isinstance(resume, WalkProgress) or resume.provider != adapter.name:
            raise ValidationError("resume= takes the WalkProgress of an earlier walk of this provider")
        if any(value is not None for value in criteria):
            raise ValidationError("a resumed walk keeps its filter: pass resume= alone", provider=adapter.name)
        progress = resume
    else:
        flt = SwapFilter(address, state, since, until, from_asset, to_asset, dict(params or {}))
        try:
            flt.check()
        except ValidationError as exc:
            exc.provider = adapter.name
            raise
        progress = WalkProgress(adapter.name, flt)
    plan = adapter.swaps_plan(progress.filter)
    return Walk(plan, progress, max_items=max_items, page_size=check_page_size(page_size, plan))


class SwapIterator(Iterator[SwapRecord]):
    """``provider.swaps(...)``: iterate for records, or call :meth:`pages` for page objects (use one or the other).

    ``progress`` is how far the walk has got. Nothing is fetched until the first ``next()``.
    """

    def __init__(self, run: Callable[[Plan[Any]], Any], walk: Walk) -> None:
        self._run = run
        self.walk = walk
        self._buffer: list[SwapRecord] = []
        self._pages = self._walk_pages()

    @property
    def progress(self) -> WalkProgress:
        return self.walk.progress

    def _walk_pages(self) -> Iterator[SwapPage]:
        while not self.walk.done:
            tries = 0
            while True:
                cursor, _, plan = self.walk.next_page()
                try:
                    raw: RawPage = self._run(plan)
                    break
                except SwapsuiteError as exc:
                    if not self.walk.recovers(exc, tries):
                        raise self.walk.failure(exc) from exc
                    tries += 1
            yield self.walk.accept(cursor, raw)

    def pages(self) -> Iterator[SwapPage]:
        """The walk page by page (empty pages included when everything on them was filtered out)."""
        return self._pages

    def __iter__(self) -> SwapIterator:
        return self

    def __next__(self) -> SwapRecord:
        while not self._buffer:
            self._buffer = list(next(self._pages).records)  # StopIteration ends the walk
        return self._buffer.pop(0)


class AsyncSwapIterator(AsyncIterator[SwapRecord]):
    """The async twin of :class:`SwapIterator` (``async for``; ``pages()`` is an async iterator)."""

    def __init__(self, run: Callable[[Plan[Any]], Awaitable[Any]], walk: Walk) -> None:
        self._run = run
        self.walk = walk
        self._buffer: list[SwapRecord] = []
        self._pages = self._walk_pages()

    @property
    def progress(self) -> WalkProgress:
        return self.walk.progress

    async def _walk_pages(self) -> AsyncIterator[SwapPage]:
        while not self.walk.done:
            tries = 0
            while True:
                cursor, _, plan = self.walk.next_page()
                try:
                    raw: RawPage = await self._run(plan)
                    break
                except SwapsuiteError as exc:
                    if not self.walk.recovers(exc, tries):
                        raise self.walk.failure(exc) from exc
                    tries += 1
            yield self.walk.accept(cursor, raw)

    def pages(self) -> AsyncIterator[SwapPage]:
        return self._pages

    def __aiter__(self) -> AsyncSwapIterator:
        return self

    async def __anext__(self) -> SwapRecord:
        while not self._buffer:
            page = await anext(self._pages)  # StopAsyncIteration ends the walk
            self._buffer = list(page.records)
        return self._buffer.pop(0)
