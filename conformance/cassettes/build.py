"""Building the cassettes: documented payloads deterministically, sandbox recordings on demand, the README index, and
the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from .capture import Capture, DocumentedApi
from .core import (
    BUILD_KEY,
    CASSETTES,
    PRODUCTION,
    PROVIDER_NAMES,
    ROOT,
    SANDBOX_ADAPTER_PARAMS,
    SANDBOX_BASE,
    Outcome,
    SandboxRun,
    Scenario,
    make_provider,
    run,
)
from .files import cassette_text, provenance_for, read_provenance, to_vcr, toml_text
from .scenarios import SCENARIOS
from .shared import _no_setup


def build_documented(scenario: Scenario) -> dict[Path, str]:
    """The cassette and provenance texts of a documented-example scenario (nothing is written)."""
    base_url = PRODUCTION[scenario.provider]
    api = DocumentedApi(base_url, scenario.served)
    capture = Capture(httpx.MockTransport(api))
    provider = make_provider(scenario.provider, base_url, scenario.params, api_key=BUILD_KEY, transport=capture)
    outcome = run(scenario, provider, scenario.params)
    _check_outcome(scenario, outcome)
    if api.queue:
        raise AssertionError(f"{scenario.provider}/{scenario.name}: payloads never requested: {api.queue}")
    interactions = [to_vcr(exchange, secrets=[BUILD_KEY]) for exchange in capture.exchanges]
    listed = [
        {
            "request": f"{exchange.method} {httpx.URL(exchange.url).path}",
            "status": exchange.status,
            "fixture": f"adapters/tests/fixtures/{item.fixture}",
            "source": item.origin,
        }
        for exchange, item in zip(capture.exchanges, scenario.served, strict=True)
    ]
    provenance = provenance_for(scenario, scenario.kind, base_url, scenario.params, interactions=listed)
    return {
        scenario.path: cassette_text(interactions),
        scenario.path.with_name(f"{scenario.name}.provenance.toml"): toml_text(provenance),
    }


def _check_outcome(scenario: Scenario, outcome: Outcome) -> None:
    got = type(outcome.error).__name__ if outcome.error else None
    if got != scenario.expect_error:
        raise AssertionError(f"{scenario.provider}/{scenario.name}: expected {scenario.expect_error}, got {outcome}")
    if scenario.expect_status and outcome.result.provider_status != scenario.expect_status:
        raise AssertionError(
            f"{scenario.provider}/{scenario.name}: recorded {outcome.result.provider_status}, "
            f"wanted {scenario.expect_status}"
        )


def record_sandbox(scenario: Scenario, server: Any, recorded_on: str) -> dict[Path, str]:
    """Record one scenario from the running sandboxes (see the module docstring)."""
    base_url = server.base_url(scenario.provider)
    adapter_params = SANDBOX_ADAPTER_PARAMS.get(scenario.provider, {})
    setup_provider = make_provider(scenario.provider, base_url, adapter_params, api_key="sandbox-key")
    with setup_provider:
        httpx.post(f"{base_url}/_sandbox/reset", json={}).raise_for_status()  # control calls must be JSON
        prepare = scenario.prepare or _no_setup({})
        params = {
            **scenario.params,
            **prepare(SandboxRun(server, setup_provider, scenario.provider)),
            **adapter_params,
        }
    capture = Capture(httpx.HTTPTransport())
    provider = make_provider(scenario.provider, base_url, params, api_key=scenario.record_key, transport=capture)
    outcome = run(scenario, provider, params)
    _check_outcome(scenario, outcome)
    rewrite = (server.url, SANDBOX_BASE)
    interactions = [to_vcr(e, secrets=["sandbox-key", "wrong-key"], rewrite=rewrite) for e in capture.exchanges]
    provenance = provenance_for(
        scenario,
        scenario.kind,
        f"{SANDBOX_BASE}/{scenario.provider}",
        params,
        recorded_on=recorded_on,
        setup=(prepare.__doc__ or "").strip().splitlines()[0],
    )
    return {
        scenario.path: cassette_text(interactions),
        scenario.path.with_name(f"{scenario.name}.provenance.toml"): toml_text(provenance),
    }


def index_text(cassette_dir: Path = CASSETTES) -> str:
    """``cassettes/README.md``: one row per cassette with its provenance."""
    rows = [
        "# Cassettes",
        "",
        "vcrpy cassettes of every adapter operation, replayed by `conformance/test_cassettes.py` and validated",
        "against the current specs by `conformance/test_cassette_conformance.py`. Built by `python -m",
        "conformance.cassettes` (documented examples: deterministic; `--sandbox` re-records the sandbox ones); live",
        "recordings (`nox -s record`) are `*.live.yaml`. Each cassette's `.provenance.toml` has the details.",
        "",
        "States no public payload shows and no sandbox produces have no cassette: 1Click `INCOMPLETE_DEPOSIT`;",
        "Across `slowFillRequested`, `slowFilled`, `deposit-pending`, `deposit-failed`; Deframe `confirmed`,",
        '`crossing`, `propagated`, `stalled`. The Deframe quote samples are placeholders (`"<string>"`), so Deframe',
        "quotes are sandbox recordings; the older flat Deframe error envelope is not in the current spec.",
        "",
        "| cassette | provenance | what | source |",
        "|---|---|---|---|",
    ]
    for path in sorted(cassette_dir.glob("*/*.yaml")):
        prov = read_provenance(path)
        kind = prov["provenance"] + (f" ({prov['recorded_on']})" if prov.get("recorded_on") else "")
        sources = "; ".join(item["source"] for item in prov.get("interactions", []))
        source = sources or prov.get("setup", "")
        rel = path.relative_to(cassette_dir)
        rows.append(f"| `{rel}` | {kind} | {prov['summary']} | {source.replace('|', '/')} |")
    return "\n".join(rows) + "\n"


def _selected(provider: str | None, names: Sequence[str]) -> Iterator[Scenario]:
    for item in SCENARIOS.values():
        if (provider is None or item.provider == provider) and (not names or item.name in names):
            yield item


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.cassettes", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the documented cassettes instead of writing")
    parser.add_argument("--sandbox", action="store_true", help="also re-record the sandbox cassettes")
    parser.add_argument("--provider", choices=PROVIDER_NAMES)
    parser.add_argument("--scenario", action="append", default=[])
    args = parser.parse_args(argv)
    texts: dict[Path, str] = {}
    for item in _selected(args.provider, args.scenario):
        if item.served:
            texts.update(build_documented(item))
    if args.sandbox and not args.check:
        from swapsuite.sandbox import SandboxServer

        today = datetime.now(UTC).date().isoformat()
        with SandboxServer() as server:
            for item in _selected(args.provider, args.scenario):
                if not item.served:
                    texts.update(record_sandbox(item, server, today))
    if args.check:
        texts[CASSETTES / "README.md"] = index_text()
        stale = [path for path, text in texts.items() if not path.exists() or path.read_text("utf-8") != text]
        for path in stale:
            print(f"differs: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in texts.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    (CASSETTES / "README.md").write_text(index_text(), encoding="utf-8")
    return 0
