"""Drift gate speed: the time ``swapsuite drift`` needs for the largest spec (Across, ~3,000 lines).

* **Across vs itself**: load both documents (read, YAML parse, external-``$ref`` bundling) and classify every
  change — the cost of the gate on every CI run where nothing changed. Reported as milliseconds against a budget
  (a CI step should not notice the classifier) and as a ratio to the irreducible floor, parsing the two documents
  with the same YAML loader.
* **Across vs upstream**: the same against the upstream reference document (``../shared/upstream/across``), which
  differs in hundreds of places — the cost when there is a lot to report. Measured only where that reference copy
  exists beside the repository (the result says so when it does not).

Medians of interleaved repetitions, each on fresh loads (nothing cached between rounds).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from swapsuite.drift import compare, load
from swapsuite.drift.load import parse_yaml

from .common import ROOT, Figure, median_ms, summary_ms

ACROSS = ROOT / "specs" / "across" / "openapi.yaml"
UPSTREAM = ROOT.parent / "shared" / "upstream" / "across" / "api-docs-openapi.yaml"
BUDGET_MS = 2000.0


def _classify(base: Path, new: Path) -> tuple[int, int]:
    """Nanoseconds to load + classify ``base -> new``, and the number of changes (to prove the work was done)."""
    began = time.perf_counter_ns()
    changes = compare(load(str(base)), load(str(new)))
    return time.perf_counter_ns() - began, len(changes)


def _parse(*paths: Path) -> int:
    texts = [p.read_text(encoding="utf-8") for p in paths]
    began = time.perf_counter_ns()
    for path, text in zip(paths, texts, strict=True):
        parse_yaml(text, str(path))
    return time.perf_counter_ns() - began


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    rounds = 2 if smoke else 15
    pairs = {"self": (ACROSS, ACROSS)}
    if UPSTREAM.exists():
        pairs["upstream"] = (ACROSS, UPSTREAM)
    samples: dict[str, list[int]] = {name: [] for name in [*pairs, "parse"]}
    changes: dict[str, int] = {}
    for _ in range(rounds):
        for name, (base, new) in pairs.items():
            elapsed, changes[name] = _classify(base, new)
            samples[name].append(elapsed)
        samples["parse"].append(_parse(ACROSS, ACROSS))
    if changes["self"] != 0:
        raise RuntimeError(f"the Across spec differs from itself in {changes['self']} places")
    lines = len(ACROSS.read_text(encoding="utf-8").splitlines())
    self_ms = median_ms(samples["self"])
    figures = [
        Figure(
            f"Across spec ({lines} lines) vs itself: load + classify",
            round(self_ms, 1),
            f"<= {BUDGET_MS:g} ms",
            self_ms <= BUDGET_MS,
            unit="ms",
            detail={"timing": summary_ms(samples["self"]), "changes": 0, "rounds": rounds},
        ),
        Figure(
            "Across spec vs itself / YAML parse of both documents",
            round(self_ms / median_ms(samples["parse"]), 3),
            "reported (the parse is the floor)",
            None,
            detail={"parse": summary_ms(samples["parse"])},
        ),
    ]
    if "upstream" in pairs:
        up_ms = median_ms(samples["upstream"])
        figures.append(
            Figure(
                "Across spec vs upstream reference: load + classify",
                round(up_ms, 1),
                f"<= {BUDGET_MS:g} ms",
                up_ms <= BUDGET_MS,
                unit="ms",
                detail={"timing": summary_ms(samples["upstream"]), "changes": changes["upstream"]},
            )
        )
    details = {"upstream": str(UPSTREAM) if "upstream" in pairs else f"not measured: {UPSTREAM} is not present"}
    return {"figures": [f.as_dict() for f in figures], "details": details}
