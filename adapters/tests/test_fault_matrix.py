"""The fault matrix: every provider × every injected fault, against the sandboxes over loopback.

Each cell asserts the outcome (a typed error, or success after an allowed retry), that nothing untyped escapes,
and how many requests the sandbox saw: idempotent calls (status lookups) are retried, firm quotes never are.
The table in the README's reliability section is this file's ``CELLS``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import errors, registry
from swapsuite.models import Quote, QuoteRequest, SwapState
from swapsuite.resolve import resolve_asset
from swapsuite.retry import RetryPolicy
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer
from swapsuite.sandbox.wallet import perform

ADDRESS = "0x2527d02599ba641c19fea793cd0f167589a0f10d"
# From the registered providers' descriptors: every provider with a sandbox gets a row per fault.
SANDBOXED = [d for d in registry.descriptors() if d.sandbox]
STATUS_ROUTE = {d.name: d.operations.status for d in SANDBOXED}
FIRM_ROUTE = {d.name: d.operations.firm for d in SANDBOXED if d.operations.firm}  # never retried
POLICY = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.05, retry_after_cap=5)
TIMEOUT = httpx.Timeout(0.5)


@dataclass(frozen=True)
class Cell:
    """One fault: what the sandbox is told, what the caller sees, how many requests reach the sandbox."""

    fault: dict[str, Any]
    outcome: type[Exception] | None  # None = success
    requests: int


CELLS: dict[str, Cell] = {
    "latency beyond the timeout": Cell({"kind": "timeout", "ms": 1500, "times": 1}, None, 2),
    "timeout on every try": Cell({"kind": "timeout", "ms": 1500}, errors.RequestTimeoutError, 3),
    "connection drop": Cell({"kind": "drop", "times": 1}, None, 2),
    "429 with Retry-After": Cell({"kind": "status", "status": 429, "retry_after": "0", "times": 1}, None, 2),
    "429 asking too long": Cell({"kind": "status", "status": 429, "retry_after": "60"}, errors.RateLimitedError, 1),
    "500": Cell({"kind": "status", "status": 500, "times": 1}, None, 2),
    "503 on every try": Cell({"kind": "status", "status": 503}, errors.ServerError, 3),
    "malformed JSON": Cell({"kind": "malformed_json", "times": 1}, errors.ResponseShapeError, 1),
    "schema-violating body": Cell({"kind": "schema_violation", "times": 1}, errors.ResponseShapeError, 1),
    "unknown enum value": Cell({"kind": "unknown_enum", "times": 1}, None, 1),
    "empty body": Cell({"kind": "empty_body", "times": 1}, errors.ResponseShapeError, 1),
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def provider(sandbox: SandboxServer, name: str) -> swapsuite.Provider:
    extra = registry.descriptor(name).sandbox_adapter_args  # 1Click: the sandbox signs its own quotes
    return swapsuite.get_provider(
        name, base_url=sandbox.base_url(name), api_key=SANDBOX_API_KEY, retry=POLICY, timeout=TIMEOUT, **extra
    )


def request(p: swapsuite.Provider, *, dry: bool) -> QuoteRequest:
    tokens = p.tokens()
    return QuoteRequest(
        resolve_asset("USDC@arbitrum", tokens),
        resolve_asset("USDC@base", tokens),
        250_000_000,
        sender=ADDRESS,
        recipient=ADDRESS,
        refund_to=ADDRESS,
        dry=dry,
    )


def started_swap(p: swapsuite.Provider) -> str:
    quote: Quote = p.quote(request(p, dry=False))
    ref, _ = perform(p, quote)
    return ref


def inject(sandbox: SandboxServer, name: str, route: str, fault: dict[str, Any]) -> None:
    state = sandbox.states[name]
    state.faults.clear()
    state.requests.clear()
    response = httpx.post(f"{sandbox.base_url(name)}/_sandbox/faults", json={"route": route, **fault})
    response.raise_for_status()
    state.requests.clear()


@pytest.mark.parametrize("name", sorted(STATUS_ROUTE))
@pytest.mark.parametrize("cell_name", list(CELLS))
def test_status_lookup_under_fault(sandbox: SandboxServer, name: str, cell_name: str) -> None:
    cell = CELLS[cell_name]
    with provider(sandbox, name) as p:
        ref = started_swap(p)
        inject(sandbox, name, STATUS_ROUTE[name], cell.fault)
        try:
            if cell.outcome is None:
                report = p.status(ref)
                unknown = cell.fault["kind"] == "unknown_enum"
                assert (report.state is SwapState.UNKNOWN) == unknown
                assert report.provider_status == ("SANDBOX_NEW_VALUE" if unknown else report.provider_status)
            else:
                with pytest.raises(cell.outcome) as caught:
                    p.status(ref)
                assert isinstance(caught.value, errors.SwapsuiteError)
                assert caught.value.provider == name
                if isinstance(caught.value, errors.HTTPStatusError):  # parsed from the provider's own envelope
                    assert caught.value.provider_message == f"sandbox: injected HTTP {cell.fault['status']}"
        finally:
            seen = sandbox.states[name].requests[STATUS_ROUTE[name]]
            sandbox.states[name].faults.clear()
    assert seen == cell.requests


@pytest.mark.parametrize("name", sorted(FIRM_ROUTE))
@pytest.mark.parametrize("kind", ["drop", "500", "503", "timeout"])
def test_firm_steps_are_never_retried(sandbox: SandboxServer, name: str, kind: str) -> None:
    fault = {
        "drop": {"kind": "drop"},
        "500": {"kind": "status", "status": 500},
        "503": {"kind": "status", "status": 503},
        "timeout": {"kind": "timeout", "ms": 1500},
    }[kind]
    with provider(sandbox, name) as p:
        firm = request(p, dry=False)
        inject(sandbox, name, FIRM_ROUTE[name], fault)
        try:
            with pytest.raises(errors.SwapsuiteError):
                p.quote(firm)
        finally:
            seen = sandbox.states[name].requests[FIRM_ROUTE[name]]
            sandbox.states[name].faults.clear()
    assert seen == 1


def test_best_quote_isolates_a_failing_provider(sandbox: SandboxServer) -> None:
    providers = [provider(sandbox, n) for n in STATUS_ROUTE]
    try:
        jobs = [(p, request(p, dry=True)) for p in providers]
        inject(sandbox, "across", "getSwapApproval", {"kind": "status", "status": 503})
        result = swapsuite.best_quote_each(jobs, timeout=5)
    finally:
        sandbox.states["across"].faults.clear()
        for p in providers:
            p.close()
    assert {q.provider for q in result.quotes} == set(STATUS_ROUTE) - {"across"}
    assert isinstance(result.errors["across"], errors.ServerError)
