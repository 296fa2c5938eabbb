"""The ``swapsuite`` command line: tokens, quotes (one provider or all), status.

Errors print one line to stderr and exit 1 (2 for usage errors; ``quote`` exits 3 when some providers answered and
some failed); no tracebacks.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar

import click
from rich.console import Console
from rich.table import Table

from . import cli_env, cli_lifecycle, cli_output, cli_quote, cli_sandbox, cli_swap, cli_version, jsonout
from .echo import clip_line
from .errors import SwapsuiteError, ValidationError
from .models import AccountType, AppFee, Quote, QuoteRequest, SwapType
from .money import from_human, parse_base_units
from .provider import Provider
from .registry import provider_names
from .resolve import needs_token_list, resolve_asset

T = TypeVar("T")
console = Console()
PROVIDER = click.Choice(provider_names())


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {clip_line(message)}", err=True)  # never echo a 100k-character argument whole
    sys.exit(1)


def _guard(action: Callable[[], T]) -> T:
    """Run a command body; swapsuite errors become a one-line message and exit status 1."""
    try:
        return action()
    except SwapsuiteError as exc:
        _fail(str(exc))


def _emit(data: Any) -> None:
    click.echo(json.dumps(data, indent=2))


def _base_urls(values: Sequence[str], providers: Sequence[str]) -> dict[str, str]:
    """``--base-url URL`` (single provider) or ``--base-url provider=URL`` (any number)."""
    urls: dict[str, str] = {}
    for value in values:
        name, sep, url = value.partition("=")
        if sep and name in provider_names():
            urls[name] = url
        elif len(providers) == 1:
            urls[providers[0]] = value
        else:
            raise click.BadParameter("with several providers use --base-url PROVIDER=URL", param_hint="--base-url")
    return urls


def _open(name: str, base_url: str | None) -> Provider:
    """--base-url, SWAPSUITE_<PROVIDER>_BASE_URL, --sandbox-url/--sandbox, else the public API (see cli_env)."""
    return cli_env.open_provider(name, base_url)


def _start_sandbox(enabled: bool) -> None:
    """``--sandbox``: serve all four sandboxes on loopback for the duration of this command."""
    if enabled:
        cli_env.start_local_sandbox()


_SANDBOX_FLAG = click.option(
    "--sandbox", is_flag=True, help="Talk to local sandboxes started in-process (no keys, no network)."
)


def SANDBOX_OPTION(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--sandbox`` (in-process) and ``--sandbox-url URL`` (a running ``swapsuite sandbox``)."""
    return _SANDBOX_FLAG(cli_env.SANDBOX_URL_OPTION(command))


@click.group(cls=cli_env.OneLineGroup)  # usage errors: one line, exit 2
@cli_version.version_option
def main() -> None:
    """One interface over 1Click, Across, Changelly DeFi and Deframe."""


