"""The sandboxes' shared limits, in-process through the served ASGI app (``build_app``) and httpx's ASGI transport.

* ``/_sandbox`` refuses cross-origin, DNS-rebound and non-JSON calls (403/415) and changes nothing;
* malformed control values are 400 and stored nowhere: the sandbox keeps answering afterwards;
* a request body above the limit is 413 before it is read whole (a streaming body counts what was pulled);
* the fault list is capped; records are bounded, oldest first; a non-loopback bind needs ``allow_remote``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from starlette.applications import Starlette
from swapsuite import errors
from swapsuite.cli import main
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer, build_app
from swapsuite.sandbox import oneclick_data as data
from swapsuite.sandbox.control import SandboxState
from swapsuite.sandbox.limits import MAX_BODY_BYTES, check_bind_host
from swapsuite.sandbox.server import serve

BASE = "http://127.0.0.1:8765"
JSON = {"content-type": "application/json"}
WALLET = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D"
CHUNK = 64 * 1024
WILDCARD = "0.0.0.0"  # noqa: S104 - every interface: the bind these tests expect to be refused


def call(app: Starlette, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One request to the app in-process, as if to 127.0.0.1:8765."""

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(go())


@pytest.fixture
def served() -> tuple[Starlette, dict[str, SandboxState]]:
    return build_app(["oneclick"])


def snapshot(app: Starlette) -> dict[str, Any]:
    response = call(app, "GET", "/oneclick/_sandbox/state")
    assert response.status_code == 200
    body = response.json()
    return {key: body[key] for key in ("clock_offset", "faults", "swaps")}


# --- who may call /_sandbox ----------------------------------------------------------------------------------------

CHANGES = [
    ("POST", "faults", b'{"route": "*", "kind": "status", "status": 503}'),
    ("POST", "clock/advance", b'{"seconds": 3600}'),
    ("POST", "reset", b"{}"),
    ("DELETE", "faults", b"{}"),
]
REFUSALS = {
    "text/plain from a web page": ({"content-type": "text/plain", "origin": "http://evil.example"}, 403),
    "text/plain, no origin": ({"content-type": "text/plain"}, 415),
    "form post": ({"content-type": "application/x-www-form-urlencoded"}, 415),
    "no content type": ({}, 415),
    "JSON from another origin": ({**JSON, "origin": "http://evil.example"}, 403),
    "JSON from an opaque origin": ({**JSON, "origin": "null"}, 403),
    "JSON from another loopback port": ({**JSON, "origin": "http://127.0.0.1:3000"}, 403),
    "DNS rebinding (foreign Host)": ({**JSON, "host": "evil.example:8765"}, 403),
    "rebinding to a look-alike": ({**JSON, "host": "localhost.evil.example"}, 403),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_untrusted_control_calls_are_refused_and_change_nothing(served: Any, case: str) -> None:
    app, states = served
    call(app, "POST", "/oneclick/_sandbox/faults", content=b'{"kind": "latency", "times": 1}', headers=JSON)
    before = snapshot(app)
    headers, expected = REFUSALS[case]
    for method, path, body in CHANGES:
        response = call(app, method, f"/oneclick/_sandbox/{path}", content=body, headers=headers)
        assert response.status_code == expected, (method, path, response.text)
    assert snapshot(app) == before
    assert len(states["oneclick"].faults) == 1 and states["oneclick"].clock.offset == 0


def test_rebound_host_cannot_read_state_either(served: Any) -> None:
    app, _ = served
    assert call(app, "GET", "/oneclick/_sandbox/state", headers={"host": "evil.example"}).status_code == 403
    assert call(app, "GET", "/oneclick/_sandbox/state", headers={"host": "localhost:8765"}).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        JSON,
        {"content-type": "application/json; charset=utf-8", "host": "localhost:8765"},
        {"content-type": "application/merge-patch+json", "host": "[::1]:8765"},
        {**JSON, "origin": BASE},  # same origin: a page served by the sandbox itself
    ],
)
def test_trusted_json_control_calls_work(served: Any, headers: dict[str, str]) -> None:
    app, states = served
    response = call(app, "POST", "/oneclick/_sandbox/clock/advance", content=b'{"seconds": 30}', headers=headers)
    assert response.status_code == 200, response.text
    assert states["oneclick"].clock.offset == 30


