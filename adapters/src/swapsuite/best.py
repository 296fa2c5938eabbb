"""Best quote across providers: ask all at once, rank what comes back, report what failed.

One slow or failing provider never delays or breaks the others: each runs under its own deadline and its
failure is recorded next to the quotes instead of raised.

Firm requests (``dry=False``) are never fanned out. A firm quote creates state at the provider (a deposit address,
a saved quote, an intent), and a fan-out would create one per provider and abandon the ones that lose or time out.
Instead: a *dry* fan-out ranks the providers, then the winner alone is asked for a firm quote, in the caller's
thread or task under its own deadline; if that fails, the next provider in the ranking is asked, and so on. At
most one firm request is in flight at any time, and one that fails is reported in ``errors`` (a firm request
that timed out may still have reached its provider; nothing else is ever left behind).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace

from . import errors
from .models import Quote, QuoteRequest
from .provider import AsyncProvider, Provider

DEFAULT_PROVIDER_TIMEOUT = 15.0


@dataclass(frozen=True)
class BestQuoteResult:
    """Quotes ranked best first (by minimum out, then expected out) and the providers that failed.

    For a firm request, ``best`` is the one firm quote obtained (see the module docstring) and the rest of
    ``quotes`` are the other providers' *dry* quotes, ranked, for comparison (``dry=True``: not executable).
    """

    quotes: tuple[Quote, ...]
    errors: dict[str, errors.SwapsuiteError] = field(default_factory=dict)

    @property
    def best(self) -> Quote | None:
        return self.quotes[0] if self.quotes else None


def rank(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Best first: highest minimum amount out, then highest expected amount out, then provider name."""
    return tuple(sorted(quotes, key=lambda q: (-q.ranking_key[0], -q.ranking_key[1], q.provider)))


def _deadline_error(name: str, timeout: float) -> errors.RequestTimeoutError:
    return errors.RequestTimeoutError(f"no quote within {timeout:g}s", provider=name)


def _as_error(name: str, exc: Exception) -> errors.SwapsuiteError:
    if isinstance(exc, errors.SwapsuiteError):
        return exc
    wrapped = errors.SwapsuiteError(f"unexpected {type(exc).__name__}: {exc}", provider=name)
    wrapped.__cause__ = exc
    return wrapped


def _dry(request: QuoteRequest) -> QuoteRequest:
    return request if request.dry else replace(request, dry=True)


def _firm_order(dry: BestQuoteResult, firm: dict[str, QuoteRequest]) -> list[str]:
    """The providers to ask for a firm quote, best dry quote first."""
    return [q.provider for q in dry.quotes if q.provider in firm]


def _with_firm(
    dry: BestQuoteResult, name: str, quote: Quote | None, failures: dict[str, errors.SwapsuiteError]
) -> BestQuoteResult:
    """The dry result with ``name``'s firm quote first, without the dry quotes of the winner and of providers
    whose firm request failed."""
    left = tuple(q for q in dry.quotes if q.provider != name and q.provider not in failures)
    return BestQuoteResult(((quote,) if quote else ()) + left, {**dry.errors, **failures})


async def abest_quote(
    request: QuoteRequest, providers: Sequence[AsyncProvider], timeout: float = DEFAULT_PROVIDER_TIMEOUT
) -> BestQuoteResult:
    """Ask every provider concurrently, each bounded by ``timeout`` seconds.

    A firm request is answered by a dry fan-out, then firm quotes asked one provider at a time in ranking order
    until one succeeds (module docstring); each firm attempt has its own ``timeout``.
    """
    dry = await _afan_out(_dry(request), providers, timeout)
    if request.dry:
        return dry
    by_name = {p.name: p for p in providers}
    failures: dict[str, errors.SwapsuiteError] = {}
    for name in _firm_order(dry, {p.name: request for p in providers}):
        provider = by_name[name].with_options(deadline=timeout)
        try:
            quote = await asyncio.wait_for(provider.quote(request), timeout)
        except TimeoutError:
            failures[name] = _deadline_error(name, timeout)
        except Exception as exc:
            failures[name] = _as_error(name, exc)
        else:
            return _with_firm(dry, name, quote, failures)
    return _with_firm(dry, "", None, failures)


async def _afan_out(request: QuoteRequest, providers: Sequence[AsyncProvider], timeout: float) -> BestQuoteResult:
    """Every provider's (dry) quote at once, each bounded by ``timeout`` seconds."""

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

    A provider still running its *dry* quote at the deadline is reported as timed out and left to finish in the
    background (bounded by its own deadline); the result is returned without waiting for it. Firm quotes are
    asked in the calling thread, one provider at a time (module docstring), so none is ever abandoned.
    """
    return best_quote_each([(p, request) for p in providers], timeout)


def best_quote_each(
    jobs: Sequence[tuple[Provider, QuoteRequest]], timeout: float = DEFAULT_PROVIDER_TIMEOUT
) -> BestQuoteResult:
    """Like :func:`best_quote`, with a request per provider (e.g. assets resolved through each token list).

    Providers whose request is firm get a dry fan-out first, then the firm fallback chain of the module docstring.
    """
    dry = _fan_out([(p, _dry(r)) for p, r in jobs], timeout)
    firm = {p.name: r for p, r in jobs if not r.dry}
    if not firm:
        return dry
    by_name = {p.name: p for p, _ in jobs}
    failures: dict[str, errors.SwapsuiteError] = {}
    for name in _firm_order(dry, firm):
        try:
            quote = by_name[name].with_options(deadline=timeout).quote(firm[name])
        except Exception as exc:
            failures[name] = _as_error(name, exc)
        else:
            return _with_firm(dry, name, quote, failures)
    return _with_firm(dry, "", None, failures)


def _fan_out(jobs: Sequence[tuple[Provider, QuoteRequest]], timeout: float) -> BestQuoteResult:
    """Every job's (dry) quote at once, one thread each, all bounded by ``timeout`` seconds from now."""
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