@main.command()
@click.option("--provider", "-p", type=PROVIDER, required=True)
@click.option("--base-url", default=None, help="Point the provider at another server with the same API.")
@click.option("--search", default=None, help="Only tokens whose symbol contains this text.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@SANDBOX_OPTION
def tokens(provider: str, base_url: str | None, search: str | None, as_json: bool, sandbox: bool) -> None:
    """List the tokens a provider supports, with their CAIP-19 ids."""
    _start_sandbox(sandbox)

    def run() -> None:
        with _open(provider, base_url) as p:
            found = [t for t in p.tokens() if not search or search.upper() in t.symbol.upper()]
        if as_json:
            _emit([jsonout.token_json(t) for t in found])
            return
        table = Table("symbol", "chain", "decimals", "asset (CAIP-19)", title=f"{provider}: {len(found)} tokens")
        for t in found:
            table.add_row(t.symbol, t.chain_key or "?", str(t.decimals), str(t.asset))
        console.print(table)

    _guard(run)


def _request(p: Provider, opts: dict[str, Any]) -> QuoteRequest:
    listed = p.tokens() if needs_token_list(opts["from_"]) or needs_token_list(opts["to"]) or opts["human"] else []
    source, target = resolve_asset(opts["from_"], listed), resolve_asset(opts["to"], listed)
    amount = _amount(opts, target if _swap_type(opts) is SwapType.EXACT_OUTPUT else source, listed)
    sender, recipient, refund_to = cli_env.addresses(opts, source, target)  # defaults: $SWAPSUITE_ADDRESS, sandbox
    return QuoteRequest(
        from_asset=source,
        to_asset=target,
        amount=amount,
        swap_type=_swap_type(opts),
        sender=sender,
        recipient=recipient,
        refund_to=refund_to,
        slippage_bps=opts["slippage_bps"],
        dry=not opts["firm"],
        integrator_id=opts.get("integrator_id"),
        app_fees=_app_fees(opts.get("app_fee") or ()),
        referral=opts.get("referral"),
        deposit_type=AccountType(opts.get("deposit_type") or "CHAIN"),
        refund_type=AccountType(opts.get("refund_type") or "CHAIN"),
        recipient_type=AccountType(opts.get("recipient_type") or "CHAIN"),
    )


def _swap_type(opts: dict[str, Any]) -> SwapType:
    """``--swap-type``, or ``--exact-output`` (kept as its shorthand); both at once must agree."""
    chosen = opts.get("swap_type")
    if opts["exact_output"] and chosen not in (None, SwapType.EXACT_OUTPUT.value):
        raise click.UsageError(f"--exact-output contradicts --swap-type {chosen}")
    if chosen:
        return SwapType(chosen)
    return SwapType.EXACT_OUTPUT if opts["exact_output"] else SwapType.EXACT_INPUT


def _app_fees(values: Sequence[str]) -> tuple[AppFee, ...]:
    """``--app-fee RECIPIENT:BPS`` (repeatable) → AppFee items; the recipient may itself contain colons."""
    fees = []
    for value in values:
        recipient, sep, bps = value.rpartition(":")
        if not sep or not recipient or not (bps.isascii() and bps.isdigit()) or len(bps) > 5:
            raise click.BadParameter(f"expected RECIPIENT:BPS, got {value[:80]!r}", param_hint="--app-fee")
        fees.append(AppFee(recipient, int(bps)))
    return tuple(fees)


def _amount(opts: dict[str, Any], asset: Any, listed: Sequence[Any]) -> int:
    text = str(opts["amount"])
    if not opts["human"]:
        amount = parse_base_units(text, "--amount")  # ASCII digits only (isdigit() also takes "²" and "١٠٠")
        if amount <= 0:
            raise ValidationError(f"--amount must be a positive integer in base units (or use --human): {text}")
        return amount
    decimals = next((t.decimals for t in listed if t.asset == asset), None)
    if decimals is None:
        raise ValidationError(f"cannot convert a human amount: {asset} is not in this provider's token list")
    return from_human(text, decimals)


@main.command()
@click.option("--provider", "-p", type=PROVIDER, multiple=True, help="Provider(s) to ask.")
@click.option("--all", "all_", is_flag=True, help="Ask every provider and rank the quotes.")
@click.option("--from", "from_", required=True, help="CAIP-19 id or SYMBOL@chain, e.g. USDC@arbitrum.")
@click.option("--to", required=True, help="CAIP-19 id or SYMBOL@chain.")
@click.option("--amount", required=True, help="Base units (integer), or a decimal with --human.")
@click.option("--human", is_flag=True, help="--amount is a human decimal (uses the token's decimals).")
@click.option("--exact-output", is_flag=True, help="--amount is the output amount.")
@click.option("--sender", default=None)
@click.option("--recipient", default=None)
@click.option("--refund-to", default=None)
@click.option("--slippage-bps", type=click.IntRange(0, 5000), default=100, show_default=True, help="0-5000.")
@click.option("--firm", is_flag=True, help="A firm (executable) quote instead of a dry one.")
@click.option("--integrator-id", default=None, help="Integrator tag (Across `integratorId`, 2-byte hex like 0xdead).")
@click.option(
    "--swap-type",
    type=click.Choice([t.value for t in SwapType]),
    default=None,
    help="How --amount is read (default EXACT_INPUT; FLEX_INPUT: 1Click only).",
)
@click.option("--app-fee", multiple=True, metavar="RECIPIENT:BPS", help="Integrator fee (repeatable where supported).")
@click.option("--referral", default=None, help="Referral / channel tag (1Click `referral`).")
@click.option("--deposit-type", type=click.Choice(["CHAIN", "INTENTS"]), default=None, help="INTENTS: 1Click ledger.")
@click.option("--refund-type", type=click.Choice(["CHAIN", "INTENTS"]), default=None, help="INTENTS: 1Click ledger.")
@click.option("--recipient-type", type=click.Choice(["CHAIN", "INTENTS"]), default=None, help="INTENTS: 1Click ledger.")
@click.option("--base-url", multiple=True, help="URL, or PROVIDER=URL when asking several providers.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=15.0,
    show_default=True,
    help="Seconds each provider has for everything (token list and quote).",
)
@click.option("--save", default=None, metavar="FILE", help="Write the (best) quote to FILE for execute/submit/status.")
@click.option("--json", "as_json", is_flag=True)
@SANDBOX_OPTION
def quote(**opts: Any) -> None:
    """Quote a swap with one provider, or with --all of them (ranked by minimum amount out)."""
    _start_sandbox(opts["sandbox"])
    names: list[str] = list(provider_names()) if opts["all_"] else list(opts["provider"])
    if not names:
        raise click.UsageError("give --provider P (repeatable) or --all")
    urls = _base_urls(opts["base_url"], names)
    _swap_type(opts)  # malformed request flags are usage errors, raised before any request
    _app_fees(opts["app_fee"])
    _guard(lambda: _quote(names, urls, opts))


def _quote(names: list[str], urls: dict[str, str], opts: dict[str, Any]) -> None:
    found = cli_quote.collect(names, urls, opts, _request)  # --timeout bounds each provider's whole job
    cli_quote.keep(found.quotes, opts.get("save"))  # --save FILE; firm quotes are remembered for `execute`
    _print_quotes(found.quotes, found.failures, opts, single=len(names) == 1, found=found)


def _print_quotes(
    quotes: Sequence[Quote],
    failures: dict[str, SwapsuiteError],
    opts: dict[str, Any],
    *,
    single: bool,
    found: cli_quote.Collected | None = None,
) -> None:
    if single and not quotes:
        _fail(str(next(iter(failures.values()))))
    if opts["as_json"]:
        if single:
            _emit(jsonout.quote_json(quotes[0]))
        else:
            _emit(
                {
                    "quotes": [jsonout.quote_json(q) for q in quotes],
                    "errors": {n: jsonout.error_json(e) for n, e in failures.items()},
                }
            )
    else:
        cli_quote.print_table(console, found or cli_quote.Collected(tuple(quotes), failures), opts)
        for name, exc in failures.items():
            console.print(cli_output.failure(name, exc))
    sys.exit(quote_exit_status(quotes, failures))


EXIT_PARTIAL = 3


def quote_exit_status(quotes: Sequence[Quote], failures: Mapping[str, SwapsuiteError]) -> int:
    """``quote``'s exit status, the same with and without ``--json``: 0 every provider asked answered, 1 none did,
    3 some did and some failed (the quotes are printed, the failures reported next to them)."""
    if not quotes:
        return 1
    return EXIT_PARTIAL if failures else 0


@main.group("sandbox", invoke_without_command=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--provider", "-p", "providers", type=PROVIDER, multiple=True, help="Serve only these (default: all).")
@click.option("--allow-remote", is_flag=True, help="Allow a --host other than loopback (exposes the sandboxes).")
@click.pass_context
def sandbox_command(ctx: click.Context, host: str, port: int, providers: tuple[str, ...], allow_remote: bool) -> None:
    """Serve the provider sandboxes on one port, each under /<provider>, until interrupted; prints the `export`
    block that points every swapsuite command at it. `swapsuite sandbox act` performs a quote's actions."""
    if ctx.invoked_subcommand is not None:
        return
    from .sandbox import SANDBOX_API_KEY
    from .sandbox.limits import check_bind_host
    from .sandbox.server import serve

    _guard(lambda: check_bind_host(host, allow_remote))  # a non-loopback --host needs --allow-remote
    _guard(lambda: cli_sandbox.check_port(host, port))  # a busy port: one line, before any banner
    names = list(providers or provider_names())
    click.echo(f"API key where required: {SANDBOX_API_KEY}")
    click.echo(cli_sandbox.banner(host, port, names))
    serve(names, host=host, port=port, allow_remote=allow_remote)


@main.command()
def demo() -> None:
    """Run the whole suite offline: sandboxes, best quote across all four, execute the winner, track it."""
    from .demo import run

    _guard(run)


@main.command("drift")
@click.argument("base")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "any", "none"]),
    default="breaking",
    show_default=True,
    help="Exit 1 when a change at or above this level exists.",
)
@click.option(
    "--policy",
    type=click.Choice(["swapsuite", "oasdiff"]),
    default="swapsuite",
    show_default=True,
    help="Whose severities: swapsuite's rule table, or oasdiff's (breaking exactly where oasdiff reports an error).",
)
@click.option("--allow-remote-refs", is_flag=True, help="Follow $refs to http(s) documents (refused by default).")
def drift_command(base: str, new: str, fmt: str, fail_on: str, policy: str, allow_remote_refs: bool) -> None:
    """Classify the changes from spec BASE to spec NEW (files or http(s) URLs) as breaking or not.

    Exit status: 0 nothing at or above --fail-on, 1 such a change exists, 2 an input cannot be read.
    The rule table: python -m swapsuite.drift.
    """
    from .drift import SpecLoadError, compare_sources, fails, render

    try:
        changes = compare_sources(base, new, policy=policy, allow_remote_refs=allow_remote_refs)
    except SpecLoadError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(render(changes, fmt, base, new))
    sys.exit(1 if fails(changes, fail_on) else 0)


