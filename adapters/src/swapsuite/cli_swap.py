"""``swapsuite execute``, ``submit`` and ``swap``: the lifecycle commands, attached to the ``swapsuite`` group.

``swap`` chains quote → confirm → firm quote → execute → (sandbox wallet acts) → watch. It takes every ``quote``
option (copied from that command, so a new quote option is a swap option too), asks before anything firm unless
``--yes``, and against a sandbox performs the actions with the sandbox wallet so the whole journey is one command.
Elsewhere it stops after printing the actions, with the commands to submit and watch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console

from . import cli_env, cli_lifecycle, cli_output, cli_quote, cli_sandbox, cli_store, jsonout
from .cli_deadline import run_one
from .errors import SwapsuiteError, UnsupportedError
from .models import Quote
from .provider import Provider
from .registry import provider_names

Guard = Callable[[Callable[[], Any]], Any]
PROVIDER_HELP = "With a REF: the provider whose firm quote it is."


def _in_sandbox(provider: Provider) -> bool:
    """True when this provider talks to the configured sandbox (not to a server named by --base-url)."""
    facts = cli_env.sandbox_facts()
    return facts is not None and provider.adapter.base_url == facts.get("base_urls", {}).get(provider.name)


def _firm(provider: Provider, build: cli_quote.RequestBuilder, opts: dict[str, Any]) -> Quote:
    firm = run_one(provider.name, lambda: provider.quote(build(provider, {**opts, "firm": True})), opts["timeout"])
    try:
        return provider.execute(firm)
    except UnsupportedError:
        return firm  # 1Click, Across: the firm quote carries its actions


def swap(opts: dict[str, Any], build: cli_quote.RequestBuilder, console: Console, urls: dict[str, str]) -> int:
    """The whole journey; returns the exit status."""
    names = cli_env_names(opts)
    found = cli_quote.collect(names, urls, {**opts, "firm": False}, build)
    out = Console(stderr=True) if opts["as_json"] else console
    out.print(cli_output.quotes_table(found.quotes, found.tokens, bool(opts["human"]), "dry quotes, best first"))
    for name, exc in found.failures.items():
        out.print(cli_output.failure(name, exc))
    if not found.quotes:
        raise SwapsuiteError("no provider quoted the swap")
    best = found.quotes[0]
    if not opts["yes"] and not click.confirm(f"Ask {best.provider} for a firm quote and execute it?", err=True):
        click.echo("nothing asked: no firm quote was requested", err=True)
        return 1
    with cli_env.open_provider(best.provider, urls.get(best.provider)) as provider:
        saved = cli_store.Saved(_firm(provider, build, opts))
        cli_quote.keep([saved.quote], opts.get("save"))
        out.print(cli_output.firm_summary(saved.quote))
        out.print(cli_output.actions_table(saved.quote, found.tokens.get(best.provider, {}), bool(opts["human"])))
        if not _in_sandbox(provider):
            return _stop_for_wallet(saved, out)
        saved.wallet = cli_sandbox.perform(saved)
        if any(i["type"] in ("deposit", "sign_typed_data") for i in saved.wallet["performed"]):
            cli_sandbox.submit_recorded(provider, saved)
        cli_store.update(saved, None)
        out.print(f"sandbox wallet performed {len(saved.wallet['performed'])} action(s); status ref {saved.ref}")
        memo = next((getattr(a, "memo", None) for a in saved.quote.actions if a.type == "deposit"), None)
        final = cli_lifecycle.watch(
            provider, str(saved.ref), memo, out, as_json=False, interval=opts["interval"], limit=opts["wait"]
        )
    if opts["as_json"]:
        click.echo(json.dumps({"quote": jsonout.quote_json(saved.quote), "wallet": saved.wallet,
                               "status": jsonout.status_json(final)}, indent=2))  # fmt: skip
    return cli_lifecycle.watch_exit(final, opts["wait"])


def cli_env_names(opts: dict[str, Any]) -> list[str]:
    names = list(provider_names()) if opts.get("all_") else list(opts.get("provider") or ())
    if not names:
        raise click.UsageError("give --provider P (repeatable) or --all")
    return names


def _stop_for_wallet(saved: cli_store.Saved, out: Console) -> int:
    ref = saved.ref or saved.quote.quote_id or "REF"
    out.print("Perform these actions with your wallet, then:")
    if any(a.type in ("deposit", "sign_typed_data") for a in saved.quote.actions):
        out.print(f"  swapsuite submit --provider {saved.quote.provider} {ref} --tx-hash 0x… | --signature …")
    out.print(
        f"  swapsuite status --watch --provider {saved.quote.provider} {ref if saved.quote.status_ref else 'TX_HASH'}"
    )
    return 0


def register(
    main: click.Group,
    quote: click.Command,
    build: cli_quote.RequestBuilder,
    guard: Guard,
    console: Console,
    *,
    prepare: Callable[[dict[str, Any], list[str]], dict[str, str]],
) -> None:
    """Attach ``execute``, ``submit`` and ``swap`` to ``main``; ``prepare(opts, names)`` does what ``quote`` does
    before asking (in-process sandbox, ``--base-url`` per provider) and returns the base URLs."""

    @main.command("execute")
    @click.argument("target", metavar="QUOTE_FILE|REF")
    @click.option("--provider", "-p", type=click.Choice(provider_names()), default=None, help=PROVIDER_HELP)
    @click.option("--human", is_flag=True, help="Amounts in token units with their symbol.")
    @click.option("--json", "as_json", is_flag=True)
    @cli_env.SANDBOX_URL_OPTION
    def execute_cmd(target: str, provider: str | None, human: bool, as_json: bool) -> None:
        """Run a firm quote's execute step (Changelly intent, Deframe bytecode; nothing for 1Click and Across) and
        print the actions a wallet must perform: deposit address and memo, transactions (approvals first), typed
        data to sign."""
        guard(lambda: cli_lifecycle.execute(target, provider, human, console, as_json))

    @main.command("submit")
    @click.argument("target", metavar="QUOTE_FILE|REF")
    @click.option("--provider", "-p", type=click.Choice(provider_names()), default=None, help=PROVIDER_HELP)
    @click.option("--tx-hash", default=None, help="The deposit transaction's hash (1Click).")
    @click.option("--signature", default=None, help="The signed typed data (Changelly).")
    @click.option("--memo", default=None, help="The deposit memo (1Click MEMO-mode deposits).")
    @click.option("--json", "as_json", is_flag=True)
    @cli_env.SANDBOX_URL_OPTION
    def submit_cmd(target: str, provider: str | None, as_json: bool, **values: Any) -> None:
        """Tell the provider you acted: a deposit's tx hash or a signature. Without --tx-hash/--signature, submits
        what `swapsuite sandbox act` recorded in the saved quote."""
        guard(lambda: cli_lifecycle.submit(target, provider, values, console, as_json))

    skip = {"firm", "as_json"}
    params = [p for p in quote.params if p.name not in skip]

    @click.option("--yes", "-y", is_flag=True, help="Do not ask before the firm quote (for scripts).")
    @click.option("--wait", type=click.FloatRange(min=0, min_open=True), default=600.0, show_default=True,
                  help="Seconds to watch the swap before giving up.")  # fmt: skip
    @click.option("--interval", type=click.FloatRange(min=0.1), default=1.0, show_default=True)
    @click.option("--json", "as_json", is_flag=True, help="Progress on stderr, one JSON result on stdout.")
    def swap_cmd(**opts: Any) -> None:
        """Quote (dry) → confirm → firm quote → execute → watch to the end. Against a sandbox the sandbox wallet
        performs the actions; elsewhere it stops after printing them. Exit 0 when the swap ends in SUCCESS."""
        urls = prepare(opts, cli_env_names(opts))
        sys.exit(guard(lambda: swap(opts, build, console, urls)))

    command = click.command("swap")(swap_cmd)
    command.params = params + command.params
    main.add_command(command)