# --- values ------------------------------------------------------------------------------------------------------

MALFORMED = [
    ("faults", b'{"kind": "status", "times": "x"}'),
    ("faults", b'{"kind": "status", "times": true}'),
    ("faults", b'{"kind": "status", "times": -1}'),
    ("faults", b'{"kind": "status", "times": 1.5}'),
    ("faults", b'{"kind": "status", "times": 1e400}'),
    ("faults", b'{"kind": "status", "times": ' + b"9" * 5000 + b"}"),
    ("faults", b'{"kind": "latency", "ms": -1}'),
    ("faults", b'{"kind": "latency", "ms": 1000000000000}'),
    ("faults", b'{"kind": "latency", "ms": NaN}'),
    ("faults", b'{"kind": "status", "status": 99}'),
    ("faults", b'{"kind": "status", "status": 1000}'),
    ("faults", b'{"kind": "status", "status": 204}'),
    ("faults", b'{"kind": "status", "status": "503"}'),
    ("faults", b'{"kind": "status", "retry_after": "1\\r\\nSet-Cookie: x=1"}'),
    ("faults", b'{"kind": "status", "retry_after": "' + b"9" * 65 + b'"}'),
    ("faults", b'{"kind": "status", "retry_after": -5}'),
    ("faults", b'{"kind": "explode"}'),
    ("faults", b'{"route": "noSuchRoute", "kind": "drop"}'),
    ("faults", b'{"route": 12, "kind": "drop"}'),
    ("faults", b'{"kind": "drop", "time": 3}'),  # a typo is not silently ignored
    ("faults", b'[{"kind": "drop"}]'),
    ("faults", b'{"kind": "drop"'),
    ("faults", b"[" * 100_000 + b"]" * 100_000),
    ("faults", b'{"kind": "dr\xffop"}'),
    ("clock/advance", b'{"seconds": NaN}'),
    ("clock/advance", b'{"seconds": Infinity}'),
    ("clock/advance", b'{"seconds": -Infinity}'),
    ("clock/advance", b'{"seconds": 1e308}'),
    ("clock/advance", b'{"seconds": -5}'),
    ("clock/advance", b'{"seconds": "30"}'),
    ("clock/advance", b'{"seconds": true}'),
    ("clock/advance", b'{"secs": 30}'),
    ("reset", b'{"everything": true}'),
]


@pytest.mark.parametrize(("path", "body"), MALFORMED, ids=[f"{p}:{b[:40]!r}" for p, b in MALFORMED])
def test_malformed_control_values_are_400_and_store_nothing(served: Any, path: str, body: bytes) -> None:
    app, states = served
    before = snapshot(app)
    response = call(app, "POST", f"/oneclick/_sandbox/{path}", content=body, headers=JSON)
    assert response.status_code == 400, response.text
    assert "error" in response.json()
    assert snapshot(app) == before
    assert states["oneclick"].faults == [] and states["oneclick"].clock.offset == 0
    # Nothing poisoned: the provider API and the control API still answer.
    assert call(app, "GET", "/oneclick/v0/tokens").status_code == 200
    assert call(app, "POST", "/oneclick/_sandbox/clock/advance", json={"seconds": 1}).status_code == 200


def test_the_clock_cannot_be_pushed_past_a_century(served: Any) -> None:
    app, states = served
    ten_years = 10 * 366 * 86_400
    for _ in range(10):
        assert call(app, "POST", "/oneclick/_sandbox/clock/advance", json={"seconds": ten_years}).status_code == 200
    assert call(app, "POST", "/oneclick/_sandbox/clock/advance", json={"seconds": 1}).status_code == 400
    assert states["oneclick"].clock.offset == 10 * ten_years
    assert call(app, "GET", "/oneclick/v0/tokens").status_code == 200


