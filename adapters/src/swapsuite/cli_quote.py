"""``swapsuite quote`` behind the options: every provider's whole job (token list, request, quote) under one
deadline, the human table, and keeping firm quotes (``--save FILE`` and the local store)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from . import cli_env, cli_output, cli_store
from .best import rank
from .caip import AssetId
from .chains import BY_KEY, find_chain
from .cli_deadline import run_each, run_one
from .echo import echo
from .errors import SwapsuiteError, ValidationError
from .models import Quote, QuoteRequest
from .money import parse_base_units, parse_decimal
from .provider import Provider
from .resolve import parse_friendly

RequestBuilder = Callable[[Provider, dict[str, Any]], QuoteRequest]


@dataclass
class Collected:
    """Quotes ranked best first, the providers that failed, and each provider's tokens (for human amounts)."""

    quotes: tuple[Quote, ...]
    failures: dict[str, SwapsuiteError]
    tokens: dict[str, cli_output.Tokens] = field(default_factory=dict)


def check_amount(opts: Mapping[str, Any]) -> None:
    """``--amount``: a positive integer (base units), or with ``--human`` a positive decimal — said in the user's
    own units, never echoed in base units."""
    text = str(opts["amount"])
    try:  # ASCII digits only: str.isdigit() and Decimal() also take "١٠٠", "１００" and "²"
        value = parse_decimal(text, "--amount") if opts.get("human") else parse_base_units(text, "--amount")
    except ValidationError:
        kind = "a decimal number" if opts.get("human") else "a positive integer in base units (or add --human)"
        shown = text if text.isprintable() and len(text) <= 80 else echo(text)
        raise click.BadParameter(f"{shown} is not {kind}", param_hint="--amount") from None
    if value <= 0:
        raise click.BadParameter(f"{text} is not positive", param_hint="--amount")


def check_asset(text: str, option: str) -> None:
    """``--from``/``--to`` before any request: CAIP-19, or ``SYMBOL@chain`` on a chain swapsuite knows."""
    friendly = parse_friendly(text)
    if friendly is None:
        if ":" not in text:
            raise click.BadParameter(
                f"{text!r} names no chain: write SYMBOL@chain (e.g. {text.strip() or 'USDC'}@arbitrum) or a CAIP-19 id",
                param_hint=option,
            )
        try:
            AssetId.parse(text)
        except ValidationError as exc:
            raise click.BadParameter(exc.message, param_hint=option) from None
        return
    if find_chain(friendly[1]) is None:
        known = ", ".join(sorted(BY_KEY))
        raise click.BadParameter(f"unknown chain {friendly[1]!r}; known chains: {known}", param_hint=option)


def check_options(opts: Mapping[str, Any]) -> None:
    """What can be checked without asking anyone: a wrong value here is a usage error (exit 2)."""
    check_asset(str(opts["from_"]), "--from")
    check_asset(str(opts["to"]), "--to")
    check_amount(opts)


def collect(names: Sequence[str], urls: Mapping[str, str], opts: dict[str, Any], build: RequestBuilder) -> Collected:
    """Ask every provider at once; each one's token list, request and quote share one ``--timeout`` deadline.

    ``--firm`` with several providers follows ``swapsuite.best``: never several firm quotes at once (see
    :func:`collect_firm`).
    """
    check_options(opts)
    if opts.get("firm") and len(names) > 1:
        return collect_firm(names, urls, opts, build)
    timeout = float(opts["timeout"])
    cli_env.SETTINGS.http_timeout = timeout  # no single request outlives the deadline either
    for name in names:
        cli_env.base_url(name, urls.get(name))  # a bad URL is a usage error before anything is asked
    show_tokens = bool(opts.get("human")) and not opts.get("as_json")

    def work(name: str) -> tuple[Quote, cli_output.Tokens]:
        with cli_env.open_provider(name, urls.get(name)) as provider:
            quote = provider.quote(build(provider, opts))
            tokens = cli_output.token_index(provider.tokens()) if show_tokens else {}
            return quote, tokens

    results, failures = run_each(names, work, timeout)
    quotes = rank([q for q, _ in results.values()])
    return Collected(quotes, failures, {name: tokens for name, (_, tokens) in results.items()})


def collect_firm(
    names: Sequence[str], urls: Mapping[str, str], opts: dict[str, Any], build: RequestBuilder
) -> Collected:
    """A dry round ranks the providers, then the winner alone is asked for a firm quote, falling back down the
    ranking on failure: one firm request at a time, so losers and late providers never get one. The firm quote
    comes first; the others' dry quotes follow for comparison."""
    dry = collect(names, urls, {**opts, "firm": False}, build)
    failures = dict(dry.failures)
    for candidate in dry.quotes:

        def work(name: str = candidate.provider) -> Quote:
            with cli_env.open_provider(name, urls.get(name)) as provider:
                return provider.quote(build(provider, opts))

        try:
            firm = run_one(candidate.provider, work, float(opts["timeout"]))
        except SwapsuiteError as exc:
            failures[candidate.provider] = exc
            continue
        rest = tuple(q for q in dry.quotes if q.provider != firm.provider and q.provider not in failures)
        return Collected((firm, *rest), failures, dry.tokens)
    return Collected((), failures, dry.tokens)


def keep(quotes: Sequence[Quote], save: str | None) -> None:
    """Remember every firm quote in the local store; write the best one to ``--save FILE``."""
    for q in quotes:
        if not q.dry:
            cli_store.remember(cli_store.Saved(q))
    if save and quotes:
        cli_store.write(Path(save), cli_store.Saved(quotes[0]))


def print_table(console: Console, found: Collected, opts: Mapping[str, Any]) -> None:
    """The ranked table, then each firm quote's status ref and actions."""
    human = bool(opts.get("human"))
    console.print(cli_output.quotes_table(found.quotes, found.tokens, human, "quotes, best first"))
    for q in found.quotes:
        if not q.dry:
            console.print(cli_output.firm_summary(q))
            if q.actions:
                console.print(cli_output.actions_table(q, found.tokens.get(q.provider, {}), human))
