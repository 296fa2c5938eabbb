"""A bounded HTTP/1.1 keep-alive load generator for loopback, meant to run in its own process.

``python -m bench.loadgen --port N --path /oneclick/v0/status?... --connections 32 --duration 20``

It stops by itself: after ``--duration`` seconds or ``--max-requests`` requests, whichever comes first, and only
talks to 127.0.0.1. Plain asyncio streams instead of an HTTP client library: a Python client such as httpx spends
more CPU per request than the server under test, and would measure itself. One request in flight per connection
(no pipelining); prints one JSON object: requests, errors, status counts, rate, latency percentiles and the
generator's own CPU use (so a saturated generator is visible).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import time
from collections import Counter
from typing import Any

HOST = "127.0.0.1"  # loopback only, by construction
REQUEST_TIMEOUT = 10.0


def _request(path: str, port: int, headers: list[str]) -> bytes:
    lines = [f"GET {path} HTTP/1.1", f"Host: {HOST}:{port}", "Accept: application/json", *headers, "", ""]
    return "\r\n".join(lines).encode()


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = None
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


class Run:
    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.measuring = False
        self.statuses: Counter[int] = Counter()
        self.errors: Counter[str] = Counter()
        self.latencies: list[float] = []


async def _worker(run: Run, port: int, request: bytes, stop_at: float) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        while time.monotonic() < stop_at and run.budget > 0:
            run.budget -= 1
            start = time.perf_counter()
            try:
                writer.write(request)
                status = await asyncio.wait_for(_read_response(reader), REQUEST_TIMEOUT)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError) as exc:
                run.errors[type(exc).__name__] += 1
                writer.close()
                try:
                    reader, writer = await asyncio.open_connection(HOST, port)
                except OSError:
                    return  # the server is gone: this connection stops, the others report what they saw
                continue
            if run.measuring:
                run.latencies.append(time.perf_counter() - start)
                run.statuses[status] += 1
    finally:
        writer.close()


async def load(
    port: int, path: str, connections: int, duration: float, max_requests: int, warmup: float, headers: list[str]
) -> dict[str, Any]:
    request = _request(path, port, headers)
    run = Run(max_requests)
    began = time.monotonic()
    stop_at = began + warmup + duration
    workers = [asyncio.create_task(_worker(run, port, request, stop_at)) for _ in range(connections)]
    await asyncio.sleep(warmup)
    run.measuring = True
    cpu0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.monotonic()
    await asyncio.gather(*workers)
    elapsed = time.monotonic() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    done = len(run.latencies)
    ms = sorted(x * 1000 for x in run.latencies) or [0.0]
    pct = statistics.quantiles(ms, n=100) if len(ms) >= 2 else [ms[0]] * 99
    return {
        "requests": done,
        "seconds": round(elapsed, 3),
        "requests_per_s": round(done / elapsed, 1) if elapsed > 0 else 0.0,
        "statuses": {str(k): v for k, v in run.statuses.items()},
        "errors": dict(run.errors),
        "latency_ms": {"p50": round(pct[49], 3), "p90": round(pct[89], 3), "p99": round(pct[98], 3)},
        "connections": connections,
        "generator_cpu_share": round(cpu / elapsed, 3) if elapsed > 0 else 0.0,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=float, default=20.0, help="measured seconds (after the warm-up)")
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--max-requests", type=int, default=500_000)
    parser.add_argument("--header", action="append", default=[], help="extra request header 'Name: value'")
    args = parser.parse_args(argv)
    result = asyncio.run(
        load(args.port, args.path, args.connections, args.duration, args.max_requests, args.warmup, args.header)
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
