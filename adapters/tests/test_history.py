"""Swap history through the common interface, over ``httpx.MockTransport`` page sequences.

Page bodies are built from documented payloads: Changelly's ``GET /v1/swaps`` sample (seed
``003_2a9df652c559cd0e.txt``, kept as the ``evmSwap`` example in ``specs/changelly/openapi.yaml``) and Across's
``GET /deposits`` sample (upstream across-protocol/frontend ``docs/api-docs-openapi.yaml`` @ bdcf46ce, kept as
``components.examples.DepositsOk`` in ``specs/across/openapi.yaml``); each page varies only the ids and times.
"""

from __future__ import annotations

import asyncio
import copy
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
import yaml
from swapsuite import HistoryWalkError, SwapRecord, SwapState
from swapsuite.errors import BadRequestError, ServerError, UnsupportedError, ValidationError
from swapsuite.retry import RetryPolicy

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
NO_RETRY = RetryPolicy(attempts=1)


def _spec(provider: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "specs" / provider / "openapi.yaml").read_text())  # type: ignore[no-any-return]


CHANGELLY_SAMPLE = _spec("changelly")["paths"]["/v1/swaps"]["get"]["responses"]["200"]["content"]["application/json"][
    "examples"
]["evmSwap"]["value"][0]
ACROSS_SAMPLE = _spec("across")["components"]["examples"]["DepositsOk"]["value"][0]


def changelly_swap(n: int, status: str = "finished") -> dict[str, Any]:
    """The documented swap, as the n-th newest (one minute apart), with its own intent id."""
    item = copy.deepcopy(CHANGELLY_SAMPLE)
    stamp = int((T0 - timedelta(minutes=n)).timestamp() * 1_000_000)  # the spec's microseconds
    item.update(intent_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"swap-{n}")), status=status)
    item.update(intent_created_at=stamp, swap_created_at=stamp, swap_updated_at=stamp)
    return item


def across_deposit(n: int, status: str = "filled") -> dict[str, Any]:
    item = copy.deepcopy(ACROSS_SAMPLE)
    moment = (T0 - timedelta(minutes=n)).isoformat().replace("+00:00", "Z")
    item.update(id=1000 + n, depositTxnRef=f"0x{n:064x}", depositBlockTimestamp=moment, status=status)
    return item


class ListServer:
    """A newest-first list served with offset paging (Changelly ``offset``, Across ``skip``), recording queries.

    ``before`` runs before page n is served (to insert records mid-walk); ``fail`` answers page n with a status.
    """

    def __init__(self, provider: str, items: list[dict[str, Any]]) -> None:
        self.provider = provider
        self.items = items
        self.queries: list[dict[str, str]] = []
        self.before: Callable[[int], None] = lambda n: None
        self.fail: dict[int, int] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/v1/networks"):
            return httpx.Response(200, json=[])
        if path.endswith("/v1/tokens"):
            return httpx.Response(
                200, json={"data": [], "pagination": {"limit": 100, "offset": 0, "pages": 0, "total": 0}}
            )
        query = dict(request.url.params)
        self.queries.append(query)
        page = len(self.queries)
        if page in self.fail:
            body = {"code": 1, "type": "server_error", "message": "down"}
            if self.provider == "across":
                body = {"error": "UnknownError", "message": "down"}
            return httpx.Response(self.fail[page], json=body)
        self.before(page)
        offset = int(query.get("offset") or query.get("skip") or 0)
        return httpx.Response(200, json=self.items[offset : offset + int(query["limit"])])


def open_sync(server: ListServer, retry: RetryPolicy = NO_RETRY) -> swapsuite.Provider:
    return swapsuite.get_provider(
        server.provider, api_key="k", retry=retry, httpx_args={"transport": httpx.MockTransport(server)}
    )


def open_async(server: ListServer) -> swapsuite.AsyncProvider:
    return swapsuite.get_async_provider(
        server.provider, api_key="k", retry=NO_RETRY, httpx_args={"transport": httpx.MockTransport(server)}
    )


def make(provider: str, count: int) -> ListServer:
    build = changelly_swap if provider == "changelly" else across_deposit
    return ListServer(provider, [build(n) for n in range(count)])


# --- paging -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("provider", ["changelly", "across"])
def test_multi_page_walk_is_lazy_and_complete(provider: str) -> None:
    server = make(provider, 25)
    with open_sync(server) as p:
        walk = p.swaps(page_size=10)
        assert server.queries == []  # nothing fetched before iteration
        first = next(walk)
        assert len(server.queries) == 1
        rest = list(walk)
    ids = [first.record_id, *(r.record_id for r in rest)]
    assert len(ids) == 25 == len(set(ids))
    offsets = [int(q.get("offset") or q.get("skip") or 0) for q in server.queries]
    assert offsets == [0, 10, 20]  # the short third page ends the walk
    assert walk.progress.done and walk.progress.pages == 3 and walk.progress.yielded == 25


