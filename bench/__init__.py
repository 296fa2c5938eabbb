"""swapsuite's benchmarks: the suite's overhead against the physical limits, each figure a ratio measured side by
side in one run. ``python -m bench`` (or ``nox -s bench``) runs them all, prints a table and writes
``bench/results.json``; ``--smoke`` runs each at tiny sizes (what the test suite does, asserting only that the
results are well formed — performance claims come from a real run, never from a timed unit test).

Benchmarks (``--only NAME``):

* ``fanout`` — best quote over four sandboxes with injected latencies vs the slowest provider alone; and with one
  provider hanging, vs the per-provider timeout.
* ``overhead`` — one quote through swapsuite vs raw httpx + ``json.loads`` of the same request, sync and async.
* ``normalize`` — decode + generated-model parse + adapter mapping vs ``json.loads`` (2,000-token 1Click list,
  100-item Changelly swaps page); token-list cache hits.
* ``models`` — our generated models vs the stock generator's for the same specs (generated into a temporary
  directory), parsing the same bodies; peak memory of parsing the 2,000-token list.
* ``loop`` — client generation and ``pytest -n auto`` wall time.
* ``throughput`` — requests per second of one sandbox process under a bounded concurrent load.
* ``startup`` — ``import swapsuite`` vs ``import httpx`` in a clean core install, ``swapsuite --help`` vs
  ``python -c pass`` with [cli] (fresh interpreters, venvs built from the wheels).
* ``drift`` — ``swapsuite drift`` on the Across spec (~3,000 lines) against itself and against its upstream
  reference: load + classify time, and its ratio to the YAML parse.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .common import ROOT, loadavg, machine

BENCHMARKS = ("fanout", "overhead", "normalize", "models", "loop", "throughput", "startup", "drift")
DEFAULT_OUT = ROOT / "bench" / "results.json"


def run(names: Sequence[str] = BENCHMARKS, *, smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    """Run the named benchmarks; the results document (machine facts, figures, details per benchmark)."""
    results: dict[str, Any] = {
        "machine": machine(),
        "environment": {"PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE")},
        "smoke": smoke,
        "benchmarks": {},
    }
    started = time.perf_counter()
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        began, load = time.perf_counter(), loadavg()
        print(f"[bench] {name}{' (smoke)' if smoke else ''}: load average {load} ...", file=sys.stderr, flush=True)
        outcome: dict[str, Any] = module.run(smoke=smoke, profile=profile)
        outcome["seconds"] = round(time.perf_counter() - began, 1)
        outcome["loadavg_at_start"] = load
        outcome["loadavg_at_end"] = loadavg()
        outcome["date"] = machine()["date"]
        results["benchmarks"][name] = outcome
    results["machine"]["loadavg_at_end"] = loadavg()
    results["seconds"] = round(time.perf_counter() - started, 1)
    return results


def _fmt(value: float) -> str:
    return f"{value:,.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def table(results: dict[str, Any]) -> str:
    """The figures as a Markdown table (what the README shows)."""
    lines = ["| benchmark | figure | measured | target | met |", "|---|---|---|---|---|"]
    for bench, outcome in results["benchmarks"].items():
        for f in outcome["figures"]:
            met = {True: "yes", False: "**no**", None: "-"}[f["met"]]
            unit = "x" if f["unit"] == "x" else f" {f['unit']}"
            lines.append(f"| {bench} | {f['name']} | {_fmt(f['measured'])}{unit} | {f['target']} | {met} |")
    m = results["machine"]
    loads = ", ".join(f"{name} {outcome['loadavg_at_start'][0]}" for name, outcome in results["benchmarks"].items())
    lines.append("")
    lines.append(
        f"{m['cpu_count']} CPUs ({m['cpu_model']}), Python {m['python']}, {m['platform']}, {m['date']}; "
        f"1-minute load average at the start of each benchmark: {loads}"
        + (" — SMOKE RUN (tiny sizes, figures meaningless)" if results["smoke"] else "")
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks that every benchmark runs")
    parser.add_argument(
        "--only", action="append", choices=BENCHMARKS, metavar="NAME", help=f"one of {', '.join(BENCHMARKS)}"
    )
    parser.add_argument(
        "--out", type=Path, default=None, help=f"results file (default {DEFAULT_OUT.relative_to(ROOT)}; none in smoke)"
    )
    parser.add_argument("--profile", action="store_true", help="add hotspot profiles even where targets are met")
    parser.add_argument(
        "--merge", action="store_true", help="update these benchmarks in an existing results file, keep the others"
    )
    args = parser.parse_args(argv)
    results = run(args.only or BENCHMARKS, smoke=args.smoke, profile=args.profile)
    out = args.out if args.out is not None else (None if args.smoke else DEFAULT_OUT)
    if args.merge and out is not None and out.exists():
        previous = json.loads(out.read_text(encoding="utf-8"))
        merged = {**previous.get("benchmarks", {}), **results["benchmarks"]}
        results["benchmarks"] = {name: merged[name] for name in BENCHMARKS if name in merged}
    print(table(results))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten to {out}")
    return 0
