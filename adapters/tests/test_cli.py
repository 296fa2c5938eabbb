"""The command line against the in-process sandboxes: --json shapes, one-line errors, exit codes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from swapsuite import registry
from swapsuite.cli import main
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer

SENDER = "0x2527d02599ba641c19fea793cd0f167589a0f10d"
ROUTE = ["--from", "USDC@arbitrum", "--to", "USDC@base"]
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def sandbox_cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CLI runner whose environment holds every registered provider's sandbox key and sandbox-only arguments (the
    1Click sandbox signs its own quotes)."""
    for found in registry.descriptors():
        monkeypatch.setenv(found.api_key_env, SANDBOX_API_KEY)
        for key, value in found.sandbox_adapter_args.items():
            monkeypatch.setenv(f"SWAPSUITE_{found.name.upper()}_{key.upper()}", str(value))
    return CliRunner()


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    return sandbox_cli(monkeypatch)


def urls(sandbox: SandboxServer) -> list[str]:
    return [arg for name in sandbox.providers for arg in ("--base-url", f"{name}={sandbox.base_url(name)}")]


def test_quote_all_json_shape(cli: CliRunner, sandbox: SandboxServer) -> None:
    args = [
        "quote",
        "--all",
        *ROUTE,
        "--amount",
        "250",
        "--human",
        "--sender",
        SENDER,
        "--recipient",
        SENDER,
        "--json",
        *urls(sandbox),
    ]
    result = cli.invoke(main, args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["errors"] == {}
    assert {q["provider"] for q in out["quotes"]} == set(registry.provider_names())
    mins = [int(q["min_amount_out"]) for q in out["quotes"]]
    assert mins == sorted(mins, reverse=True)  # ranked best first
    for q in out["quotes"]:
        assert q["from_asset"] == "eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831"
        assert q["to_asset"] == "eip155:8453/erc20:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913"
        assert q["amount_in"] == "250000000"
        assert all(isinstance(q[k], str) and q[k].isdigit() for k in ("amount_in", "amount_out", "min_amount_out"))
        assert q["expires_at"] is None or ISO_UTC.match(q["expires_at"])
        assert q["estimated_duration_s"] is None or isinstance(q["estimated_duration_s"], int)
        assert isinstance(q["fees"], list) and isinstance(q["actions"], list)
        assert all("type" in a for a in q["actions"])


def test_firm_quote_and_status_json(cli: CliRunner, sandbox: SandboxServer) -> None:
    args = [
        "quote",
        "--provider",
        "changelly",
        *ROUTE,
        "--amount",
        "250000000",
        "--sender",
        SENDER,
        "--recipient",
        SENDER,
        "--firm",
        "--json",
        "--base-url",
        sandbox.base_url("changelly"),
    ]
    quote = json.loads(cli.invoke(main, args).output)
    assert [a["type"] for a in quote["actions"]] == ["sign_typed_data"]
    status = cli.invoke(
        main,
        [
            "status",
            "--provider",
            "changelly",
            quote["status_ref"],
            "--json",
            "--base-url",
            sandbox.base_url("changelly"),
        ],
    )
    assert status.exit_code == 0, status.output
    report = json.loads(status.output)
    assert report["state"] == "PENDING_DEPOSIT"
    assert report["provider_status"] == "created"
    assert report["is_terminal"] is False
    assert {"origin_tx_hashes", "destination_tx_hashes", "refund_tx_hashes"} <= set(report)


def test_tokens_json(cli: CliRunner, sandbox: SandboxServer) -> None:
    result = cli.invoke(main, ["tokens", "-p", "oneclick", "--json", "--base-url", sandbox.base_url("oneclick")])
    assert result.exit_code == 0
    tokens = json.loads(result.output)
    assert len(tokens) > 200
    assert any(t["asset"] == "near:mainnet/nep141:wrap.near" for t in tokens)


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [  # 2: the command line itself is wrong, nothing was asked; 1: the operation failed
        (["quote", "-p", "oneclick", *ROUTE, "--amount", "-5"], "-5 is not a positive integer in base units", 2),
        (["quote", "-p", "oneclick", *ROUTE, "--amount", "10", "--recipient", "0xnope"], "recipient '0xnope'", 1),
        (["quote", "-p", "changelly", *ROUTE, "--amount", "10", "--exact-output"], "exact-output", 1),
        (
            ["quote", "-p", "oneclick", "--from", "USDC@atlantis", "--to", "USDC@base", "--amount", "1"],
            "unknown chain 'atlantis'; known chains: aleo,",
            2,
        ),
        (["quote", "-p", "oneclick", "--from", "USDC", "--to", "USDC@base", "--amount", "1"], "USDC@arbitrum", 2),
        (["quote", "-p", "oneclick", *ROUTE, "--amount", "-1.5", "--human"], "--amount: -1.5 is not positive", 2),
        (["quote", "-p", "oneclick", *ROUTE, "--amount", "1", "--slippage-bps", "5001"], "0<=x<=5000", 2),
    ],
)
def test_errors_are_one_line_without_traceback(
    cli: CliRunner, sandbox: SandboxServer, args: list[str], message: str, code: int
) -> None:
    assert_one_line_error(cli, sandbox, args, message, code)


def assert_one_line_error(cli: CliRunner, sandbox: SandboxServer, args: list[str], message: str, code: int) -> None:
    """The command fails with ``code`` and one ``error: ...`` line naming ``message``, no traceback, no key."""
    provider = args[args.index("-p") + 1]
    result = cli.invoke(main, [*args, "--base-url", sandbox.base_url(provider)])
    assert result.exit_code == code
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.output
    assert "  " not in lines[0] and "api_key=" not in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("where", ["option", "environment"])
def test_url_without_scheme_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    args = ["quote", "-p", "across", *ROUTE, "--amount", "1"]
    if where == "option":
        args += ["--base-url", "127.0.0.1:8765/across"]
    else:
        monkeypatch.setenv("SWAPSUITE_ACROSS_BASE_URL", "127.0.0.1:8765/across")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "is not an http(s) URL" in result.output


def test_swapsuite_address_is_the_default_sender_of_dry_quotes(
    cli: CliRunner, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["quote", "-p", "across", *ROUTE, "--amount", "5000000", "--json", "--base-url", sandbox.base_url("across")]
    monkeypatch.delenv("SWAPSUITE_ADDRESS", raising=False)
    without = cli.invoke(main, args)
    assert without.exit_code == 1 and "needs `sender`" in without.output  # a depositor even for dry quotes
    monkeypatch.setenv("SWAPSUITE_ADDRESS", SENDER)
    result = cli.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["provider"] == "across"
