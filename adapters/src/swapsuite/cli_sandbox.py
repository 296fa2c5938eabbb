"""``swapsuite sandbox`` helpers: a busy port refused before any banner, the ``export`` block, and
``swapsuite sandbox act REF`` — the sandbox wallet performing a saved quote's actions.

The wallet never touches a chain: it derives transaction hashes and signatures the way the sandboxes recognise them
(``swapsuite.sandbox.wallet``). With ``--submit`` it also hands deposits and signatures to the provider, which is
what ``swapsuite submit`` does otherwise.
"""

from __future__ import annotations

import socket
from typing import Any

import click
from rich.console import Console

from . import cli_env, cli_store
from .errors import ConfigurationError, ValidationError
from .models import Deposit, SignTypedData, StatusReport, Transaction
from .provider import Provider
from .registry import provider_names


def check_port(host: str, port: int) -> None:
    """Fail with one line if ``host:port`` cannot be bound (before the banner, before uvicorn says anything)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            reason = "already in use" if exc.errno in (98, 48, 10048) else (exc.strerror or str(exc))
            raise ConfigurationError(f"cannot serve on {host}:{port}: {reason}; choose another with --port") from None


def banner(host: str, port: int, names: list[str]) -> str:
    """What ``swapsuite sandbox`` prints: where each provider is, and one ``export`` block that configures every
    swapsuite command (and the adapters) for this sandbox."""
    from .sandbox.connection import environment, export_block

    url = f"http://{host}:{port}" if ":" not in host else f"http://[{host}]:{port}"
    lines = [f"{name:10} {url}/{name}" for name in names]
    lines.append(f"connection facts: {url}/_sandbox/connection; control API: /<provider>/_sandbox/state")
    lines.append("To use it from another shell:")
    lines.append(export_block(environment(url, {name: f"{url}/{name}" for name in names})))
    lines.append("Ctrl-C stops.")
    return "\n".join(lines)


def _sandbox_provider(name: str) -> Provider:
    """The provider, which must point at the configured sandbox: the wallet's hashes mean nothing elsewhere."""
    facts = cli_env.sandbox_facts()
    if facts is None:
        raise ConfigurationError(
            "sandbox act needs a running sandbox: pass --sandbox-url URL or set SWAPSUITE_SANDBOX_URL"
        )
    if cli_env.base_url(name, None) != facts.get("base_urls", {}).get(name):
        raise ConfigurationError(
            f"{name} is not pointed at the sandbox {facts['url']} (check SWAPSUITE_{name.upper()}_BASE_URL)"
        )
    return cli_env.open_provider(name)


def perform(saved: cli_store.Saved) -> dict[str, Any]:
    """What the sandbox wallet does with each action, in order; returns the ``wallet`` record of the saved quote."""
    from .sandbox.wallet import deposit_hash, signature, transaction_hash

    quote = saved.quote
    if not quote.actions:
        raise ValidationError(f"this {quote.provider} quote has no actions yet: run `swapsuite execute` first")
    performed: list[dict[str, Any]] = []
    ref = quote.status_ref
    for action in quote.actions:
        if isinstance(action, Deposit):
            performed.append(
                {"type": "deposit", "to": action.address, "memo": action.memo, "tx_hash": deposit_hash(action)}
            )
            ref = ref or action.address
        elif isinstance(action, SignTypedData):
            performed.append(
                {"type": "sign_typed_data", "submit_ref": action.submit_ref, "signature": signature(action)}
            )
            ref = ref or action.submit_ref
        elif isinstance(action, Transaction):
            tx_hash = transaction_hash(action)
            performed.append({"type": "transaction", "purpose": action.purpose, "to": action.to, "tx_hash": tx_hash})
            if action.purpose != "approval":  # Across tracks a swap by its origin transaction
                ref = ref or tx_hash
    return {"ref": ref, "performed": performed, "submitted": False}


def submit_recorded(provider: Provider, saved: cli_store.Saved) -> list[StatusReport]:
    """Submit what the wallet did (deposit hashes, signatures); providers without the step have nothing to send."""
    reports: list[StatusReport] = []
    for item in saved.wallet.get("performed", []):
        if item["type"] == "deposit":
            ref = saved.quote.status_ref or item["to"]
            reports.append(provider.submit(ref, tx_hash=item["tx_hash"], memo=item.get("memo")))
        elif item["type"] == "sign_typed_data":
            reports.append(provider.submit(item["submit_ref"], signature=item["signature"]))
    if not reports:
        raise ValidationError(
            f"{saved.quote.provider} has no submit step for this quote: its transactions are all it needs "
            f"(watch it with `swapsuite status --watch`)"
        )
    saved.wallet["submitted"] = True
    return reports


def act(target: str, provider_name: str | None, submit: bool, console: Console, as_json: bool) -> dict[str, Any]:
    """``swapsuite sandbox act``: perform (and optionally submit) a saved quote's actions with the sandbox wallet."""
    saved, path = cli_store.load(target, provider_name)
    with _sandbox_provider(saved.quote.provider) as provider:
        saved.wallet = perform(saved)
        reports = submit_recorded(provider, saved) if submit and _has_submit(saved) else []
    cli_store.update(saved, path)
    result = {"provider": saved.quote.provider, **saved.wallet}
    if reports:
        result["state"] = reports[-1].state.value
    if not as_json:
        for item in saved.wallet["performed"]:
            detail = item.get("tx_hash") or item.get("signature")
            console.print(f"{item['type']}{' (' + item['purpose'] + ')' if 'purpose' in item else ''}: {detail}")
        console.print(f"status ref: {saved.wallet['ref']}")
        if _has_submit(saved) and not submit:
            console.print(
                f"next: swapsuite submit {target}" + (f" --provider {provider_name}" if provider_name else "")
            )
    return result


def _has_submit(saved: cli_store.Saved) -> bool:
    return any(item["type"] in ("deposit", "sign_typed_data") for item in saved.wallet.get("performed", []))


def act_command(group: click.Group, guard: Any, emit: Any, console: Console) -> None:
    """Attach ``act`` to the ``sandbox`` group (``guard`` turns swapsuite errors into the one-line exit 1)."""

    @group.command("act")
    @click.argument("target", metavar="QUOTE_FILE|REF")
    @click.option(
        "--provider",
        "-p",
        type=click.Choice(provider_names()),
        default=None,
        help="With a REF: the provider whose saved quote it is.",
    )
    @click.option("--submit", is_flag=True, help="Also submit deposits and signatures (as `swapsuite submit` would).")
    @click.option("--json", "as_json", is_flag=True)
    @cli_env.SANDBOX_URL_OPTION
    def act_cmd(target: str, provider: str | None, submit: bool, as_json: bool) -> None:
        """Perform a saved firm quote's actions with the sandbox wallet: send the deposit, broadcast the
        transactions (approvals first), sign the typed data. Prints the hashes, the signature and the status ref."""
        result: dict[str, Any] = guard(lambda: act(target, provider, submit, console, as_json))
        if as_json:
            emit(result)