@main.command("verify-quote")
@click.argument("file")
@click.option(
    "--public-key",
    default=None,
    metavar="ed25519:KEY",
    help="Key to verify with (default: $SWAPSUITE_ONECLICK_PUBLIC_KEY, else 1Click's production key).",
)
def verify_quote(file: str, public_key: str | None) -> None:
    """Check the signature of a saved 1Click quote: the JSON body of /v0/quote, or a /v0/status (or
    /v0/deposit/submit) body with its quoteResponse. FILE may be - for stdin.

    Prints "valid" and exits 0; otherwise prints "invalid (CHECK): reason" and exits 1. An unreadable file (or one
    that is not JSON) exits 2. Only the signature is checked: a saved quote is evidence, expired or not.
    """
    import os
    from pathlib import Path

    from .engine import decode_json
    from .errors import ConfigurationError
    from .providers.oneclick import key_setting
    from .providers.oneclick.signature import signature_problem

    try:
        _, key = key_setting(public_key, os.environ)
    except ConfigurationError as exc:  # --public-key or $SWAPSUITE_ONECLICK_PUBLIC_KEY is not a key
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(2)
    try:
        data = decode_json(sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes())
    except (OSError, ValueError, RecursionError) as exc:  # missing, unreadable, not UTF-8, not JSON
        click.echo(f"error: cannot read {file}: {exc}", err=True)
        sys.exit(2)
    if isinstance(data, dict) and isinstance(data.get("quoteResponse"), dict):
        data = data["quoteResponse"]  # a /v0/status or /v0/deposit/submit body: check the quote it echoes
    problem = signature_problem(data, key)
    if problem is not None:
        check, reason = problem
        click.echo(f"invalid ({check}): {reason}")
        sys.exit(1)
    click.echo("valid")


def _swap_setup(opts: dict[str, Any], names: list[str]) -> dict[str, str]:
    """What `swap` shares with `quote` before asking anything: --sandbox, and --base-url per provider."""
    _start_sandbox(opts["sandbox"])
    return _base_urls(opts["base_url"], names)


cli_sandbox.act_command(sandbox_command, _guard, _emit, console)
cli_swap.register(main, quote, _request, _guard, console, prepare=_swap_setup)
cli_lifecycle.status_command(main, PROVIDER, SANDBOX_OPTION, _start_sandbox, _guard, console)

from . import cli_swaps  # noqa: E402 - registers onto the group defined above

cli_swaps.register(main, _open, _start_sandbox, SANDBOX_OPTION, _guard, console)


if __name__ == "__main__":  # pragma: no cover
    main()
