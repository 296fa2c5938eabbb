"""Deframe on the command line: its errors, its required key, and quoting it from the sandbox switch alone."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from swapsuite.cli import main
from swapsuite.sandbox import SandboxServer

from .test_cli import ROUTE, assert_one_line_error, sandbox_cli


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    return sandbox_cli(monkeypatch)


def test_unknown_quote_is_one_error_line(cli: CliRunner, sandbox: SandboxServer) -> None:
    args = ["status", "-p", "deframe", "00000000-0000-4000-8000-000000000000"]
    assert_one_line_error(cli, sandbox, args, "QUOTE_NOT_FOUND", 1)


def test_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEFRAME_API_KEY", raising=False)
    result = CliRunner().invoke(main, ["status", "-p", "deframe", "abc"])
    assert result.exit_code == 1
    assert "DEFRAME_API_KEY" in result.output


def test_sandbox_switch_needs_no_keys_or_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("CHANGELLY_API_KEY", "DEFRAME_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    result = CliRunner().invoke(
        main, ["quote", "-p", "deframe", *ROUTE, "--amount", "100000000", "--sandbox", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["provider"] == "deframe"
