"""Smoke run of every benchmark in ``bench/`` at tiny sizes: each runs and produces well-formed results.

Nothing here asserts a performance target: a timed unit test on a shared, noisy machine proves nothing. The
figures and the targets come from a real run (``nox -s bench``); see the README's benchmark section.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import bench

FIGURE_KEYS = {"name", "measured", "target", "met", "unit", "detail"}


def check_figures(outcome: dict[str, Any]) -> None:
    assert outcome["figures"], "a benchmark must report at least one figure"
    for figure in outcome["figures"]:
        assert set(figure) >= FIGURE_KEYS, figure
        assert isinstance(figure["name"], str) and figure["name"]
        assert isinstance(figure["target"], str) and figure["target"]
        assert figure["met"] in (True, False, None)
        measured = figure["measured"]
        assert isinstance(measured, int | float) and not isinstance(measured, bool)
        assert math.isfinite(measured)
        if figure["unit"] == "requests":  # a count: the token cache's extra requests, 0 when it works
            assert measured >= 0
        else:
            assert measured > 0, figure
        assert isinstance(figure["detail"], dict)


@pytest.mark.parametrize("name", bench.BENCHMARKS)
def test_benchmark_runs_in_smoke_mode(name: str) -> None:
    results = bench.run([name], smoke=True)
    assert results["smoke"] is True
    assert set(results["benchmarks"]) == {name}
    outcome = results["benchmarks"][name]
    check_figures(outcome)
    assert outcome["seconds"] > 0
    machine = results["machine"]
    assert machine["cpu_count"] > 0 and machine["python"] and machine["platform"] and machine["date"]
    assert isinstance(machine["loadavg_at_start"], list)
    assert json.loads(json.dumps(results)) == results  # results.json is plain JSON
    table = bench.table(results)
    assert all(figure["name"] in table for figure in outcome["figures"])


def test_cli_writes_the_results_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--smoke", "--only", "normalize", "--out", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    assert list(results["benchmarks"]) == ["normalize"]
    check_figures(results["benchmarks"]["normalize"])
    assert "| normalize |" in capsys.readouterr().out
