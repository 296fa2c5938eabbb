"""best_quote: concurrent fan-out, ranking, per-provider failures and deadlines."""

from __future__ import annotations

import asyncio
import time

import httpx
from swapsuite import errors
from swapsuite.best import abest_quote, best_quote
from swapsuite.models import QuoteRequest
from swapsuite.provider import AsyncProvider, Provider

from .fake import ETH, USDC, named

REQUEST = QuoteRequest(ETH, USDC, 10**18)


def answer(out: int, minimum: int, delay: float = 0.0, status: int = 200):  # type: ignore[no-untyped-def]
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(delay)
        return httpx.Response(status, json={"out": str(out), "min": str(minimum), "err": {"id": "X", "text": "no"}})

    return handler


def async_provider(name: str, handler) -> AsyncProvider:  # type: ignore[no-untyped-def]
    return AsyncProvider(named(name)(), httpx_args={"transport": httpx.MockTransport(handler)})


def test_ranking_and_failures_async() -> None:
    async def main():  # type: ignore[no-untyped-def]
        providers = [
            async_provider("alpha", answer(100, 90)),
            async_provider("beta", answer(105, 89)),
            async_provider("gamma", answer(101, 95)),
            async_provider("delta", answer(0, 0, status=500)),
        ]
        return await abest_quote(REQUEST, providers)

    result = asyncio.run(main())
    assert [q.provider for q in result.quotes] == ["gamma", "alpha", "beta"]
    assert result.best is not None and result.best.provider == "gamma"
    assert isinstance(result.errors["delta"], errors.ServerError)


def test_total_time_tracks_the_slowest_provider_not_the_sum() -> None:
    delays = {"a": 0.2, "b": 0.2, "c": 0.2, "d": 0.2}

    async def main() -> float:
        providers = [async_provider(n, answer(1, 1, delay=d)) for n, d in delays.items()]
        start = time.perf_counter()
        result = await abest_quote(REQUEST, providers)
        assert len(result.quotes) == 4
        return time.perf_counter() - start

    elapsed = asyncio.run(main())
    assert elapsed < sum(delays.values()) * 0.75  # concurrent: ~0.2 s, sequential would be 0.8 s


def test_slow_provider_is_cut_at_its_deadline() -> None:
    async def main():  # type: ignore[no-untyped-def]
        providers = [async_provider("fast", answer(5, 5)), async_provider("stuck", answer(9, 9, delay=5))]
        return await abest_quote(REQUEST, providers, timeout=0.3)

    start = time.perf_counter()
    result = asyncio.run(main())
    assert time.perf_counter() - start < 2
    assert [q.provider for q in result.quotes] == ["fast"]
    assert isinstance(result.errors["stuck"], errors.RequestTimeoutError)


def test_sync_best_quote_uses_threads() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.2)
        return httpx.Response(200, json={"out": "7", "min": "6"})

    providers = [Provider(named(n)(), httpx_args={"transport": httpx.MockTransport(slow)}) for n in "wxyz"]
    start = time.perf_counter()
    result = best_quote(REQUEST, providers)
    assert time.perf_counter() - start < 0.6
    assert len(result.quotes) == 4 and not result.errors
