"""The swap lifecycle on the command line: ``execute``, ``submit``, ``status --watch`` and ``swap``.

A swap is named by a saved quote (``quote --save FILE``) or by ``--provider P REF`` (firm quotes are remembered, see
``cli_store``). Exit status: 0 done (``status --watch``: the swap ended in SUCCESS), 1 the operation failed or the
swap ended otherwise (REFUNDED, FAILED, EXPIRED) or did not end within ``--timeout``, 2 a usage error; Ctrl-C
leaves at once (130).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.live import Live

from . import cli_env, cli_output, cli_sandbox, cli_store, jsonout
from .cli_deadline import run_one
from .errors import UnsupportedError, ValidationError
from .models import StatusReport, SwapState
from .provider import Provider

Guard = Callable[[Callable[[], Any]], Any]


def _emit(data: Any) -> None:
    click.echo(json.dumps(data, indent=2))


def _tokens(provider: Provider, human: bool) -> cli_output.Tokens:
    return cli_output.token_index(provider.tokens()) if human else {}


# --- execute ------------------------------------------------------------------------------------------------------
def execute(target: str, provider_name: str | None, human: bool, console: Console, as_json: bool) -> None:
    """Run the provider's execute step for a saved quote and show the wallet's actions."""
    saved, path = cli_store.load(target, provider_name)
    quote = saved.quote
    with cli_env.open_provider(quote.provider) as provider:
        try:
            quote = provider.execute(quote)  # Changelly: the intent of a dry quote; Deframe: bytecode
        except UnsupportedError:
            if quote.dry:  # 1Click and Across execute nothing: a firm quote already carries its actions
                raise ValidationError(
                    f"a dry {quote.provider} quote cannot be executed: ask for a firm one (quote --firm --save FILE)"
                ) from None
        tokens = _tokens(provider, human and not as_json)
    saved.quote = quote
    cli_store.update(saved, path)
    if as_json:
        _emit({**jsonout.quote_json(quote), "status_ref": saved.ref})
        return
    console.print(cli_output.firm_summary(quote))
    console.print(cli_output.actions_table(quote, tokens, human))


# --- submit -------------------------------------------------------------------------------------------------------
def submit(target: str, provider_name: str | None, values: dict[str, Any], console: Console, as_json: bool) -> None:
    """Hand the provider a deposit tx hash or a signature: given explicitly, or the ones ``sandbox act`` recorded."""
    explicit = values["tx_hash"] is not None or values["signature"] is not None
    if explicit:
        if provider_name is None and not cli_store.is_file(target):
            raise click.UsageError("give --provider with a REF")
        ref, name = target, provider_name
        if cli_store.is_file(target):
            saved, _ = cli_store.load(target, provider_name)
            ref, name = saved.ref or target, saved.quote.provider
        with cli_env.open_provider(str(name)) as provider:
            reports = [
                provider.submit(str(ref), tx_hash=values["tx_hash"], signature=values["signature"], memo=values["memo"])
            ]
    else:
        saved, path = cli_store.load(target, provider_name)
        if not saved.wallet.get("performed"):
            raise ValidationError(
                "nothing to submit: pass --tx-hash or --signature (or run `swapsuite sandbox act` first)"
            )
        with cli_env.open_provider(saved.quote.provider) as provider:
            reports = cli_sandbox.submit_recorded(provider, saved)
        cli_store.update(saved, path)
    if as_json:
        _emit(jsonout.status_json(reports[-1]))
        return
    for report in reports:
        console.print(cli_output.status_line(report))


# --- status --watch -----------------------------------------------------------------------------------------------
def status_target(target: str, provider_name: str | None, memo: str | None) -> tuple[str, str, str | None]:
    """(provider, ref, memo) for ``status``: a saved quote file, or ``--provider P REF``."""
    if cli_store.is_file(target):  # a 100k-character REF is a ref, not an OSError
        saved, _ = cli_store.load(target, provider_name)
        if saved.ref is None:
            raise ValidationError(
                f"{target} has no status ref yet: broadcast its transaction (`swapsuite sandbox act`)"
            )
        deposit_memo = next((getattr(a, "memo", None) for a in saved.quote.actions if a.type == "deposit"), None)
        return saved.quote.provider, saved.ref, memo or deposit_memo
    if provider_name is None:
        raise click.UsageError("give --provider with a REF (or a file written by quote --save)")
    return provider_name, target, memo


def watch(
    provider: Provider, ref: str, memo: str | None, console: Console, *, as_json: bool, interval: float, limit: float
) -> StatusReport:
    """Poll until a terminal state or ``limit`` seconds: a live line (state, elapsed time) and a line per change;
    with ``as_json`` one JSON object per state change."""
    started = time.monotonic()

    def poll() -> StatusReport:
        left = max(0.1, limit - (time.monotonic() - started))
        return run_one(provider.name, lambda: provider.status(ref, memo=memo), left)

    report = poll()
    seen: list[SwapState] = []

    def note(current: StatusReport) -> None:
        if seen and seen[-1] is current.state:
            return
        seen.append(current.state)
        if as_json:
            click.echo(json.dumps({**jsonout.status_json(current), "elapsed_s": round(time.monotonic() - started, 1)}))
        else:
            console.print(cli_output.status_line(current, time.monotonic() - started))

    note(report)
    if as_json or not console.is_terminal:
        while not report.is_terminal and time.monotonic() - started < limit:
            time.sleep(interval)
            report = poll()
            note(report)
        return report
    with Live(cli_output.status_line(report, 0.0), console=console, refresh_per_second=8, transient=True) as live:
        while not report.is_terminal and time.monotonic() - started < limit:
            time.sleep(interval)
            report = poll()
            note(report)
            live.update(cli_output.status_line(report, time.monotonic() - started))
    return report


def watch_exit(report: StatusReport, limit: float) -> int:
    """0 for SUCCESS; 1 for any other end, or none within the limit (with one line saying so)."""
    if report.state is SwapState.SUCCESS:
        return 0
    if not report.is_terminal:
        click.echo(f"error: {report.provider} {report.ref} still {report.state.value} after {limit:g}s", err=True)
    return 1


def run_status(opts: dict[str, Any], console: Console) -> int:
    """``status`` with or without ``--watch``; returns the exit status."""
    name, ref, memo = status_target(opts["ref"], opts["provider"], opts["memo"])
    with cli_env.open_provider(name, opts.get("base_url")) as provider:
        if opts.get("watch"):
            final = watch(
                provider, ref, memo, console, as_json=opts["as_json"], interval=opts["interval"], limit=opts["timeout"]
            )
            return watch_exit(final, opts["timeout"])
        report = run_one(name, lambda: provider.status(ref, memo=memo), opts["timeout"])
    if opts["as_json"]:
        _emit(jsonout.status_json(report))
        return 0
    console.print(cli_output.status_line(report))
    for label, hashes in (
        ("origin", report.origin_tx_hashes),
        ("destination", report.destination_tx_hashes),
        ("refund", report.refund_tx_hashes),
    ):
        for h in hashes:
            console.print(f"  {label} tx {h}")
    if report.updated_at is not None:
        console.print(f"  updated {cli_output.timestamp(report.updated_at)}")
    return 0


def status_command(
    main: click.Group,
    provider_choice: click.Choice[str],
    sandbox_option: Callable[[Callable[..., Any]], Callable[..., Any]],
    start_sandbox: Callable[[bool], None],
    guard: Guard,
    console: Console,
) -> None:
    """Attach ``status`` (with ``--watch``) to ``main``."""

    @main.command("status")
    @click.option("--provider", "-p", type=provider_choice, default=None, help="Needed with a REF, not a saved quote.")
    @click.argument("ref", metavar="REF|QUOTE_FILE")
    @click.option("--memo", default=None, help="Deposit memo (1Click MEMO-mode deposits).")
    @click.option("--base-url", default=None)
    @click.option("--watch", is_flag=True, help="Follow the swap to a terminal state (exit 0 only for SUCCESS).")
    @click.option(
        "--interval", type=click.FloatRange(min=0.1), default=1.0, show_default=True, help="Seconds per poll."
    )
    @click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=600.0,
        show_default=True,
        help="Seconds for the lookup, or for the whole --watch.",
    )
    @click.option("--json", "as_json", is_flag=True, help="With --watch: one JSON object per state change.")
    @sandbox_option
    def status(**opts: Any) -> None:
        """Show where a swap is (REF: 1Click deposit address, Across deposit tx hash, Changelly intent id,
        Deframe quote id; or a quote file saved with quote --save)."""
        start_sandbox(opts["sandbox"])
        sys.exit(guard(lambda: run_status(opts, console)))