def test_documented_changelly_swap_maps_exactly() -> None:
    server = ListServer("changelly", [dict(CHANGELLY_SAMPLE)])
    with open_sync(server) as p:
        (record,) = list(p.swaps())
    assert record.record_id == record.status_ref == "2efaaa54-080d-4ac2-89c1-660b5a268eba"
    assert (record.state, record.provider_status, record.is_terminal) == (SwapState.PENDING_DEPOSIT, "created", False)
    assert (record.amount_in, record.amount_out_expected, record.amount_out_min) == (
        10_000_000,
        4_251_848_784_977_602,
        4_230_589_541_052_713,
    )
    assert record.amount_out is None  # Changelly reports bounds, never a delivered amount
    assert [(f.kind, f.amount, f.bps) for f in record.fees] == [
        ("protocol", 12_000_000_000_000, 50),
        ("app", 6_000_000_000_000, 25),
    ]
    assert record.created_at == datetime.fromtimestamp(1778856026, UTC)  # the sample is in seconds despite the docs
    assert record.sender == "0xbe7A42Af09*********8a88c8EE" and record.origin_tx_hashes == ()
    assert server.queries == [{"limit": "100", "offset": "0"}]


def test_documented_across_deposit_maps_exactly() -> None:
    server = ListServer("across", [dict(ACROSS_SAMPLE)])
    with open_sync(server) as p:
        (record,) = list(p.swaps())
    assert record.record_id == "14503095"
    assert record.status_ref == "0x92ffc5d69d00e14e79254f68adab030dd38119996501a88cac0da76557703d11"
    assert (record.state, record.provider_status) == (SwapState.SUCCESS, "filled")
    assert (record.amount_in, record.amount_out) == (1_000_000_000_000_000, 995_226_997_892_889)
    assert str(record.from_asset) == "eip155:8453/erc20:0x4200000000000000000000000000000000000006"
    assert str(record.to_asset) == "eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1"
    assert record.destination_tx_hashes == ("0x7b98cebd7ee6e2f75fead81d73005cdf25149141c2045cb5f731b6d9c6b9c517",)
    assert record.created_at == datetime(2025, 7, 24, 16, 11, 43, tzinfo=UTC)


@pytest.mark.parametrize("provider", ["changelly", "across"])
def test_pages_and_max_items(provider: str) -> None:
    server = make(provider, 30)
    with open_sync(server) as p:
        pages = list(p.swaps(page_size=10).pages())
        assert [len(page.records) for page in pages] == [10, 10, 10, 0]  # a full last page needs one more request
        assert [page.cursor for page in pages] == [0, 10, 20, 30]
        server.queries.clear()
        few = list(p.swaps(max_items=3))
    assert len(few) == 3 and len(server.queries) == 1 and server.queries[0]["limit"] == "3"  # asks only for 3


@pytest.mark.parametrize("provider", ["changelly", "across"])
def test_insert_at_head_mid_walk_no_duplicate_no_gap(provider: str) -> None:
    """Records created while the walk runs shift the list down; the walk still yields each original record once."""
    server = make(provider, 25)
    original = [item.get("intent_id") or str(item["id"]) for item in server.items]
    build = changelly_swap if provider == "changelly" else across_deposit
    fresh = iter(range(-1, -100, -1))  # newer than everything listed

    def insert(page: int) -> None:
        if page > 1:
            for _ in range(3):  # three new swaps between every two page requests
                server.items.insert(0, build(next(fresh)))

    server.before = insert
    with open_sync(server) as p:
        walk = p.swaps(page_size=10)
        ids = [record.record_id for record in walk]
    assert ids == original  # every original record once, in order: no duplicate, no gap
    assert walk.progress.pages == 4  # the cost: re-fetched overlap (3 records per insertion) and one more page


def test_insert_at_head_async() -> None:
    server = make("across", 12)
    original = [str(item["id"]) for item in server.items]
    server.before = lambda page: server.items.insert(0, across_deposit(-page)) if page > 1 else None

    async def walk() -> list[str]:
        async with open_async(server) as p:
            return [record.record_id async for record in p.swaps(page_size=5)]

    assert asyncio.run(walk()) == original


def test_server_ignoring_offset_ends_the_walk() -> None:
    server = make("changelly", 10)

    def always_first_page(request: httpx.Request) -> httpx.Response:
        if "/v1/swaps" in request.url.path:
            request = httpx.Request("GET", request.url.copy_set_param("offset", "0"))
        return server(request)

    transport = httpx.MockTransport(always_first_page)
    with swapsuite.get_provider("changelly", api_key="k", retry=NO_RETRY, httpx_args={"transport": transport}) as p:
        records = list(p.swaps(page_size=5))
    assert len(records) == 5 and len(server.queries) == 2  # the second, all-seen page stops it


