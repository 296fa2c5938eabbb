"""Cassette files (vcrpy YAML with block-literal JSON bodies) and their provenance TOML: writing, reading, rewriting
recordings.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from vcr.request import Request as VcrRequest
from vcr.serialize import deserialize, serialize
from vcr.serializers import yamlserializer

from conformance.record import scrub_request, scrub_response

from .capture import Exchange
from .core import KEEP_REQUEST_HEADERS, KEEP_RESPONSE_HEADERS, SANDBOX_BASE, Scenario


class _Dumper(yaml.SafeDumper):
    """Block literals for multi-line strings (the JSON bodies), so the files stay readable and line-scannable."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_str)


class _Serializer:
    @staticmethod
    def serialize(data: Any) -> str:
        return yaml.dump(data, Dumper=_Dumper, sort_keys=True, allow_unicode=True, width=120)

    @staticmethod
    def deserialize(text: str) -> Any:
        return yamlserializer.deserialize(text)


def to_vcr(
    exchange: Exchange, *, secrets: Sequence[str] = (), rewrite: tuple[str, str] | None = None
) -> tuple[VcrRequest, dict[str, Any]]:
    """A captured exchange as vcrpy's request object and response dict, scrubbed, headers trimmed."""
    url = exchange.url if rewrite is None else exchange.url.replace(rewrite[0], rewrite[1], 1)
    headers = {name: value for name, value in exchange.headers if name.lower() in KEEP_REQUEST_HEADERS}
    request = scrub_request(VcrRequest(exchange.method, url, exchange.content, headers), secrets)
    response_headers: dict[str, list[str]] = {}
    for name, value in exchange.response_headers:
        if name.lower() in KEEP_RESPONSE_HEADERS:
            response_headers.setdefault(name, []).append(value)
    response = {
        "status": {"code": exchange.status, "message": exchange.reason},
        "headers": response_headers,
        "body": {"string": exchange.body},
    }
    return request, scrub_response(response, secrets)


def cassette_text(interactions: Sequence[tuple[VcrRequest, dict[str, Any]]]) -> str:
    """vcrpy YAML for the interactions, verified by reading it back with vcrpy's own deserializer."""
    requests, responses = [r for r, _ in interactions], [r for _, r in interactions]
    expected = [(r.method, r.uri, _bytes(r.body)) for r in requests]
    expected_responses = [(r["status"], _bytes(r["body"]["string"])) for r in responses]
    # vcrpy's serialize() converts the bodies it is given to text in place: compare as bytes, taken beforehand.
    text = serialize({"requests": requests, "responses": responses}, _Serializer)
    loaded_requests, loaded_responses = deserialize(text, yamlserializer)
    assert [(r.method, r.uri, _bytes(r.body)) for r in loaded_requests] == expected, "a request did not survive"
    loaded = [(r["status"], _bytes(r["body"]["string"])) for r in loaded_responses]
    assert loaded == expected_responses, "a response did not survive the YAML round trip"
    return text


def _bytes(value: Any) -> bytes | None:
    return value.encode("utf-8") if isinstance(value, str) else value


def read_cassette(path: Path) -> tuple[list[VcrRequest], list[dict[str, Any]]]:
    """The requests and responses of a cassette file, as vcrpy reads them."""
    requests, responses, *_ = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    return requests, responses


def rewrite_recording(raw: Path, out: Path, *, secrets: Sequence[str]) -> None:
    """Re-write a cassette vcrpy recorded in this suite's style: scrubbed again, headers trimmed, block literals."""
    requests, responses = read_cassette(raw)
    interactions = []
    for request, response in zip(requests, responses, strict=True):
        request.headers = {k: v for k, v in request.headers.items() if k.lower() in KEEP_REQUEST_HEADERS}
        kept = {k: v for k, v in response["headers"].items() if k.lower() not in ("date", "set-cookie")}
        interactions.append((scrub_request(request, secrets), scrub_response({**response, "headers": kept}, secrets)))
    out.write_text(cassette_text(interactions), encoding="utf-8")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} to TOML")


def toml_text(data: Mapping[str, Any]) -> str:
    """A small TOML writer: scalars first, then tables, then arrays of tables (all this module needs)."""
    lines = [f"{key} = {_toml_value(value)}" for key, value in data.items() if not isinstance(value, Mapping | list)]
    lines += [
        f"{key} = {_toml_value(value)}"
        for key, value in data.items()
        if isinstance(value, list) and not (value and isinstance(value[0], Mapping))
    ]
    for key, value in data.items():
        if isinstance(value, Mapping):
            lines += ["", f"[{key}]", *(f"{k} = {_toml_value(v)}" for k, v in value.items() if v is not None)]
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], Mapping):
            for item in value:
                lines += ["", f"[[{key}]]", *(f"{k} = {_toml_value(v)}" for k, v in item.items() if v is not None)]
    return "\n".join(lines) + "\n"


def write_provenance(path: Path, data: Mapping[str, Any]) -> None:
    path.write_text(toml_text(data), encoding="utf-8")


def read_provenance(cassette: Path) -> dict[str, Any]:
    """The provenance of a cassette (``<name>.yaml`` → ``<name>.provenance.toml``)."""
    with cassette.with_name(cassette.name.removesuffix(".yaml") + ".provenance.toml").open("rb") as fh:
        return tomllib.load(fh)


def provenance_for(
    scenario: Scenario,
    kind: str,
    base_url: str,
    params: Mapping[str, Any],
    *,
    recorded_on: str | None = None,
    interactions: Sequence[Mapping[str, Any]] = (),
    setup: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "provider": scenario.provider,
        "scenario": scenario.name,
        "summary": scenario.summary,
        "provenance": kind,
    }
    if recorded_on:
        data["recorded_on"] = recorded_on
    data["base_url"] = base_url
    data["driver"] = scenario.driver
    data["expect"] = f"error {scenario.expect_error}" if scenario.expect_error else "result"
    if kind == "documented example":
        data["built_by"] = "python -m conformance.cassettes (deterministic; --check compares)"
    elif kind == "sandbox recording":
        data["recorded_by"] = "python -m conformance.cassettes --sandbox"
        data["sandbox"] = (
            f"swapsuite.sandbox.SandboxServer, {scenario.provider} sandbox on an ephemeral loopback port; URIs "
            f"rewritten to {SANDBOX_BASE}/{scenario.provider}; "
            f"{'an invalid key' if scenario.record_key != 'sandbox-key' else 'the sandbox key'} (scrubbed)"
        )
        data["setup"] = setup or "none"
    else:
        data["recorded_by"] = "python -m conformance.record (nox -s record)"
    if scenario.note:
        data["note"] = scenario.note
    data["params"] = {key: value for key, value in params.items() if value is not None}
    if interactions:
        data["interactions"] = list(interactions)
    return data
