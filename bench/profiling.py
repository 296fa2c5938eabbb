"""Hotspots of a code path with the standard library's cProfile (no extra dependency; pyinstrument and py-spy
give the same picture, see the README's benchmark section)."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _where(key: tuple[str, int, str]) -> str:
    filename, line, function = key
    if filename == "~":
        return function  # a builtin
    parts = Path(filename).parts
    for anchor in ("site-packages", "src", "generated"):
        if anchor in parts:
            parts = parts[parts.index(anchor) + 1 :]
            if anchor == "generated":
                parts = parts[1:]  # generated/<provider>/swapsuite_<provider>_client/...
            break
    else:
        parts = parts[-3:]
    return f"{'/'.join(parts)}:{line}({function})"


def rows(stats: pstats.Stats, limit: int = 15, sort: str = "tottime", only: str | None = None) -> list[dict[str, Any]]:
    """The ``limit`` functions with the most own (``tottime``) or cumulative time; ``only``: location prefix."""
    table = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in table.values())
    out = [
        {
            "function": _where(key),
            "calls": calls,
            "own_ms": round(own * 1000, 2),
            "cumulative_ms": round(cumulative * 1000, 2),
            "own_share": round(own / total, 3) if total else 0.0,
        }
        for key, (_, calls, own, cumulative, _) in table.items()
    ]
    if only is not None:
        out = [row for row in out if row["function"].startswith(only)]
    out.sort(key=lambda row: row["own_ms" if sort == "tottime" else "cumulative_ms"], reverse=True)
    return out[:limit]


def top(
    action: Callable[[], Any], limit: int = 15, sort: str = "tottime", only: str | None = None
) -> list[dict[str, Any]]:
    """Run ``action`` under cProfile and return its hotspots (see :func:`rows`)."""
    profiler = cProfile.Profile()
    profiler.runcall(action)
    return rows(pstats.Stats(profiler), limit, sort, only)
