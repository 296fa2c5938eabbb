"""Issue 18: every rule family of the drift classifier, its oasdiff alignment and the policy switch.

The hand-written before/after corpus (``conformance/drift_corpus``, listed in ``test_drift.CASES``) covers every
family on realistic documents. The families that come in mirrored, generated rows — bounds, ``multipleOf``,
``uniqueItems`` and the OpenAPI 3.1 keywords, each on the request and the response side — are exercised here on
minimal schemas: a keyword appearing is checked on both sides, and the same pair reversed checks it disappearing.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from swapsuite.cli import main as cli
from swapsuite.drift import RULES, SpecLoadError, compare_sources, current_kinds
from swapsuite.drift.gate import accept_list
from swapsuite.drift.rules_schema import BOUNDS, KEYWORD_TOKENS

from conformance.test_drift import CASES, CORPUS

BODY = "POST /things requestBody application/json"
RESP = "POST /things 200 application/json"
LOCATION = {"request": BODY, "response": RESP}

# --- minimal documents ------------------------------------------------------------------------------------------


def _document(request: Any, response: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "drift rule matrix", "version": "1.0.0"},
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": request}}},
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response}}}},
                }
            }
        },
    }


def _classify(tmp_path: Path, side: str, before: Any, after: Any) -> list[tuple[str, str, str]]:
    """Classify ``before -> after`` placed in the request body or the response body (the other side unchanged)."""
    plain = {"type": "object"}
    docs = []
    for name, schema in (("base", before), ("new", after)):
        doc = _document(schema, plain) if side == "request" else _document(plain, schema)
        path = tmp_path / f"{side}-{name}.yaml"
        path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        docs.append(str(path))
    return [c.as_tuple() for c in compare_sources(*docs)]


def _expect(kind: str, pointer: str = "", side: str | None = None) -> tuple[str, str, str]:
    where = LOCATION[side or kind.split("-", 1)[0]]
    return (kind, f"{where} #{pointer}" if pointer else where, RULES[kind].severity)


# --- bounds ------------------------------------------------------------------------------------------------------
_BOUND_TYPE = {
    "maximum": "number",
    "exclusiveMaximum": "number",
    "minimum": "number",
    "exclusiveMinimum": "number",
    "maxLength": "string",
    "minLength": "string",
    "maxItems": "array",
    "minItems": "array",
    "maxProperties": "object",
    "minProperties": "object",
    "maxContains": "array",
    "minContains": "array",
}
_ACTIONS = {"set": (None, 5), "unset": (5, None), "increased": (3, 5), "decreased": (5, 3)}


def _bounded(keyword: str, value: int | None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": _BOUND_TYPE[keyword]}
    if keyword.endswith("Contains"):
        schema["contains"] = {"type": "string"}  # min/maxContains only mean something beside contains
    if value is not None:
        schema[keyword] = value
    return schema


BOUND_CASES = [(side, keyword, action) for side in ("request", "response") for keyword in BOUNDS for action in _ACTIONS]


@pytest.mark.parametrize(("side", "keyword", "action"), BOUND_CASES)
def test_bound_changes(tmp_path: Path, side: str, keyword: str, action: str) -> None:
    before, after = _ACTIONS[action]
    kind = f"{side}-property-{BOUNDS[keyword][0]}-{action}"
    assert _classify(tmp_path, side, _bounded(keyword, before), _bounded(keyword, after)) == [_expect(kind)]


def test_bound_direction_follows_the_side() -> None:
    """Tightening breaks a request, loosening breaks a response — for every bound."""
    for keyword, (token, upper) in BOUNDS.items():
        narrower, wider = ("decreased", "increased") if upper else ("increased", "decreased")
        for action in (narrower, "set"):
            assert RULES[f"request-property-{token}-{action}"].severity == "breaking"
            assert RULES[f"response-property-{token}-{action}"].severity == "non-breaking"
        for action in (wider, "unset"):
            assert RULES[f"request-property-{token}-{action}"].severity == "non-breaking"
            assert RULES[f"response-property-{token}-{action}"].severity == "breaking", keyword


MULTIPLE_OF = [
    # (before, after, request verdict, response verdict)
    (2, 4, "tightened", "tightened"),  # multiples of 4 are multiples of 2: fewer values
    (4, 2, "loosened", "loosened"),
    (None, 2, "tightened", "tightened"),
    (2, None, "loosened", "loosened"),
    (2, 3, "tightened", "loosened"),  # neither contains the other: a request may be refused, a response surprise
]


@pytest.mark.parametrize(("before", "after", "on_request", "on_response"), MULTIPLE_OF)
def test_multiple_of(tmp_path: Path, before: int | None, after: int | None, on_request: str, on_response: str) -> None:
    def schema(value: int | None) -> dict[str, Any]:
        return {"type": "number", **({"multipleOf": value} if value is not None else {})}

    got = _classify(tmp_path, "request", schema(before), schema(after))
    assert got == [_expect(f"request-property-multiple-of-{on_request}")]
    got = _classify(tmp_path, "response", schema(before), schema(after))
    assert got == [_expect(f"response-property-multiple-of-{on_response}")]


@pytest.mark.parametrize("side", ["request", "response"])
def test_unique_items(tmp_path: Path, side: str) -> None:
    loose, unique = {"type": "array"}, {"type": "array", "uniqueItems": True}
    assert _classify(tmp_path, side, loose, unique) == [_expect(f"{side}-property-unique-items-tightened")]
    assert _classify(tmp_path, side, unique, loose) == [_expect(f"{side}-property-unique-items-loosened")]


# --- OpenAPI 3.1 keywords ------------------------------------------------------------------------------------------
#: keyword -> (schema without it, schema with it)
KEYWORD_PAIRS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "const": ({"type": "string"}, {"type": "string", "const": "v1"}),
    "contains": ({"type": "array"}, {"type": "array", "contains": {"const": "x"}}),
    "dependentRequired": ({"type": "object"}, {"type": "object", "dependentRequired": {"a": ["b"]}}),
    "dependentSchemas": ({"type": "object"}, {"type": "object", "dependentSchemas": {"a": {"required": ["b"]}}}),
    "if": ({"type": "object"}, {"type": "object", "if": {"required": ["a"]}}),
    "then": ({"type": "object"}, {"type": "object", "then": {"required": ["b"]}}),
    "else": ({"type": "object"}, {"type": "object", "else": {"required": ["c"]}}),
    "propertyNames": ({"type": "object"}, {"type": "object", "propertyNames": {"maxLength": 8}}),
    "patternProperties": ({"type": "object"}, {"type": "object", "patternProperties": {"^x": {"type": "string"}}}),
    "unevaluatedItems": ({"type": "array"}, {"type": "array", "unevaluatedItems": False}),
    "unevaluatedProperties": ({"type": "object"}, {"type": "object", "unevaluatedProperties": False}),
    "contentSchema": ({"type": "string"}, {"type": "string", "contentSchema": {"type": "object"}}),
}
KEYWORD_CASES = [(side, keyword) for side in ("request", "response") for keyword in KEYWORD_TOKENS]


@pytest.mark.parametrize(("side", "keyword"), KEYWORD_CASES)
def test_31_keyword_added_and_removed(tmp_path: Path, side: str, keyword: str) -> None:
    without, with_it = KEYWORD_PAIRS[keyword]
    token = KEYWORD_TOKENS[keyword]
    assert _classify(tmp_path, side, without, with_it) == [_expect(f"{side}-property-{token}-added")]
    assert _classify(tmp_path, side, with_it, without) == [_expect(f"{side}-property-{token}-removed")]


@pytest.mark.parametrize("side", ["request", "response"])
def test_31_keyword_changes(tmp_path: Path, side: str) -> None:
    cases: list[tuple[dict[str, Any], dict[str, Any], tuple[str, str, str]]] = [
        ({"const": "v1"}, {"const": "v2"}, _expect(f"{side}-property-const-changed")),
        ({"if": {"required": ["a"]}}, {"if": {"required": ["z"]}}, _expect(f"{side}-property-if-changed")),
        (
            {"type": "string", "contentEncoding": "base64"},
            {"type": "string", "contentEncoding": "base32"},
            _expect(f"{side}-property-content-encoding-changed"),
        ),
        (
            {"type": "string", "contentMediaType": "application/json"},
            {"type": "string", "contentMediaType": "application/xml"},
            _expect(f"{side}-property-content-media-type-changed"),
        ),
        (
            {"dependentRequired": {"a": ["b"]}},
            {"dependentRequired": {"a": ["b", "c"]}},
            _expect(f"{side}-property-dependent-required-changed", "/dependentRequired/a"),
        ),
        (
            {"dependentSchemas": {"a": {"required": ["b"]}}, "patternProperties": {"^x": {"type": "string"}}},
            {"patternProperties": {"^y": {"type": "string"}}},
            None,  # filled below: one entry removed from each map, one added
        ),
    ]
    for before, after, expected in cases[:-1]:
        assert _classify(tmp_path, side, before, after) == [expected]
    before, after, _ = cases[-1]
    token = "pattern-property"
    assert _classify(tmp_path, side, before, after) == [
        _expect(f"{side}-property-dependent-schema-removed"),
        _expect(f"{side}-property-{token}-removed", "/patternProperties/^x"),
        _expect(f"{side}-property-{token}-added", "/patternProperties/^y"),
    ]


@pytest.mark.parametrize("side", ["request", "response"])
def test_31_prefix_items_and_sub_schemas(tmp_path: Path, side: str) -> None:
    one = {"type": "array", "prefixItems": [{"type": "string"}]}
    two = {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}
    assert _classify(tmp_path, side, one, two) == [_expect(f"{side}-property-prefix-items-added", "/prefixItems/1")]
    assert _classify(tmp_path, side, two, one) == [_expect(f"{side}-property-prefix-items-removed", "/prefixItems/1")]
    # the walk goes into sub-schemas present on both sides: an enum value dropped inside `then`
    before = {"type": "object", "then": {"properties": {"mode": {"enum": ["a", "b"]}}}}
    after = {"type": "object", "then": {"properties": {"mode": {"enum": ["a"]}}}}
    assert _classify(tmp_path, side, before, after) == [
        _expect(f"{side}-property-enum-value-removed", "/then/properties/mode")
    ]


# --- the remaining fixed rows ----------------------------------------------------------------------------------
def test_composition_and_types(tmp_path: Path) -> None:
    a, b = {"type": "string", "title": "a"}, {"type": "integer", "title": "b"}
    for token, key in (("one-of", "oneOf"), ("any-of", "anyOf")):
        assert _classify(tmp_path, "request", {key: [a, b]}, {key: [a]}) == [
            _expect(f"request-property-{token}-removed", f"/{key}/1")
        ]
        assert _classify(tmp_path, "request", {key: [a]}, {key: [a, b]}) == [
            _expect(f"request-property-{token}-added", f"/{key}/1")
        ]
        assert _classify(tmp_path, "response", {key: [a, b]}, {key: [a]}) == [
            _expect(f"response-property-{token}-removed", f"/{key}/1")
        ]
    assert _classify(tmp_path, "request", {"type": "string"}, {"type": "object"}) == [
        _expect("request-property-type-changed")
    ]
    # 3.1 type lists: a type added widens a request, a type dropped narrows a response
    assert _classify(tmp_path, "request", {"type": "string"}, {"type": ["string", "integer"]}) == [
        _expect("request-property-type-generalized")
    ]
    assert _classify(tmp_path, "response", {"type": ["string", "integer"]}, {"type": "string"}) == [
        _expect("response-property-type-specialized")
    ]


def test_all_of_members(tmp_path: Path) -> None:
    x = {"type": "object", "properties": {"a": {"type": "string"}}}
    y = {"type": "object", "properties": {"a": {"type": "string"}}, "required": []}
    two, one = {"allOf": [x, y]}, {"allOf": [x]}
    assert _classify(tmp_path, "request", two, one) == [_expect("request-property-all-of-removed")]
    assert _classify(tmp_path, "response", one, two) == [_expect("response-property-all-of-added")]
    assert _classify(tmp_path, "response", two, one) == [_expect("response-property-all-of-removed")]
    # annotation-only members constrain nothing
    assert _classify(tmp_path, "request", one, {"allOf": [x, {"description": "note"}]}) == []


def test_patterns_in_responses_and_stability(tmp_path: Path) -> None:
    def pattern(p: str | None) -> dict[str, Any]:
        return {"type": "string", **({"pattern": p} if p is not None else {})}

    assert _classify(tmp_path, "response", pattern("^a$"), pattern("^b$")) == [
        _expect("response-property-pattern-changed")
    ]
    assert _classify(tmp_path, "response", pattern("^a$"), pattern(None)) == [
        _expect("response-property-pattern-removed")
    ]
    assert _classify(tmp_path, "response", pattern("^a$"), pattern(".*")) == [
        _expect("response-property-pattern-changed")
    ]
    assert _classify(tmp_path, "request", pattern(None), pattern("")) == []  # accepts everything: no constraint

    def level(value: str) -> dict[str, Any]:
        return {"type": "string", "x-stability-level": value}

    assert _classify(tmp_path, "request", level("stable"), level("draft")) == [
        _expect("request-property-stability-decreased")
    ]
    assert _classify(tmp_path, "response", level("alpha"), level("stable")) == [
        _expect("response-property-stability-increased")
    ]


def _write(tmp_path: Path, name: str, doc: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return str(path)


def test_operation_level_rows(tmp_path: Path) -> None:
    def doc(op: dict[str, Any]) -> dict[str, Any]:
        return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/things": {"post": op}}}

    ok = {"responses": {"204": {"description": "ok"}}}
    param = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    cases = [
        ({**ok, "x-stability-level": "beta"}, {**ok, "x-stability-level": "stable"}, "api-stability-increased", ""),
        (
            ok,
            {**ok, "requestBody": {"required": True, "content": {"application/json": {"schema": {}}}}},
            "request-body-added-required",
            " requestBody",
        ),
        (
            {**ok, "parameters": [param]},
            {**ok, "parameters": [{**param, "schema": {"type": "integer", "default": 10}}]},
            "request-parameter-default-value-added",
            " query:limit",
        ),
        (
            {**ok, "parameters": [{**param, "schema": {"type": "integer", "default": 10}}]},
            {**ok, "parameters": [param]},
            "request-parameter-default-value-removed",
            " query:limit",
        ),
    ]
    for i, (before, after, kind, suffix) in enumerate(cases):
        got = compare_sources(_write(tmp_path, f"b{i}.yaml", doc(before)), _write(tmp_path, f"n{i}.yaml", doc(after)))
        assert [c.as_tuple() for c in got] == [(kind, f"POST /things{suffix}", RULES[kind].severity)]


def test_every_rule_is_tested() -> None:
    """Every kind in the rule table is produced by a corpus pair or by one of the matrix tests above."""
    covered = {kind for expected in CASES.values() for kind, _, _ in expected}
    covered |= {f"{side}-property-{BOUNDS[k][0]}-{action}" for side, k, action in BOUND_CASES}
    covered |= {
        f"{s}-property-{t}-{v}"
        for s in ("request", "response")
        for t in ("multiple-of", "unique-items")
        for v in ("tightened", "loosened")
    }
    covered |= {
        f"{s}-property-{t}-{v}" for s, k in KEYWORD_CASES for t in [KEYWORD_TOKENS[k]] for v in ("added", "removed")
    }
    covered |= {f"{s}-property-{t}" for s in ("request", "response") for t in (
        "const-changed", "if-changed", "content-encoding-changed", "content-media-type-changed",
        "dependent-required-changed", "prefix-items-added", "prefix-items-removed", "any-of-removed",
        "one-of-removed", "one-of-added", "any-of-added", "stability-decreased", "stability-increased",
        "all-of-removed", "all-of-added", "pattern-changed", "pattern-removed")}  # fmt: skip
    covered |= {"request-property-type-changed", "api-stability-increased", "request-body-added-required"}
    covered |= {"request-parameter-default-value-added", "request-parameter-default-value-removed"}
    assert covered >= set(RULES), f"rules without a test: {sorted(set(RULES) - covered)}"
    assert covered <= set(RULES), f"tests for unknown kinds: {sorted(covered - set(RULES))}"


# --- policy: ours vs oasdiff's -------------------------------------------------------------------------------------
def _pair(case: str) -> tuple[str, str]:
    return str(CORPUS / case / "base.yaml"), str(CORPUS / case / "new.yaml")


POLICY_DIFFERENCES = {
    # case: the kind whose verdict differs (breaking for us, not an oasdiff error)
    "server-url-changed": "server-url-changed",
    "security-requirement-added": "security-requirement-added",
    "security-alternative-removed": "security-alternative-removed",
    "security-scheme-changed": "api-security-component-type-changed",
    "parameter-removed": "request-parameter-removed",
    "success-status-added": "response-success-status-added",
    "response-enum-value-added": "response-property-enum-value-added",
}


@pytest.mark.parametrize("case", sorted(POLICY_DIFFERENCES))
def test_policy_oasdiff_matches_oasdiffs_verdicts(case: str) -> None:
    ours = compare_sources(*_pair(case))
    theirs = compare_sources(*_pair(case), policy="oasdiff")
    assert [(c.kind, c.location) for c in ours] == [(c.kind, c.location) for c in theirs]
    kind = POLICY_DIFFERENCES[case]
    assert [c.severity for c in ours if c.kind == kind] == ["breaking"]
    assert [c.severity for c in theirs if c.kind == kind] == ["non-breaking"]
    assert "STRICTER" in RULES[kind].description or RULES[kind].oasdiff_level is None


def test_policy_oasdiff_breaking_is_exactly_error_level() -> None:
    for case in CASES:
        for change in compare_sources(*_pair(case), policy="oasdiff"):
            assert change.breaking == (RULES[change.kind].oasdiff_level == "error"), change


def test_policy_switch_on_the_cli_and_a_bad_policy() -> None:
    runner = CliRunner()
    base, new = _pair("server-url-changed")
    assert runner.invoke(cli, ["drift", base, new]).exit_code == 1
    assert runner.invoke(cli, ["drift", base, new, "--policy", "oasdiff"]).exit_code == 0
    with pytest.raises(ValueError, match="policy must be one of swapsuite, oasdiff"):
        compare_sources(base, new, policy="lenient")


def test_accept_lists_with_legacy_kind_names(tmp_path: Path) -> None:
    path = tmp_path / "accepted.json"
    entries = [
        {"kind": "operation-removed", "location": "GET /x"},
        {"kind": "response-constraint-changed", "location": "GET /x 200 application/json #/properties/n"},
        {"kind": "request-property-min-set", "location": "POST /y requestBody application/json"},
    ]
    path.write_text(json.dumps({"changes": entries}), encoding="utf-8")
    accepted = accept_list(path)
    assert ("api-removed-without-deprecation", "GET /x") in accepted
    assert ("response-property-min-decreased", "GET /x 200 application/json #/properties/n") in accepted
    assert ("request-property-min-set", "POST /y requestBody application/json") in accepted
    assert set(current_kinds("response-constraint-changed")) <= set(RULES)


# --- multi-file specs over http: remote references only when allowed --------------------------------------------
class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def multi_file_server() -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(CORPUS / "multi-file"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_remote_references_need_permission(multi_file_server: str) -> None:
    base = _pair("multi-file")[0]
    with pytest.raises(SpecLoadError, match=r"remote \$ref '\./paths/things\.yaml' refused"):
        compare_sources(base, f"{multi_file_server}/new.yaml")
    remote = compare_sources(base, f"{multi_file_server}/new.yaml", allow_remote_refs=True)
    assert [c.as_tuple() for c in remote] == CASES["multi-file"]
    result = CliRunner().invoke(cli, ["drift", base, f"{multi_file_server}/new.yaml", "--allow-remote-refs"])
    assert result.exit_code == 1
    assert "response-optional-property-removed" in result.stdout


def test_missing_referenced_file_is_one_clear_line(tmp_path: Path) -> None:
    doc = _document({"$ref": "./schemas/order.yaml#/Order"}, {"type": "object"})
    path = _write(tmp_path, "spec.yaml", doc)
    result = CliRunner().invoke(cli, ["drift", path, path])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {path}: $ref './schemas/order.yaml#/Order': cannot read {tmp_path / 'schemas/order.yaml'}: "
        "no such file"
    ]


def test_gate_takes_the_policy_switch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from swapsuite.drift.gate import main as gate

    report = tmp_path / "r.md"
    args = ["--root", str(CORPUS.parent.parent), "--provider", "changelly", "--report", str(report)]
    assert gate([*args, "--policy", "oasdiff"]) == 0  # hand-authored: skipped, nothing to fail
    assert "changelly: skipped" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        gate([*args, "--policy", "lenient"])
    assert exc.value.code == 2