def test_swap_controls_reject_unknown_swaps_and_outcomes(served: Any) -> None:
    app, _ = served
    ref = firm_quote(app)
    assert call(app, "POST", f"/oneclick/_sandbox/swaps/{ref}/outcome", json={"outcome": "explode"}).status_code == 400
    assert call(app, "POST", f"/oneclick/_sandbox/swaps/{ref}/outcome", json={"outcome": 1}).status_code == 400
    assert call(app, "POST", "/oneclick/_sandbox/swaps/nope/outcome", json={"outcome": "fail"}).status_code == 404
    assert call(app, "POST", "/oneclick/_sandbox/swaps/nope/advance", json={}).status_code == 404
    assert snapshot(app)["swaps"] == {ref: "PENDING_DEPOSIT"}
    assert call(app, "POST", f"/oneclick/_sandbox/swaps/{ref}/outcome", json={"outcome": "fail"}).status_code == 200


# --- body size ---------------------------------------------------------------------------------------------------


class Drip:
    """A 200 MB request body that counts how much of it the server pulled."""

    def __init__(self, total: int = 200 * 1024 * 1024) -> None:
        self.total = total
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self.pulled < self.total:
            self.pulled += CHUNK
            yield b" " * CHUNK


@pytest.mark.parametrize("path", ["/oneclick/v0/quote", "/oneclick/_sandbox/faults", "/oneclick/no/such/route"])
def test_a_streamed_oversize_body_is_413_without_being_read_whole(served: Any, path: str) -> None:
    app, _ = served
    body = Drip()
    response = call(app, "POST", path, content=body, headers={**JSON, "x-api-key": SANDBOX_API_KEY})
    if path.endswith("/route"):  # no handler reads the body: 404 without pulling it at all
        assert response.status_code == 404 and body.pulled == 0
        return
    assert response.status_code == 413
    assert response.json() == {"error": f"request body larger than {MAX_BODY_BYTES} bytes"}
    assert MAX_BODY_BYTES < body.pulled <= MAX_BODY_BYTES + CHUNK  # not one chunk more than needed
    assert call(app, "GET", "/oneclick/v0/tokens").status_code == 200


def test_a_declared_oversize_body_is_413_before_any_of_it_is_read(served: Any) -> None:
    app, states = served
    body = Drip()
    headers = {**JSON, "content-length": str(body.total)}
    response = call(app, "POST", "/oneclick/_sandbox/faults", content=body, headers=headers)
    assert response.status_code == 413 and body.pulled == 0
    assert states["oneclick"].faults == []


def test_a_body_at_the_limit_is_accepted(served: Any) -> None:
    app, states = served
    fault = b'{"kind": "drop", "times": 1}'
    body = fault + b" " * (MAX_BODY_BYTES - len(fault))
    assert call(app, "POST", "/oneclick/_sandbox/faults", content=body, headers=JSON).status_code == 200
    assert call(app, "POST", "/oneclick/_sandbox/faults", content=body + b" ", headers=JSON).status_code == 413
    assert len(states["oneclick"].faults) == 1


# --- fault list and records --------------------------------------------------------------------------------------


def test_the_fault_list_is_capped_and_spent_faults_make_room(served: Any) -> None:
    app, states = served
    state = states["oneclick"]
    one = {"route": "getTokens", "kind": "latency", "ms": 0, "times": 1}
    for _ in range(state.max_faults):
        assert call(app, "POST", "/oneclick/_sandbox/faults", json=one).status_code == 200
    full = call(app, "POST", "/oneclick/_sandbox/faults", json=one)
    assert full.status_code == 409 and len(state.faults) == state.max_faults
    assert call(app, "GET", "/oneclick/v0/tokens").status_code == 200  # spends the first fault
    assert call(app, "POST", "/oneclick/_sandbox/faults", json=one).status_code == 200
    assert len(state.faults) == state.max_faults
    assert call(app, "DELETE", "/oneclick/_sandbox/faults", json={}).status_code == 200
    assert state.faults == []


