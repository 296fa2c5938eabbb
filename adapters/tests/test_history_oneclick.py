"""1Click swap history over ``httpx.MockTransport``: sign-in, cursor paging, criteria, mapping (sessions over time
and the signer: ``test_history_oneclick_session``).

Shapes: history items, ``HistoryResponse`` pages and the auth answers follow one-click-sdk-typescript 0.1.25's
models (``HistoryItem``, ``HistoryResponse``, ``AuthenticateResponseDto``, ``RefreshResponseDto`` in
``conformance/official_sdks/node_modules/@defuse-protocol/one-click-sdk-typescript/dist/index.d.ts``), as
``specs/oneclick/openapi.yaml`` declares them; the token list is the spec's ``docs-quickstart-2026-02`` example
(``adapters/tests/fixtures/oneclick/SOURCES.md``). Values (addresses, amounts, hashes) are made up.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from swapsuite import HistoryWalkError, SwapState
from swapsuite.errors import ConfigurationError, UnsupportedError, ValidationError
from swapsuite.models import Fee
from swapsuite.providers.oneclick.session import OneClickSession, SignIn, ed25519_signer
from swapsuite.retry import RetryPolicy

FIXTURES = Path(__file__).parent / "fixtures" / "oneclick"
TOKENS = json.loads((FIXTURES / "tokens.docs-quickstart-2026-02.json").read_text())
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
USER = "0x6e32ccfdb82526fe3ae98d721a01a9f2bbbb3416"
BASE = "https://1click.chaindefuser.com"


def item(n: int, status: str = "SUCCESS", **changes: Any) -> dict[str, Any]:
    """The n-th newest swap (one minute apart): ETH (18 decimals) → wNEAR (24), every SDK field present."""
    created = (T0 - timedelta(minutes=n)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    body = {
        "status": status,
        "depositType": "ORIGIN_CHAIN",
        "recipientType": "DESTINATION_CHAIN",
        "refundType": "ORIGIN_CHAIN",
        "createdAt": created,
        "depositAddress": f"0x{n:040x}",
        "depositMemo": None,
        "originAsset": "nep141:eth.omft.near",
        "amountInFormatted": f"0.{n + 1:04d}",
        "amountInUsd": "1.94",
        "destinationAsset": "nep141:wrap.near",
        "amountOutFormatted": "1.5",
        "amountOutUsd": "1.65",
        "recipient": "alice.near",
        "quoteTransactions": [{"sender": USER, "txHash": f"0x{n:064x}"}],
        "refundTo": USER,
        "refundReason": None,
        "refundedAmountFormatted": "0",
        "refundedAmountUsd": "0",
        "refundFee": None,
        "refundFeeFormatted": "0",
    }
    return {**body, **changes}


class AccountServer:
    """1Click's auth and account routes over a newest-first list, with real cursor semantics: ``prevCursor`` names
    the last item served and the next page starts after it (so insertions at the head do not shift it)."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.calls: list[tuple[str, dict[str, str], httpx.Headers]] = []
        self.urls: list[httpx.URL] = []
        self.issued = 0
        self.valid: set[str] = set()
        self.refresh_ok = True
        self.sign_in_ok = True
        self.expires_in: object = 3600
        self.fail: dict[int, int] = {}  # history request number → status
        self.before: Callable[[int], None] = lambda n: None

    def token(self, kind: str) -> str:
        self.issued += 1
        value = f"{kind}-{self.issued}"
        self.valid.add(value)
        return value

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path, query = request.url.path, dict(request.url.params)
        self.calls.append((path, query, request.headers))
        self.urls.append(request.url)
        if path == "/v0/tokens":
            return httpx.Response(200, json=TOKENS)
        if path == "/v0/auth/authenticate":
            if not self.sign_in_ok:
                return httpx.Response(401, json={"message": "Signature verification failed"})
            tokens = {"accessToken": self.token("access"), "refreshToken": self.token("refresh")}
            return httpx.Response(201, json={**tokens, "expiresIn": self.expires_in, "refreshExpiresIn": 2592000})
        if path == "/v0/auth/refresh":
            sent = json.loads(request.content)["refreshToken"]
            if not self.refresh_ok or sent not in self.valid:
                return httpx.Response(401, json={"message": "Invalid or expired refresh token"})
            return httpx.Response(200, json={"accessToken": self.token("access"), "expiresIn": self.expires_in})
        assert path == "/v0/account/history"
        number = sum(1 for call in self.calls if call[0] == path)
        self.before(number)
        if number in self.fail:
            return httpx.Response(self.fail.pop(number), json={"message": "no"})
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer not in self.valid or not bearer.startswith("access"):
            return httpx.Response(401, json={"message": "Unauthorized - User session token is invalid or expired"})
        limit = int(query.get("limit", "20"))
        start = 0
        if "prevCursor" in query:
            last = base64.urlsafe_b64decode(query["prevCursor"]).decode().split(":")[1]
            start = next(i for i, x in enumerate(self.items) if x["depositAddress"] == last) + 1
        wanted = query.get("status")
        rows = [x for x in self.items[start:] if wanted is None or x["status"] == wanted][:limit]
        body: dict[str, Any] = {"items": rows}
        if rows:
            body["prevCursor"] = base64.urlsafe_b64encode(f"pos:{rows[-1].get('depositAddress')}".encode()).decode()
            body["nextCursor"] = base64.urlsafe_b64encode(f"pos:{rows[0].get('depositAddress')}".encode()).decode()
        return httpx.Response(200, json=body)

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.calls]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def signer(log: list[SignIn] | None = None) -> Callable[[SignIn], Mapping[str, Any]]:
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    sign = ed25519_signer(key)

    def run(request: SignIn) -> Mapping[str, Any]:
        if log is not None:
            log.append(request)
        return sign(request)

    return run


