"""Sandbox throughput: requests per second of one sandbox process on loopback, 1Click ``GET /v0/status``.

The server is a separate process. The baseline is what users run with the project's dependencies (plain uvicorn,
so uvicorn's "auto" means h11 + asyncio): ``python -m swapsuite.cli sandbox --port N``, i.e.
``uvicorn.run(app, log_level="warning")`` — or, when httptools/uvloop are installed (a ``bench`` dependency group),
the same app with those two pinned explicitly (``bench.server``). Then the same app under other uvicorn options:
no access log, httptools, uvloop where installed, and the CLI as is; then a what-if (the recommended fast path of
``signature._mark``, patched inside the server process only). All variants' servers start at once; the load goes
to one at a time in 4 slices each, the order rotating, so drift in the machine's load hits every variant alike.
The load comes from another process (``bench.loadgen``: raw asyncio keep-alive connections, bounded in time and
count, loopback only). The endpoint is the status lookup of one real firm quote's
deposit address (what a client polls), a ~2 KB JSON body built per request.

Reported per variant: req/s, status counts, latency percentiles, and the CPU share of the server and of the load
generator (a server near 1.0 is the bottleneck; a generator near 1.0 would mean the figure measures the generator).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import profiling
from .common import ROOT, Figure, SandboxProcess, child_env, free_port, open_provider, quote_request
from .server import available

TARGET_RPS = 1500.0


PLAIN = "h11, asyncio, access log on (plain uvicorn: what `swapsuite sandbox` runs with the project's deps)"


WHATIF_MARK = "WHAT-IF (bench-only patch) h11, asyncio, access_log=False + signature._mark fast path"


def variants() -> dict[str, list[str] | None]:
    """Server variants: None = the project's CLI; a list = ``bench.server`` options. The first is the baseline."""
    extras = {name: available(name) for name in ("httptools", "uvloop")}
    plain_cli = not any(extras.values())  # uvicorn's "auto" resolves to h11 + asyncio
    out: dict[str, list[str] | None] = {PLAIN: None if plain_cli else ["--http", "h11", "--loop", "asyncio"]}
    out["h11, asyncio, access_log=False"] = ["--http", "h11", "--loop", "asyncio", "--no-access-log"]
    if extras["httptools"]:
        out["httptools, asyncio, access_log=False"] = ["--http", "httptools", "--loop", "asyncio", "--no-access-log"]
    if extras["uvloop"]:
        out["h11, uvloop, access_log=False"] = ["--http", "h11", "--loop", "uvloop", "--no-access-log"]
    if all(extras.values()):
        out["httptools, uvloop, access_log=False"] = ["--http", "httptools", "--loop", "uvloop", "--no-access-log"]
    if not plain_cli:
        out["`swapsuite sandbox` CLI, uvicorn auto (picks up httptools/uvloop)"] = None
    out[WHATIF_MARK] = ["--http", "h11", "--loop", "asyncio", "--no-access-log", "--whatif-mark"]
    return out


def _command(options: list[str] | None, port: int) -> list[str] | None:
    if options is None:
        return None  # SandboxProcess's default: the CLI
    return [sys.executable, "-m", "bench.server", "--port", str(port), *options]


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process (Linux /proc); 0.0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _status_path(sandbox: SandboxProcess) -> str:
    """Create one firm 1Click quote (a deposit address with a swap behind it) and return its status path."""
    with open_provider("oneclick", sandbox.base_url("oneclick")) as p:
        quote = p.quote(dataclasses.replace(quote_request(p), dry=False))
    return f"/oneclick/v0/status?depositAddress={quote.status_ref}"


def _load(sandbox: SandboxProcess, path: str, load: dict[str, Any]) -> dict[str, Any]:
    """Put the bounded load on one running server from another process; the generator's report + server CPU."""
    assert sandbox.proc is not None
    options = {"--connections": load["connections"], "--duration": load["duration"], "--warmup": load["warmup"]}
    options["--max-requests"] = load["max_requests"]
    command = [sys.executable, "-m", "bench.loadgen", "--port", str(sandbox.port), "--path", path]
    command += [str(item) for pair in options.items() for item in pair]
    cpu0, t0 = _cpu_seconds(sandbox.proc.pid), time.monotonic()
    timeout = load["duration"] + load["warmup"] + 60
    proc = subprocess.run(
        command, env=child_env(), cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True
    )
    result: dict[str, Any] = json.loads(proc.stdout)
    result["server_cpu_share"] = round((_cpu_seconds(sandbox.proc.pid) - cpu0) / (time.monotonic() - t0), 3)
    return result


