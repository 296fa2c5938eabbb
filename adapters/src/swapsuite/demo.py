"""``swapsuite demo``: the whole suite end to end against the local sandboxes, through the public API only.

Token lists → best quote across all four providers for one route → execute the winning quote → track its status
with a live display until it reaches a terminal state.
"""

from __future__ import annotations

import time
from decimal import Decimal

from .best import best_quote_each
from .caip import AssetId
from .extras import require
from .models import Fee, Quote, QuoteRequest, StatusReport
from .money import human_string, to_human
from .provider import Provider, get_provider
from .registry import descriptor
from .resolve import resolve_asset
from .sandbox import SANDBOX_API_KEY, SandboxServer
from .sandbox.wallet import perform

require("cli")  # rich, [cli]: one clear error naming the extra (.sandbox above checks [sandbox] the same way)

from rich.console import Console  # noqa: E402
from rich.live import Live  # noqa: E402
from rich.table import Table  # noqa: E402

SENDER = "0x2527d02599ba641c19fea793cd0f167589a0f10d"
RECIPIENT = "0xb4c2fbec9d610f9a3a9b843c47b1a8095cec887c"
ROUTE = ("USDC@arbitrum", "USDC@base")
AMOUNT = 250_000_000  # 250 USDC (6 decimals)


def _tokens_table(providers: list[Provider]) -> Table:
    table = Table("provider", "tokens", "mapped to CAIP-19", "e.g.", title="1. token lists")
    for p in providers:
        listed = p.tokens()
        mapped = [t for t in listed if t.asset.is_mapped]
        example = next((f"{t.symbol} {t.asset}" for t in mapped if t.symbol == "USDC"), "-")
        table.add_row(p.name, str(len(listed)), str(len(mapped)), example)
    return table


def _quotes_table(quotes: tuple[Quote, ...], errors: dict[str, Exception], decimals: int) -> Table:
    table = Table("#", "provider", "amount out", "minimum out", "fees", "ETA", "expires", title="2. best quote")
    for rank, q in enumerate(quotes, 1):
        fees = ", ".join(_fee(f) for f in q.fees if f.amount != 0)
        table.add_row(
            str(rank),
            q.provider,
            str(to_human(q.amount_out, decimals)),
            str(to_human(q.min_amount_out, decimals)) if q.min_amount_out is not None else "-",
            fees or "-",
            f"{q.estimated_duration_s}s" if q.estimated_duration_s is not None else "-",
            q.expires_at.strftime("%H:%M:%SZ") if q.expires_at else "-",
        )
    for name, exc in errors.items():
        table.add_row("-", name, f"[red]failed: {exc}[/red]", "", "", "", "")
    return table


def _fee(fee: Fee) -> str:
    """``lp 4 bps`` when the fee is relative to the amount, else its absolute amount in base units."""
    if fee.bps is not None:
        return f"{fee.kind} {format(fee.bps.quantize(Decimal('0.1')).normalize(), 'f')} bps"
    return f"{fee.kind} {fee.amount} units"


def _status_line(report: StatusReport, started: float) -> str:
    return (
        f"{report.provider}: [bold]{report.state.value}[/bold] (provider says {report.provider_status}) "
        f"after {time.monotonic() - started:.1f}s"
    )


def _track(provider: Provider, ref: str, console: Console, limit: float = 45.0) -> StatusReport:
    started = time.monotonic()
    report = provider.status(ref)
    with Live(_status_line(report, started), console=console, refresh_per_second=8) as live:
        while not report.is_terminal and time.monotonic() - started < limit:
            time.sleep(0.5)
            report = provider.status(ref)
            live.update(_status_line(report, started))
    console.print()
    return report


def run(console: Console | None = None) -> StatusReport:
    """Run the demo; returns the final status report (raises if the swap does not finish)."""
    console = console or Console()
    with SandboxServer() as sandbox:
        console.print(f"sandboxes on {sandbox.url} ({' '.join('/' + n for n in sandbox.providers)})")
        # Each provider's sandbox arguments (1Click: the sandbox signs quotes with its own key, trusted there only).
        providers = [
            get_provider(n, base_url=sandbox.base_url(n), api_key=SANDBOX_API_KEY, **descriptor(n).sandbox_adapter_args)
            for n in sandbox.providers
        ]
        try:
            console.print(_tokens_table(providers))
            console.print(f"route {ROUTE[0]} → {ROUTE[1]}, {human_string(AMOUNT, 6)} USDC in")
            result = best_quote_each([(p, _request(p)) for p in providers])
            console.print(_quotes_table(result.quotes, dict(result.errors), 6))
            if result.best is None:
                raise RuntimeError("no provider quoted the route")
            winner = next(p for p in providers if p.name == result.best.provider)
            firm = winner.quote(_request(winner, dry=False))
            console.print(f"3. executing {winner.name}'s firm quote: " + ", ".join(f"{a.type}" for a in firm.actions))
            ref, _ = perform(winner, firm)
            console.print(f"4. tracking {winner.name} swap {ref}")
            final = _track(winner, ref, console)
        finally:
            for p in providers:
                p.close()
    if not final.is_terminal:
        raise RuntimeError(f"swap did not finish: {final.state}")
    delivered = f"; delivered {final.amount_out} base units" if final.amount_out is not None else ""
    hashes = ", ".join(final.destination_tx_hashes) or "-"
    console.print(f"done: {final.state.value}{delivered}; destination tx {hashes}")
    return final


def _request(provider: Provider, dry: bool = True) -> QuoteRequest:
    tokens = provider.tokens()
    source: AssetId = resolve_asset(ROUTE[0], tokens)
    target: AssetId = resolve_asset(ROUTE[1], tokens)
    return QuoteRequest(
        source, target, AMOUNT, sender=SENDER, recipient=RECIPIENT, refund_to=SENDER, slippage_bps=50, dry=dry
    )
