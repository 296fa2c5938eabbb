"""1Click swap history against the 1Click sandbox over loopback: the sandbox wallet signs in (ERC-191), the swap
just made is listed (sync and async), cursor pages under insertion, a token the sandbox stops accepting mid-walk,
``swapsuite swaps -p oneclick``, and the fault matrix's rows for ``GET /v0/account/history``."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import swapsuite
from click.testing import CliRunner
from swapsuite import HistoryWalkError, SwapState, cli_env
from swapsuite.cli import main
from swapsuite.models import QuoteRequest
from swapsuite.resolve import resolve_asset
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer
from swapsuite.sandbox.oneclick_data import SANDBOX_PUBLIC_KEY
from swapsuite.sandbox.wallet import SIGNER_ADDRESS, oneclick_session, perform

from .test_fault_matrix import CELLS, POLICY, TIMEOUT, inject

ROUTE = "getHistory"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def open_provider(sandbox: SandboxServer, **options: Any) -> swapsuite.Provider:
    return swapsuite.get_provider(
        "oneclick",
        base_url=sandbox.base_url("oneclick"),
        api_key=SANDBOX_API_KEY,
        public_key=SANDBOX_PUBLIC_KEY,
        session=oneclick_session(),
        **options,
    )


def make_swap(sandbox: SandboxServer, p: swapsuite.Provider, amount: int = 250_000_000) -> str:
    """A firm quote for the sandbox wallet's signer, deposited to; one sandbox second after the previous one."""
    sandbox.states["oneclick"].clock.advance(1)
    tokens = p.tokens()
    request = QuoteRequest(
        resolve_asset("USDC@arbitrum", tokens),
        resolve_asset("USDC@base", tokens),
        amount,
        sender=SIGNER_ADDRESS,
        recipient=SIGNER_ADDRESS,
        refund_to=SIGNER_ADDRESS,
        dry=False,
    )
    ref, _ = perform(p, p.quote(request))
    return ref


def fresh(sandbox: SandboxServer, count: int) -> list[str]:
    """Reset the sandbox and make ``count`` swaps; their refs, newest first."""
    sandbox.states["oneclick"].reset()
    with open_provider(sandbox) as p:
        return [make_swap(sandbox, p, 250_000_000 + n) for n in range(count)][::-1]


def test_the_swap_just_made_is_in_the_history(sandbox: SandboxServer) -> None:
    with open_provider(sandbox) as p:
        ref = make_swap(sandbox, p)
        (newest,) = list(p.swaps(max_items=1))
        assert newest.status_ref == ref and newest.sender == SIGNER_ADDRESS and newest.amount_in == 250_000_000
        assert p.status(ref).state is newest.state

    async def async_newest() -> list[str | None]:
        async with swapsuite.get_async_provider(
            "oneclick",
            base_url=sandbox.base_url("oneclick"),
            public_key=SANDBOX_PUBLIC_KEY,
            session=oneclick_session(),
        ) as p:
            return [r.status_ref async for r in p.swaps(max_items=1)]

    assert asyncio.run(async_newest()) == [ref]


def test_someone_elses_swap_is_not_listed(sandbox: SandboxServer) -> None:
    sandbox.states["oneclick"].reset()
    with open_provider(sandbox) as p:
        tokens = p.tokens()
        other = "0x2527d02599ba641c19fea793cd0f167589a0f10d"
        usdc = resolve_asset("USDC@arbitrum", tokens), resolve_asset("USDC@base", tokens)
        quote = p.quote(QuoteRequest(*usdc, 250_000_000, sender=other, recipient=other, refund_to=other, dry=False))
        perform(p, quote)
        assert list(p.swaps()) == []


def test_cursor_pages_under_insertion_sync_and_async(sandbox: SandboxServer) -> None:
    refs = fresh(sandbox, 7)
    state = sandbox.states["oneclick"]
    state.requests.clear()
    seen: list[str | None] = []
    with open_provider(sandbox) as p:
        for page in p.swaps(page_size=3).pages():
            seen += [r.status_ref for r in page.records]
            make_swap(sandbox, p)  # a newer swap before the next page is fetched
    assert seen == refs
    assert state.requests[ROUTE] == 3  # 3 + 3 + 1: no page fetched again, nothing to de-duplicate

    async def async_walk() -> list[str | None]:
        async with swapsuite.get_async_provider(
            "oneclick",
            base_url=sandbox.base_url("oneclick"),
            public_key=SANDBOX_PUBLIC_KEY,
            session=oneclick_session(),
        ) as p:
            return [r.status_ref async for r in p.swaps(page_size=4)]

    assert asyncio.run(async_walk())[-7:] == refs