def open_sync(server: AccountServer, session: OneClickSession | None, **options: Any) -> swapsuite.Provider:
    return swapsuite.get_provider(
        "oneclick",
        api_key="partner-key",
        session=session,
        retry=options.pop("retry", RetryPolicy(attempts=1)),
        httpx_args={"transport": httpx.MockTransport(server)},
        **options,
    )


def make(count: int) -> AccountServer:
    return AccountServer([item(n) for n in range(count)])


# --- the walk ------------------------------------------------------------------------------------------------------
def test_signs_in_once_and_walks_cursor_pages_lazily() -> None:
    server, prompts = make(5), list[SignIn]()
    session = OneClickSession(sign=signer(prompts))
    with open_sync(server, session) as p:
        walk = p.swaps(page_size=2)
        assert server.calls == []  # nothing before the first next()
        assert [r.status_ref for r in walk] == [f"0x{n:040x}" for n in range(5)]
    assert server.paths() == ["/v0/tokens", "/v0/auth/authenticate", *["/v0/account/history"] * 3]
    history = [(query, headers) for path, query, headers in server.calls if path == "/v0/account/history"]
    assert "prevCursor" not in history[0][0] and history[1][0]["prevCursor"] == cursor_of(server, 1)
    assert [query["limit"] for query, _ in history] == ["2", "2", "2"]
    # the session token only on the account operation; the partner key everywhere
    assert all(headers["authorization"] == "Bearer access-1" for _, headers in history)
    assert all("authorization" not in headers for path, _, headers in server.calls if path != "/v0/account/history")
    assert all(headers["x-api-key"] == "partner-key" for _, _, headers in server.calls)
    assert len(prompts) == 1 and session.sign_ins == 1
    assert "Nonce: " + prompts[0].nonce.hex() in prompts[0].message and len(prompts[0].nonce) == 32


def cursor_of(server: AccountServer, index: int) -> str:
    return base64.urlsafe_b64encode(f"pos:{server.items[index]['depositAddress']}".encode()).decode()


def test_a_short_page_ends_the_walk_and_max_items_bounds_it() -> None:
    server = make(4)
    with open_sync(server, OneClickSession(sign=signer())) as p:
        assert len(list(p.swaps(page_size=3))) == 4  # 3 + 1: the short page is the last
        assert len(list(p.swaps(max_items=2))) == 2
    limits = [query["limit"] for path, query, _ in server.calls if path == "/v0/account/history"]
    assert limits == ["3", "3", "2"]  # max_items with nothing filtered here asks for no more than it needs


def test_insertions_at_the_head_mid_walk_shift_nothing() -> None:
    server = make(6)
    original = [x["depositAddress"] for x in server.items]

    def insert(number: int) -> None:
        if number > 1:
            server.items.insert(0, item(100 + number))  # a newer swap before every later page

    server.before = insert
    with open_sync(server, OneClickSession(sign=signer())) as p:
        seen = [r.status_ref for r in p.swaps(page_size=2)]
    assert seen == original  # no duplicate, no gap, and no re-fetched overlap (cursor paging)
    assert server.paths().count("/v0/account/history") == 4  # 2+2+2, then an empty page


def test_async_walk() -> None:
    server = make(3)

    async def walk() -> list[str | None]:
        async with swapsuite.get_async_provider(
            "oneclick",
            session=OneClickSession(sign=signer()),
            httpx_args={"transport": httpx.MockTransport(server)},
        ) as p:
            return [r.status_ref async for r in p.swaps(page_size=2)]

    assert asyncio.run(walk()) == [f"0x{n:040x}" for n in range(3)]