# --- failures and resume ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("provider", ["changelly", "across"])
def test_failing_page_mid_walk_carries_progress_and_resumes(provider: str) -> None:
    server = make(provider, 25)
    server.fail = {3: 500}
    got: list[SwapRecord] = []
    with open_sync(server) as p:
        walk = p.swaps(page_size=10)
        with pytest.raises(HistoryWalkError) as caught:
            got.extend(walk)
        error = caught.value
        assert isinstance(error.error, ServerError) and error.__cause__ is error.error
        assert (error.status_code, error.provider) == (500, provider)
        assert (error.progress.pages, error.progress.yielded, error.progress.cursor) == (2, 20, 20)
        assert len(got) == 20
        server.items.insert(0, (changelly_swap if provider == "changelly" else across_deposit)(-1))  # meanwhile
        rest = list(p.swaps(resume=error.progress))
    ids = [r.record_id for r in got + rest]
    assert len(ids) == 25 == len(set(ids))  # resumed: the overlap from the insertion is dropped, nothing lost


def test_failing_page_async() -> None:
    server = make("changelly", 12)
    server.fail = {2: 400}

    async def walk() -> HistoryWalkError:
        async with open_async(server) as p:
            with pytest.raises(HistoryWalkError) as caught:
                async for _ in p.swaps(page_size=5):
                    pass
            return caught.value

    error = asyncio.run(walk())
    assert isinstance(error.error, BadRequestError) and error.progress.yielded == 5


def test_page_retried_by_the_retry_policy() -> None:
    server = make("across", 8)
    server.fail = {2: 503}  # the second request fails once; its retry is request 3
    with open_sync(server, RetryPolicy(attempts=2, backoff=0.001, max_backoff=0.001)) as p:
        records = list(p.swaps(page_size=5))
    assert len(records) == 8 and [q["skip"] for q in server.queries] == ["0", "5", "5"]


# --- filters ------------------------------------------------------------------------------------------------------
def test_changelly_server_side_filters() -> None:
    server = make("changelly", 3)
    since = T0 - timedelta(days=1)
    with open_sync(server) as p:
        list(p.swaps(state=SwapState.SUCCESS, since=since))
    query = server.queries[0]
    assert query["status"] == "finished"
    assert int(query["swap_created_from"]) == int(since.timestamp()) * 1_000_000
    assert int(query["swap_created_to"]) == int(datetime(2300, 1, 1, tzinfo=UTC).timestamp()) * 1_000_000


def test_changelly_client_side_filters_are_applied_not_dropped() -> None:
    items = [changelly_swap(0, "created"), changelly_swap(1, "approved"), changelly_swap(2, "verified")]
    items[1]["to"]["address"] = "0xAbC0000000000000000000000000000000000001"
    server = ListServer("changelly", items)
    with open_sync(server) as p:
        pending = list(p.swaps(state=SwapState.PENDING_DEPOSIT))
        mine = list(p.swaps(address="0xabc0000000000000000000000000000000000001"))
    assert [r.provider_status for r in pending] == ["created", "approved"]  # two statuses: filtered here
    assert "status" not in server.queries[0] and "address" not in server.queries[1]
    assert [r.record_id for r in mine] == [items[1]["intent_id"]]


def test_across_server_side_filters_and_since_stops_early() -> None:
    server = make("across", 40)
    with open_sync(server) as p:
        list(p.swaps(address="0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB", state=SwapState.REFUNDED, max_items=1))
        assert server.queries[0]["address"] == "0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB"
        assert server.queries[0]["status"] == "refunded"  # the one stored status meaning REFUNDED: the server filters
        server.queries.clear()
        recent = list(p.swaps(since=T0 - timedelta(minutes=14), page_size=10))
    assert len(recent) == 15  # minutes 0..14
    assert len(server.queries) == 2  # the second page reaches past `since`: the walk stops there


@pytest.mark.parametrize(
    ("provider", "criteria", "error"),
    [
        ("changelly", {"params": {"from_network_id": 3}}, ValidationError),  # a lone half of a pair
        ("changelly", {"params": {"swap_created_to": 1}}, ValidationError),
        ("changelly", {"params": {"wallet": "0x1"}}, UnsupportedError),
        ("changelly", {"params": {"status": "weird"}}, ValidationError),
        ("across", {"params": {"startBlock": -1}}, ValidationError),
        ("across", {"params": {"cursor": "x"}}, UnsupportedError),
        ("across", {"since": datetime(2026, 1, 1)}, ValidationError),  # naive
        ("across", {"since": T0, "until": T0 - timedelta(1)}, ValidationError),
        ("across", {"address": ""}, ValidationError),
        ("across", {"max_items": -1}, ValidationError),
        ("across", {"page_size": 1001}, ValidationError),
        ("deframe", {}, UnsupportedError),
    ],
)
def test_bad_criteria_fail_before_any_request(provider: str, criteria: dict[str, Any], error: type[Exception]) -> None:
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(record)
    with (
        swapsuite.get_provider(provider, api_key="k", httpx_args={"transport": transport}) as p,
        pytest.raises(error) as caught,
    ):
        p.swaps(**criteria)
    assert requests == [] and caught.value.provider == provider


def test_deframe_says_why() -> None:
    with swapsuite.get_provider("deframe", api_key="k") as p, pytest.raises(UnsupportedError, match="no endpoint"):
        p.swaps()