def test_access_token_expiring_on_the_sandbox_clock_mid_walk(sandbox: SandboxServer) -> None:
    refs = fresh(sandbox, 4)
    session = oneclick_session()
    with open_provider(sandbox) as p:
        p.adapter.session = session  # type: ignore[attr-defined]
        walk = p.swaps(page_size=2)
        got = [next(walk), next(walk)]
        sandbox.states["oneclick"].clock.advance(3601)  # the sandbox's access token is now expired; ours "is not"
        got += list(walk)
    assert [r.status_ref for r in got] == refs
    assert (session.sign_ins, session.refreshes) == (1, 1)
    assert all(r.state is SwapState.SUCCESS for r in got[2:])  # the sandbox clock moved on: settled


def test_state_filter_is_server_side(sandbox: SandboxServer) -> None:
    refs = fresh(sandbox, 3)
    with open_provider(sandbox) as p:
        assert list(p.swaps(state=SwapState.SUCCESS)) == []
        sandbox.states["oneclick"].clock.advance(3600)
        assert [r.status_ref for r in p.swaps(state=SwapState.SUCCESS)] == refs
        assert list(p.swaps(state=SwapState.PROCESSING)) == []


def test_cli_swaps_oneclick(sandbox: SandboxServer, tmp_path: Path) -> None:
    refs = fresh(sandbox, 2)
    runner = CliRunner()
    try:
        result = runner.invoke(main, ["swaps", "-p", "oneclick", "--json", "--sandbox-url", sandbox.url])
        assert result.exit_code == 0, result.output
        lines = [json.loads(line) for line in result.output.splitlines()]
        assert [line["status_ref"] for line in lines] == refs and lines[0]["provider"] == "oneclick"
        key = tmp_path / "key"
        key.write_text(bytes(range(32)).hex())
        signed = runner.invoke(
            main, ["swaps", "-p", "oneclick", "--oneclick-key-file", str(key), "--sandbox-url", sandbox.url]
        )
        assert signed.exit_code == 0 and "oneclick: 0 swap(s)" in signed.output  # another account: signed in, none
        key.write_text("nonsense")
        bad = runner.invoke(main, ["swaps", "-p", "oneclick", "--oneclick-key-file", str(key)])
        assert bad.exit_code == 1 and "not an Ed25519 key" in bad.output
    finally:
        cli_env.reset()
    unsigned = runner.invoke(
        main,
        ["swaps", "-p", "oneclick", "--base-url", sandbox.base_url("oneclick")],
        env={"ONECLICK_REFRESH_TOKEN": ""},
    )
    assert unsigned.exit_code == 1 and "signed-in user" in unsigned.output


@pytest.mark.parametrize("cell_name", list(CELLS))
def test_history_page_under_fault_mid_walk(sandbox: SandboxServer, cell_name: str) -> None:
    """Page 1 is fine; page 2 (the last) meets the fault: retried where allowed, else a typed error with progress."""
    cell = CELLS[cell_name]
    refs = fresh(sandbox, 3)
    with open_provider(sandbox, retry=POLICY, timeout=TIMEOUT) as p:
        pages = p.swaps(page_size=2).pages()
        first = next(pages)
        assert [r.status_ref for r in first.records] == refs[:2]
        inject(sandbox, "oneclick", ROUTE, cell.fault)
        if cell.outcome is None:
            second = next(pages)
            assert [r.status_ref for r in second.records] == refs[2:]
            unknown = cell.fault["kind"] == "unknown_enum"
            assert all((r.state is SwapState.UNKNOWN) == unknown for r in second.records)
        else:
            with pytest.raises(HistoryWalkError) as caught:
                next(pages)
            error = caught.value
            assert isinstance(error.error, cell.outcome) and error.provider == "oneclick"
            assert (error.progress.pages, error.progress.yielded) == (1, 2) and error.progress.cursor
    assert sandbox.states["oneclick"].requests[ROUTE] == cell.requests
    sandbox.states["oneclick"].faults.clear()