def firm_quote(app: Starlette, amount: int = 50_000_000) -> str:
    """One firm 1Click quote (USDC Arbitrum → USDC Base) through the sandbox's API; its deposit address."""
    usdc = {t.blockchain: t.asset_id for t in data.TOKENS if t.symbol == "USDC"}
    body = {
        "dry": False,
        "swapType": "EXACT_INPUT",
        "slippageTolerance": 100,
        "originAsset": usdc["arb"],
        "depositType": "ORIGIN_CHAIN",
        "destinationAsset": usdc["base"],
        "amount": str(amount),
        "refundTo": WALLET,
        "refundType": "ORIGIN_CHAIN",
        "recipient": WALLET,
        "recipientType": "DESTINATION_CHAIN",
        "deadline": "2030-01-01T00:00:00Z",
    }
    response = call(app, "POST", "/oneclick/v0/quote", json=body, headers={"x-api-key": SANDBOX_API_KEY})
    assert response.status_code == 201, response.text
    return str(response.json()["quote"]["depositAddress"])


def test_records_are_bounded_oldest_first(served: Any) -> None:
    app, states = served
    state = states["oneclick"]
    state.max_records = 3
    refs = [firm_quote(app, 50_000_000 + i * 1000) for i in range(5)]
    assert len(set(refs)) == 5
    assert list(state.swaps) == list(state.records) == refs[2:]
    assert list(snapshot(app)["swaps"]) == refs[2:]
    auth = {"x-api-key": SANDBOX_API_KEY}
    for ref in refs[:2]:  # forgotten: answered like a deposit address that never existed
        assert call(app, "GET", "/oneclick/v0/status", params={"depositAddress": ref}, headers=auth).status_code == 404
        assert call(app, "POST", f"/oneclick/_sandbox/swaps/{ref}/advance", json={}).status_code == 404
    for ref in refs[2:]:
        assert call(app, "GET", "/oneclick/v0/status", params={"depositAddress": ref}, headers=auth).status_code == 200


# --- where the server may bind -----------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_binds_are_allowed(host: str) -> None:
    check_bind_host(host)


@pytest.mark.parametrize("host", [WILDCARD, "::", "", "192.168.1.5", "example.com", "localhost.evil.example"])
def test_other_binds_need_allow_remote(host: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="allow-remote"):
        check_bind_host(host)
    with pytest.raises(errors.ConfigurationError):
        SandboxServer(["oneclick"], host=host, port=8765)
    with pytest.raises(errors.ConfigurationError):
        serve(["oneclick"], host=host, port=8765)  # refused before anything binds
    check_bind_host(host, allow_remote=True)


def test_cli_refuses_a_remote_host_without_the_flag() -> None:
    result = CliRunner().invoke(main, ["sandbox", "--host", WILDCARD, "--port", "8765"])
    assert result.exit_code == 1
    assert "--allow-remote" in result.output and "http://" not in result.output  # nothing was served


def test_an_explicitly_exposed_address_may_use_the_control_api() -> None:
    exposed = SandboxServer(["oneclick"], host="192.0.2.10", port=8765, allow_remote=True)  # built, never started
    assert exposed.states["oneclick"].control_hosts == {"192.0.2.10"}
    remote = {**JSON, "host": "192.0.2.10:8765"}
    assert call(exposed.app, "POST", "/oneclick/_sandbox/reset", content=b"{}", headers=remote).status_code == 200
    foreign = {**JSON, "host": "evil.example:8765"}
    assert call(exposed.app, "POST", "/oneclick/_sandbox/reset", content=b"{}", headers=foreign).status_code == 403
    wildcard = SandboxServer(["oneclick"], host=WILDCARD, port=8765, allow_remote=True)
    assert wildcard.states["oneclick"].control_hosts == frozenset()  # only loopback Hosts may drive it
