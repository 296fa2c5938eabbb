"""The cassettes under ``cassettes/<provider>/``: their scenarios, and how each one is (re)built.

    python -m conformance.cassettes               # rebuild every documented-payload cassette (deterministic)
    python -m conformance.cassettes --check       # compare with the files instead of writing (exit 1 on a diff)
    python -m conformance.cassettes --sandbox     # re-record the sandbox cassettes too (new dates, new ids)
    python -m conformance.cassettes --sandbox --provider changelly --scenario status-finished

A *scenario* is one adapter operation (``tokens()``, ``quote()``, ``execute()``, ``submit()``, ``status()``) with
fixed inputs: a driver name plus parameters, stored in the cassette's provenance file so the replay test
(``conformance/test_cassettes.py``) repeats exactly the same calls. Every request in a cassette is what the adapter
itself sent, captured on the way out:

* **documented example** — the adapter runs against an ``httpx.MockTransport`` that serves, in order, the
  documented payloads listed for the scenario (files of ``adapters/tests/fixtures/<provider>/``, each a verbatim
  copy of a public docs sample, a spec example or a provider's published example; see their ``SOURCES.md``). The
  transport checks that each request goes to the method and path the payload documents. Rebuilding is
  deterministic (fixed clock, no dates), so ``--check`` can prove the files are reproducible.
* **sandbox recording** — where no public payload exists for a scenario (most status states, several error
  responses), the adapter runs against the local sandboxes (``swapsuite.sandbox.SandboxServer``). A ``prepare``
  step brings the sandbox swap into the wanted state through the adapter and the ``/_sandbox`` control API
  without being recorded; then only the scenario's own calls are captured, from a fresh provider (cold token
  cache, as at replay). The loopback URL is rewritten to ``http://127.0.0.1:8765/<provider>`` (the sandbox's
  default port) so the files do not depend on the ephemeral port used.

Cassettes are written in vcrpy's YAML format (``version: 1``, ``interactions: [{request, response}]``), with JSON
bodies as block literals so they stay readable and line-scannable; every file is read back with vcrpy's own
deserializer before it is kept. Request headers kept: ``accept``, ``content-type`` and the credential headers,
whose values are scrubbed to ``REDACTED`` (:mod:`conformance.record`). Response headers kept: ``content-type``,
``retry-after``, ``www-authenticate``.

The package: :mod:`.core` (types, drivers, providers), one module per provider (``conformance.cassettes.<name>``: its
documented payloads and sandbox recordings; :mod:`.scenarios` collects them in registry order), :mod:`.capture`,
:mod:`.files` (vcrpy YAML and provenance TOML) and :mod:`.build` (rebuilding, the index, the command line).

Each cassette has a ``<scenario>.provenance.toml``: provenance kind, base URL, driver and parameters, and per
interaction the fixture file and its public origin (documented) or the sandbox setup (recorded), plus the date of
recording. ``cassettes/README.md`` is the generated index.
"""

from __future__ import annotations

from .build import build_documented, index_text, main, record_sandbox
from .capture import Capture, DocumentedApi, Exchange
from .core import (
    ADAPTER_PARAMS,
    CASSETTES,
    DRIVERS,
    FIXTURES,
    MATCH_ON,
    PRODUCTION,
    PROVIDER_NAMES,
    REPLAY_KEY,
    ROOT,
    SANDBOX_ADAPTER_PARAMS,
    Outcome,
    Scenario,
    arun,
    make_async_provider,
    make_provider,
    quote_request,
    run,
)
from .files import cassette_text, provenance_for, read_cassette, read_provenance, rewrite_recording, write_provenance
from .scenarios import DOCUMENTED, SANDBOX, SCENARIOS, live_params, live_scenarios, scenario
from .shared import EVM_WALLET, SOLANA_WALLET

__all__ = [
    "ADAPTER_PARAMS",
    "CASSETTES",
    "DOCUMENTED",
    "DRIVERS",
    "EVM_WALLET",
    "FIXTURES",
    "MATCH_ON",
    "PRODUCTION",
    "PROVIDER_NAMES",
    "REPLAY_KEY",
    "ROOT",
    "SANDBOX",
    "SANDBOX_ADAPTER_PARAMS",
    "SCENARIOS",
    "SOLANA_WALLET",
    "Capture",
    "DocumentedApi",
    "Exchange",
    "Outcome",
    "Scenario",
    "arun",
    "build_documented",
    "cassette_text",
    "index_text",
    "live_params",
    "live_scenarios",
    "main",
    "make_async_provider",
    "make_provider",
    "provenance_for",
    "quote_request",
    "read_cassette",
    "read_provenance",
    "record_sandbox",
    "rewrite_recording",
    "run",
    "scenario",
    "write_provenance",
]
