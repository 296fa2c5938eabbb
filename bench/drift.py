"""Drift gate speed: the time ``swapsuite drift`` needs for the largest spec (Across, ~3,000 lines).

* **Across vs itself**: load both documents (read, YAML parse, external-``$ref`` bundling) and classify every
  change — the cost of the gate on every CI run where nothing changed. Reported as milliseconds against a budget
  (a CI step should not notice the classifier) and as a ratio to the irreducible floor, parsing the two documents
  with the same YAML loader.
* **Across vs upstream**: the same against the published document our spec is built from
  (``specs/across/upstream/openapi.yaml``), which differs in hundreds of places — the cost when there is a lot to
  report.
* **Overlay re-applied**: what the gate adds for a pulled provider on an unchanged upstream — the 323 corrections
  of ``specs/across/overlay.yaml`` applied to a freshly loaded upstream document.

Medians of interleaved repetitions, each on fresh loads (nothing cached between rounds).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from swapsuite.drift import compare, load
from swapsuite.drift.load import parse_yaml
from swapsuite.drift.pulled import reapply

from .common import ROOT, Figure, median_ms, summary_ms

ACROSS = ROOT / "specs" / "across" / "openapi.yaml"
UPSTREAM = ROOT / "specs" / "across" / "upstream" / "openapi.yaml"
OVERLAY = ROOT / "specs" / "across" / "overlay.yaml"
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


def _reapply() -> int:
    """Nanoseconds to load the upstream document and re-apply the overlay to it (the gate's extra step)."""
    began = time.perf_counter_ns()
    result = reapply(load(str(UPSTREAM)), OVERLAY)
    elapsed = time.perf_counter_ns() - began
    if not result.ok:
        raise RuntimeError(f"{len(result.unmatched)} Across overlay corrections do not match their upstream document")
    return elapsed


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    rounds = 2 if smoke else 15
    pairs = {"self": (ACROSS, ACROSS), "upstream": (ACROSS, UPSTREAM)}
    samples: dict[str, list[int]] = {name: [] for name in [*pairs, "parse", "overlay"]}
    changes: dict[str, int] = {}
    for _ in range(rounds):
        for name, (base, new) in pairs.items():
            elapsed, changes[name] = _classify(base, new)
            samples[name].append(elapsed)
        samples["parse"].append(_parse(ACROSS, ACROSS))
        samples["overlay"].append(_reapply())
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
    up_ms, overlay_ms = median_ms(samples["upstream"]), median_ms(samples["overlay"])
    figures += [
        Figure(
            "Across spec vs its upstream document: load + classify",
            round(up_ms, 1),
            f"<= {BUDGET_MS:g} ms",
            up_ms <= BUDGET_MS,
            unit="ms",
            detail={"timing": summary_ms(samples["upstream"]), "changes": changes["upstream"]},
        ),
        Figure(
            "Across overlay (323 corrections) re-applied to a loaded upstream document",
            round(overlay_ms, 1),
            f"<= {BUDGET_MS:g} ms",
            overlay_ms <= BUDGET_MS,
            unit="ms",
            detail={"timing": summary_ms(samples["overlay"])},
        ),
    ]
    details = {"upstream": UPSTREAM.relative_to(ROOT).as_posix(), "overlay": OVERLAY.relative_to(ROOT).as_posix()}
    return {"figures": [f.as_dict() for f in figures], "details": details}