# --- criteria ------------------------------------------------------------------------------------------------------
def test_state_is_server_side_and_other_criteria_client_side() -> None:
    server = AccountServer([item(0, "REFUNDED", refundFee="1000"), item(1), item(2, recipient="bob.near")])
    with open_sync(server, OneClickSession(sign=signer())) as p:
        refunded = list(p.swaps(state=SwapState.REFUNDED))
        assert [r.state for r in refunded] == [SwapState.REFUNDED]
        assert list(p.swaps(state=SwapState.EXPIRED)) == []  # no 1Click status: applied here, matches nothing
        assert [r.recipient for r in p.swaps(address="bob.near")] == ["bob.near"]
        assert len(list(p.swaps(address=USER.upper().replace("0X", "0x")))) == 3  # the sender, EVM case-insensitive
        window = list(p.swaps(since=T0 - timedelta(minutes=1), until=T0 - timedelta(seconds=30)))
        assert [r.status_ref for r in window] == [f"0x{1:040x}"]
        tokens = p.tokens()
        eth = next(t.asset for t in tokens if t.symbol == "ETH")
        assert len(list(p.swaps(from_asset=eth))) == 3 and list(p.swaps(to_asset=eth)) == []
    history = [query for path, query, _ in server.calls if path == "/v0/account/history"]
    assert history[0]["status"] == "REFUNDED" and all("status" not in q for q in history[1:])


def test_provider_params_pass_through_checked() -> None:
    server = make(1)
    with open_sync(server, OneClickSession(sign=signer())) as p:
        list(p.swaps(params={"depositType": "ORIGIN_CHAIN,null", "recipientType": "INTENTS,null", "search": "0x1"}))
    (query,) = [q for path, q, _ in server.calls if path == "/v0/account/history"]
    assert query["search"] == "0x1"
    (url,) = [url for url in server.urls if url.path == "/v0/account/history"]
    assert url.params.get_list("depositType") == ["ORIGIN_CHAIN", "null"]  # index-aligned lists, exploded
    assert url.params.get_list("recipientType") == ["INTENTS", "null"]


@pytest.mark.parametrize(
    ("session", "criteria", "error"),
    [
        (None, {}, ConfigurationError),
        ("ok", {"params": {"depositMemo": "7"}}, ValidationError),
        ("ok", {"params": {"status": "DONE"}}, ValidationError),
        ("ok", {"params": {"sortOrder": "asc"}}, UnsupportedError),
        ("ok", {"page_size": 101}, ValidationError),
    ],
)
def test_bad_criteria_fail_before_any_request(session: str | None, criteria: dict[str, Any], error: type) -> None:
    server = make(1)
    with open_sync(server, OneClickSession(sign=signer()) if session else None) as p, pytest.raises(error):
        p.swaps(**criteria)
    assert server.calls == []


# --- mapping -------------------------------------------------------------------------------------------------------
def test_history_item_maps_exactly() -> None:
    refunded = item(0, "REFUNDED", depositMemo="42", refundFee="1000", refundReason="QUOTE_NOT_FILLED")
    server = AccountServer([refunded, item(1, "SANDBOX_NEW", amountOutFormatted="1.0000000000000000000000001")])
    with open_sync(server, OneClickSession(sign=signer())) as p:
        first, second = list(p.swaps())
        eth, wnear = (next(t.asset for t in p.tokens() if t.symbol == s) for s in ("ETH", "wNEAR"))
    assert first.record_id == f"0x{0:040x}#42" and first.status_ref == f"0x{0:040x}"
    assert (first.state, first.provider_status, first.is_terminal) == (SwapState.REFUNDED, "REFUNDED", True)
    assert (first.from_asset, first.to_asset) == (eth, wnear)
    assert first.amount_in == 10**14 and first.amount_out_expected == 15 * 10**23  # 0.0001 ETH, 1.5 wNEAR
    assert (first.amount_out_min, first.amount_out) == (None, None)
    assert first.fees == (Fee("refund", eth, 1000, None),)
    assert (first.sender, first.recipient, first.refund_to) == (USER, "alice.near", USER)
    assert first.origin_tx_hashes == (f"0x{0:064x}",) and first.created_at == T0 and first.updated_at is None
    assert first.raw == refunded
    # tolerant reader: an unknown status is UNKNOWN; a figure finer than its token is left out, not rounded
    assert (second.state, second.provider_status) == (SwapState.UNKNOWN, "SANDBOX_NEW")
    assert second.amount_out_expected is None and second.amount_in == 2 * 10**14


def test_malformed_page_is_a_shape_error() -> None:
    server = AccountServer([{"status": "SUCCESS"}])  # no depositAddress, no createdAt
    with open_sync(server, OneClickSession(sign=signer())) as p, pytest.raises(HistoryWalkError) as caught:
        list(p.swaps())
    assert type(caught.value.error).__name__ == "ResponseShapeError"
