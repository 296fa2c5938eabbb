"""The development loop: client generation and the test suite, wall time on this machine.

* Generation: ``codegen.generate.generate`` for every provider in ``specs/providers.toml`` into a temporary
  directory, in a fresh interpreter — what ``python -m codegen.generate`` does, minus writing into ``generated/``
  (openapi-python-client and its ruff post-hooks per provider, the pinned tools of the running environment).
* Tests: the pytest part of the README's test command, ``pytest -n auto`` as the ``tests`` nox session runs it,
  with the current interpreter (no ``nox``: creating and filling the session's virtualenv would add install time
  and network noise that is not the test loop). The suite's own outcome (pass/fail counts) is recorded with it.

Generation also runs with a warm bytecode cache (``PYTHONPYCACHEPREFIX`` in a temporary directory, filled by a
first run; ``PYTHONDONTWRITEBYTECODE`` removed): a machine that exports ``PYTHONDONTWRITEBYTECODE=1`` recompiles
every imported module in every process, which a developer's checkout or a CI runner does not. A what-if runs the
four generator processes concurrently (the change recommended for ``codegen/generate.py``). The test run records
its ten slowest tests (``--durations=10``). Smoke mode generates one provider and runs one trivial test.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import ROOT, Figure, child_env

GENERATE_LIMIT_S = 5.0
TESTS_LIMIT_S = 180.0
TESTS_GIVE_UP_S = 5 * TESTS_LIMIT_S  # a run this far past the target is reported as such, not waited for
GENERATE = """
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from codegen.generate import generate, load_providers
out, workers = Path(sys.argv[1]), int(sys.argv[2])
providers = sys.argv[3:] or list(load_providers())
with ThreadPoolExecutor(max_workers=workers) as pool:  # workers=1: exactly the sequential `python -m codegen.generate`
    list(pool.map(lambda provider: generate(provider, out), providers))
"""


def _timed(
    command: list[str], timeout: float, cache: str | None = None, extra: dict[str, str] | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run in a fresh process from the repository root; ``cache``: a bytecode cache directory to use."""
    environ = {**child_env(), **(extra or {})}
    if cache is not None:
        environ.pop("PYTHONDONTWRITEBYTECODE", None)
        environ["PYTHONPYCACHEPREFIX"] = cache
    start = time.perf_counter()
    # Its own session, so that on timeout the whole tree (pytest-xdist workers included) is stopped, not orphaned.
    pipe = subprocess.PIPE
    with subprocess.Popen(
        command, cwd=ROOT, env=environ, text=True, start_new_session=True, stdout=pipe, stderr=pipe
    ) as child:
        try:
            out, err = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)  # the group of the child we started, by its id
            out, err = child.communicate()
            return time.perf_counter() - start, subprocess.CompletedProcess(command, -signal.SIGKILL, out, err)
    return time.perf_counter() - start, subprocess.CompletedProcess(command, child.returncode, out, err)


def generation(providers: list[str], label: str, cache: str | None = None, workers: int = 1) -> Figure:
    with tempfile.TemporaryDirectory(prefix="swapsuite-bench-gen-") as tmp:
        command = [sys.executable, "-c", GENERATE, tmp, str(workers), *providers]
        seconds, proc = _timed(command, timeout=600, cache=cache)
        produced = sorted(p.name for p in Path(tmp).iterdir())
    if proc.returncode != 0:
        raise RuntimeError(f"generation failed: {proc.stderr[-2000:]}")
    what_if = workers > 1
    return Figure(
        f"{'WHAT-IF ' if what_if else ''}generate {', '.join(produced)} into a temp dir ({label})",
        round(seconds, 2),
        "what-if, no target" if what_if else f"<= {GENERATE_LIMIT_S:g} s",
        None if what_if else seconds <= GENERATE_LIMIT_S,
        unit="s",
        detail={"providers": produced, "workers": workers, "share_of_budget": round(seconds / GENERATE_LIMIT_S, 3)},
    )


def _summary(output: str) -> dict[str, int]:
    """``12 passed, 1 failed, 3 skipped in 40.1s`` → counts."""
    lines = [line for line in output.splitlines() if re.search(r"\b(passed|failed|error)", line)]
    counts = re.findall(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)", lines[-1]) if lines else []
    return {kind.rstrip("s") if kind.startswith("error") else kind: int(n) for n, kind in counts}


def _last_line(output: str) -> str | None:
    lines = output.strip().splitlines()
    return lines[-1][-200:] if lines else None


def _slowest(output: str) -> list[str]:
    """The ``--durations`` report: ``12.34s call     path::test`` lines."""
    return [line.strip() for line in output.splitlines() if re.match(r"\s*\d+\.\d+s (call|setup|teardown) ", line)]


def suite_wall_time(targets: list[str], label: str, cache: str | None = None, smoke: bool = False) -> Figure:
    command = [sys.executable, "-m", "pytest", "-n", "auto", "-q", "-p", "no:cacheprovider", "--durations=10"]
    command += targets
    extra = None
    if smoke:  # the plugins' imports (hypothesis, schemathesis) dominate a one-test run: load only xdist
        command = [sys.executable, "-m", "pytest", "-p", "xdist.plugin", "-n", "0", "-q", "-p", "no:cacheprovider"]
        command += targets
        extra = {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    seconds, proc = _timed(command, timeout=TESTS_GIVE_UP_S, cache=cache, extra=extra)
    counts = _summary(proc.stdout)
    timed_out = proc.returncode == -signal.SIGKILL
    if not counts and not timed_out:
        raise RuntimeError(f"pytest produced no summary (exit {proc.returncode}): {proc.stdout[-2000:]}")
    return Figure(
        f"pytest -n auto, the tests session's command ({label})",
        round(seconds, 1),
        f"<= {TESTS_LIMIT_S:g} s",
        seconds <= TESTS_LIMIT_S,
        unit="s",
        detail={
            "timed_out": f"stopped after {TESTS_GIVE_UP_S:g} s" if timed_out else False,
            "progress_at_stop": _last_line(proc.stdout) if timed_out else None,
            "exit_code": proc.returncode,
            "outcome": counts,
            "share_of_budget": round(seconds / TESTS_LIMIT_S, 3),
            "slowest": _slowest(proc.stdout),
        },
    )


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    as_is = "environment as is" + (", PYTHONDONTWRITEBYTECODE=1" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
    details = {"interpreter": sys.executable, "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE")}
    with tempfile.TemporaryDirectory(prefix="swapsuite-bench-loop-") as tmp:
        cache = str(Path(tmp) / "pycache")
        if smoke:
            trivial = Path(tmp) / "test_trivial.py"
            trivial.write_text("def test_nothing() -> None:\n    assert True\n")
            (Path(tmp) / "pytest.ini").write_text("[pytest]\n")
            targets = [str(trivial), "--rootdir", tmp, "-c", str(Path(tmp) / "pytest.ini")]
            figures = [
                generation(["deframe"], "smoke: one provider", cache=cache),
                suite_wall_time(targets, "smoke: one trivial test, -n 0", cache=cache, smoke=True),
            ]
            return {"figures": [f.as_dict() for f in figures], "details": details}
        figures = [generation([], as_is)]
        generation(["deframe"], "warm-up", cache=cache)  # fills the bytecode cache (the generator's imports)
        figures.append(generation([], "bytecode cache warm", cache=cache))
        figures.append(generation([], "bytecode cache warm, 4 generator processes at once", cache=cache, workers=4))
        figures.append(suite_wall_time([], as_is))
    return {"figures": [f.as_dict() for f in figures], "details": details}
