"""Swap history against the sandboxes over loopback: the swap just made is listed, walks page through real offset
paging, records inserted mid-walk are neither repeated nor lose anything, ``swapsuite swaps`` (table, JSON lines,
``--all``), and the fault matrix's rows for the list operations (a failing page mid-walk)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import datetime, timedelta

import httpx
import pytest
import swapsuite
from click.testing import CliRunner
from swapsuite import HistoryWalkError, SwapState, errors, registry
from swapsuite.cli import main
from swapsuite.models import QuoteRequest
from swapsuite.resolve import resolve_asset
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer
from swapsuite.sandbox.wallet import perform

from .test_fault_matrix import CELLS, POLICY, TIMEOUT, inject

ADDRESS = "0x2527d02599ba641c19fea793cd0f167589a0f10d"
HISTORY = ("changelly", "across")  # the providers whose history is listed by address (1Click's needs a sign-in)
LIST_ROUTE = {name: registry.descriptor(name).operations.history for name in HISTORY}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def open_provider(sandbox: SandboxServer, name: str, **options: object) -> swapsuite.Provider:
    return swapsuite.get_provider(name, base_url=sandbox.base_url(name), api_key=SANDBOX_API_KEY, **options)  # type: ignore[arg-type]


def make_swap(sandbox: SandboxServer, p: swapsuite.Provider, amount: int = 250_000_000) -> str:
    """A swap made through the public API, one sandbox second after the previous one (so newest-first is strict)."""
    sandbox.states[p.name].clock.advance(1)
    tokens = p.tokens()
    request = QuoteRequest(
        resolve_asset("USDC@arbitrum", tokens),
        resolve_asset("USDC@base", tokens),
        amount,
        sender=ADDRESS,
        recipient=ADDRESS,
        refund_to=ADDRESS,
        dry=False,
    )
    ref, _ = perform(p, p.quote(request))
    p.status(ref)  # Across: the indexer sees a deposit once it is broadcast (its first status lookup, in the sandbox)
    return ref


def fresh(sandbox: SandboxServer, name: str, count: int) -> list[str]:
    """Reset one sandbox and make ``count`` swaps; their refs, newest first."""
    sandbox.states[name].reset()
    with open_provider(sandbox, name) as p:
        return [make_swap(sandbox, p, 250_000_000 + n) for n in range(count)][::-1]


@pytest.mark.parametrize("name", HISTORY)
def test_the_swap_just_made_is_in_the_history(sandbox: SandboxServer, name: str) -> None:
    with open_provider(sandbox, name) as p:
        ref = make_swap(sandbox, p)
        (newest,) = list(p.swaps(max_items=1))
        assert newest.status_ref == ref and newest.sender == ADDRESS
        assert p.status(ref).state is newest.state  # what status() says about it, from the same sandbox moment


@pytest.mark.parametrize("name", HISTORY)
def test_multi_page_walk_sync_and_async(sandbox: SandboxServer, name: str) -> None:
    refs = fresh(sandbox, name, 7)
    with open_provider(sandbox, name) as p:
        walk = p.swaps(page_size=3)
        assert [r.status_ref for r in walk] == refs
        assert walk.progress.pages == 3

    async def async_walk() -> list[str | None]:
        async with swapsuite.get_async_provider(name, base_url=sandbox.base_url(name), api_key=SANDBOX_API_KEY) as p:
            return [r.status_ref async for r in p.swaps(page_size=3)]

    assert asyncio.run(async_walk()) == refs


@pytest.mark.parametrize("name", HISTORY)
def test_insertions_mid_walk_against_the_sandbox(sandbox: SandboxServer, name: str) -> None:
    refs = fresh(sandbox, name, 8)
    seen: list[str | None] = []
    with open_provider(sandbox, name) as p:
        for page in p.swaps(page_size=3).pages():
            seen += [r.status_ref for r in page.records]
            make_swap(sandbox, p)  # a new swap at the head before the next page is fetched
    assert seen == refs


@pytest.mark.parametrize("name", HISTORY)
def test_state_and_time_filters(sandbox: SandboxServer, name: str) -> None:
    refs = fresh(sandbox, name, 3)
    state = sandbox.states[name]
    with open_provider(sandbox, name) as p:
        state.clock.advance(3600)  # every swap has run its course: success
        done = list(p.swaps(state=SwapState.SUCCESS))
        assert [r.status_ref for r in done] == refs and all(r.is_terminal for r in done)
        assert list(p.swaps(state=SwapState.REFUNDED)) == []
        newest = done[0].created_at
        assert newest is not None
        recent = list(p.swaps(since=newest - timedelta(seconds=0.5)))
        assert [r.status_ref for r in recent] == refs[:1]
        assert list(p.swaps(address="0x000000000000000000000000000000000000dead")) == []


def test_cli_swaps_json_lines_table_and_all(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    refs = {name: fresh(sandbox, name, 2) for name in HISTORY}
    for name in sandbox.providers:  # every registered provider at its sandbox, with the sandbox key
        monkeypatch.setenv(f"SWAPSUITE_{name.upper()}_BASE_URL", sandbox.base_url(name))
        monkeypatch.setenv(registry.descriptor(name).api_key_env, SANDBOX_API_KEY)
    runner = CliRunner()
    result = runner.invoke(main, ["swaps", "-p", "changelly", "--json", "--address", ADDRESS, "--since", "2000-01-01"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["status_ref"] for line in lines] == refs["changelly"]
    assert lines[0]["amount_in"] == "250000001" and lines[0]["provider"] == "changelly"

    table = runner.invoke(main, ["swaps", "-p", "across", "--limit", "1"])
    assert table.exit_code == 0 and "across: 1 swap(s), newest first" in table.output

    merged = runner.invoke(main, ["swaps", "--all", "--json"])
    assert merged.exit_code == 0, merged.output
    rows = [json.loads(line) for line in merged.output.splitlines() if line.startswith("{")]
    assert sorted(r["status_ref"] for r in rows) == sorted(refs["changelly"] + refs["across"])
    times = [datetime.fromisoformat(r["created_at"]) for r in rows]
    assert times == sorted(times, reverse=True)  # merged by creation time, newest first
    assert "deframe: skipped: Deframe has no swap history" in merged.output  # stderr is mixed in by CliRunner

    bad = runner.invoke(main, ["swaps", "-p", "changelly", "--param", "from_network_id=3"])
    assert bad.exit_code == 1 and "together with to_network_id" in bad.output


@pytest.mark.parametrize("name", HISTORY)
@pytest.mark.parametrize("cell_name", list(CELLS))
def test_list_page_under_fault_mid_walk(sandbox: SandboxServer, name: str, cell_name: str) -> None:
    """Page 1 is fine; page 2 (the last) meets the fault: retried where allowed, else a typed error with progress."""
    cell = CELLS[cell_name]
    refs = fresh(sandbox, name, 3)
    with open_provider(sandbox, name, retry=POLICY, timeout=TIMEOUT) as p:
        walk = p.swaps(page_size=2)
        pages = walk.pages()
        first = next(pages)
        assert [r.status_ref for r in first.records] == refs[:2]
        inject(sandbox, name, LIST_ROUTE[name], cell.fault)
        if cell.outcome is None:
            second = next(pages)
            assert [r.status_ref for r in second.records] == refs[2:]
            unknown = cell.fault["kind"] == "unknown_enum"
            assert all((r.state is SwapState.UNKNOWN) == unknown for r in second.records)
        else:
            with pytest.raises(HistoryWalkError) as caught:
                next(pages)
            error = caught.value
            assert isinstance(error.error, cell.outcome) and isinstance(error, errors.SwapsuiteError)
            assert error.provider == name
            assert (error.progress.pages, error.progress.yielded, error.progress.cursor) == (1, 2, 2)
    assert sandbox.states[name].requests[LIST_ROUTE[name]] == cell.requests
    sandbox.states[name].faults.clear()


def test_resume_after_a_failed_page(sandbox: SandboxServer) -> None:
    refs = fresh(sandbox, "across", 5)
    with open_provider(sandbox, "across", retry=POLICY, timeout=TIMEOUT) as p:
        walk = p.swaps(page_size=2)
        got = [next(walk), next(walk)]
        inject(sandbox, "across", "getDeposits", {"kind": "status", "status": 503})
        with pytest.raises(HistoryWalkError) as caught:
            next(walk)
        sandbox.states["across"].faults.clear()
        make_swap(sandbox, p)  # the list moved meanwhile
        got += list(p.swaps(resume=caught.value.progress))
    assert [r.status_ref for r in got] == refs
    assert httpx.get(f"{sandbox.base_url('across')}/_sandbox/state").status_code == 200
