"""Our generated models vs the stock generator's, side by side in one run (issue 17).

The *stock* clients are generated here, into a temporary directory, from the same four specs with the same
generator version and the same shared settings (``codegen/config.yaml``) but without ``codegen/templates`` — so
they differ from ``generated/`` only by our templates — under other package names (``stock_<provider>_client``),
so both import into this process. Both parse the same decoded bodies (``swapsuite.codec.decode_json``, numbers
exact: what the adapters hand the models), interleaved repetitions, medians. Ours check every JSON type; the stock
models check none.

Bodies:

* **1Click token list, 2,000 entries** — the normalization benchmark's list (``bench.normalize``);
  ``TokenResponse.from_dict`` per entry.
* **Across approval response** — the Across sandbox's answer to the benchmark's dry quote
  (``GET /swap/approval``); ``SwapApprovalResponse.from_dict``.
* **Changelly swaps page, 100 items** — the normalization benchmark's page; ``Swap.from_dict`` per item.
* **1Click quote** — the 1Click sandbox's answer to the benchmark's dry quote (``POST /v0/quote``);
  ``QuoteResponse.from_dict``.

Target: our parse time <= 0.5x the stock models'. Also reported (no target): each parse against ``json.loads`` of
the same bytes, and the peak memory (``tracemalloc``) of parsing, and of the whole normalization path, of the
2,000-token list as a multiple of the memory the decoded JSON itself holds.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from swapsuite import registry
from swapsuite.codec import decode_json
from swapsuite.sandbox import SandboxServer

from . import normalize
from .common import ROOT, Figure, median_ms, open_provider, quote_request, summary_ms

LIMIT = 0.5
PROVIDERS = tuple(d.name for d in registry.descriptors() if d.client_package)  # the generated clients


# --- the stock clients ----------------------------------------------------------------------------------------
def generate_stock(out: Path) -> None:
    """The stock generator's clients for our four specs, as packages ``stock_<provider>_client`` under ``out``."""
    from openapi_python_client import generate as run_generator
    from openapi_python_client.config import Config, ConfigFile, MetaType

    from codegen import generate as gen

    shared = (ROOT / "codegen" / "config.yaml").read_text(encoding="utf-8")
    for provider in PROVIDERS:
        config_path = out / f"stock-{provider}.yaml"
        names = f"project_name_override: stock-{provider}-client\npackage_name_override: stock_{provider}_client\n"
        config_path.write_text(shared + names, encoding="utf-8")
        config = Config.from_sources(
            ConfigFile.load_from_path(config_path),
            MetaType.NONE,
            gen.spec_path(provider),
            "utf-8",
            True,
            out / f"stock_{provider}_client",
        )
        with gen._ruff_on_path(), contextlib.redirect_stdout(io.StringIO()):
            problems = run_generator(config=config)  # no custom_template_path: the generator's own templates
        errors = [p for p in problems if p.level.value == "error"]
        if errors or not (out / f"stock_{provider}_client" / "__init__.py").exists():
            raise RuntimeError(f"stock generation failed for {provider}: {[p.header for p in problems]}")


@contextlib.contextmanager
def stock_clients() -> Iterator[Callable[[str, str], Any]]:
    """Generate the stock clients into a temporary directory; yield ``model(provider, name)`` for both sides."""
    with tempfile.TemporaryDirectory(prefix="swapsuite-stock-") as tmp:
        generate_stock(Path(tmp))
        sys.path.insert(0, tmp)
        try:

            def model(package: str, name: str) -> Any:
                return getattr(importlib.import_module(f"{package}.models"), name)

            yield model
        finally:
            sys.path.remove(tmp)


# --- bodies -----------------------------------------------------------------------------------------------------
def dry_quote_body(sandbox: SandboxServer, provider: str) -> bytes:
    """The sandbox's raw answer to the benchmark's dry quote (the provider's own quote call)."""
    bodies: list[bytes] = []

    def keep(response: Any) -> None:
        response.read()
        bodies.append(response.content)

    hooks = {"event_hooks": {"response": [keep]}}
    with open_provider(provider, sandbox.base_url(provider), httpx_args=hooks) as p:
        request = quote_request(p)
        bodies.clear()
        p.quote(request)
    return bodies[-1]


@dataclass
class Case:
    name: str
    body: bytes
    provider: str
    model: str
    items: int  # models per parse (list bodies: one per item)

    def parser(self, model: Callable[[str, str], Any], package: str) -> Callable[[Any], Any]:
        cls = model(package, self.model)
        if self.items > 1:
            return lambda data: [cls.from_dict(item) for item in data]
        return cls.from_dict  # type: ignore[no-any-return]


def _interleave(actions: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[int]]:
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


