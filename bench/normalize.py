"""Normalization throughput: the suite's decode + generated-model parse + adapter mapping vs ``json.loads``.

Exactly the path a real call takes, minus the socket: the adapter's plan yields its ``Call``, the engine's
``finish`` checks the status, decodes the body exactly (``parse_float=Decimal``) and runs the generated parser, and
the plan maps the models to ``swapsuite`` objects. The baseline is ``json.loads`` of the same bytes. Interleaved
repetitions, medians.

* **1Click token list, 2,000 entries**: the 1Click sandbox's own token table (market tokens + synthetic long tail,
  ``swapsuite.sandbox.oneclick_data``) extended deterministically with the same long-tail generator to 2,000
  entries, serialized the way the sandbox serializes ``GET /v0/tokens``; run through ``fetch_tokens_plan``.
* **Changelly swaps page, 100 items**: ``GET /v1/swaps?limit=100`` from the Changelly sandbox after 100 intents
  (statuses spread along their lifecycles). No adapter operation lists swaps, so the mapping is the one the
  intent-status lookup applies to the same object (``/v1/intents/{id}`` answers a superset of a swap entry):
  ``Swap.from_dict`` + ``mapping.status_report`` per item.

Also: repeated ``tokens()`` calls within the TTL are served from the cache; the sandbox's request counter shows how
many requests reached it (1 for the first call, 0 after).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
from swapsuite import engine
from swapsuite.provider import adapter_class
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer

from . import whatif
from .common import Figure, median_ms, open_async_provider, open_provider, provider_options, quote_request, summary_ms

LIMIT = 4.0
STAMP = "2026-01-01T00:00:00.000Z"


# --- payloads -------------------------------------------------------------------------------------------------
def oneclick_token_list(size: int) -> bytes:
    """``size`` ``/v0/tokens`` entries, deterministic, serialized as the 1Click sandbox serializes them."""
    from swapsuite.sandbox import oneclick_data as data

    listed = list(data.TOKENS)
    taken = {token.symbol for token in listed}
    index = data.LONG_TAIL_SIZE
    while len(listed) < size:
        listed.append(data._long_tail_entry(index, taken))
        index += 1
    dumps = getattr(data, "dumps", None) or (lambda value: engine.encode_json(value).decode())
    return str(dumps([token.entry(STAMP) for token in listed[:size]])).encode()


def changelly_swaps_page(sandbox: SandboxServer, size: int) -> bytes:
    """A ``GET /v1/swaps`` page of ``size`` swaps from the (in-process) Changelly sandbox."""
    with open_provider("changelly", sandbox.base_url("changelly")) as p:
        firm = dataclasses.replace(quote_request(p), dry=False)
        refs = [p.quote(firm).status_ref for _ in range(size)]
    state = sandbox.states["changelly"]
    for i, ref in enumerate(refs):  # spread the page over the lifecycle: created, approved, ... finished
        for _ in range(i % 5):
            state.swaps[str(ref)].advance()
    response = httpx.get(
        f"{sandbox.base_url('changelly')}/v1/swaps",
        params={"limit": size},
        headers={"X-Api-Key": SANDBOX_API_KEY},
        timeout=10,
    )
    response.raise_for_status()
    if len(response.json()) != size:
        raise RuntimeError(f"the swaps page has {len(response.json())} items, not {size}")
    return response.content


# --- the two swapsuite paths ----------------------------------------------------------------------------------
def oneclick_tokens_path(body: bytes) -> Callable[[], Any]:
    """``fetch_tokens_plan`` fed ``body`` through ``engine.finish`` (decode, parse) and the adapter mapping."""
    adapter = adapter_class("oneclick")(base_url="http://sandbox.invalid", **provider_options("oneclick"))

    def send(call: engine.Call) -> engine.Reply:
        return engine.finish(call, httpx.Response(200, content=body), adapter.parse_error)

    def normalize() -> Any:
        return engine.run_sync(adapter.fetch_tokens_plan(), adapter.name, send)

    return normalize


def changelly_swaps_path(body: bytes) -> Callable[[], Any]:
    """decode + ``Swap.from_dict`` per item (the Call's parse) + ``status_report`` per item."""
    from swapsuite.providers.changelly import mapping
    from swapsuite_changelly_client.api.swaps import list_swaps
    from swapsuite_changelly_client.models import Swap

    adapter = adapter_class("changelly")(base_url="http://sandbox.invalid", api_key=SANDBOX_API_KEY)

    def parse(data: Any) -> list[Any]:
        if not isinstance(data, list):
            raise TypeError("/v1/swaps must return a JSON array")
        return [Swap.from_dict(item) for item in data]

    call = engine.Call("changelly", "listSwaps", list_swaps.build_request(limit=100), parse)

    def normalize() -> Any:
        reply = engine.finish(call, httpx.Response(200, content=body), adapter.parse_error)
        return [
            mapping.status_report(swap, item, str(swap.intent_id))
            for swap, item in zip(reply.parsed, reply.data, strict=True)
        ]

    return normalize


def _interleave(actions: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[int]]:
    """Time every action once per round, the order rotating each round; one warm-up call each."""
    names = list(actions)
    for action in actions.values():
        action()
    samples: dict[str, list[int]] = {name: [] for name in names}
    for i in range(rounds):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            start = time.perf_counter_ns()
            actions[name]()
            samples[name].append(time.perf_counter_ns() - start)
    return samples


def _patched(action: Callable[[], Any], patch: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        with patch():
            return action()

    return run


def _figure(name: str, mine: list[int], base: list[int], items: int, size: int, what_if: bool = False) -> Figure:
    ratio = median_ms(mine) / median_ms(base)
    return Figure(
        name,
        round(ratio, 3),
        "what-if, no target" if what_if else f"<= {LIMIT:g}x",
        None if what_if else ratio <= LIMIT,
        detail={
            "swapsuite": summary_ms(mine),
            "json_loads": summary_ms(base),
            "items": items,
            "bytes": size,
            "items_per_s": round(items / (median_ms(mine) / 1000)),
        },
    )


# --- token cache --------------------------------------------------------------------------------------------
def cache_counts(sandbox: SandboxServer, repeats: int) -> dict[str, Any]:
    """Requests reaching the sandbox per ``tokens()`` call, sync and async, within the TTL."""
    state = sandbox.states["oneclick"]
    out: dict[str, Any] = {}
    with open_provider("oneclick", sandbox.base_url("oneclick")) as p:
        state.requests.clear()
        counts, times = [], []
        for _ in range(repeats + 1):
            before, start = state.requests["getTokens"], time.perf_counter_ns()
            p.tokens()
            times.append(time.perf_counter_ns() - start)
            counts.append(state.requests["getTokens"] - before)
        out["sync"] = {"requests_per_call": counts, "first_ms": times[0] / 1e6, "cached": summary_ms(times[1:])}

    async def run_async() -> None:
        p = open_async_provider("oneclick", sandbox.base_url("oneclick"))
        try:
            state.requests.clear()
            counts = []
            for _ in range(repeats + 1):
                before = state.requests["getTokens"]
                await p.tokens()
                counts.append(state.requests["getTokens"] - before)
            out["async"] = {"requests_per_call": counts}
        finally:
            await p.aclose()

    asyncio.run(run_async())
    return out


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    tokens, swaps = (200, 5) if smoke else (2000, 100)
    rounds_tokens, rounds_swaps = (3, 3) if smoke else (60, 200)
    token_body = oneclick_token_list(tokens)
    # An in-process sandbox only to produce the swaps page and count cache hits: nothing here is timed over HTTP.
    with SandboxServer(["oneclick", "changelly"]) as sandbox:
        swaps_body = changelly_swaps_page(sandbox, swaps)
        cache = cache_counts(sandbox, 3 if smoke else 10)
    tokens_path, swaps_path = oneclick_tokens_path(token_body), changelly_swaps_path(swaps_body)
    if len(tokens_path()) != tokens or len(swaps_path()) != swaps:
        raise RuntimeError("normalization lost items")
    token_fix = _patched(
        tokens_path, lambda: whatif.combined(whatif.caip_encode_fast_path, whatif.whole_number_int_fast_path)
    )
    swaps_fix = _patched(swaps_path, whatif.from_epoch_int_fast_path)
    if token_fix() != tokens_path() or swaps_fix() != swaps_path():
        raise RuntimeError("a what-if patch changed the results")
    t = _interleave({"ours": tokens_path, "json": lambda: json.loads(token_body), "fix": token_fix}, rounds_tokens)
    w = _interleave({"ours": swaps_path, "json": lambda: json.loads(swaps_body), "fix": swaps_fix}, rounds_swaps)
    figures = [
        _figure(f"1Click token list ({tokens}) / json.loads", t["ours"], t["json"], tokens, len(token_body)),
        _figure(f"Changelly swaps page ({swaps}) / json.loads", w["ours"], w["json"], swaps, len(swaps_body)),
        _figure(
            "WHAT-IF (bench-only patch) 1Click token list: caip._encode + whole_number fast paths / json.loads",
            t["fix"], t["json"], tokens, len(token_body), what_if=True,
        ),
        _figure(
            "WHAT-IF (bench-only patch) Changelly swaps page: from_epoch int fast path / json.loads",
            w["fix"], w["json"], swaps, len(swaps_body), what_if=True,
        ),
    ]  # fmt: skip
    # The generated models import their nested models inside from_dict, on every call: an estimate of what
    # module-level imports (a template change) would save, from the count and the measured cost of one.
    imports, cost_us = whatif.import_statements(swaps_path), whatif.local_import_cost_us()
    saved_ms = imports * cost_us / 1000
    figures[1].detail["lazy_imports_per_page"] = imports
    figures[1].detail["lazy_import_cost_us"] = round(cost_us, 3)
    figures[1].detail["estimated_ratio_without_lazy_imports"] = round(
        (median_ms(w["ours"]) - saved_ms) / median_ms(w["json"]), 3
    )
    cached = sum(cache["sync"]["requests_per_call"][1:]) + sum(cache["async"]["requests_per_call"][1:])
    figures.append(
        Figure(
            "tokens() repeated within the TTL: requests after the first",
            cached,
            "0",
            cached == 0,
            unit="requests",
            detail=cache,
        )
    )
    details: dict[str, Any] = {"rounds": {"tokens": rounds_tokens, "swaps": rounds_swaps}}
    if profile or (not smoke and any(f.met is False for f in figures)):
        from . import profiling

        details["profile_oneclick_tokens"] = profiling.top(lambda: [tokens_path() for _ in range(5)])
        details["profile_changelly_swaps"] = profiling.top(lambda: [swaps_path() for _ in range(50)])
    return {"figures": [f.as_dict() for f in figures], "details": details}
