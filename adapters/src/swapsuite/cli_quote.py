"""``swapsuite quote`` behind the options: every provider's whole job (token list, request, quote) under one
deadline, the human table, and keeping firm quotes (``--save FILE`` and the local store)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rich.console import Console

from . import cli_env, cli_output, cli_store
from .best import rank
from .cli_deadline import run_each
from .errors import SwapsuiteError, ValidationError
from .models import Quote, QuoteRequest
from .provider import Provider

RequestBuilder = Callable[[Provider, dict[str, Any]], QuoteRequest]


@dataclass
class Collected:
    """Quotes ranked best first, the providers that failed, and each provider's tokens (for human amounts)."""

    quotes: tuple[Quote, ...]
    failures: dict[str, SwapsuiteError]
    tokens: dict[str, cli_output.Tokens] = field(default_factory=dict)


def check_amount(opts: Mapping[str, Any]) -> None:
    """A human ``--amount`` must be a positive decimal; say so in the user's own units (never in base units)."""
    if not opts.get("human"):
        return
    text = str(opts["amount"]).strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(f"--amount must be a decimal number with --human: {text!r}") from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(f"--amount must be positive: {text}")


def collect(names: Sequence[str], urls: Mapping[str, str], opts: dict[str, Any], build: RequestBuilder) -> Collected:
    """Ask every provider at once; each one's token list, request and quote share one ``--timeout`` deadline."""
    check_amount(opts)
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
