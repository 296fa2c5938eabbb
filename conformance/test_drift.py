"""The drift gate (issue 7): rule-by-rule corpus, $ref/allOf/oneOf following, CLI exit codes, cassette replay, the
real upstream pairs and ``python -m swapsuite.drift.gate`` end to end.

Corpus: ``conformance/drift_corpus/<case>/{base,new}.yaml`` — one small before/after pair per rule (plus resolution and
composition cases); each test asserts the exact ``(kind, location, severity)`` list.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from swapsuite.cli import main as cli
from swapsuite.drift import RULES, SpecLoadError, compare_sources, counts_by_kind, rules_markdown
from swapsuite.drift.cassettes import ReplayResult, read_cassettes, replay
from swapsuite.drift.gate import ProviderResult, accept_list
from swapsuite.drift.impact import CheckResult
from swapsuite.drift.load import load

from conformance.conftest import ROOT

CORPUS = Path(__file__).parent / "drift_corpus"
B, N = "breaking", "non-breaking"
# The published documents our pulled specs are built from (upstream + overlay.yaml; provenance in SOURCE.md).
ONECLICK_UPSTREAM = ROOT / "specs" / "oneclick" / "upstream" / "openapi.json"
ACROSS_UPSTREAM = ROOT / "specs" / "across" / "upstream" / "openapi.yaml"
RESP = "GET /things 200 application/json"
BODY = "POST /things requestBody application/json"
REQUEST_31_ROOT = ("dependent-required", "dependent-schema", "if", "then", "else", "property-names", "pattern-property")
REQUEST_31_ROOT = (*REQUEST_31_ROOT, "unevaluated-properties")
RESPONSE_31_ROOT = ("if", "then", "property-names", "pattern-property", "unevaluated-properties")

CASES: dict[str, list[tuple[str, str, str]]] = {
    # --- document ---------------------------------------------------------------------------------------------
    "server-url-changed": [("server-url-changed", "#/servers/0", B)],
    "server-added": [("server-added", "#/servers/1", N)],
    "server-removed": [("server-removed", "#/servers/1", N)],
    "security-scheme-removed": [("api-security-component-removed", "#/components/securitySchemes/Bearer", N)],
    "security-scheme-added": [("api-security-component-added", "#/components/securitySchemes/Bearer", N)],
    "security-scheme-changed": [("api-security-component-type-changed", "#/components/securitySchemes/ApiKey", B)],
    # --- operations and their security ------------------------------------------------------------------------
    "operation-removed": [("api-removed-without-deprecation", "GET /other", B)],
    "operation-added": [("endpoint-added", "GET /other", N)],
    "operation-deprecated": [("endpoint-deprecated", "GET /things", N)],
    # anonymous -> ApiKey required: one change (the gained ApiKey alternative is part of it, not reported twice)
    "security-requirement-added": [("security-requirement-added", "GET /things", B)],
    "security-made-optional": [("security-made-optional", "GET /things", N)],
    # ApiKey required -> no security at all: optional now; ApiKey is not "refused", auth is simply gone
    "security-dropped": [("security-made-optional", "GET /things", N)],
    "security-alternative-removed": [("security-alternative-removed", "GET /things", B)],
    "security-alternative-added": [("security-alternative-added", "GET /things", N)],
    # --- parameters -------------------------------------------------------------------------------------------
    "parameter-removed": [("request-parameter-removed", "GET /things query:limit", B)],
    "parameter-added": [("new-optional-request-parameter", "GET /things query:limit", N)],
    "required-parameter-added": [("new-required-request-parameter", "GET /things query:limit", B)],
    "parameter-renamed": [("request-parameter-renamed", "GET /things query:chain", B)],
    # /things/{id} and /things/{thingId} are the same operation; the path parameter looks renamed
    "path-parameter-renamed": [("request-path-parameter-renamed", "GET /things/{id} path:id", N)],
    "parameter-became-required": [("request-parameter-became-required", "GET /things query:limit", B)],
    "parameter-became-optional": [("request-parameter-became-optional", "GET /things query:limit", N)],
    # a free string parameter became an enum: the server accepts fewer values
    "request-enum-introduced": [("request-property-became-enum", "GET /things query:sort", B)],
    # --- request bodies ---------------------------------------------------------------------------------------
    "request-body-became-required": [("request-body-became-required", "POST /things requestBody", B)],
    "request-body-became-optional": [("request-body-became-optional", "POST /things requestBody", N)],
    "request-body-added": [("request-body-added-optional", "POST /things requestBody", N)],
    "request-body-removed": [("request-body-removed", "POST /things requestBody", B)],
    "request-content-type-removed": [
        ("request-body-media-type-removed", "POST /things requestBody application/x-www-form-urlencoded", B)
    ],
    "request-content-type-added": [
        ("request-body-media-type-added", "POST /things requestBody application/x-www-form-urlencoded", N)
    ],
    # --- request schemas --------------------------------------------------------------------------------------
    "request-property-removed": [("request-property-removed", f"{BODY} #/properties/memo", N)],
    "request-property-added": [("new-optional-request-property", f"{BODY} #/properties/memo", N)],
    "request-required-property-added": [("new-required-request-property", f"{BODY} #/properties/memo", B)],
    "request-property-became-required": [("request-property-became-required", f"{BODY} #/properties/memo", B)],
    "request-property-became-optional": [("request-property-became-optional", f"{BODY} #/properties/memo", N)],
    "request-nullable-removed": [("request-property-became-not-nullable", f"{BODY} #/properties/memo", B)],
    "request-nullable-added": [("request-property-became-nullable", f"{BODY} #/properties/memo", N)],
    "request-enum-value-removed": [("request-property-enum-value-removed", f"{BODY} #/properties/mode", B)],
    "request-enum-value-added": [("request-property-enum-value-added", f"{BODY} #/properties/mode", N)],
    "request-variant-removed": [("request-property-one-of-removed", f"{BODY} #/oneOf/1", B)],
    "request-variant-added": [("request-property-one-of-added", f"{BODY} #/oneOf/1", N)],
    "request-constraint-tightened": [
        ("request-property-max-decreased", f"{BODY} #/properties/amount", B),
        ("request-property-min-set", f"{BODY} #/properties/amount", B),
    ],
    "request-constraint-loosened": [("request-property-pattern-removed", f"{BODY} #/properties/amount", N)],
    # --- responses --------------------------------------------------------------------------------------------
    "success-status-removed": [("response-success-status-removed", "GET /things 202", B)],
    "success-status-added": [("response-success-status-added", "GET /things 202", B)],
    "error-status-added": [("response-non-success-status-added", "GET /things 404", N)],
    "error-status-removed": [("response-non-success-status-removed", "GET /things 404", N)],
    "response-content-type-removed": [("response-media-type-removed", "GET /things 200 text/csv", B)],
    "response-content-type-added": [("response-media-type-added", "GET /things 200 text/csv", N)],
    # --- response schemas -------------------------------------------------------------------------------------
    "response-property-removed": [("response-required-property-removed", f"{RESP} #/properties/name", B)],
    "response-property-added": [("response-optional-property-added", f"{RESP} #/properties/name", N)],
    "response-property-became-optional": [("response-property-became-optional", f"{RESP} #/properties/name", B)],
    "response-property-became-required": [("response-property-became-required", f"{RESP} #/properties/name", N)],
    "response-nullable-added": [("response-property-became-nullable", f"{RESP} #/properties/name", B)],
    "response-nullable-removed": [("response-property-became-not-nullable", f"{RESP} #/properties/name", N)],
    "response-enum-value-added": [("response-property-enum-value-added", f"{RESP} #/properties/status", B)],
    "response-enum-value-removed": [("response-property-enum-value-removed", f"{RESP} #/properties/status", N)],
    # an enum became a plain string: the server may send anything
    "response-enum-dropped": [("response-property-enum-value-added", f"{RESP} #/properties/status", B)],
    "response-variant-added": [("response-property-any-of-added", f"{RESP} #/anyOf/1", N)],
    "response-variant-removed": [("response-property-any-of-removed", f"{RESP} #/anyOf/1", N)],
    "response-constraint-changed": [("response-property-pattern-added", f"{RESP} #/properties/amount", N)],
    # --- shape (either side) ----------------------------------------------------------------------------------
    "type-changed": [
        ("request-property-type-generalized", "GET /things query:page", N),
        ("response-property-type-changed", f"{RESP} #/properties/decimals", B),
    ],
    "format-changed": [("format-changed", f"{RESP} #/properties/updatedAt", B)],
    "composition-changed": [("composition-changed", f"{RESP} #/properties/withdrawals", B)],
    # --- resolution and composition ---------------------------------------------------------------------------
    # parameter, response and schemas all behind $ref; component Thing renamed to Item (no change by itself)
    "ref-resolution": [
        ("request-property-enum-value-removed", "GET /things query:sort", B),
        ("response-required-property-removed", f"{RESP} #/properties/price/properties/currency", B),
    ],
    # Thing = allOf[$ref Base, {extra}]: Base loses `name`, the inline part makes `extra` required
    "allof-merge": [
        ("response-optional-property-removed", f"{RESP} #/properties/name", B),
        ("response-property-became-required", f"{RESP} #/properties/extra", N),
    ],
    # specs/CONVENTIONS.md nullable-reference idiom `allOf: [$ref] + nullable` -> bare $ref: only nullability changes
    "allof-nullable-ref": [("response-property-became-not-nullable", f"{RESP} #/properties/owner", N)],
    # variants reordered; matched by $ref name (Card is base variant 0), not by position
    "oneof-by-ref-name": [("response-required-property-removed", f"{RESP} #/oneOf/0/properties/last4", B)],
    # inline variants reordered; matched by title (solana is base variant 1)
    "oneof-by-title": [("response-property-type-changed", f"{RESP} #/oneOf/1/properties/tx", B)],
    # Node.children.items -> Node: the walk stops at the cycle, the removal is reported once
    "recursive-schema": [("response-required-property-removed", f"{RESP} #/properties/name", B)],
    # descriptions, summaries, examples, tags, info, x- extensions: not reported (see swapsuite.drift.rules)
    "documentation-only": [],
    # inline schema moved into components (and wrapped in allOf): same behaviour, nothing to report
    "refactor-only": [],
    # --- issue 18: OpenAPI 3.1, lifecycle, extensions, direction-aware rules (oasdiff parity) ---------------------
    "webhooks": [
        ("webhook-removed", "POST webhook:thingArchived", B),
        ("request-body-became-required", "POST webhook:thingCreated requestBody", B),
        ("webhook-added", "POST webhook:thingPaused", N),
    ],
    "openapi31-request-keywords": [
        *((f"request-property-{k}-added", BODY, B) for k in REQUEST_31_ROOT),
        ("request-property-const-added", f"{BODY} #/properties/kind", B),
        ("request-property-contains-added", f"{BODY} #/properties/tags", B),
        ("request-property-prefix-items-removed", f"{BODY} #/properties/point/prefixItems/1", B),
        ("request-property-content-schema-added", f"{BODY} #/properties/payload", B),
    ],
    "openapi31-response-keywords": [
        ("response-property-dependent-required-changed", f"{RESP} #/dependentRequired/card", B),
        *((f"response-property-{k}-removed", RESP, B) for k in RESPONSE_31_ROOT),
        ("response-property-const-changed", f"{RESP} #/properties/kind", B),
        ("response-property-contains-removed", f"{RESP} #/properties/tags", B),
        ("response-property-prefix-items-added", f"{RESP} #/properties/point/prefixItems/1", B),
        ("response-property-content-schema-removed", f"{RESP} #/properties/payload", B),
    ],
    # nullable -> type: [t, null]; exclusiveMinimum: true -> a number; format binary/byte -> contentMediaType /
    # contentEncoding; example -> examples; allOf[$ref] + nullable -> anyOf[$ref, {type: null}]
    "upgrade-30-to-31": [],
    "parameter-default-changed": [("request-parameter-default-value-changed", "GET /things query:limit", B)],
    "request-all-of-added": [
        ("request-property-all-of-added", BODY, B),
        ("request-property-all-of-added", f"{BODY} #/properties/address", B),
        ("new-optional-request-property", f"{BODY} #/properties/address/properties/lat", N),
        ("new-optional-request-property", f"{BODY} #/properties/auditNote", N),
    ],
    "response-minimum-decreased": [
        ("response-property-min-items-decreased", RESP, B),
        ("response-property-min-decreased", f"{RESP} #/items/properties/amount", B),
        ("response-property-exclusive-min-decreased", f"{RESP} #/items/properties/fee", B),
    ],
    "stability-level-changed": [
        ("api-stability-decreased", "POST /things", B),
        ("request-property-stability-increased", f"{BODY} #/properties/memo", N),
        ("response-property-stability-decreased", "POST /things 200 application/json #/properties/score", B),
    ],
    # removed from a request's x-extensible-enum: breaking; from a response's: the server just sends fewer values
    "extensible-enum-value-removed": [
        ("request-property-x-extensible-enum-value-removed", f"{BODY} #/properties/channel", B)
    ],
    "removal-and-sunset": [
        ("api-removed-without-deprecation", "GET /gone", B),
        ("api-removed-before-sunset", "GET /legacy", B),  # x-sunset 2099-12-31
        ("api-removed-with-deprecation", "GET /old", N),  # x-sunset 2020-01-31
    ],
    "response-one-of-added": [("response-property-one-of-added", f"{RESP} #/oneOf/1", B)],
    "read-only-write-only": [
        ("request-read-only-property-changed", f"{BODY} #/properties/id", N),
        ("request-property-became-optional", f"{BODY} #/properties/password", N),
        ("request-read-only-property-changed", f"{BODY} #/properties/createdAt", N),
        ("response-property-became-required", "POST /things 200 application/json #/properties/id", N),
        ("response-write-only-property-changed", "POST /things 200 application/json #/properties/password", N),
        ("response-required-property-added", "POST /things 200 application/json #/properties/createdAt", N),
    ],
    "pattern-semantics": [
        ("request-property-pattern-generalized", f"{BODY} #/properties/code", N),  # '^[A-Z]{3}$' -> '.*'
        ("request-property-pattern-removed", f"{BODY} #/properties/ref", N),
        ("request-property-pattern-added", f"{BODY} #/properties/tag", B),
        ("request-property-pattern-changed", f"{BODY} #/properties/slug", B),
    ],
    "numeric-widening": [
        ("request-property-type-generalized", "POST /things query:filter #/properties/minScore", N),
        ("request-property-type-generalized", f"{BODY} #/properties/count", N),
        ("response-property-type-specialized", "POST /things 200 application/json #/properties/count", N),
        ("response-property-type-changed", "POST /things 200 application/json #/properties/total", B),
    ],
    # the same API split over files (path item, schema files, a recursive file, a ref back into the root)
    "multi-file": [("response-optional-property-removed", f"{RESP} #/properties/owner/properties/name", B)],
}


def _pair(case: str) -> tuple[str, str]:
    return str(CORPUS / case / "base.yaml"), str(CORPUS / case / "new.yaml")


def test_corpus_has_exactly_the_listed_cases() -> None:
    on_disk = {p.parent.name for p in CORPUS.glob("*/base.yaml")}
    assert on_disk == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_corpus_pair(case: str) -> None:
    changes = compare_sources(*_pair(case))
    assert [c.as_tuple() for c in changes] == CASES[case]
    for change in changes:
        assert change.severity == RULES[change.kind].severity
        assert change.message


def test_response_enum_addition_notes_tolerant_clients() -> None:
    (change,) = compare_sources(*_pair("response-enum-value-added"))
    assert "REFUNDED" in change.message
    assert "swapsuite's generated clients keep them" in change.message


def test_rule_table_is_printable() -> None:
    table = rules_markdown()
    assert table.splitlines()[0] == "| kind | severity | side | rule | oasdiff | oasdiff level |"
    for kind, rule in RULES.items():
        assert f"| `{kind}` | {rule.severity} |" in table
        assert rule.severity in (B, N)
        assert rule.oasdiff_level in ("error", "warning", "info", None)
        assert bool(rule.oasdiff) == (rule.oasdiff_level is not None)


# --- unreadable input ---------------------------------------------------------------------------------------------
INVALID = {
    "circular-ref.yaml": "circular $ref #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A",
    "external-ref.yaml": "$ref 'other.yaml#/components/schemas/Thing': cannot read",
    "external-remote.yaml": "remote $ref 'https://schemas.example.com/thing.yaml#/Thing' refused",
    "unresolvable-ref.yaml": "unresolvable $ref '#/components/schemas/Missing'",
    "swagger2.yaml": "is not an OpenAPI 3.x document (swagger 2.0)",
    "not-yaml.yaml": "is not valid YAML/JSON",
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_input_is_a_clear_error(name: str) -> None:
    bad = str(CORPUS / "invalid" / name)
    with pytest.raises(SpecLoadError, match=re.escape(INVALID[name])):
        compare_sources(_pair("refactor-only")[0], bad)


# --- CLI ----------------------------------------------------------------------------------------------------------
def _drift(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["drift", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_response_field_removed_exits_1_and_names_the_field() -> None:
    code, out, _ = _drift(*_pair("response-property-removed"))
    assert code == 1
    assert "response-property-removed" in out
    assert f"{RESP} #/properties/name" in out
    assert "property 'name' removed" in out


def test_cli_no_changes_exits_0() -> None:
    code, out, _ = _drift(*_pair("documentation-only"))
    assert (code, out.strip().endswith("no changes")) == (0, True)


def test_cli_fail_on_levels() -> None:
    additive = _pair("response-property-added")  # one non-breaking change
    assert _drift(*additive)[0] == 0
    assert _drift(*additive, "--fail-on", "any")[0] == 1
    assert _drift(*_pair("response-property-removed"), "--fail-on", "none")[0] == 0


@pytest.mark.parametrize("name", ["missing.yaml", "not-yaml.yaml", "swagger2.yaml", "circular-ref.yaml"])
def test_cli_unreadable_input_exits_2_with_one_line(name: str) -> None:
    code, out, err = _drift(_pair("refactor-only")[0], str(CORPUS / "invalid" / name))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("error: ")


def test_cli_json_and_markdown() -> None:
    code, out, _ = _drift(*_pair("ref-resolution"), "--format", "json")
    doc = json.loads(out)
    assert code == 1
    assert doc["summary"] == {
        "breaking": 2,
        "non-breaking": 0,
        "by_kind": {"request-property-enum-value-removed": 1, "response-required-property-removed": 1},
    }
    assert [(c["kind"], c["location"], c["severity"]) for c in doc["changes"]] == CASES["ref-resolution"]
    code, out, _ = _drift(*_pair("ref-resolution"), "--format", "markdown")
    assert "| severity | kind | location | detail |" in out
    assert "**2 changes: 2 breaking, 0 non-breaking**" in out


# --- URLs ---------------------------------------------------------------------------------------------------------
class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def corpus_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(CORPUS)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/openapi.yaml"


def test_specs_load_from_urls(corpus_server: str) -> None:
    base, new = f"{corpus_server}/ref-resolution/base.yaml", f"{corpus_server}/ref-resolution/new.yaml"
    assert [c.as_tuple() for c in compare_sources(base, new)] == CASES["ref-resolution"]
    code, _, err = _drift(base, f"{corpus_server}/no-such-case/new.yaml")
    assert (code, err.strip()) == (2, f"error: cannot fetch {corpus_server}/no-such-case/new.yaml: HTTP 404")


def test_unreachable_url_exits_2() -> None:
    url = _closed_port_url()
    code, _, err = _drift(_pair("refactor-only")[0], url)
    assert code == 2
    assert err.startswith(f"error: cannot fetch {url}: ")
    assert "offline or unreachable" in err


# --- cassettes ----------------------------------------------------------------------------------------------------
GENERATED_ONECLICK = ROOT / "generated" / "oneclick" / "swapsuite_oneclick_client"


def test_cassettes_conform_to_the_current_spec_and_client() -> None:
    interactions = read_cassettes(sorted((CORPUS / "cassettes" / "oneclick").glob("*.yaml")))
    result = replay(load(str(ROOT / "specs/oneclick/openapi.yaml")), GENERATED_ONECLICK, interactions, [])
    assert (result.conforming, result.total, result.failures) == (4, 4, [])


def test_nonconforming_cassettes_are_reported() -> None:
    interactions = read_cassettes(sorted((CORPUS / "cassettes-nonconforming" / "oneclick").glob("*.yaml")))
    result = replay(load(str(ROOT / "specs/oneclick/openapi.yaml")), GENERATED_ONECLICK, interactions, [])
    assert (result.conforming, result.total) == (0, 2)
    assert result.failures == [
        "broken.yaml#0: schema: GET /v0/status 200: (root): 'status' is a required property (+1 more)",
        "broken.yaml#0: client: MissingProperty: $.status: required property is missing",
        "broken.yaml#1: schema: GET /v0/status: status 418 is not documented for /v0/status",
        "broken.yaml#1: client: UnexpectedStatus: Unexpected status code: 418",
    ]


# --- the real pairs: our corrected specs vs the upstream documents they are built from ------------------------------
# What the overlays change, classified: every breaking change is one of our corrections, each explained below.

ONECLICK_COUNTS = {
    "api-security-component-removed": 2,
    "api-removed-without-deprecation": 7,
    "security-requirement-added": 4,
    "security-alternative-removed": 4,
    "request-parameter-removed": 1,
    "response-success-status-removed": 1,
    "response-non-success-status-removed": 1,
    "composition-changed": 2,
    "request-property-removed": 3,
    "response-optional-property-removed": 35,
    "response-property-became-required": 5,
    "request-property-became-not-nullable": 9,
    "response-property-became-not-nullable": 80,
    "request-property-enum-value-removed": 3,
    "response-property-enum-value-removed": 10,
    # page/limit: integers here, `number` upstream — a widened request, not breaking since issue 18
    "request-property-type-generalized": 2,
    "response-property-type-changed": 1,
    "request-property-pattern-removed": 1,
    "response-property-pattern-removed": 3,
    "request-property-max-unset": 1,
}
_Q = "application/json #/properties"
# Where the QuoteResponse echo appears in responses (its QuoteRequest and Quote are checked at each place).
_ECHOES = (
    f"POST /v0/quote 200 {_Q}",
    f"GET /v0/status 200 {_Q}/quoteResponse/properties",
    f"POST /v0/deposit/submit 200 {_Q}/quoteResponse/properties",
)
_AUTHED = ("GET /v0/any-input/withdrawals", "POST /v0/deposit/submit", "POST /v0/quote", "GET /v0/status")
_ERRORS = (
    "GET /v0/any-input/withdrawals 404",
    "POST /v0/deposit/submit 400",
    "POST /v0/quote 400",
    "GET /v0/status 404",
)
ONECLICK_BREAKING = {
    # X-API-Key (the preferred scheme in the 2026 docs / SDK 0.1.25) was added by us; the Jan-2026 upstream spec only
    # knows JWT-auth. Upstream also marks JWT as *required* on every authenticated endpoint, while the docs (and our
    # spec, with an anonymous `{}` alternative) say credentials are optional and only cost an extra fee when absent.
    # (The X-API-Key and UserSession schemes themselves are removed upstream too; that is non-breaking by itself
    # since issue 18 — the operations' security-alternative-removed carries the break.)
    *(("security-requirement-added", op) for op in _AUTHED),
    *(("security-alternative-removed", op) for op in _AUTHED),
    # Deliberate correction: TokenResponse.decimals is an integer here, `number` upstream.
    ("response-property-type-changed", "GET /v0/tokens 200 application/json #/items/properties/decimals"),
    # Deliberate correction: withdrawals is oneOf [array, object] here; upstream declares a single object.
    ("composition-changed", f"GET /v0/any-input/withdrawals 200 {_Q}/withdrawals"),
    # `ondoTokens` comes from the newest docs, not in the Jan-2026 spec.
    ("request-parameter-removed", "GET /v0/tokens query:ondoTokens"),
    # TokenResponse.coingeckoId: newer API versions (SDK 0.1.25), not upstream yet.
    ("response-optional-property-removed", "GET /v0/tokens 200 application/json #/items/properties/coingeckoId"),
    # Deliberate correction: live POST /v0/quote answers 201 Created; upstream documents only 200.
    ("response-success-status-removed", "POST /v0/quote 201"),
    # BadRequestResponse.correlationId/timestamp/path: seen in live 400/404 bodies (2026), not in any upstream spec.
    *(
        ("response-optional-property-removed", f"{err} {_Q}/{field}")
        for err in _ERRORS
        for field in ("correlationId", "timestamp", "path")
    ),
    # Newer request fields (SDK 0.1.25 / newest docs) echoed back in every quoteRequest: confidentiality, rebates,
    # insured; and newer Quote fields chainDepositAddresses, refundFee, withdrawFee.
    *(
        ("response-optional-property-removed", f"{echo}/quoteRequest/properties/{field}")
        for echo in _ECHOES
        for field in ("confidentiality", "rebates", "insured")
    ),
    *(
        ("response-optional-property-removed", f"{echo}/quote/properties/{field}")
        for echo in _ECHOES
        for field in ("chainDepositAddresses", "refundFee", "withdrawFee")
    ),
    # SwapDetails.withdrawFee (SDK 0.1.25) and refundFee (live 2026 responses) in both status-shaped responses.
    *(
        ("response-optional-property-removed", f"{op} 200 {_Q}/swapDetails/properties/{field}")
        for op in ("GET /v0/status", "POST /v0/deposit/submit")
        for field in ("withdrawFee", "refundFee")
    ),
    # The CONFIDENTIAL_INTENTS deposit/refund/recipient types are newer than the Jan-2026 spec (request side: the
    # upstream document would refuse them).
    *(
        ("request-property-enum-value-removed", f"POST /v0/quote requestBody {_Q}/{field}")
        for field in ("depositType", "refundType", "recipientType")
    ),
    # Optional QuoteRequest fields are nullable here because /v0/status echoes them back with explicit nulls; our
    # client never sends null (unset fields are omitted), so upstream's non-nullable declaration costs nothing.
    *(
        ("request-property-became-not-nullable", f"POST /v0/quote requestBody {_Q}/{field}")
        for field in (
            "depositMode",
            "connectedWallets",
            "sessionId",
            "virtualChainRecipient",
            "virtualChainRefundRecipient",
            "customRecipientMsg",
            "referral",
            "quoteWaitingTimeMs",
            "appFees",
        )
    ),
    # The operations of the current API (SDK 0.1.25 services, cow-sdk's /v0/attestation) and the session scheme of
    # the account endpoints, all newer than the Jan-2026 upstream file; TokenResponse.price accepts the string the
    # upstream example sends (tolerant reader).
    *(
        ("api-removed-without-deprecation", op)
        for op in (
            "POST /v0/generate-intent",
            "POST /v0/submit-intent",
            "GET /v0/account/history",
            "GET /v0/account/balances",
            "POST /v0/auth/authenticate",
            "POST /v0/auth/refresh",
            "POST /v0/attestation",
        )
    ),
    ("composition-changed", "GET /v0/tokens 200 application/json #/items/properties/price"),
}


def test_real_pair_oneclick_vs_upstream_docs_repo() -> None:
    changes = compare_sources(str(ROOT / "specs/oneclick/openapi.yaml"), str(ONECLICK_UPSTREAM))
    assert counts_by_kind(changes) == ONECLICK_COUNTS
    breaking = [(c.kind, c.location) for c in changes if c.breaking]
    assert len(breaking) == len(set(breaking)) == 67
    assert set(breaking) == ONECLICK_BREAKING
    # Non-breaking, also explained: our nullable optional fields (status echoes carry nulls) -> upstream non-nullable
    # responses; our longer enums (Blockchain grew, CONFIDENTIAL_INTENTS) -> fewer values upstream; the
    # `^[0-9]+$` amount pattern we added; QuoteResponse.correlationId optional here (the status echo omits it),
    # required upstream; the `default` error response of /v0/tokens that upstream does not declare.
    nullable = {c.location.rsplit("/", 1)[-1] for c in changes if c.kind == "response-property-became-not-nullable"}
    assert {"depositAddress", "referral", "amountIn", "slippage", "withdrawals"} <= nullable


ACROSS_COUNTS = {
    "api-security-component-removed": 1,
    "api-removed-without-deprecation": 1,
    "security-alternative-removed": 10,
    "request-parameter-removed": 26,
    "request-parameter-became-required": 1,
    "request-parameter-default-value-changed": 4,
    "request-parameter-default-value-added": 10,
    "request-parameter-default-value-removed": 3,
    "response-non-success-status-removed": 3,
    "format-changed": 57,
    "composition-changed": 5,
    "request-property-removed": 1,
    "request-property-became-required": 1,
    "request-property-became-optional": 2,
    "response-required-property-removed": 13,
    "response-optional-property-removed": 104,
    "response-optional-property-added": 9,
    "response-property-became-optional": 368,
    "response-property-became-not-nullable": 6,
    "request-property-became-enum": 8,
    "response-property-enum-value-added": 31,
    "response-property-enum-value-removed": 6,
    "request-property-type-changed": 7,
    "response-property-type-changed": 10,
    "request-property-pattern-removed": 5,
    "response-property-pattern-removed": 97,
    "request-property-max-unset": 1,
    "request-property-min-unset": 5,
    "response-property-min-unset": 43,
}
_ERR = r"(400|4XX|500) application/json"
_RESPONSE_REMOVED = r"response-(required|optional)-property-removed"
# Every breaking change of the Across pair falls in exactly one of these explained groups: (kind regex, location
# regex, expected count). The specs/across/openapi.yaml descriptions carry the evidence for each correction.
ACROSS_BREAKING_GROUPS: list[tuple[str, str, int]] = [
    # bearerAuth: Across API keys (docs.across.to, optional); the upstream spec has no security at all. (The scheme's
    # own removal is not breaking since issue 18: the operations' alternatives carry it.)
    ("security-alternative-removed", r"^(GET|POST) /[\w/-]+$", 10),
    # Query parameters the service code accepts but upstream does not document: depositTxHash / relayDataHash /
    # index (indexer), skipChecks / routingPreference / deprecated slippageTolerance (frontend api/swap/_utils.ts),
    # chainId on /swap/tokens.
    (
        "request-parameter-removed",
        r"query:(depositTxHash|relayDataHash|index|slippageTolerance|skipChecks|routingPreference|chainId)$",
        10,
    ),
    # Upstream marks depositTxnRef required, which wrongly rules out the other lookups the indexer accepts.
    ("request-parameter-became-required", r"^GET /deposit/status query:depositTxnRef$", 1),
    # Upstream requires populateDynamically in every action argument; the server defaults it to false.
    ("request-property-became-required", r"/args/items/properties/populateDynamically$", 1),
    # Upstream restricts chain ids to an enum of eleven; chain ids are an open set (Solana 34268394551451, ...).
    ("request-property-became-enum", r"query:(originChainId|destinationChainId|chainId)$", 8),
    # Upstream declares no schema for these bodies (only examples): our typed schemas -> "any".
    (
        "response-property-type-changed",
        r"^GET /(available-routes|swap/chains|swap/sources|swap/tokens) 200 application/json$|" + _ERR + "$",
        6,
    ),
    # /deposit/status and /deposits errors: either envelope (indexer code vs upstream's documented AcrossApiError).
    ("composition-changed", r"^GET /deposits?(/status)? (400|500) application/json$", 4),
    # The indexer's lookup (HyperCore nonces) and filter parameters (dtos/deposits.dto.ts), missing upstream.
    (
        "request-parameter-removed",
        r"^GET /deposit/status query:(from|hypercoreWithdrawalNonce|hypercoreDepositNonce|recipient)$",
        4,
    ),
    ("request-parameter-removed", r"^GET /deposits query:", 12),
    # GET /chains: the app SDK's getSupportedChains (frontend api/chains.ts), missing upstream.
    ("api-removed-without-deprecation", r"^GET /chains$", 1),
    # Upstream declares /deposits as one object; the service returns an array.
    ("response-property-type-changed", r"^GET /deposits 200 application/json$", 1),
    # depositId / depositTxnRef / depositRefundTxnRef: integers upstream; ids and hashes are strings (uint256, 0x...).
    ("request-property-type-changed", r"^GET /deposit/status query:depositId$", 1),
    (
        "response-property-type-changed",
        r"^GET /deposit/status 200 application/json #/properties/(depositId|depositTxnRef|depositRefundTxnRef)$",
        3,
    ),
    # amount: integer upstream; base-unit amounts exceed 2^53 and are sent as strings.
    ("request-property-type-changed", r"^GET /(limits|suggested-fees) query:amount$", 2),
    # slippage: a float upstream; the service also takes the string `auto`. appFee: a float upstream, a decimal string
    # here (the app SDK validates it as one), so fee fractions are never written through a float.
    ("request-property-type-changed", r"^(GET|POST) /swap/approval query:(slippage|appFee)$", 4),
    # exclusivityDeadline: upstream's schema says string, its example and live responses carry a number.
    ("composition-changed", r"^GET /suggested-fees 200 application/json #/properties/exclusivityDeadline$", 1),
    # AcrossApiError param/id/transaction (frontend api/_errors.ts) on every app.across.to error response.
    ("response-optional-property-removed", _ERR + r" #/properties/(param|id|transaction)$", 38),
    # Indexer /deposit/status fields (depositTxHash, fillTx, depositRefundTxHash, pagination, actionsTargetChainId)
    # missing upstream.
    (_RESPONSE_REMOVED, r"^GET /deposit/status 200 ", 6),
    # /limits and /suggested-fees fields from the frontend code (fee details, legacy *Pct/*Total, outputAmount, id...).
    (_RESPONSE_REMOVED, r"^GET /(limits|suggested-fees) 200 ", 17),
    # /swap/approval fields upstream lacks (approvalTxns, maxInputAmount, quoteExpiryTimestamp, eip712, originSwap,
    # fee details, swapTx.ecosystem/value) — from the toolkit zod schema; upstream's POST response is also an older
    # fee layout.
    (_RESPONSE_REMOVED, r"^(GET|POST) /swap/approval 200 ", 56),
    # Upstream marks almost nothing required in responses; our spec lists what the service always sends.
    ("response-property-became-optional", r".", 368),
    # AcrossApiError type/code are enums here (the documented code list), free strings upstream.
    ("response-property-enum-value-added", _ERR + r" #/properties/(type|code)$", 28),
    # amountType is the TradeType enum here, a free string upstream.
    (
        "response-property-enum-value-added",
        r"^(GET|POST) /swap/approval 200 application/json #/properties/amountType$",
        2,
    ),
    # Upstream's POST response lists the server's constant names (BRIDGEABLE_TO_BRIDGEABLE, ...), not the values.
    ("response-property-enum-value-added", r"^POST /swap/approval 200 application/json #/properties/crossSwapType$", 1),
    # Chain ids (and the /suggested-fees timestamp) are `format: int64` here — Solana's id exceeds int32.
    ("format-changed", r".", 57),
    # Chain ids are `minimum: 1` here; upstream states no bound (a loosened response since issue 18).
    ("response-property-min-unset", r"/properties/(chainId|originChainId)$", 43),
    # Parameter defaults: ours state what the service does (and drop upstream's placeholders such as refundAddress
    # '0xDEPOSITOR_ADDRESS'); a client that omits the parameter gets the server's behaviour either way.
    ("request-parameter-default-value-added", r"^(GET|POST) /swap/approval query:", 10),
    ("request-parameter-default-value-changed", r"^(GET|POST) /swap/approval query:", 4),
    ("request-parameter-default-value-removed", r"^GET /(deposits|limits|suggested-fees) query:", 3),
]


def test_real_pair_across_vs_upstream_frontend_docs() -> None:
    changes = compare_sources(str(ROOT / "specs/across/openapi.yaml"), str(ACROSS_UPSTREAM))
    assert counts_by_kind(changes) == ACROSS_COUNTS
    found = [0] * len(ACROSS_BREAKING_GROUPS)
    for change in (c for c in changes if c.breaking):
        groups = [
            i
            for i, (kind, rx, _) in enumerate(ACROSS_BREAKING_GROUPS)
            if re.fullmatch(kind, change.kind) and re.search(rx, change.location)
        ]
        assert len(groups) == 1, f"breaking change not explained exactly once: {change}"
        found[groups[0]] += 1
    assert found == [count for _, _, count in ACROSS_BREAKING_GROUPS]
    assert sum(found) == 702


# --- the gate -----------------------------------------------------------------------------------------------------
def _gate(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    full_env.update(env or {})
    full_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "adapters" / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    return subprocess.run(
        [sys.executable, "-m", "swapsuite.drift.gate", "--root", str(ROOT), *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        check=False,
        timeout=600,
    )


def test_accept_list_reads_the_json_output_of_the_cli(tmp_path: Path) -> None:
    _, out, _ = _drift(*_pair("ref-resolution"), "--format", "json")
    (tmp_path / "accepted.json").write_text(out, encoding="utf-8")
    assert accept_list(tmp_path / "accepted.json") == {(kind, loc) for kind, loc, _ in CASES["ref-resolution"]}
    (tmp_path / "bad.yaml").write_text("- {kind: type-changed}\n", encoding="utf-8")
    with pytest.raises(SpecLoadError, match=re.escape("not a list of {kind, location} entries")):
        accept_list(tmp_path / "bad.yaml")


def test_gate_summary_line_and_verdict() -> None:
    changes = compare_sources(*_pair("response-property-removed"))
    result = ProviderResult("oneclick", source="new.yaml", changes=changes, generation=CheckResult(True))
    result.types = CheckResult(True)
    assert (
        result.summary() == "oneclick: 1 breaking, 0 non-breaking; adapters type-check: pass; cassettes: no cassettes"
    )
    assert (result.failed("breaking"), result.failed("none")) == (True, False)
    result.accepted, result.changes = result.changes, []
    result.cassette_files, result.cassettes = 1, ReplayResult(total=3, conforming=2, failures=["x"])
    assert result.detail() == (
        "0 breaking, 0 non-breaking (+1 accepted); adapters type-check: pass; cassettes conforming: 2/3"
    )
    assert result.failed("none")  # a non-conforming cassette fails whatever --fail-on says
    broken = ProviderResult("across", source="u.yaml", generation=CheckResult(False, ["warning"]))
    assert broken.detail() == (
        "0 breaking, 0 non-breaking; regeneration: FAIL (nothing generated); adapters type-check: not run; "
        "cassettes: no cassettes"
    )


def test_gate_skips_hand_authored_providers(tmp_path: Path) -> None:
    proc = _gate("--provider", "changelly", "--report", str(tmp_path / "r.md"))
    assert proc.returncode == 0, proc.stderr
    assert "changelly: skipped (hand-authored spec, no upstream spec to compare; use --new)" in proc.stdout
    assert "| changelly | ➖ skipped (hand-authored spec" in (tmp_path / "r.md").read_text()


def test_gate_offline_is_a_clear_error(tmp_path: Path) -> None:
    url = _closed_port_url()
    proc = _gate("--provider", "oneclick", "--new", url, "--report", str(tmp_path / "r.md"))
    assert proc.returncode == 2
    assert f"oneclick: ERROR cannot fetch {url}: " in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_gate_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _gate("--new", "x.yaml", "--report", str(tmp_path / "r.md")).returncode == 2
    assert _gate("--provider", "nope", "--report", str(tmp_path / "r.md")).returncode == 2


# mypy is a test dependency (the gate type-checks the adapters against the regenerated client): no skip.


def _upstream_without(tmp_path: Path, *path: str) -> Path:
    """The 1Click upstream document with the node at ``path`` deleted, as a new upstream file."""
    document = json.loads(ONECLICK_UPSTREAM.read_text(encoding="utf-8"))
    node = document
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    new = tmp_path / "openapi.json"
    new.write_text(json.dumps(document), encoding="utf-8")
    return new


def _gate_new(tmp_path: Path, provider: str, new: Path, **env: str) -> subprocess.CompletedProcess[str]:
    report = tmp_path / "drift-report.md"
    cassettes = CORPUS / "cassettes" if provider == "oneclick" else ROOT / "cassettes"
    return _gate(
        "--provider", provider, "--new", str(new), "--report", str(report), "--cassettes", str(cassettes), env=env
    )


@pytest.mark.slow
def test_gate_end_to_end_response_field_removed(tmp_path: Path) -> None:
    """Upstream drops Quote.depositAddress: 3 breaking changes upstream, the overlay's correction of that field no
    longer matches, and the adapters no longer type-check against the client generated from the result."""
    new = _upstream_without(tmp_path, "components", "schemas", "Quote", "properties", "depositAddress")
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    proc = _gate_new(tmp_path, "oneclick", new, GITHUB_STEP_SUMMARY=str(summary))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = tmp_path / "drift-report.md"
    assert proc.stdout.strip().splitlines()[-2:] == [
        "oneclick: 3 breaking, 0 non-breaking; overlay: 1 of 185 corrections no longer match; "
        "adapters type-check: FAIL; cassettes conforming: 4/4",
        f"report: {report}",
    ]
    text = report.read_text(encoding="utf-8")
    assert f"## API drift: `specs/oneclick/upstream/openapi.json` → `{new}`" in text  # like with like
    for where in (
        f"POST /v0/quote 200 {_Q}/quote/properties/depositAddress",
        f"GET /v0/status 200 {_Q}/quoteResponse/properties/quote/properties/depositAddress",
        f"POST /v0/deposit/submit 200 {_Q}/quoteResponse/properties/quote/properties/depositAddress",
    ):
        assert f"`response-optional-property-removed` | `{where}`" in text
    assert "### Overlay: 1 corrections no longer match" in text
    assert "| `$.components.schemas.Quote.properties.depositAddress` | Quote: " in text
    assert '"Quote" has no attribute "deposit_address"' in text  # mypy proves the adapter breaks
    assert summary.read_text(encoding="utf-8") == "earlier step\n" + text


@pytest.mark.slow
def test_gate_overlay_target_gone_is_reported_with_its_reason(tmp_path: Path) -> None:
    new = _upstream_without(tmp_path, "components", "schemas", "AppFee", "properties", "recipient")
    proc = _gate_new(tmp_path, "oneclick", new)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "oneclick: 3 breaking, 1 non-breaking; overlay: 1 of 185 corrections no longer match; " in proc.stdout
    assert (
        "| `$.components.schemas.AppFee.properties.recipient` | AppFee: " in (tmp_path / "drift-report.md").read_text()
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("provider", "upstream", "tail"),
    [
        (
            "oneclick",
            ONECLICK_UPSTREAM,
            "overlay: 185/185 corrections apply; adapters type-check: pass; cassettes conforming: 4/4",
        ),
        (
            "across",
            ACROSS_UPSTREAM,
            "overlay: 323/323 corrections apply; adapters type-check: pass; cassettes conforming: 13/13",
        ),
    ],
)
def test_gate_end_to_end_unchanged_upstream_reports_no_change(
    tmp_path: Path, provider: str, upstream: Path, tail: str
) -> None:
    """`nox -s drift` against an unchanged upstream: no change, every correction applies, everything passes."""
    proc = _gate_new(tmp_path, provider, upstream)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{provider}: 0 breaking, 0 non-breaking; {tail}" in proc.stdout
    assert "**no changes**" in (tmp_path / "drift-report.md").read_text(encoding="utf-8")
