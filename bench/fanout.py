"""Best-quote fan-out vs the slowest provider alone, and vs the per-provider timeout when one provider hangs.

The four sandboxes run in a separate process with injected latencies (1Click 200 ms, Across 150 ms, Deframe
100 ms, Changelly 50 ms on their dry-quote routes). In one run, interleaved round by round (the order rotates every
round), we time ``best_quote`` (threads) and ``abest_quote`` (asyncio) over all four and each provider's ``quote``
alone; the baseline is the slowest provider's median alone (sync for sync, async for async). Token lists are
fetched once before timing (they are cached), so every timed call is exactly one quote request per provider.

Then one provider answers with kind ``timeout`` (the server holds the request well past the deadline): the total
time of the fan-out is reported as a ratio of the per-provider timeout.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable
from typing import Any

from swapsuite.best import abest_quote, best_quote_each
from swapsuite.retry import NO_RETRY

from .common import (
    QUOTE_ROUTE,
    Figure,
    SandboxProcess,
    median_ms,
    open_async_provider,
    open_provider,
    quote_request,
    summary_ms,
)

# Injected latency per provider: 200, 150, 100, 50 ms down the registry (cycling), so the slowest one is known.
LATENCY_MS = {name: 200 - 50 * (i % 4) for i, name in enumerate(QUOTE_ROUTE)}
HANGING = next(iter(QUOTE_ROUTE))  # the provider that times out in the second scenario (the slowest)
HOLD = 4  # the hanging provider answers after HOLD x the per-provider timeout


def _within(measured_ms: float, baseline_ms: float) -> bool:
    return measured_ms <= 1.05 * baseline_ms + 5.0


def _figure(name: str, measured_ns: list[int], baseline_ns: list[int], baseline: str) -> Figure:
    measured, base = median_ms(measured_ns), median_ms(baseline_ns)
    return Figure(
        name,
        round(measured / base, 3),
        f"<= 1.05x {baseline} + 5 ms",
        _within(measured, base),
        detail={"measured": summary_ms(measured_ns), "baseline": summary_ms(baseline_ns), "baseline_is": baseline},
    )


def _timed(action: Callable[[], Any]) -> tuple[int, Any]:
    start = time.perf_counter_ns()
    result = action()
    return time.perf_counter_ns() - start, result


async def _atimed(action: Callable[[], Any]) -> tuple[int, Any]:
    start = time.perf_counter_ns()
    result = await action()
    return time.perf_counter_ns() - start, result


def _check(result: Any, quotes: int, errors: int) -> None:
    if len(result.quotes) != quotes or len(result.errors) != errors:
        raise RuntimeError(f"best quote returned {len(result.quotes)} quotes, errors {dict(result.errors)}")


def _sync_rounds(sandbox: SandboxProcess, rounds: int) -> dict[str, list[int]]:
    providers = {n: open_provider(n, sandbox.base_url(n)) for n in QUOTE_ROUTE}
    try:
        jobs = [(p, quote_request(p)) for p in providers.values()]
        requests = dict(zip(providers, (r for _, r in jobs), strict=True))
        samples: dict[str, list[int]] = {"best": [], **{n: [] for n in providers}}
        actions: dict[str, Callable[[], Any]] = {"best": lambda: best_quote_each(jobs, timeout=10)}
        actions |= {n: functools.partial(p.quote, requests[n]) for n, p in providers.items()}
        for action in actions.values():  # warm-up: connections open, code paths hot
            action()
        names = list(actions)
        for i in range(rounds):
            for name in names[i % len(names) :] + names[: i % len(names)]:
                elapsed, result = _timed(actions[name])
                if name == "best":
                    _check(result, len(providers), 0)
                samples[name].append(elapsed)
        return samples
    finally:
        for p in providers.values():
            p.close()


async def _async_rounds(sandbox: SandboxProcess, rounds: int) -> dict[str, list[int]]:
    providers = {n: open_async_provider(n, sandbox.base_url(n)) for n in QUOTE_ROUTE}
    try:
        requests = {n: await _aquote_request(p) for n, p in providers.items()}
        samples: dict[str, list[int]] = {"best": [], **{n: [] for n in providers}}
        first = next(iter(requests.values()))
        if any(r != first for r in requests.values()):
            raise RuntimeError("providers resolved the route to different assets")
        actions: dict[str, Callable[[], Any]] = {"best": lambda: abest_quote(first, list(providers.values()), 10)}
        actions |= {n: functools.partial(p.quote, requests[n]) for n, p in providers.items()}
        for action in actions.values():
            await action()
        names = list(actions)
        for i in range(rounds):
            for name in names[i % len(names) :] + names[: i % len(names)]:
                elapsed, result = await _atimed(actions[name])
                if name == "best":
                    _check(result, len(providers), 0)
                samples[name].append(elapsed)
        return samples
    finally:
        for p in providers.values():
            await p.aclose()


async def _aquote_request(provider: Any) -> Any:
    """``quote_request`` for an async provider (its token list is fetched, then cached)."""
    tokens = await provider.tokens()

    class _Sync:
        def tokens(self) -> Any:
            return tokens

    return quote_request(_Sync())


def _timeout_rounds(sandbox: SandboxProcess, rounds: int, timeout: float) -> dict[str, list[int]]:
    """Sync and async fan-out with one provider hanging: total time per call."""
    # A sync worker abandoned at the deadline keeps running in the background until the server answers (HOLD x
    # timeout): no retry and an HTTP timeout above that, so it ends by itself without piling up retries.
    http_timeout = (HOLD + 1) * timeout
    options = {"timeout": http_timeout, "retry": NO_RETRY}
    sync = {n: open_provider(n, sandbox.base_url(n), **options) for n in QUOTE_ROUTE}
    jobs = [(p, quote_request(p)) for p in sync.values()]
    samples: dict[str, list[int]] = {"sync": [], "async": []}

    async def run_async() -> None:
        providers = [open_async_provider(n, sandbox.base_url(n), **options) for n in QUOTE_ROUTE]
        try:
            request = jobs[0][1]
            for p in providers:
                await p.tokens()
            for _ in range(rounds):
                elapsed, result = await _atimed(lambda: abest_quote(request, providers, timeout))
                _check(result, len(providers) - 1, 1)
                samples["async"].append(elapsed)
        finally:
            for p in providers:
                await p.aclose()

    try:
        for _ in range(rounds):
            elapsed, result = _timed(lambda: best_quote_each(jobs, timeout))
            _check(result, len(jobs) - 1, 1)
            samples["sync"].append(elapsed)
        asyncio.run(run_async())
        time.sleep(http_timeout)  # let the abandoned sync worker threads finish before their clients close
    finally:
        for p in sync.values():
            p.close()
    return samples


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    scale = 0.1 if smoke else 1.0  # smoke: 5..20 ms latencies
    rounds = 1 if smoke else 15
    timeout = 0.1 if smoke else 0.5
    with SandboxProcess() as sandbox:
        for name, ms in LATENCY_MS.items():
            sandbox.fault(name, QUOTE_ROUTE[name], "latency", ms=int(ms * scale))
        sync = _sync_rounds(sandbox, rounds)
        aio = asyncio.run(_async_rounds(sandbox, rounds))
        sandbox.clear_faults(HANGING)
        # Answered at 4x the deadline: well past it, yet before the HTTP timeout of the abandoned worker.
        sandbox.fault(HANGING, QUOTE_ROUTE[HANGING], "timeout", ms=int(timeout * HOLD * 1000))
        hung = _timeout_rounds(sandbox, max(1, rounds // 3), timeout)
        server_log = sandbox.log_tail(10**7)
    slow_sync = max(QUOTE_ROUTE, key=lambda n: median_ms(sync[n]))
    slow_async = max(QUOTE_ROUTE, key=lambda n: median_ms(aio[n]))
    timeout_ns = [int(timeout * 1e9)]
    figures = [
        _figure("best_quote (threads) / slowest provider alone", sync["best"], sync[slow_sync], f"{slow_sync} alone"),
        _figure("abest_quote (async) / slowest provider alone", aio["best"], aio[slow_async], f"{slow_async} alone"),
        _figure("best_quote with one provider hanging / timeout", hung["sync"], timeout_ns, "timeout"),
        _figure("abest_quote with one provider hanging / timeout", hung["async"], timeout_ns, "timeout"),
    ]
    return {
        "figures": [f.as_dict() for f in figures],
        "details": {
            "latency_ms": {n: int(ms * scale) for n, ms in LATENCY_MS.items()},
            "rounds": rounds,
            "per_provider_timeout_s": timeout,
            "hanging_provider": HANGING,
            "alone_sync": {n: summary_ms(sync[n]) for n in QUOTE_ROUTE},
            "alone_async": {n: summary_ms(aio[n]) for n in QUOTE_ROUTE},
            "sandbox": "separate process: python -m swapsuite.cli sandbox --port N",
            "sandbox_tracebacks_logged": server_log.count("Traceback"),
        },
    }
