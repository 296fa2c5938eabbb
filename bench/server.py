"""The sandboxes under uvicorn with chosen server options, for the throughput benchmark's variants.

``python -m bench.server --port N --http httptools --loop uvloop --no-access-log``

Same app as ``swapsuite sandbox`` (``swapsuite.sandbox.server.build_app``); only uvicorn's options differ.
``--profile PATH`` runs the server under cProfile and writes the stats to PATH when it stops (SIGTERM/SIGINT).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import os
import signal
import sys
from pathlib import Path

import uvicorn
from swapsuite.sandbox.server import build_app


def available(module: str) -> bool:
    """Importable here, or in ``SWAPSUITE_BENCH_SERVER_PATH`` (given to the benchmark's server processes only)."""
    extra = os.environ.get("SWAPSUITE_BENCH_SERVER_PATH")
    return importlib.util.find_spec(module) is not None or bool(extra and (Path(extra) / module).is_dir())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--http", default="auto", help="uvicorn HTTP implementation: auto, h11, httptools")
    parser.add_argument("--loop", default="auto", help="uvicorn event loop: auto, asyncio, uvloop")
    parser.add_argument("--log-level", default="warning")
    parser.add_argument("--no-access-log", dest="access_log", action="store_false")
    parser.add_argument("--profile", default=None, help="write cProfile stats here on exit")
    parser.add_argument(
        "--whatif-mark", action="store_true", help="WHAT-IF: patch signature._mark with bench.whatif's fast path"
    )
    args = parser.parse_args(argv)
    if args.whatif_mark:
        from .whatif import install_mark_fast_path

        install_mark_fast_path()
    app, _ = build_app()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",  # loopback only
        port=args.port,
        http=args.http,
        loop=args.loop,
        log_level=args.log_level,
        access_log=args.access_log,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    if args.profile is None:
        server.run()
        return
    # uvicorn re-raises the stop signal once shut down; with this handler it ends the profiled run cleanly
    # (SystemExit) instead of killing the process before the stats are written.
    signal.signal(signal.SIGTERM, lambda sig, frame: sys.exit(0))
    profiler = cProfile.Profile()
    try:
        profiler.runcall(server.run)
    finally:
        profiler.dump_stats(args.profile)


if __name__ == "__main__":
    main()