def _dump(parsed: Any) -> Any:
    return [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()


def compare(case: Case, model: Callable[[str, str], Any], rounds: int) -> list[Figure]:
    data = decode_json(case.body)
    ours = case.parser(model, f"swapsuite_{case.provider}_client")
    stock = case.parser(model, f"stock_{case.provider}_client")
    if _dump(ours(data)) != data:
        raise RuntimeError(f"{case.name}: our models do not round-trip the body")
    stock(data)  # the stock models parse it too (nothing to compare: they rewrite date-times)
    t = _interleave(
        {"ours": lambda: ours(data), "stock": lambda: stock(data), "json": lambda: json.loads(case.body)}, rounds
    )
    ratio = median_ms(t["ours"]) / median_ms(t["stock"])
    detail = {
        "ours": summary_ms(t["ours"]),
        "stock": summary_ms(t["stock"]),
        "json_loads": summary_ms(t["json"]),
        "bytes": len(case.body),
        "models_per_parse": case.items,
    }
    return [
        Figure(f"{case.name}: our models / stock models (parse)", round(ratio, 3), f"<= {LIMIT:g}x", ratio <= LIMIT,
               detail=detail),
        Figure(f"{case.name}: our models / json.loads", round(median_ms(t["ours"]) / median_ms(t["json"]), 3),
               "diagnostic (no target)", None,
               detail={"stock_models_per_json_loads": round(median_ms(t["stock"]) / median_ms(t["json"]), 3)}),
    ]  # fmt: skip


# --- memory -------------------------------------------------------------------------------------------------------
def _held(make: Callable[[], Any]) -> tuple[int, Any]:
    """Bytes still allocated after ``make()`` (what its result holds), and the result."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = make()
        return tracemalloc.get_traced_memory()[0] - before, result
    finally:
        tracemalloc.stop()


def _peak(action: Callable[[], Any]) -> int:
    """Peak bytes allocated while ``action()`` runs (its inputs excluded, its result and temporaries included)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        action()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def memory(body: bytes, model: Callable[[str, str], Any]) -> Figure:
    decoded, data = _held(lambda: decode_json(body))
    ours = model("swapsuite_oneclick_client", "TokenResponse")
    stock = model("stock_oneclick_client", "TokenResponse")
    normalize_path = normalize.oneclick_tokens_path(body)
    normalize_path()  # warm: imports, caches
    parse_ours = _peak(lambda: [ours.from_dict(item) for item in data])
    parse_stock = _peak(lambda: [stock.from_dict(item) for item in data])
    held_ours, _ = _held(lambda: [ours.from_dict(item) for item in data])
    whole = _peak(normalize_path)  # decode + parse + mapping, from the bytes
    ratio = parse_ours / decoded
    return Figure(
        f"1Click token list ({len(data)}): peak memory of parsing / decoded JSON",
        round(ratio, 3),
        "reported (no target)",
        None,
        detail={
            "decoded_json_bytes": decoded,
            "body_bytes": len(body),
            "parse_peak_bytes_ours": parse_ours,
            "parse_peak_bytes_stock": parse_stock,
            "models_held_bytes_ours": held_ours,
            "normalize_peak_bytes": whole,
            "normalize_peak_per_decoded_json": round(whole / decoded, 3),
            "stock_parse_peak_per_decoded_json": round(parse_stock / decoded, 3),
        },
    )


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    tokens, swaps = (200, 5) if smoke else (2000, 100)
    rounds = 3 if smoke else 60
    with SandboxServer(["oneclick", "across", "changelly"]) as sandbox:
        cases = [
            Case(f"1Click token list ({tokens})", normalize.oneclick_token_list(tokens), "oneclick", "TokenResponse",
                 tokens),
            Case("Across approval response", dry_quote_body(sandbox, "across"), "across", "SwapApprovalResponse", 1),
            Case(f"Changelly swaps page ({swaps})", normalize.changelly_swaps_page(sandbox, swaps), "changelly",
                 "Swap", swaps),
            Case("1Click quote", dry_quote_body(sandbox, "oneclick"), "oneclick", "QuoteResponse", 1),
        ]  # fmt: skip
    figures: list[Figure] = []
    with stock_clients() as model:
        for case in cases:
            # The single-object bodies parse in microseconds: many more rounds for a stable median.
            figures += compare(case, model, rounds if case.items > 1 else rounds * 20)
        figures.append(memory(cases[0].body, model))
        details: dict[str, Any] = {"rounds": rounds}
        if profile:
            from . import profiling

            data = decode_json(cases[0].body)
            ours = cases[0].parser(model, "swapsuite_oneclick_client")
            details["profile_oneclick_tokens"] = profiling.top(lambda: [ours(data) for _ in range(5)])
    return {"figures": [f.as_dict() for f in figures], "details": details}
