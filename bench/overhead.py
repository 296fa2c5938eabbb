"""Client overhead: one 1Click dry quote through swapsuite vs the same request with raw httpx + json.loads.

Both sides send the same request (``POST /oneclick/v0/quote``, the body and headers swapsuite builds, captured
once) to the same sandbox, which runs in a separate process (``python -m swapsuite.cli sandbox``) so the client
does not share a GIL with the server. The sandbox's server-side cost (validation, pricing, Ed25519 signing) is in
both measurements. One client each with connection reuse, a warm-up, then many iterations interleaved (the order
alternates every iteration); the figure is median(swapsuite) / median(raw), sync and async. The swapsuite side is
the whole public call: request checks, the plan (cached token list → asset ids → body), the generated client's
``build_request``/``to_dict``, exact JSON encoding, httpx, exact decoding (Decimal), ``QuoteResponse.from_dict``,
the 1Click quote checks (signature, echoed request, expiry) and the mapping to ``swapsuite.Quote``.

Two diagnostic sides run in the same interleaving (no target): the same call with the adapter's quote checks off
(``verify_signatures=False``: what the checks cost), and a what-if with the recommended ``signature._mark`` fast
path patched in for that side's calls only.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from . import profiling, whatif
from .common import Figure, SandboxProcess, median_ms, open_async_provider, open_provider, quote_request, summary_ms

PROVIDER = "oneclick"
LIMIT = 1.15
UNCHECKED = "quote checks off (verify_signatures=False)"
WHATIF = "WHAT-IF (bench-only patch) signature._mark fast path"


def capture(sandbox: SandboxProcess) -> dict[str, Any]:
    """The exact HTTP request swapsuite sends for the benchmark quote (method, url, headers, body)."""
    seen: list[httpx.Request] = []
    with open_provider(
        PROVIDER, sandbox.base_url(PROVIDER), httpx_args={"event_hooks": {"request": [seen.append]}}
    ) as p:
        request = quote_request(p)
        seen.clear()
        p.quote(request)
    sent = seen[-1]
    skip = {"content-length", "host", "accept-encoding", "connection", "user-agent", "accept"}
    headers = {k: v for k, v in sent.headers.items() if k.lower() not in skip}
    return {"method": sent.method, "url": str(sent.url), "headers": headers, "content": sent.content}


def _interleave(pairs: dict[str, Callable[[], Any]], iterations: int, warmup: int) -> dict[str, dict[str, list[int]]]:
    names = list(pairs)
    for _ in range(warmup):
        for name in names:
            pairs[name]()
    out: dict[str, dict[str, list[int]]] = {n: {"wall": [], "cpu": []} for n in names}
    for i in range(iterations):
        for name in names if i % 2 == 0 else names[::-1]:
            cpu, start = time.thread_time_ns(), time.perf_counter_ns()
            pairs[name]()
            out[name]["wall"].append(time.perf_counter_ns() - start)
            out[name]["cpu"].append(time.thread_time_ns() - cpu)
    return out


async def _ainterleave(
    pairs: dict[str, Callable[[], Any]], iterations: int, warmup: int
) -> dict[str, dict[str, list[int]]]:
    names = list(pairs)
    for _ in range(warmup):
        for name in names:
            await pairs[name]()
    out: dict[str, dict[str, list[int]]] = {n: {"wall": [], "cpu": []} for n in names}
    for i in range(iterations):
        for name in names if i % 2 == 0 else names[::-1]:
            cpu, start = time.thread_time_ns(), time.perf_counter_ns()
            await pairs[name]()
            out[name]["wall"].append(time.perf_counter_ns() - start)
            out[name]["cpu"].append(time.thread_time_ns() - cpu)
    return out


def _unchecked_options() -> dict[str, Any]:
    """Adapter options that turn the 1Click quote checks off, when the adapter has them (a diagnostic side)."""
    from swapsuite.provider import adapter_class

    accepted = inspect.signature(adapter_class(PROVIDER).__init__).parameters
    return {"verify_signatures": False} if "verify_signatures" in accepted else {}


def _sync(sandbox: SandboxProcess, sent: dict[str, Any], iterations: int, warmup: int) -> dict[str, Any]:
    unchecked = _unchecked_options()
    with (
        open_provider(PROVIDER, sandbox.base_url(PROVIDER)) as p,
        open_provider(PROVIDER, sandbox.base_url(PROVIDER), **unchecked) as q,
        httpx.Client() as raw,
    ):
        request = quote_request(p)
        quote_request(q)

        def direct() -> Any:
            response = raw.request(sent["method"], sent["url"], headers=sent["headers"], content=sent["content"])
            response.raise_for_status()
            return json.loads(response.content)

        sides = {"swapsuite": lambda: p.quote(request), "raw": direct}
        if unchecked:
            sides[UNCHECKED] = lambda: q.quote(request)
        sides[WHATIF] = lambda: _patched(p.quote, request)
        return _interleave(sides, iterations, warmup)


async def _async(sandbox: SandboxProcess, sent: dict[str, Any], iterations: int, warmup: int) -> dict[str, Any]:
    unchecked = _unchecked_options()
    p = open_async_provider(PROVIDER, sandbox.base_url(PROVIDER))
    q = open_async_provider(PROVIDER, sandbox.base_url(PROVIDER), **unchecked)
    async with httpx.AsyncClient() as raw:
        try:
            tokens = await p.tokens()
            await q.tokens()
            request = quote_request(_Listed(tokens))

            async def direct() -> Any:
                response = await raw.request(
                    sent["method"], sent["url"], headers=sent["headers"], content=sent["content"]
                )
                response.raise_for_status()
                return json.loads(response.content)

            sides = {"swapsuite": lambda: p.quote(request), "raw": direct}
            if unchecked:
                sides[UNCHECKED] = lambda: q.quote(request)
            sides[WHATIF] = lambda: _apatched(p.quote, request)
            return await _ainterleave(sides, iterations, warmup)
        finally:
            await p.aclose()
            await q.aclose()


def _patched(call: Callable[[Any], Any], request: Any) -> Any:
    with whatif.mark_fast_path():
        return call(request)


async def _apatched(call: Callable[[Any], Any], request: Any) -> Any:
    with whatif.mark_fast_path():
        return await call(request)


class _Listed:
    def __init__(self, tokens: Any) -> None:
        self._tokens = tokens

    def tokens(self) -> Any:
        return self._tokens


def _figure(name: str, samples: dict[str, dict[str, list[int]]], side: str = "swapsuite") -> Figure:
    ours, raw = samples[side], samples["raw"]
    ratio = median_ms(ours["wall"]) / median_ms(raw["wall"])
    diagnostic = side != "swapsuite"
    return Figure(
        name,
        round(ratio, 3),
        "diagnostic (no target)" if diagnostic else f"<= {LIMIT:g}x",
        None if diagnostic else ratio <= LIMIT,
        detail={
            "swapsuite": summary_ms(ours["wall"]),
            "raw": summary_ms(raw["wall"]),
            "overhead_ms_median": round(median_ms(ours["wall"]) - median_ms(raw["wall"]), 4),
            "client_cpu_ms_median": {"swapsuite": median_ms(ours["cpu"]), "raw": median_ms(raw["cpu"])},
        },
    )


def _profile(sandbox: SandboxProcess, calls: int) -> dict[str, list[dict[str, Any]]]:
    """Own-time hotspots of the whole call, and cumulative time of swapsuite's and the generated client's code."""
    with open_provider(PROVIDER, sandbox.base_url(PROVIDER)) as p:
        request = quote_request(p)
        p.quote(request)
        return {
            "own_time": profiling.top(lambda: [p.quote(request) for _ in range(calls)]),
            "swapsuite_cumulative": profiling.top(
                lambda: [p.quote(request) for _ in range(calls)], limit=20, sort="cumulative", only="swapsuite"
            ),
        }


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    iterations, warmup = (10, 3) if smoke else (600, 50)
    with SandboxProcess() as sandbox:
        sent = capture(sandbox)
        sync = _sync(sandbox, sent, iterations, warmup)
        aio = asyncio.run(_async(sandbox, sent, iterations, warmup))
        figures = [_figure("quote via swapsuite / raw httpx (sync)", sync)]
        figures.append(_figure("quote via swapsuite / raw httpx (async)", aio))
        missed = any(f.met is False for f in figures)
        for mode, samples in (("sync", sync), ("async", aio)):
            for side in (UNCHECKED, WHATIF):
                if side in samples:
                    figures.append(_figure(f"quote via swapsuite, {side} / raw httpx ({mode})", samples, side))
        hotspots = _profile(sandbox, 20 if smoke else 300) if (profile or (missed and not smoke)) else None
    details: dict[str, Any] = {
        "provider": PROVIDER,
        "request": f"{sent['method']} {httpx.URL(sent['url']).path} ({len(sent['content'])} bytes)",
        "iterations": iterations,
        "warmup": warmup,
        "sandbox": "separate process: python -m swapsuite.cli sandbox --port N",
    }
    if hotspots is not None:
        details["profile_swapsuite_quote"] = hotspots
    return {"figures": [f.as_dict() for f in figures], "details": details}