def _combine(slices: list[dict[str, Any]]) -> dict[str, Any]:
    """Several load slices on one variant → one result (rate = all requests / all measured seconds)."""
    requests, seconds = sum(r["requests"] for r in slices), sum(r["seconds"] for r in slices)
    statuses: dict[str, int] = {}
    errors: dict[str, int] = {}
    for r in slices:
        for key, value in r["statuses"].items():
            statuses[key] = statuses.get(key, 0) + value
        for key, value in r["errors"].items():
            errors[key] = errors.get(key, 0) + value
    middle = sorted(slices, key=lambda r: r["requests_per_s"])[len(slices) // 2]
    return {
        "requests": requests,
        "seconds": round(seconds, 3),
        "requests_per_s": round(requests / seconds, 1) if seconds else 0.0,
        "per_slice_requests_per_s": [r["requests_per_s"] for r in slices],
        "statuses": statuses,
        "errors": errors,
        "latency_ms_median_slice": middle["latency_ms"],
        "server_cpu_share": round(sum(r["server_cpu_share"] for r in slices) / len(slices), 3),
        "generator_cpu_share": round(sum(r["generator_cpu_share"] for r in slices) / len(slices), 3),
    }


def measure_all(chosen: dict[str, list[str] | None], load: dict[str, Any], rounds: int) -> dict[str, Any]:
    """Every variant's server up at once (idle ones cost nothing); the load goes to one at a time, in rounds
    whose order rotates, so drift in the machine's load hits every variant alike."""
    with contextlib.ExitStack() as stack:
        servers: dict[str, tuple[SandboxProcess, str]] = {}
        for name, options in chosen.items():
            port = free_port()
            sandbox = stack.enter_context(SandboxProcess(_command(options, port), port=port, server_extras=True))
            servers[name] = (sandbox, _status_path(sandbox))
        piece = {**load, "duration": load["duration"] / rounds}
        slices: dict[str, list[dict[str, Any]]] = {name: [] for name in chosen}
        names = list(chosen)
        for i in range(rounds):
            for name in names[i % len(names) :] + names[: i % len(names)]:
                slices[name].append(_load(*servers[name], piece))
    return {name: _combine(parts) for name, parts in slices.items()}


def _profile(load: dict[str, Any]) -> list[dict[str, Any]]:
    """The baseline server's hotspots under a short load (cProfile inside the server process)."""
    import pstats

    with tempfile.TemporaryDirectory(prefix="swapsuite-bench-") as tmp:
        stats_file = str(Path(tmp) / "server.prof")
        port = free_port()
        command = [sys.executable, "-m", "bench.server", "--port", str(port), "--profile", stats_file]
        command += ["--http", "h11", "--loop", "asyncio"]
        with SandboxProcess(command, port=port) as sandbox:
            _load(sandbox, _status_path(sandbox), {**load, "duration": min(load["duration"], 5.0)})
        stats = pstats.Stats(stats_file)
    return profiling.rows(stats)


def run(smoke: bool = False, profile: bool = False) -> dict[str, Any]:
    load = (
        {"connections": 4, "duration": 0.3, "warmup": 0.1, "max_requests": 5000}
        if smoke
        else {"connections": 32, "duration": 20.0, "warmup": 0.5, "max_requests": 500_000}
    )
    rounds = 1 if smoke else 4
    chosen = variants()
    if smoke:  # one server: the what-if, through bench.server (fanout and overhead run the CLI's sandbox)
        last = list(chosen)[-1]
        chosen = {last: chosen[last]}
    results = measure_all(chosen, load, rounds)
    baseline_name = next(iter(chosen))
    base = results[baseline_name]["requests_per_s"]
    figures = [
        Figure(
            f"sandbox req/s, 1Click GET /v0/status: {baseline_name}",
            base,
            f">= {TARGET_RPS:g} req/s",
            base >= TARGET_RPS,
            unit="req/s",
            detail=results[baseline_name],
        )
    ]
    for name, result in results.items():
        if name == baseline_name:
            continue
        figures.append(
            Figure(
                f"sandbox req/s, {name} / baseline",
                round(result["requests_per_s"] / base, 3) if base else 0.0,
                f"reported (absolute: >= {TARGET_RPS:g} req/s)",
                None if "WHAT-IF" in name else result["requests_per_s"] >= TARGET_RPS,
                detail=result,
            )
        )
    details: dict[str, Any] = {
        "load": {**load, "duration": f"{load['duration']:g} s per variant, in {rounds} interleaved slices"},
        "endpoint": "GET /oneclick/v0/status?depositAddress=<one firm quote>",
        "server": "separate process; load generator: python -m bench.loadgen in a third process",
        "optional_packages": {"httptools": available("httptools"), "uvloop": available("uvloop")},
    }
    if profile or (not smoke and base < TARGET_RPS):
        details["profile_server"] = _profile(load)
    return {"figures": [f.as_dict() for f in figures], "details": details}
