"""OpenAPI 3.0 schemas of specs/<provider>/openapi.yaml, made usable by validators and generators.

One place for the conversions the conformance suite needs, so every test reads the specs the same way:

* :func:`find_operation` — the spec operation for a concrete request (method + path, matched against the path
  templates), :func:`response_spec` — its documented response for a status code (exact code, then ``4XX``-style
  ranges, then ``default``), :func:`json_body_schema` — the ``application/json`` schema of a response or request
  body.
* :func:`oas_schema` / :func:`body_errors` — validation with openapi-schema-validator's ``OAS30Validator``
  (the validator that ships with openapi-spec-validator) on a schema whose ``$ref`` are inlined. ``nullable: true``
  is read the way openapi-python-client reads it: the value may be ``null`` whatever else the schema says, including
  next to ``allOf: [$ref]`` and ``enum`` (the pattern ``specs/CONVENTIONS.md`` prescribes; OAS30Validator alone only
  honours ``nullable`` beside a ``type``). Errors are reported with their JSON path (``$.quote.amountIn``).
* :func:`json_schema` — the same schema as plain JSON Schema (draft 7) for hypothesis-jsonschema: refs inlined,
  ``nullable`` → ``null`` allowed, OAS-only keywords dropped, ``int32``/``int64`` turned into bounds, boolean
  ``exclusiveMinimum``/``exclusiveMaximum`` into numbers. :data:`CUSTOM_FORMATS` supplies the string formats the
  specs use that hypothesis-jsonschema does not know (``uuid``).
* :func:`request_errors` — a request the adapters built (path, query string, JSON body) against the operation's
  parameters and request body.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import yaml
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON = "application/json"
# Marks the null branch :func:`oas_schema` adds for ``nullable``, so error reports can skip it.
NULL_BRANCH = "x-swapsuite-null"
# OAS 3.0 keywords with no JSON Schema meaning (annotations, or not applicable to generated data).
_OAS_ONLY = {"nullable", "example", "examples", "discriminator", "xml", "externalDocs", "deprecated"}
_INT_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")


def load_spec(provider: str | Path) -> dict[str, Any]:
    """A spec as a plain dict: a provider name (``specs/<name>/openapi.yaml``) or a path to any spec file."""
    path = Path(provider) if isinstance(provider, Path) else SPECS / provider / "openapi.yaml"
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)  # type: ignore[no-any-return]


@functools.cache
def provider_spec(provider: str) -> dict[str, Any]:
    """The current spec of a provider, loaded once per process. Treat it as read-only."""
    return load_spec(provider)


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` (``#/components/...``) until a concrete node is reached."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def inline(spec: Mapping[str, Any], node: Any) -> Any:
    """A deep copy of ``node`` with every ``$ref`` replaced by its target (the specs have no cycles)."""
    node = resolve(spec, node)
    if isinstance(node, Mapping):
        return {key: inline(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [inline(spec, item) for item in node]
    return copy.deepcopy(node)


def _map_subschemas(node: dict[str, Any], convert: Any) -> dict[str, Any]:
    """``node`` with ``convert`` applied to each direct subschema (not to ``properties`` names or ``enum`` values)."""
    out = dict(node)
    if isinstance(node.get("properties"), Mapping):
        out["properties"] = {name: convert(sub) for name, sub in node["properties"].items()}
    for key in ("items", "not"):
        if isinstance(node.get(key), Mapping):
            out[key] = convert(node[key])
    if isinstance(node.get("additionalProperties"), Mapping):
        out["additionalProperties"] = convert(node["additionalProperties"])
    for key in _SCHEMA_LISTS:
        if isinstance(node.get(key), list):
            out[key] = [convert(sub) for sub in node[key]]
    return out


# --- OAS 3.0 validation ---------------------------------------------------------------------------------------
def oas_schema(spec: Mapping[str, Any], node: Any) -> dict[str, Any]:
    """An OAS 3.0 schema for OAS30Validator: refs inlined, every ``nullable: true`` node made to accept ``null``."""

    def convert(sub: Any) -> Any:
        if not isinstance(sub, Mapping):
            return sub
        out = _map_subschemas(dict(sub), convert)
        if out.pop("nullable", False) is True:
            return {"anyOf": [{"enum": [None], NULL_BRANCH: True}, out]}
        return out

    return convert(inline(spec, node))  # type: ignore[no-any-return]


def _is_null_branch(error: ValidationError) -> bool:
    return isinstance(error.schema, Mapping) and bool(error.schema.get(NULL_BRANCH))


def _most_specific(error: ValidationError) -> ValidationError:
    """The sub-error that says what is wrong: into ``anyOf``/``oneOf`` contexts, past the synthetic null branch."""
    while error.context:
        candidates = [sub for sub in error.context if not _is_null_branch(sub)]
        if not candidates:
            break
        branches = {sub.relative_schema_path[0] for sub in candidates if sub.relative_schema_path}
        # The deepest path is the most informative; among equals the first branch (the spec's order) wins.
        deepest = max(len(sub.absolute_path) for sub in candidates)
        if len(branches) > 1 and deepest <= len(error.absolute_path):
            break  # several real variants failed at this very level: the anyOf/oneOf message is the clearest
        error = next(sub for sub in candidates if len(sub.absolute_path) == deepest)
    return error


def json_path(error: ValidationError) -> str:
    """``$.a.b[0].c`` for the instance location of an error."""
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def body_errors(schema: Mapping[str, Any], instance: Any) -> list[str]:
    """``"$.path: message"`` for every way ``instance`` violates ``schema`` (an :func:`oas_schema` result)."""
    validator = OAS30Validator(schema, format_checker=OAS30Validator.FORMAT_CHECKER)
    by_path: dict[str, list[str]] = {}
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        best = _most_specific(error)
        messages = by_path.setdefault(json_path(best), [])
        if best.message not in messages:
            messages.append(best.message)
    found = []
    for path, messages in by_path.items():
        # A null where the spec allows none makes OAS30Validator speak several times ("None for not nullable",
        # "None is not of type 'x'", "None is not one of [...]"): keep the one that names the expected type.
        typed = [m for m in messages if m.startswith("None is not of type")]
        found += [f"{path}: {m}" for m in (typed or messages)]
    return found


# --- JSON Schema for hypothesis-jsonschema --------------------------------------------------------------------
def json_schema(
    spec: Mapping[str, Any], node: Any, *, closed: bool = False, max_items: int | None = None
) -> dict[str, Any]:
    """A draft-7 JSON Schema equivalent of an OAS 3.0 schema (see the module docstring).

    For data generation: ``closed=True`` adds ``additionalProperties: false`` to every object schema that lists its
    properties and says nothing about others, so generated data holds only the spec's fields (far smaller and faster
    to generate; tolerance of unknown fields is the generated clients' business, not a property of the mapping);
    ``max_items`` caps array lengths the same way. Both only narrow the schema: the data stays spec-valid."""

    def convert(sub: Any, close: bool = True) -> Any:
        if not isinstance(sub, Mapping):
            return sub
        sub = _collapse_allof(sub)
        out = _map_subschemas(dict(sub), convert)
        if "allOf" in out:
            # Members of an allOf describe one object together: closing each would forbid the others' fields.
            out["allOf"] = [convert(member, close=False) for member in sub["allOf"]]
            close = False
        if closed and close and "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        if max_items is not None and (out.get("type") == "array" or "items" in out):
            out["maxItems"] = max(min(out.get("maxItems", max_items), max_items), out.get("minItems", 0))
        nullable = out.get("nullable") is True
        for key in list(out):
            if key in _OAS_ONLY or key.startswith("x-") or key in ("readOnly", "writeOnly"):
                del out[key]
        fmt = out.get("format")
        if fmt in _INT_FORMATS:
            low, high = _INT_FORMATS[fmt]
            out["minimum"] = max(low, out.get("minimum", low))
            out["maximum"] = min(high, out.get("maximum", high))
            del out["format"]
        elif fmt in ("float", "double", "byte", "binary", "password"):
            del out["format"]
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if out.get(exclusive) is True and bound in out:
                out[exclusive] = out.pop(bound)
            elif isinstance(out.get(exclusive), bool):
                del out[exclusive]
        if nullable:
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
            return {"anyOf": [{"type": "null"}, out]}
        return out

    return {"$schema": "http://json-schema.org/draft-07/schema#", **convert(inline(spec, node))}


def _collapse_allof(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``{allOf: [X], description: ...}`` (a ref wrapped to annotate it, or to make it nullable) → X with the
    wrapper's own keywords, when they do not collide: the same schema, without a composition to merge per draw."""
    members = node.get("allOf")
    if not isinstance(members, list) or len(members) != 1 or not isinstance(members[0], Mapping):
        return node
    rest = {key: value for key, value in node.items() if key != "allOf"}
    annotations = {"description", "title", "nullable", "example", "default"}
    if set(rest) - annotations & set(members[0]):
        return node
    return {**members[0], **{key: value for key, value in rest.items() if key not in members[0] or key == "nullable"}}


