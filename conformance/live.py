"""Live conformance: the REAL provider APIs against specs/, read-only, rate-limited and bounded.

    nox -s conformance -- --live                                  # every provider that can run
    nox -s conformance -- --live --provider across --max-requests 3
    nox -s conformance -- --live --reference oneclick=0xDepositAddress --reference across=0xDepositTxHash
    python -m conformance.live --base-url across=http://127.0.0.1:8765/across   # e.g. against the sandbox

What runs:

* schemathesis (``python -m schemathesis.cli run``, positive data only) on the read-only operations —
  1Click ``GET /v0/tokens``; Across ``GET /swap/chains``, ``/swap/tokens``, ``/swap/sources``; Changelly
  ``GET /v1/networks``, ``/v1/tokens`` (only with ``CHANGELLY_API_KEY``) — with the response-conformance checks
  (status code, content type, response schema), at most ``--max-requests`` generated cases per operation
  (``--max-examples``; phases ``examples,fuzzing``, no shrinking) and ``--rate-limit`` requests (default ``1/s``, one
  worker). Deframe has no read-only list operation.
* for each ``--reference PROVIDER=REF``: one status lookup through the adapter (``swapsuite.get_provider(...)
  .status(REF)``); the raw response is validated against the spec exactly as the cassette conformance test does
  (``conformance/specschema.py``) and the normalized status is printed. Deframe and Changelly need their key.

Keys come from the environment (``ONECLICK_API_KEY``, ``ACROSS_API_KEY``, ``CHANGELLY_API_KEY``,
``DEFRAME_API_KEY``) and are never printed. Each provider's host is checked first (TCP, ``--timeout`` seconds): when
no provider can be reached the run stops at once with exit status 2 and says so; a provider that cannot be reached
while others can is a failure. Exit status: 0 all conform, 1 a conformance failure, 2 nothing could run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from swapsuite import registry

ROOT = Path(__file__).resolve().parent.parent
PROVIDERS = tuple(d.name for d in registry.descriptors() if d.client_package)  # providers with a spec of ours
# The reads a live run may always make: no reference needed, nothing changes (each descriptor's read_only).
READ_ONLY: dict[str, tuple[str, ...]] = {name: registry.descriptor(name).operations.read_only for name in PROVIDERS}
CHECKS = "status_code_conformance,content_type_conformance,response_schema_conformance"


@dataclass
class Plan:
    """What the live run will do for one provider."""

    provider: str
    base_url: str
    key: str | None
    operations: tuple[str, ...]
    references: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def auth_headers(provider: str, key: str | None) -> dict[str, str]:
    """The provider's auth headers, as the adapters send them."""
    from swapsuite.provider import adapter_class

    if key is None:
        return {}
    return adapter_class(provider)(api_key=key, env={}).auth_headers()


def plan(
    providers: Sequence[str], references: Sequence[str], base_urls: Mapping[str, str], environ: Mapping[str, str]
) -> list[Plan]:
    from conformance.record import providers_table

    table = providers_table()
    refs: dict[str, list[str]] = {}
    for item in references:
        name, sep, ref = item.partition("=")
        if not sep or name not in PROVIDERS or not ref:
            raise SystemExit(f"live: --reference takes PROVIDER=REF with PROVIDER one of {', '.join(PROVIDERS)}")
        refs.setdefault(name, []).append(ref)
    plans = []
    for name in providers:
        entry = table[name]
        key = environ.get(entry["api_key_env"]) or None
        item = Plan(name, base_urls.get(name, entry["base_url"]), key, READ_ONLY[name], refs.get(name, []))
        if entry.get("api_key_required") and key is None:
            item.skipped.append(f"{entry['api_key_env']} is not set: {name} needs a key for every call")
            item.operations, item.references = (), []
        if not item.operations and not item.references and not item.skipped:
            item.skipped.append(f"{name} has no read-only list operation; pass --reference {name}=<quoteId>")
        plans.append(item)
    return plans


def reachable(base_url: str, timeout: float) -> str | None:
    """None when the host answers, else why not."""
    from conformance.record import Stop, check_reachable

    try:
        check_reachable(base_url, timeout)
    except Stop as stop:
        return str(stop)
    return None


