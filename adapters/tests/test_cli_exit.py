"""``swapsuite quote`` exit status (issue 12, item 10) — 0 all answered, 1 none did, 2 usage, 3 some failed — the
same with and without ``--json``; hostile ``--amount`` values and huge arguments (item 8); firm ``--all`` asks one
provider for a firm quote (item 9)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from swapsuite import registry
from swapsuite.cli import main
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer

ADDRESS = "0x2527d02599ba641c19fea793cd0f167589a0f10d"
ROUTE = ["--from", "USDC@arbitrum", "--to", "USDC@base", "--sender", ADDRESS, "--recipient", ADDRESS]
NAMES = registry.provider_names()
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing listens, every request fails at once


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    for found in registry.descriptors():  # keys, and sandbox adapter arguments (the 1Click sandbox's signing key)
        monkeypatch.setenv(found.api_key_env, SANDBOX_API_KEY)
        for key, value in found.sandbox_adapter_args.items():
            monkeypatch.setenv(f"SWAPSUITE_{found.name.upper()}_{key.upper()}", str(value))
    monkeypatch.setenv("SWAPSUITE_STATE_DIR", str(tmp_path))  # firm quotes are remembered here, not in ~
    return CliRunner()


def base_urls(sandbox: SandboxServer, broken: set[str]) -> list[str]:
    return [
        arg
        for name in NAMES
        for arg in ("--base-url", f"{name}={NOWHERE if name in broken else sandbox.base_url(name)}")
    ]


def quote_all(cli: CliRunner, sandbox: SandboxServer, broken: set[str], *extra: str) -> tuple[int, str]:
    args = ["quote", "--all", *ROUTE, "--amount", "250", "--human", "--timeout", "10", *extra]
    result = cli.invoke(main, [*args, *base_urls(sandbox, broken)])
    return result.exit_code, result.output


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
@pytest.mark.parametrize(
    ("broken", "status"), [(set(), 0), ({"across"}, 3), ({"across", "deframe"}, 3), (set(NAMES), 1)]
)
def test_exit_status_is_the_same_in_both_modes(
    cli: CliRunner, sandbox: SandboxServer, broken: set[str], status: int, as_json: bool
) -> None:
    code, output = quote_all(cli, sandbox, broken, *(["--json"] if as_json else []))
    assert code == status, output
    if as_json:
        body = json.loads(output)
        assert set(body["errors"]) == broken
        assert {q["provider"] for q in body["quotes"]} == set(NAMES) - broken
    else:
        assert all(name in output for name in broken)  # failures are reported next to the quotes


def test_firm_all_asks_one_provider_for_a_firm_quote(cli: CliRunner, sandbox: SandboxServer) -> None:
    code, output = quote_all(cli, sandbox, set(), "--firm", "--json")
    assert code == 0, output
    quotes = json.loads(output)["quotes"]
    assert [q["dry"] for q in quotes] == [False, True, True, True]  # the winner's firm quote, then the dry others


@pytest.mark.parametrize("amount", ["²", "١٠٠", "１００", " 100", "1e3", "x" * 100_000])
def test_hostile_amounts_are_one_line_usage_errors(cli: CliRunner, amount: str) -> None:
    result = cli.invoke(main, ["quote", "-p", "across", *ROUTE, "--amount", amount, "--base-url", NOWHERE])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.startswith("error:") and result.output.count("\n") == 1
    assert len(result.output) < 700


def test_huge_arguments_are_not_echoed_whole(cli: CliRunner) -> None:
    huge = "x" * 100_000
    for args in (
        ["--from", huge, "--to", "USDC@base"],
        ["--from", "USDC@arbitrum", "--to", "USDC@base", "--sender", huge],
    ):
        result = cli.invoke(main, ["quote", "-p", "across", *args, "--amount", "1", "--base-url", NOWHERE])
        assert result.exit_code in (1, 2) and result.output.startswith("error:")
        assert len(result.output) < 700, len(result.output)


@pytest.mark.parametrize("ref", ["..", ".", "a" * 100_000])
def test_status_refs_are_checked_without_a_traceback(cli: CliRunner, ref: str) -> None:
    result = cli.invoke(main, ["status", "-p", "deframe", ref, "--base-url", NOWHERE])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("error:") and "not a valid reference" in result.output
    assert len(result.output) < 700
