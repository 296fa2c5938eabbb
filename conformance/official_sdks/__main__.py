"""Runner: sandboxes up, node with a timeout, per-method table, exit status (see the package docstring).

python -m conformance.official_sdks                  # both SDKs
python -m conformance.official_sdks --only across --timeout 120
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SDKS = {"1click": "oneclick", "across": "across"}  # SDK label → sandbox provider
DETAIL_WIDTH = 70


@dataclass(frozen=True)
class Row:
    """One SDK call as main.mjs reported it."""

    sdk: str
    method: str
    ok: bool
    detail: str


def parse(stdout: str) -> tuple[list[Row], list[str]]:
    """The JSON lines of node's stdout as rows; any other line is kept as stray output."""
    rows: list[Row] = []
    stray: list[str] = []
    for line in stdout.splitlines():
        try:
            item = json.loads(line)
            rows.append(Row(str(item["sdk"]), str(item["method"]), item["ok"] is True, str(item.get("detail", ""))))
        except (ValueError, KeyError, TypeError):
            if line.strip():
                stray.append(line)
    return rows, stray


def table(rows: Sequence[Row]) -> str:
    """A plain-text table (SDK, method, PASS/FAIL, shortened detail) followed by every failure in full."""
    width = max([len(r.method) for r in rows] + [6])
    lines = [f"{'sdk':<7} {'method':<{width}} result  detail", f"{'-' * 7} {'-' * width} ------  {'-' * DETAIL_WIDTH}"]
    for r in rows:
        detail = r.detail if len(r.detail) <= DETAIL_WIDTH else r.detail[: DETAIL_WIDTH - 1] + "…"
        lines.append(f"{r.sdk:<7} {r.method:<{width}} {'PASS' if r.ok else 'FAIL':<6}  {detail}")
    failed = [r for r in rows if not r.ok]
    lines.append(f"\n{len(rows) - len(failed)} passed, {len(failed)} failed")
    lines.extend(f"\nFAIL {r.sdk} {r.method}:\n  {r.detail}" for r in failed)
    return "\n".join(lines)


def setup_problem() -> str | None:
    """Why node cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not on PATH (Node 20+ is needed)"
    if not (HERE / "node_modules").is_dir():
        return f"no node_modules: run `npm ci` in {HERE} (nox -s official-sdks does)"
    return None


def run(sdks: Sequence[str], timeout: float) -> int:
    """Start the sandboxes, run node, print the table; the exit status."""
    from swapsuite.sandbox.server import SANDBOX_API_KEY, SandboxServer

    from conformance.cassettes import SANDBOX_ADAPTER_PARAMS

    with SandboxServer([SDKS[s] for s in sdks]) as sandbox:
        env = {
            **os.environ,
            "ONECLICK_BASE_URL": sandbox.base_url("oneclick"),
            "ACROSS_BASE_URL": sandbox.base_url("across"),
            "SANDBOX_API_KEY": SANDBOX_API_KEY,
            "ONECLICK_PUBLIC_KEY": SANDBOX_ADAPTER_PARAMS["oneclick"]["public_key"],
            "OFFICIAL_SDKS_ONLY": ",".join(sdks),
        }
        try:
            done = subprocess.run(
                ["node", "main.mjs"], cwd=HERE, env=env, capture_output=True, text=True, timeout=timeout, check=False
            )
            stdout, stderr, code = done.stdout, done.stderr, done.returncode
        except subprocess.TimeoutExpired as exc:  # the child is killed by subprocess.run
            stdout, stderr, code = _text(exc.stdout), _text(exc.stderr), None
    rows, stray = parse(stdout)
    print(table(rows) if rows else "no SDK call was reported")
    for line in [*stray, *stderr.splitlines()][-40:]:
        print(f"node: {line}", file=sys.stderr)
    if code is None:
        print(f"node did not finish within {timeout:g} s", file=sys.stderr)
        return 1
    if code != 0 and all(r.ok for r in rows):
        print(f"node exited with status {code}", file=sys.stderr)
    return exit_status(rows, code)


def exit_status(rows: Sequence[Row], node_status: int | None) -> int:
    """0 only when node finished cleanly and reported calls that all passed; 1 otherwise (None: timed out)."""
    return 0 if node_status == 0 and rows and all(r.ok for r in rows) else 1


def _text(value: str | bytes | None) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value or ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.official_sdks", description=__doc__)
    parser.add_argument("--only", choices=sorted(SDKS), action="append", help="one SDK (repeatable); default both")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds for the whole node run (default 300)")
    args = parser.parse_args(argv)
    problem = setup_problem()
    if problem is not None:
        print(f"official-sdks: {problem}", file=sys.stderr)
        return 2
    return run(args.only or sorted(SDKS), args.timeout)


if __name__ == "__main__":
    sys.exit(main())
