"""Best quote across providers: ask all at once, rank what comes back, report what failed.

One slow or failing provider never delays or breaks the others: each runs under its own deadline and its
failure is recorded next to the quotes instead of raised.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from . import errors
from .models import Quote, QuoteRequest
from .provider import AsyncProvider, Provider

DEFAULT_PROVIDER_TIMEOUT = 15.0


@dataclass(frozen=True)
class BestQuoteResult:
    """Quotes ranked best first (by minimum out, then expected out) and the providers that failed."""

    quotes: tuple[Quote, ...]
    errors: dict[str, errors.SwapsuiteError] = field(default_factory=dict)

    @property
    def best(self) -> Quote | None:
        return self.quotes[0] if self.quotes else None


def rank(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Best first: highest minimum amount out, then highest expected amount out, then provider name."""
    return tuple(sorted(quotes, key=lambda q: (-q.ranking_key[0], -q.ranking_key[1], q.provider)))


def _deadline_error(name: str, timeout: float) -> errors.TimeoutError:
    return errors.TimeoutError(f"no quote within {timeout:g}s", provider=name)


def _as_error(name: str, exc: Exception) -> errors.SwapsuiteError:
    if isinstance(exc, errors.SwapsuiteError):
        return exc
    wrapped = errors.SwapsuiteError(f"unexpected {type(exc).__name__}: {exc}", provider=name)
    wrapped.__cause__ = exc
    return wrapped


async def abest_quote(
    request: QuoteRequest, providers: Sequence[AsyncProvider], timeout: float = DEFAULT_PROVIDER_TIMEOUT
) -> BestQuoteResult:
    """Ask every provider concurrently, each bounded by ``timeout`` seconds."""

    async def one(provider: AsyncProvider) -> Quote:
        try:
            return await asyncio.wait_for(provider.quote(request), timeout)
        except TimeoutError:
            raise _deadline_error(provider.name, timeout) from None

    outcomes = await asyncio.gather(*(one(p) for p in providers), return_exceptions=True)
    quotes: list[Quote] = []
    failures: dict[str, errors.SwapsuiteError] = {}
    for provider, outcome in zip(providers, outcomes, strict=True):
        if isinstance(outcome, Quote):
            quotes.append(outcome)
        elif isinstance(outcome, Exception):
            failures[provider.name] = _as_error(provider.name, outcome)
        else:
            raise outcome  # KeyboardInterrupt / CancelledError: not ours to swallow
    return BestQuoteResult(rank(quotes), failures)


def best_quote(
    request: QuoteRequest, providers: Sequence[Provider], timeout: float = DEFAULT_PROVIDER_TIMEOUT
) -> BestQuoteResult:
    """The sync twin of :func:`abest_quote`: one thread per provider, each bounded by ``timeout`` seconds.

    A provider still running at its deadline is reported as timed out and left to finish in the background
    (bounded by its own HTTP timeout); the result is returned without waiting for it.
    """
    return best_quote_each([(p, request) for p in providers], timeout)


def best_quote_each(
    jobs: Sequence[tuple[Provider, QuoteRequest]], timeout: float = DEFAULT_PROVIDER_TIMEOUT
) -> BestQuoteResult:
    """Like :func:`best_quote`, with a request per provider (e.g. assets resolved through each token list)."""
    pool = ThreadPoolExecutor(max_workers=max(1, len(jobs)), thread_name_prefix="swapsuite-best")
    try:
        futures = {p.name: pool.submit(p.quote, request) for p, request in jobs}
        quotes: list[Quote] = []
        failures: dict[str, errors.SwapsuiteError] = {}
        deadline = time.monotonic() + timeout
        for name, future in futures.items():
            try:
                quotes.append(future.result(timeout=max(0.0, deadline - time.monotonic())))
            except FutureTimeout:
                failures[name] = _deadline_error(name, timeout)
            except Exception as exc:
                failures[name] = _as_error(name, exc)
        return BestQuoteResult(rank(quotes), failures)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