def run_schemathesis(item: Plan, max_requests: int, rate_limit: str, request_timeout: float) -> int:
    """schemathesis on the provider's read-only operations; its exit status."""
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(ROOT / "specs" / item.provider / "openapi.yaml"),
        "--url",
        item.base_url,
        "--mode",
        "positive",
        "--phases",
        "examples,fuzzing",
        "--max-examples",
        str(max_requests),
        "--no-shrink",
        "--workers",
        "1",
        "--rate-limit",
        rate_limit,
        "--request-timeout",
        str(request_timeout),
        "--checks",
        CHECKS,
        "--suppress-health-check",
        "all",
    ]
    for operation in item.operations:
        command += ["--include-operation-id", operation]
    shown = list(command)
    for name, value in auth_headers(item.provider, item.key).items():
        command += ["--header", f"{name}: {value}"]
        shown += ["--header", f"{name}: ***"]
    print(f"\n=== {item.provider}: schemathesis on {', '.join(item.operations)}\n$ {' '.join(shown[1:])}", flush=True)
    return subprocess.call(command, cwd=ROOT)


def check_reference(item: Plan, ref: str) -> list[str]:
    """One status lookup through the adapter; problems of its raw response against the spec."""
    import httpx
    from swapsuite import SwapsuiteError

    from conformance import cassettes as casslib
    from conformance import specschema

    capture = casslib.Capture(httpx.HTTPTransport())
    provider = casslib.make_provider(item.provider, item.base_url, {}, api_key=item.key, transport=capture)
    print(f"\n=== {item.provider}: status({ref!r})", flush=True)
    with provider:
        try:
            report = provider.status(ref)
            print(f"    state {report.state} (provider status {report.provider_status!r})")
        except SwapsuiteError as exc:
            print(f"    {type(exc).__name__}: {exc}")
    spec = specschema.provider_spec(item.provider)
    base_path = urlsplit(item.base_url).path.rstrip("/")
    problems = []
    for exchange in capture.exchanges:
        path = urlsplit(exchange.url).path.removeprefix(base_path)
        op = specschema.find_operation(spec, exchange.method, path)
        where = f"{item.provider} status {ref}: {exchange.method} {path} → {exchange.status}"
        if op is None:
            problems.append(f"{where}: no operation of the spec")
            continue
        documented = specschema.response_spec(spec, op, exchange.status)
        if documented is None:
            problems.append(f"{where}: status not documented for {op.operation_id}")
            continue
        schema = specschema.json_body_schema(spec, documented[1])
        if schema is None:
            continue
        try:
            import json

            body = json.loads(exchange.body)
        except ValueError:
            problems.append(f"{where}: body is not JSON")
            continue
        errors = specschema.body_errors(specschema.oas_schema(spec, schema), body)
        problems += [f"{where}: {op.operation_id} {exchange.status}: {error}" for error in errors]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s conformance -- --live", description=__doc__.split("\n\n")[0])
    parser.add_argument("--live", action="store_true", help="(accepted for `nox -s conformance -- --live`)")
    parser.add_argument("--provider", action="append", choices=PROVIDERS, help="default: all four")
    parser.add_argument("--reference", action="append", default=[], metavar="PROVIDER=REF", help="a status lookup")
    parser.add_argument("--base-url", action="append", default=[], metavar="PROVIDER=URL", help="another server")
    parser.add_argument("--max-requests", type=int, default=5, help="generated cases per operation (default 5)")
    parser.add_argument("--rate-limit", default="1/s", help="schemathesis rate limit (default 1/s)")
    parser.add_argument("--timeout", type=float, default=5.0, help="connectivity check timeout, seconds")
    parser.add_argument("--request-timeout", type=float, default=20.0, help="per-request timeout, seconds")
    args = parser.parse_args(argv)
    base_urls = dict(item.split("=", 1) for item in args.base_url)
    plans = plan(args.provider or PROVIDERS, args.reference, base_urls, os.environ)

    runnable = [item for item in plans if item.operations or item.references]
    for item in plans:
        for reason in item.skipped:
            print(f"live: skipping {item.provider}: {reason}")
    if not runnable:
        print("live: nothing to run (see above).", file=sys.stderr)
        return 2
    unreachable = {item.provider: reachable(item.base_url, args.timeout) for item in runnable}
    if all(unreachable.values()):
        for provider, why in unreachable.items():
            print(f"live: {provider}: {why}", file=sys.stderr)
        print(
            "live: no provider API can be reached — live mode needs network access. Nothing was tested.",
            file=sys.stderr,
        )
        return 2

    failed: list[str] = []
    for item in runnable:
        if unreachable[item.provider]:
            failed.append(f"{item.provider}: {unreachable[item.provider]}")
            continue
        if item.operations and run_schemathesis(item, args.max_requests, args.rate_limit, args.request_timeout):
            failed.append(f"{item.provider}: schemathesis reported failures (see above)")
        for ref in item.references:
            time.sleep(1.0)  # the same pace as the schemathesis runs
            problems = check_reference(item, ref)
            for problem in problems:
                print(f"    FAIL {problem}")
            if problems:
                failed.append(f"{item.provider}: status({ref}) does not conform")
    print("\nlive: " + ("all conform" if not failed else "FAILED:\n  " + "\n  ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
