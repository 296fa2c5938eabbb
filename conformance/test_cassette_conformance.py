"""Every response in every cassette validates against the CURRENT spec of its provider — and so does every request.

For each interaction of ``cassettes/<provider>/*.yaml`` the request's method and path (relative to the cassette's
base URL, from its provenance file) find the spec operation by path template; the response's status code finds the
documented response (exact code, then ``4XX``, then ``default``); its JSON body is validated with openapi-schema-
validator's ``OAS30Validator`` on the inlined schema, with ``nullable`` read as the generator reads it
(``conformance/specschema.py``). A status the spec does not document, a non-JSON body where JSON is declared, or an
operation the spec lacks is a failure too. Each failure names the cassette, the operation and the JSON path::

    cassettes/oneclick/status-success.yaml: getExecutionStatus 200: $.quoteResponse.quote.amountIn: 123 is not of
    type 'string'

Requests are checked against the operation's parameters and request body in the same way (the adapters must send
what the spec describes). Editing a spec so that a recorded payload no longer fits fails here, naming the field:
``test_a_changed_field_type_is_reported`` proves it on a temporary copy of a spec.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from swapsuite import registry

from conformance import cassettes as casslib
from conformance import specschema
from conformance.conftest import ROOT

CASSETTE_FILES = sorted(casslib.CASSETTES.glob("*/*.yaml"))


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(casslib.ROOT))
    except ValueError:
        return str(path)


def _json_media(headers: Mapping[str, Any]) -> bool:
    for name, values in headers.items():
        if name.lower() == "content-type":
            value = values[0] if isinstance(values, list) else values
            return "json" in str(value).lower()
    return True  # no content type recorded: judge by the body


def cassette_problems(path: Path, spec: Mapping[str, Any], base_url: str | None = None) -> list[str]:
    """Every way the interactions of a cassette disagree with ``spec`` (empty when they all conform)."""
    base_url = base_url or casslib.read_provenance(path)["base_url"]
    base_path = urlsplit(base_url).path.rstrip("/")
    requests, responses = casslib.read_cassette(path)
    problems: list[str] = []
    for request, response in zip(requests, responses, strict=True):
        where = f"{_display(path)}: "
        path_only = urlsplit(request.uri).path
        relative = path_only.removeprefix(base_path) if path_only.startswith(base_path) else path_only
        op = specschema.find_operation(spec, request.method, relative)
        if op is None:
            problems.append(f"{where}{request.method} {relative}: no operation of the spec matches")
            continue
        status = response["status"]["code"]
        documented = specschema.response_spec(spec, op, status)
        if documented is None:
            problems.append(f"{where}{op.operation_id} {status}: status {status} is not documented")
            continue
        where = f"{where}{op.operation_id} {status}: "
        schema = specschema.json_body_schema(spec, documented[1])
        body = response["body"]["string"]
        if schema is not None:
            if not body:
                problems.append(f"{where}empty body, the spec declares a JSON body")
            elif not _json_media(response.get("headers", {})):
                problems.append(f"{where}content-type is not JSON, the spec declares a JSON body")
            else:
                try:
                    instance = json.loads(body)
                except ValueError:
                    problems.append(f"{where}the body is not JSON")
                else:
                    oas = specschema.oas_schema(spec, schema)
                    problems += [f"{where}{message}" for message in specschema.body_errors(oas, instance)]
        raw_body = request.body.encode() if isinstance(request.body, str) else request.body
        _, request_problems = specschema.request_errors(spec, request.method, request.uri, raw_body, base_path)
        problems += [f"{_display(path)}: {op.operation_id} request: {problem}" for problem in request_problems]
    return problems


@pytest.mark.parametrize("path", CASSETTE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_cassette_conforms_to_the_current_spec(path: Path) -> None:
    problems = cassette_problems(path, specschema.provider_spec(path.parent.name))
    assert not problems, "\n".join(problems)


def adapter_operations() -> dict[str, set[str]]:
    """Per registered provider, the operation ids its adapter's request plans name (``operation="..."`` in its
    package), without the swap-history and session modules, whose calls have their own tests."""
    providers = ROOT / "adapters" / "src" / "swapsuite" / "providers"
    found: dict[str, set[str]] = {}
    for name in registry.provider_names():
        modules = [p for p in (providers / name).glob("*.py") if p.stem not in ("history", "session")]
        found[name] = {op for p in modules for op in re.findall(r'operation="(\w+)"', p.read_text(encoding="utf-8"))}
    return found


def test_the_adapter_operations_are_read_from_the_adapters() -> None:
    operations = adapter_operations()
    assert operations["oneclick"] == {"getTokens", "getQuote", "submitDepositTx", "getExecutionStatus"}
    assert all(operations.values()), operations


def test_every_operation_the_adapters_call_has_a_cassette() -> None:
    """The cassettes cover each operation the adapters use (the spec's other operations are not called)."""
    for provider, wanted in adapter_operations().items():
        spec = specschema.provider_spec(provider)
        seen = set()
        for path in casslib.CASSETTES.glob(f"{provider}/*.yaml"):
            base_path = urlsplit(casslib.read_provenance(path)["base_url"]).path.rstrip("/")
            for request in casslib.read_cassette(path)[0]:
                op = specschema.find_operation(spec, request.method, urlsplit(request.uri).path.removeprefix(base_path))
                seen.add(op.operation_id if op else None)
        assert wanted <= seen, f"{provider}: no cassette calls {sorted(wanted - seen)}"


# --- the check itself fails, and says where ------------------------------------------------------------------
def _spec_copy(tmp_path: Path, provider: str) -> tuple[dict[str, Any], Path]:
    spec = copy.deepcopy(specschema.load_spec(provider))
    return spec, tmp_path / "openapi.yaml"


def test_a_changed_field_type_is_reported(tmp_path: Path) -> None:
    """A temporary copy of the 1Click spec with ``Quote.amountIn`` typed integer: every cassette holding a quote
    now fails, and the message names the cassette, the operation and the field."""
    spec, spec_path = _spec_copy(tmp_path, "oneclick")
    spec["components"]["schemas"]["Quote"]["properties"]["amountIn"]["type"] = "integer"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    changed = specschema.load_spec(spec_path)

    firm = casslib.CASSETTES / "oneclick" / "quote-firm.yaml"
    assert cassette_problems(firm, changed) == [
        "cassettes/oneclick/quote-firm.yaml: getQuote 200: $.quote.amountIn: '10000' is not of type 'integer'"
    ]
    status = casslib.CASSETTES / "oneclick" / "status-success.yaml"
    assert cassette_problems(status, changed) == [
        "cassettes/oneclick/status-success.yaml: getExecutionStatus 200: "
        "$.quoteResponse.quote.amountIn: '1000000' is not of type 'integer'"
    ]
    assert cassette_problems(status, specschema.provider_spec("oneclick")) == []  # the real spec still passes


def test_a_changed_payload_is_reported(tmp_path: Path) -> None:
    """The other direction: a cassette whose body breaks the current spec (a number where a string is required)."""
    source = casslib.CASSETTES / "oneclick" / "status-success.yaml"
    requests, responses = casslib.read_cassette(source)
    body = json.loads(responses[0]["body"]["string"])
    body["quoteResponse"]["quote"]["amountIn"] = 123
    body["status"] = None
    responses[0]["body"]["string"] = json.dumps(body, indent=2).encode()
    broken = tmp_path / "status-success.yaml"
    broken.write_text(casslib.cassette_text(list(zip(requests, responses, strict=True))), encoding="utf-8")
    problems = cassette_problems(broken, specschema.provider_spec("oneclick"), base_url=casslib.PRODUCTION["oneclick"])
    shown = _display(broken)
    assert problems == [
        f"{shown}: getExecutionStatus 200: $.quoteResponse.quote.amountIn: 123 is not of type 'string'",
        f"{shown}: getExecutionStatus 200: $.status: None is not of type 'string'",
    ]


def test_an_undocumented_status_and_an_unknown_operation_are_reported(tmp_path: Path) -> None:
    source = casslib.CASSETTES / "across" / "status-filled.yaml"
    requests, responses = casslib.read_cassette(source)
    responses[0]["status"] = {"code": 418, "message": "I'm a teapot"}
    teapot = tmp_path / "teapot.yaml"
    teapot.write_text(casslib.cassette_text(list(zip(requests, responses, strict=True))), encoding="utf-8")
    spec = specschema.provider_spec("across")
    assert cassette_problems(teapot, spec, base_url=casslib.PRODUCTION["across"]) == [
        f"{_display(teapot)}: getDepositStatus 418: status 418 is not documented"
    ]
    requests[0].uri = "https://app.across.to/api/deposit/nowhere"
    responses[0]["status"] = {"code": 200, "message": "OK"}
    teapot.write_text(casslib.cassette_text(list(zip(requests, responses, strict=True))), encoding="utf-8")
    assert cassette_problems(teapot, spec, base_url=casslib.PRODUCTION["across"]) == [
        f"{_display(teapot)}: GET /deposit/nowhere: no operation of the spec matches"
    ]


def test_nullable_reads_like_the_generator() -> None:
    """``nullable`` next to a ``type``, an ``enum`` and an ``allOf: [$ref]`` all admit null; without it null fails."""
    spec = {
        "components": {
            "schemas": {
                "Inner": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
                "Outer": {
                    "type": "object",
                    "properties": {
                        "typed": {"type": "string", "nullable": True},
                        "listed": {"type": "string", "enum": ["x"], "nullable": True},
                        "ref": {"allOf": [{"$ref": "#/components/schemas/Inner"}], "nullable": True},
                        "strict": {"allOf": [{"$ref": "#/components/schemas/Inner"}]},
                    },
                },
            }
        }
    }
    schema = specschema.oas_schema(spec, {"$ref": "#/components/schemas/Outer"})
    assert specschema.body_errors(schema, {"typed": None, "listed": None, "ref": None}) == []
    assert specschema.body_errors(schema, {"ref": {"a": 1}, "strict": None}) == [
        "$.ref.a: 1 is not of type 'string'",
        "$.strict: None is not of type 'object'",
    ]
