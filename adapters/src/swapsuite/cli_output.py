"""How the command line shows quotes, actions and statuses to a person (``--json`` lives in ``jsonout``).

Amounts are base units unless ``human`` is set, then token units with the symbol (``249.55 USDC``); a fee reads
``kind amount SYMBOL (bps)``; every timestamp is ISO-8601 UTC to the second (``2026-06-23T17:10:41Z``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .caip import AssetId
from .errors import SwapsuiteError
from .models import Action, Deposit, Fee, Quote, SignTypedData, StatusReport, Token, Transaction
from .money import to_human

Tokens = Mapping[AssetId, Token]


def token_index(tokens: Iterable[Token]) -> dict[AssetId, Token]:
    return {t.asset: t for t in tokens}


def timestamp(value: datetime | None) -> str:
    """The one human timestamp format: ISO-8601 UTC to the second with ``Z``."""
    if value is None:
        return "-"
    moment = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def amount(value: int | None, asset: AssetId | None, tokens: Tokens, human: bool) -> str:
    """``value`` in base units, or with ``human`` in token units plus the symbol (base units if unknown)."""
    if value is None:
        return "-"
    token = tokens.get(asset) if asset is not None else None
    if human and token is not None:
        return f"{format(to_human(value, token.decimals), 'f')} {token.symbol}"
    return str(value)


def _bps(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")).normalize(), "f")


def fee(item: Fee, tokens: Tokens, human: bool) -> str:
    """``kind amount SYMBOL (bps)``; the parts a provider did not give are left out."""
    parts = [item.kind]
    if item.amount is not None:
        parts.append(amount(item.amount, item.asset, tokens, human))
        token = tokens.get(item.asset) if item.asset is not None else None
        if token is not None and not human:
            parts.append(token.symbol)
    if item.bps is not None:
        parts.append(f"({_bps(item.bps)} bps)")
    return " ".join(parts)


def quotes_table(quotes: Sequence[Quote], tokens: Mapping[str, Tokens], human: bool, title: str) -> Table:
    """Ranked quotes: amounts in and out (exact-output quotes show what goes in), minimum out, fees, ETA, expiry."""
    table = Table(title=title)
    for header in ("provider", "amount in", "amount out", "minimum out"):
        table.add_column(header, no_wrap=True)
    table.add_column("fees")
    table.add_column("ETA", no_wrap=True)
    table.add_column("expires", no_wrap=True)
    for q in quotes:
        known = tokens.get(q.provider, {})
        _row(
            table,
            q.provider,
            amount(q.amount_in, q.from_asset, known, human),
            amount(q.amount_out, q.to_asset, known, human),
            amount(q.min_amount_out, q.to_asset, known, human),
            "\n".join(fee(f, known, human) for f in q.fees if f.amount != 0 or f.bps) or "-",  # zero fees: noise
            f"{q.estimated_duration_s}s" if q.estimated_duration_s is not None else "-",
            timestamp(q.expires_at),
        )
    return table


def _row(table: Table, *cells: str) -> None:
    """Cells as plain text: symbols, memos and addresses come from providers and are never rich markup."""
    table.add_row(*(Text(cell) for cell in cells))


def _short(data: str | None, keep: int = 18) -> str:
    if not data:
        return "-"
    return data if len(data) <= keep + 8 else f"{data[:keep]}… ({(len(data) - 2) // 2} bytes)"


def action_text(action: Action, tokens: Tokens, human: bool) -> str:
    """One line saying what the wallet must do."""
    if isinstance(action, Deposit):
        memo = f" with memo {action.memo}" if action.memo else ""
        return f"send {amount(action.amount, action.asset, tokens, human)} to {action.address}{memo}"
    if isinstance(action, Transaction):
        value = f", value {action.value}" if action.value else ""
        return f"send a transaction to {action.to or '(contract creation)'}{value}, data {_short(action.data)}"
    if isinstance(action, SignTypedData):
        kind = f" ({action.approval_type})" if action.approval_type else ""
        return f"sign typed data{kind}, then `swapsuite submit` the signature for {action.submit_ref}"
    raise TypeError(f"not an action: {action!r}")  # pragma: no cover - the union is closed


def actions_table(quote: Quote, tokens: Tokens, human: bool) -> Table:
    """The wallet's to-do list, in order (approvals first, as the adapters order them)."""
    table = Table("#", "action", "chain", "what to do", title=f"{quote.provider}: actions for your wallet")
    for number, action in enumerate(quote.actions, 1):
        label = f"{action.type} ({action.purpose})" if isinstance(action, Transaction) else action.type
        _row(table, str(number), label, action.chain, action_text(action, tokens, human))
    return table


def firm_summary(quote: Quote) -> str:
    ref = quote.status_ref or "(none yet: the origin transaction's hash, once broadcast)"
    summary = f"{quote.provider}: firm quote {quote.quote_id or '-'}, status ref {ref}"
    return escape(f"{summary}, expires {timestamp(quote.expires_at)}")


def failure(name: str, error: SwapsuiteError) -> str:
    """``deframe: getSwapQuote failed with HTTP 503 …`` (escaped: a provider's text is never rich markup)."""
    return f"[red]{name}[/red]: {escape(error.message)}"


def status_line(report: StatusReport, elapsed: float | None = None) -> str:
    """``across 0xab…: PROCESSING (provider says pending) after 3.2s``."""
    after = f" after {elapsed:.1f}s" if elapsed is not None else ""
    final = " — final" if report.is_terminal else ""
    return (
        f"{report.provider} {escape(report.ref)}: [bold]{report.state.value}[/bold] "
        f"(provider says {escape(report.provider_status)}){after}{final}"
    )
