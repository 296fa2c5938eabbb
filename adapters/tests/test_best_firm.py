"""Firm best quote (issue 12, item 9): a dry fan-out ranks the providers, then only the winner is asked for a firm
quote, falling back to the next on failure — at most one firm request in flight, none abandoned. Sync and async."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
import pytest
from swapsuite import errors
from swapsuite.best import BestQuoteResult, abest_quote, best_quote
from swapsuite.engine import Call, Plan
from swapsuite.models import Quote, QuoteRequest
from swapsuite.provider import AsyncProvider, Provider

from .fake import ETH, USDC, FakeAdapter

FIRM = QuoteRequest(ETH, USDC, 10**18, dry=False)


class FirmAwareAdapter(FakeAdapter):
    """The fake API, telling dry from firm quotes (``?dry=``) and answering with the quote's kind."""

    def quote_plan(self, request: QuoteRequest) -> Plan[Quote]:
        params = {"amount": str(request.amount), "dry": str(request.dry).lower()}
        spec = {"method": "get", "url": "/quote", "params": params}
        # Like the real adapters: a firm quote creates state, so it is never retried.
        reply = yield Call(self.name, "getQuote", spec, parse=dict, idempotent=request.dry)
        out = int(reply.parsed["out"])
        return Quote(self.name, None, request.from_asset, request.to_asset, request.amount, out, out, dry=request.dry)


@dataclass
class Market:
    """Every provider's answer, what each was asked, and how many firm requests were in flight at once."""

    outs: dict[str, int]
    slow: dict[tuple[str, str], float] = field(default_factory=dict)  # (provider, "dry"/"firm") → seconds
    broken: set[tuple[str, str]] = field(default_factory=set)
    asked: list[tuple[str, str]] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _enter(self, name: str, request: httpx.Request) -> tuple[str, float, bool]:
        kind = "dry" if request.url.params["dry"] == "true" else "firm"
        with self.lock:
            self.asked.append((name, kind))
            if kind == "firm":
                self.in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return kind, self.slow.get((name, kind), 0.0), (name, kind) in self.broken

    def _leave(self, kind: str) -> None:
        if kind == "firm":
            with self.lock:
                self.in_flight -= 1

    def _answer(self, name: str, broken: bool) -> httpx.Response:
        if broken:
            return httpx.Response(500, json={"err": {"id": "DOWN", "text": "down"}})
        return httpx.Response(200, json={"out": str(self.outs[name])})

    def sync_handler(self, name: str) -> Callable[[httpx.Request], httpx.Response]:
        def handler(request: httpx.Request) -> httpx.Response:
            kind, delay, broken = self._enter(name, request)
            try:
                time.sleep(delay)
                return self._answer(name, broken)
            finally:
                self._leave(kind)

        return handler

    def async_handler(self, name: str) -> Callable[[httpx.Request], Any]:
        async def handler(request: httpx.Request) -> httpx.Response:
            kind, delay, broken = self._enter(name, request)
            try:
                await asyncio.sleep(delay)
                return self._answer(name, broken)
            finally:
                self._leave(kind)

        return handler

    def firm_asked(self) -> list[str]:
        return [name for name, kind in self.asked if kind == "firm"]


def _adapter(name: str) -> FirmAwareAdapter:
    return type(name, (FirmAwareAdapter,), {"name": name})()  # type: ignore[no-any-return]


def run(mode: str, market: Market, request: QuoteRequest = FIRM, timeout: float = 5.0) -> BestQuoteResult:
    """best_quote (threads) or abest_quote (asyncio) over one provider per market entry."""
    if mode == "sync":
        providers = [
            Provider(_adapter(n), httpx_args={"transport": httpx.MockTransport(market.sync_handler(n))})
            for n in market.outs
        ]
        try:
            return best_quote(request, providers, timeout)
        finally:
            for provider in providers:
                provider.close()

    async def main() -> BestQuoteResult:
        providers = [
            AsyncProvider(_adapter(n), httpx_args={"transport": httpx.MockTransport(market.async_handler(n))})
            for n in market.outs
        ]
        try:
            return await abest_quote(request, providers, timeout)
        finally:
            for provider in providers:
                await provider.aclose()

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_only_the_winner_is_asked_for_a_firm_quote(mode: str) -> None:
    market = Market({"alpha": 100, "beta": 105, "gamma": 90})
    result = run(mode, market)
    assert sorted(n for n, kind in market.asked if kind == "dry") == ["alpha", "beta", "gamma"]
    assert market.firm_asked() == ["beta"]
    assert result.best is not None and (result.best.provider, result.best.dry) == ("beta", False)
    assert [(q.provider, q.dry) for q in result.quotes] == [("beta", False), ("alpha", True), ("gamma", True)]
    assert result.errors == {}


@MODES
def test_a_failed_firm_quote_falls_back_to_the_next_provider(mode: str) -> None:
    market = Market({"alpha": 100, "beta": 105, "gamma": 90}, broken={("beta", "firm")})
    result = run(mode, market)
    assert market.firm_asked() == ["beta", "alpha"]
    assert isinstance(result.errors["beta"], errors.ServerError)
    assert [(q.provider, q.dry) for q in result.quotes] == [("alpha", False), ("gamma", True)]


@MODES
def test_a_slow_firm_quote_times_out_and_falls_back_one_at_a_time(mode: str) -> None:
    market = Market({"alpha": 100, "beta": 105}, slow={("beta", "firm"): 1.5})
    start = time.perf_counter()
    result = run(mode, market, timeout=0.4)
    # Async cuts beta's firm attempt at 0.4 s. A sync MockTransport's sleep cannot be interrupted (a real socket
    # read would time out), but the deadline still turns the late answer into a TimeoutError.
    assert time.perf_counter() - start < (1.4 if mode == "async" else 3.0)
    assert market.firm_asked() == ["beta", "alpha"]
    assert market.most_in_flight == 1  # alpha was asked only after beta's attempt ended
    assert isinstance(result.errors["beta"], errors.RequestTimeoutError)
    assert result.best is not None and (result.best.provider, result.best.dry) == ("alpha", False)


@MODES
def test_a_provider_too_slow_for_the_dry_round_is_never_asked_for_a_firm_quote(mode: str) -> None:
    market = Market({"alpha": 100, "slowpoke": 1_000}, slow={("slowpoke", "dry"): 1.0})
    result = run(mode, market, timeout=0.3)
    time.sleep(1.0)  # let any abandoned work finish: it must not have turned into a firm request
    assert market.firm_asked() == ["alpha"]
    assert isinstance(result.errors["slowpoke"], errors.RequestTimeoutError)
    assert [(q.provider, q.dry) for q in result.quotes] == [("alpha", False)]


@MODES
def test_when_every_firm_quote_fails_there_is_no_best(mode: str) -> None:
    market = Market({"alpha": 100, "beta": 105}, broken={("alpha", "firm"), ("beta", "firm")})
    result = run(mode, market)
    assert market.firm_asked() == ["beta", "alpha"]
    assert result.best is None and result.quotes == ()
    assert set(result.errors) == {"alpha", "beta"}


@MODES
def test_dry_requests_are_a_plain_fan_out(mode: str) -> None:
    market = Market({"alpha": 100, "beta": 105})
    result = run(mode, market, replace(FIRM, dry=True))
    assert market.firm_asked() == []
    assert [(q.provider, q.dry) for q in result.quotes] == [("beta", True), ("alpha", True)]