def _uuid_strategy() -> Any:
    from hypothesis import strategies as st

    return st.uuids().map(str)


def custom_formats() -> dict[str, Any]:
    """String formats used by the specs that hypothesis-jsonschema has no built-in strategy for."""
    return {"uuid": _uuid_strategy()}


# --- operations -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Operation:
    """One spec operation, matched from a concrete request."""

    method: str
    template: str
    operation_id: str
    node: Mapping[str, Any]
    path_params: Mapping[str, str]
    path_item: Mapping[str, Any]

    def parameters(self, spec: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The operation's parameters (path-item level ones included, operation level winning), refs resolved."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*self.path_item.get("parameters", []), *self.node.get("parameters", [])]:
            param = resolve(spec, raw)
            merged[(param["in"], param["name"])] = param
        return list(merged.values())


def _template_regex(template: str) -> re.Pattern[str]:
    pattern = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
        pattern += re.escape(literal)
        if name:
            pattern += f"(?P<{re.sub(r'[^0-9A-Za-z_]', '_', name)}>[^/]+)"
    return re.compile(f"^{pattern}$")


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any], Mapping[str, Any]]]:
    """(method, template, operation, path item) for every operation of a spec."""
    for template, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield method, template, item[method], item


def find_operation(spec: Mapping[str, Any], method: str, path: str) -> Operation | None:
    """The operation serving ``method path`` (path relative to the server URL), literal templates first."""
    candidates = []
    for op_method, template, node, item in operations(spec):
        if op_method != method.lower():
            continue
        match = _template_regex(template).match(path)
        if match:
            params = {name: unquote(value) for name, value in match.groupdict().items()}
            candidates.append((template.count("{"), template, node, item, params))
    if not candidates:
        return None
    _, template, node, item, params = min(candidates, key=lambda c: c[0])
    return Operation(method.lower(), template, node.get("operationId", f"{method} {template}"), node, params, item)


