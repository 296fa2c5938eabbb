"""Every spec is valid OpenAPI and follows specs/CONVENTIONS.md; the manifest describes every provider."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from swapsuite import registry

from conformance.conftest import PROVIDERS, SPECS, load_spec

# Generator extensions that shape generated names are fine; documentation-site ones are noise.
ALLOWED_EXTENSIONS = ("x-swapsuite-", "x-enum-varnames")
METHODS = {"get", "post", "put", "patch", "delete"}
MANIFEST_KEYS = {
    "title",
    "base_url",
    "spec_origin",
    "docs_url",
    "reconciled_on",
    "reconciled_with",
    "api_key_env",
    "api_key_required",
    "project",
    "package",
}


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op) for path, item in spec["paths"].items() for method, op in item.items() if method in METHODS
    ]


def walk_keys(node: Any) -> list[str]:
    if isinstance(node, dict):
        return list(node) + [k2 for v in node.values() for k2 in walk_keys(v)]
    if isinstance(node, list):
        return [k for v in node for k in walk_keys(v)]
    return []


def test_spec_is_valid_openapi(provider: str) -> None:
    spec_dict, base_uri = read_from_filename(str(SPECS / provider / "openapi.yaml"))
    validate(spec_dict, base_uri=base_uri)


def test_every_operation_is_complete(provider: str) -> None:
    spec = load_spec(provider)
    ops = operations(spec)
    assert ops, f"{provider}: no operations"
    ids = [op.get("operationId") for _, _, op in ops]
    assert len(set(ids)) == len(ids), f"{provider}: duplicate operationIds {ids}"
    for path, method, op in ops:
        where = f"{provider} {method.upper()} {path}"
        assert re.fullmatch(r"[a-z][A-Za-z0-9]+", op.get("operationId", "")), f"{where}: camelCase operationId"
        assert len(op.get("tags", [])) == 1, f"{where}: exactly one tag"
        assert op.get("summary"), f"{where}: summary"
        assert "security" in op or "security" in spec, f"{where}: security"
        errors = [code for code in op["responses"] if code[0] in "45" or code == "default"]
        assert errors, f"{where}: documents no error response"
        assert any(code.startswith("2") for code in op["responses"]), f"{where}: no success response"


def test_error_responses_use_the_provider_envelope(provider: str) -> None:
    """Every error response with a body points at a component schema (the provider's real error shape)."""
    spec = load_spec(provider)
    for path, method, op in operations(spec):
        for code, response in op["responses"].items():
            if (code[0] not in "45" and code != "default") or "content" not in response:
                continue
            schema = response["content"]["application/json"]["schema"]
            assert "$ref" in schema, f"{provider} {method.upper()} {path} {code}: inline error schema"


def test_security_scheme_matches_provider_auth(provider: str) -> None:
    schemes = load_spec(provider)["components"]["securitySchemes"]
    found_descriptor = registry.descriptor(provider)  # how the provider's docs say the key is sent
    bearer = found_descriptor.key_header == "Authorization" and found_descriptor.key_prefix == "Bearer "
    expected = {("http", "bearer")} if bearer else {("apiKey", found_descriptor.key_header)}
    found = {(s["type"], s.get("scheme") or s.get("name")) for s in schemes.values()}
    assert expected <= found


def test_no_documentation_site_extensions(provider: str) -> None:
    vendor = [k for k in walk_keys(load_spec(provider)) if k.startswith("x-") and not k.startswith(ALLOWED_EXTENSIONS)]
    assert not vendor, f"{provider}: vendor extensions left in the spec: {sorted(set(vendor))[:10]}"


def test_no_closed_objects(provider: str) -> None:
    """additionalProperties: false would make the generated client drop fields it does not know."""
    spec = load_spec(provider)

    def closed(node: Any) -> bool:
        if isinstance(node, dict):
            return node.get("additionalProperties") is False or any(closed(v) for v in node.values())
        return isinstance(node, list) and any(closed(v) for v in node)

    assert not closed(spec)


def test_servers_match_manifest(provider: str) -> None:
    urls = [s["url"] for s in load_spec(provider)["servers"]]
    assert urls[0] == PROVIDERS[provider]["base_url"]


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_manifest_entry_is_complete(name: str) -> None:
    entry = PROVIDERS[name]
    assert set(entry) >= MANIFEST_KEYS, f"{name}: missing {MANIFEST_KEYS - set(entry)}"
    assert entry["spec_origin"] in {"pulled", "hand-authored"}
    if entry["spec_origin"] == "pulled":
        assert entry.get("upstream_spec_url", "").startswith("https://")
    assert (SPECS / name / "openapi.yaml").exists()
