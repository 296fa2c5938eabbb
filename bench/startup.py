"""Start-up cost of a lean install, measured in fresh processes of clean venvs built from the wheels.

* ``import swapsuite`` / ``import httpx`` in a **core** install (the five wheels, no extras, bytecode compiled at
  install as pip does): what a library depending on swapsuite pays on top of httpx. Target ≤ 1.5×. swapsuite's
  public names load on first use, so the same run also reports ``import swapsuite`` + ``get_provider('across')``
  / ``import httpx`` (no target): what the first real use costs.
* ``swapsuite --help`` / ``python -c pass`` in a **[cli]** install: what the command line costs over the
  interpreter itself (reported; click and rich are most of it — httpx imports both when they are installed).

Each side runs as a new interpreter (``-I``: no user site, no PYTHONPATH, no workspace), interleaved (the order
alternates every round) after a warm-up; the figures are ratios of medians, measured in the same run. With
``profile`` the details add ``-X importtime``'s heaviest modules of ``import swapsuite`` and of ``--help``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from conformance.wheels import build_all, clean_venv

from .common import Figure, summary_ms

IMPORT_LIMIT = 1.5
# What the lazy public names defer, shown next to the import figure: the first real use (a provider built).
FIRST_USE = "import swapsuite + get_provider('across')"


def _run(argv: Sequence[str]) -> int:
    start = time.perf_counter_ns()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter_ns() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {proc.stderr.decode()[-500:]}")
    return elapsed


def interleave(sides: dict[str, Sequence[str]], rounds: int, warmup: int) -> dict[str, list[int]]:
    """Wall time (ns) of each command, ``rounds`` times, alternating the order every round."""
    names = list(sides)
    for _ in range(warmup):
        for name in names:
            _run(sides[name])
    samples: dict[str, list[int]] = {name: [] for name in names}
    for i in range(rounds):
        for name in names if i % 2 == 0 else names[::-1]:
            samples[name].append(_run(sides[name]))
    return samples


def importtime(argv: Sequence[str], top: int = 12) -> list[dict[str, Any]]:
    """The heaviest modules (cumulative µs) of one start-up, from ``-X importtime``."""
    proc = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], capture_output=True, text=True, check=False)
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append({"module": parts[2].strip(), "cumulative_us": int(parts[1])})
    return sorted(rows, key=lambda row: -row["cumulative_us"])[:top]


def _figure(name: str, samples: dict[str, list[int]], side: str, base: str, limit: float | None) -> Figure:
    measured = summary_ms(samples[side])["median_ms"] / summary_ms(samples[base])["median_ms"]
    return Figure(
        name=name,
        measured=round(measured, 3),
        target=f"<= {limit}x" if limit else "report (as small as the profile allows)",
        met=None if limit is None else measured <= limit,
        detail={"measured": summary_ms(samples[side]), "baseline": summary_ms(samples[base]), "baseline_is": base},
    )


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    rounds, warmup = (3, 1) if smoke else (40, 5)
    with tempfile.TemporaryDirectory(prefix="swapsuite-bench-startup-") as tmp:
        work = Path(tmp)
        wheels = build_all(work / "dist")
        core = clean_venv(work / "core", wheels, compile_bytecode=True)
        cli = clean_venv(work / "cli", wheels, extras="cli", compile_bytecode=True)
        script = str(cli.parent / "swapsuite")
        imports = interleave(
            {
                "import swapsuite": [str(core), "-I", "-c", "import swapsuite"],
                "import httpx": [str(core), "-I", "-c", "import httpx"],
                FIRST_USE: [str(core), "-I", "-c", "import swapsuite; swapsuite.get_provider('across').close()"],
            },
            rounds,
            warmup,
        )
        # The console script's interpreter runs without -I already (no cwd on sys.path); pass -I to python too.
        command = interleave(
            {"swapsuite --help": [str(cli), "-I", script, "--help"], "python -c pass": [str(cli), "-I", "-c", "pass"]},
            rounds,
            warmup,
        )
        figures = [
            _figure(
                "import swapsuite / import httpx (core install)",
                imports,
                "import swapsuite",
                "import httpx",
                IMPORT_LIMIT,
            ),
            _figure(f"{FIRST_USE} / import httpx (core install)", imports, FIRST_USE, "import httpx", None),
            _figure(
                "swapsuite --help / python -c pass ([cli] install)", command, "swapsuite --help", "python -c pass", None
            ),
        ]
        details: dict[str, Any] = {
            "rounds": rounds,
            "warmup": warmup,
            "installs": "clean venvs from the five wheels (uv pip install --compile-bytecode); core and swapsuite[cli]",
        }
        if profile or not smoke:
            details["importtime_import_swapsuite"] = importtime([str(core), "-I", "-c", "import swapsuite"])
            details["importtime_help"] = importtime([str(cli), "-I", script, "--help"])
    return {"figures": [f.as_dict() for f in figures], "details": details}


if __name__ == "__main__":  # pragma: no cover - `python -m bench --only startup` is the entry point
    sys.exit("run: python -m bench --only startup")