def response_spec(spec: Mapping[str, Any], op: Operation, status: int) -> tuple[str, Mapping[str, Any]] | None:
    """(the key that documents ``status`` — ``"200"``, ``"4XX"`` or ``"default"`` — and the response), or None."""
    responses = op.node.get("responses", {})
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in responses:
            return key, resolve(spec, responses[key])
    return None


def json_body_schema(spec: Mapping[str, Any], holder: Mapping[str, Any] | None) -> Any:
    """The JSON schema of a response or request body object, or None when it declares no JSON content."""
    if holder is None:
        return None
    content = resolve(spec, holder).get("content") or {}
    media = content.get(JSON) or next((v for k, v in content.items() if k.endswith("+json")), None)
    return None if media is None else media.get("schema")


def operation_by_id(spec: Mapping[str, Any], operation_id: str) -> Operation:
    """The operation with this operationId (no concrete path, so no path parameters)."""
    for method, template, node, item in operations(spec):
        if node.get("operationId") == operation_id:
            return Operation(method, template, operation_id, node, {}, item)
    raise KeyError(f"no operation {operation_id!r}")


# --- requests -------------------------------------------------------------------------------------------------
def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    """A query/path string as the JSON value its (inlined) schema describes; unconvertible values stay strings."""
    kind = schema.get("type")
    if kind is None:
        for sub in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
            if isinstance(sub, Mapping) and sub.get("type") and not sub.get(NULL_BRANCH):
                kind = sub["type"]
                break
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return json.loads(value)
        if kind == "boolean":
            return {"true": True, "false": False}[value]
    except (ValueError, KeyError):
        return value
    return value


def request_errors(
    spec: Mapping[str, Any], method: str, url: str, body: bytes | None, base_path: str = ""
) -> tuple[str | None, list[str]]:
    """(operationId, problems) of a request the adapters built: path, query string and JSON body vs the spec."""
    parts = urlsplit(url)
    path = parts.path.removeprefix(base_path.rstrip("/")) or "/"
    op = find_operation(spec, method, path)
    if op is None:
        return None, [f"{method.upper()} {path} is not an operation of the spec"]
    problems: list[str] = []
    query: dict[str, list[str]] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        query.setdefault(name, []).append(value)
    declared = set()
    for param in op.parameters(spec):
        where, name = param["in"], param["name"]
        schema = oas_schema(spec, param.get("schema", {}))
        if where == "path":
            values = [op.path_params[name]] if name in op.path_params else []
        elif where == "query":
            declared.add(name)
            values = query.get(name, [])
        else:
            continue  # headers (auth) are not checked here
        if not values and param.get("required"):
            problems.append(f"{where} parameter {name!r} is required but missing")
        for value in values:
            problems += [
                f"{where} parameter {name}: {msg.removeprefix('$: ')}"
                for msg in body_errors(schema, _coerce(value, schema))
            ]
    problems += [f"query parameter {name!r} is not declared by the spec" for name in query if name not in declared]
    body_schema = json_body_schema(spec, op.node.get("requestBody"))
    if body:
        if body_schema is None:
            problems.append("the request has a body but the spec declares no JSON request body")
        else:
            problems += [f"body {msg}" for msg in body_errors(oas_schema(spec, body_schema), json.loads(body))]
    elif body_schema is not None and resolve(spec, op.node["requestBody"]).get("required"):
        problems.append("the spec requires a request body but none was sent")
    return op.operation_id, problems
