"""A provider registered from outside the package (``fixtures/fakeswap``) works like a built-in one: registry,
``get_provider``, the CLI, the sandbox server, the fault matrix and a vcrpy cassette (issue 15)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import swapsuite
import vcr
from swapsuite import errors, registry
from swapsuite.models import QuoteRequest, SwapState
from swapsuite.resolve import resolve_asset
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer

from .test_fault_matrix import CELLS, POLICY, TIMEOUT, inject

PACKAGE = Path(__file__).parent / "fixtures" / "fakeswap"
ENTRY_POINTS = "[swapsuite.providers]\nfakeswap = fakeswap.descriptor:DESCRIPTOR\n"
ADDRESS = "0x2527d02599ba641c19fea793cd0f167589a0f10d"


def build_distribution(root: Path) -> Path:
    """An 'installed' fakeswap: the package plus a dist-info whose entry point registers it (what pip would write)."""
    shutil.copytree(PACKAGE / "fakeswap", root / "fakeswap")
    info = root / "fakeswap-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fakeswap\nVersion: 0.1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = build_distribution(tmp_path_factory.mktemp("site"))
    sys.path.insert(0, str(root))
    registry.refresh()
    try:
        yield root
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == "fakeswap" or m.startswith("fakeswap.")]:
            del sys.modules[name]
        registry.refresh()


@pytest.fixture(scope="module")
def sandbox(installed: Path) -> Iterator[SandboxServer]:
    with SandboxServer() as server:  # every registered sandbox, fakeswap's included
        yield server


def fake(sandbox: SandboxServer) -> swapsuite.Provider:
    return swapsuite.get_provider(
        "fakeswap", base_url=sandbox.base_url("fakeswap"), api_key=SANDBOX_API_KEY, retry=POLICY, timeout=TIMEOUT
    )


def request(p: swapsuite.Provider, *, dry: bool = True) -> QuoteRequest:
    tokens = p.tokens()
    usdc, usdt = resolve_asset("USDC@ethereum", tokens), resolve_asset("USDT@ethereum", tokens)
    return QuoteRequest(usdc, usdt, 100_000_000, sender=ADDRESS, recipient=ADDRESS, refund_to=ADDRESS, dry=dry)


def test_registry_lists_and_loads_it(installed: Path) -> None:
    assert registry.provider_names()[-1] == "fakeswap" and "fakeswap" not in registry.BUILTIN
    assert registry.descriptor("fakeswap").operations.status == "getStatus"
    adapter = registry.adapter_class("fakeswap")
    assert (adapter.name, adapter.api_key_env, adapter.default_base_url) == (
        "fakeswap",
        "FAKESWAP_API_KEY",
        "https://api.fakeswap.invalid",
    )
    with pytest.raises(errors.ConfigurationError, match="FAKESWAP_API_KEY"):
        swapsuite.get_provider("fakeswap", env={})


def test_get_provider_quotes_and_tracks_against_its_sandbox(sandbox: SandboxServer) -> None:
    assert "fakeswap" in sandbox.providers
    with fake(sandbox) as p:
        quote = p.quote(request(p))
        assert (quote.provider, quote.amount_out, quote.min_amount_out) == ("fakeswap", 99_000_000, 98_000_000)
        assert quote.status_ref is not None
        report = p.status(quote.status_ref)
    assert (report.state, report.provider_status) == (SwapState.SUCCESS, "DONE")


def test_best_quote_takes_it_alongside_the_built_in_ones(sandbox: SandboxServer) -> None:
    with fake(sandbox) as p:
        result = swapsuite.best_quote_each([(p, request(p))], timeout=5)
    assert [q.provider for q in result.quotes] == ["fakeswap"] and not result.errors


@pytest.mark.parametrize("cell_name", list(CELLS))
def test_fault_matrix_row(sandbox: SandboxServer, cell_name: str) -> None:
    """The status lookup under every fault of the matrix, as test_fault_matrix runs it for the built-in providers."""
    cell = CELLS[cell_name]
    with fake(sandbox) as p:
        ref = p.quote(request(p, dry=False)).status_ref
        assert ref is not None
        inject(sandbox, "fakeswap", "getStatus", cell.fault)
        try:
            if cell.outcome is None:
                report = p.status(ref)
                unknown = cell.fault["kind"] == "unknown_enum"
                assert (report.state is SwapState.UNKNOWN) == unknown
            else:
                with pytest.raises(cell.outcome) as caught:
                    p.status(ref)
                assert caught.value.provider == "fakeswap"  # type: ignore[attr-defined]
                if isinstance(caught.value, errors.HTTPStatusError):  # parsed by the adapter's parse_error
                    assert caught.value.provider_message == f"sandbox: injected HTTP {cell.fault['status']}"
        finally:
            seen = sandbox.states["fakeswap"].requests["getStatus"]
            sandbox.states["fakeswap"].faults.clear()
    assert seen == cell.requests


def test_cassette_replays_with_record_mode_none(installed: Path) -> None:
    cassette = vcr.VCR(record_mode="none", match_on=["method", "uri"])
    with (
        cassette.use_cassette(str(PACKAGE / "status.yaml")) as played,
        swapsuite.get_provider("fakeswap", api_key="k") as p,
    ):
        report = p.status("fs-7")
    assert played.play_count == 1 and report.state is SwapState.SUCCESS


def _cli(installed: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SWAPSUITE_")}
    environ.update(env, PYTHONPATH=os.pathsep.join([str(installed), environ.get("PYTHONPATH", "")]), COLUMNS="200")
    command = [sys.executable, "-m", "swapsuite", *args]
    return subprocess.run(command, env=environ, capture_output=True, text=True, timeout=120, check=False)


def test_cli_offers_it_and_quotes_through_the_sandbox_url(installed: Path, sandbox: SandboxServer) -> None:
    version = _cli(installed, "--version")
    assert "fakeswap   fakeswap:FakeSwapAdapter (no generated client of swapsuite)" in version.stdout
    args = ["quote", "-p", "fakeswap", "--from", "USDC@ethereum", "--to", "USDT@ethereum", "--amount", "100"]
    result = _cli(installed, *args, "--human", "--json", SWAPSUITE_SANDBOX_URL=sandbox.url)
    assert result.returncode == 0, result.stdout + result.stderr
    quote = json.loads(result.stdout)
    assert (quote["provider"], quote["amount_in"], quote["amount_out"]) == ("fakeswap", "100000000", "99000000")
