"""The evidence corpus: real payloads from the providers' own material, each kept with its provenance.

A fixture is ``conformance/evidence/<provider>/<name>.json`` (format: ``conformance/evidence/README.md``). Nothing in
it was written here: it is a payload from a provider's SDK test suite, docs or a public integration, named by
repository, path and commit. ``conformance/test_evidence.py`` pushes every fixture through three layers —

1. our spec (the body validates against the response schema of its route and status),
2. the generated client (its ``_build_response`` for that operation parses the body),
3. the adapter mapping (the public sync API runs against an ``httpx.MockTransport`` serving the body, and the
   normalized values named in ``expect`` must come out).

A published example that is plainly wrong (a typo'd enum, ``"null,"`` as a value) carries ``upstream_error`` with the
reason: the test then asserts that we *reject* it with a typed error, and the reason is listed in the report.
"""

from __future__ import annotations

import enum
import functools
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from conformance.cassettes import DRIVERS, make_provider
from conformance.specschema import body_errors, find_operation, json_body_schema, oas_schema, provider_spec
from conformance.specschema import response_spec as spec_response

ROOT = Path(__file__).resolve().parent
EVIDENCE = ROOT / "evidence"
BASE_URL = "https://evidence.invalid"
_SHA = re.compile(r"^[0-9a-f]{40}$")


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    status: int = 200


@dataclass(frozen=True)
class Fixture:
    """One payload of the corpus, as read from its file."""

    provider: str
    name: str
    provenance: Mapping[str, Any]
    route: Route
    body: Any
    drive: Mapping[str, Any] | None = None
    expect: Mapping[str, Any] = field(default_factory=dict)
    upstream_error: str | None = None

    @property
    def id(self) -> str:
        return f"{self.provider}/{self.name}"


def _read(path: Path) -> Fixture:
    data = json.loads(path.read_text(encoding="utf-8"))
    route = data["route"]
    return Fixture(
        provider=path.parent.name,
        name=path.stem,
        provenance=data["provenance"],
        route=Route(route["method"].upper(), route["path"], int(route.get("status", 200))),
        body=data["body"],
        drive=data.get("drive"),
        expect=data.get("expect", {}),
        upstream_error=data.get("upstream_error"),
    )


def fixtures() -> list[Fixture]:
    """Every fixture of the corpus, in a stable order."""
    return [_read(path) for path in sorted(EVIDENCE.glob("*/*.json"))]


@functools.cache
def by_id(fixture_id: str) -> Fixture:
    """A fixture by ``provider/name`` (for the ``also`` routes of another fixture)."""
    return _read(EVIDENCE / f"{fixture_id.removesuffix('.json')}.json")


def provenance_problems(fixture: Fixture) -> list[str]:
    """What is missing from a fixture's provenance: where it came from must be checkable by anyone."""
    problems = [f"provenance.{key} missing" for key in ("repo", "path", "note") if not fixture.provenance.get(key)]
    commit = fixture.provenance.get("commit")
    if commit is not None and not _SHA.match(str(commit)):
        problems.append(f"provenance.commit {commit!r} is not a 40-hex commit id")
    if commit is None and not str(fixture.provenance.get("repo", "")).count("."):
        problems.append("provenance.commit may be null only for a docs site (repo = its host name)")
    return problems


# --- layer 1: the spec ------------------------------------------------------------------------------------------
def spec_errors(fixture: Fixture) -> list[str]:
    """How the body violates our spec's response schema for its route and status (empty: it conforms)."""
    spec = provider_spec(fixture.provider)
    op = find_operation(spec, fixture.route.method, fixture.route.path)
    if op is None:
        return [f"no operation {fixture.route.method} {fixture.route.path} in specs/{fixture.provider}"]
    documented = spec_response(spec, op, fixture.route.status)
    if documented is None:
        return [f"{op.operation_id} documents no response {fixture.route.status}"]
    schema = json_body_schema(spec, documented[1])
    if schema is None:
        return [f"{op.operation_id} {fixture.route.status} declares no JSON body"]
    return body_errors(oas_schema(spec, schema), fixture.body)


# --- layer 2: the generated client ------------------------------------------------------------------------------
def _snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def generated_module(provider: str, operation_id: str) -> ModuleType:
    """The generated endpoint module of an operation (``swapsuite_<p>_client.api.<tag>.<operation>``)."""
    api = importlib.import_module(f"swapsuite_{provider}_client.api")
    wanted = _snake(operation_id)
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if info.name.rsplit(".", 1)[-1] == wanted:
            return importlib.import_module(info.name)
    raise LookupError(f"no generated module for {provider} operation {operation_id}")


def generated_parse(fixture: Fixture) -> Any:
    """The generated client's parse of the body (its ``_build_response``), raising what the client raises."""
    package = importlib.import_module(f"swapsuite_{fixture.provider}_client")
    op = find_operation(provider_spec(fixture.provider), fixture.route.method, fixture.route.path)
    assert op is not None, fixture.id
    module = generated_module(fixture.provider, op.operation_id)
    client = package.Client(base_url=BASE_URL, raise_on_unexpected_status=True)
    response = httpx.Response(fixture.route.status, content=json.dumps(fixture.body).encode())
    return module._build_response(client=client, response=response).parsed


# --- layer 3: the adapter ---------------------------------------------------------------------------------------
def served_routes(fixture: Fixture) -> list[tuple[Route, Any]]:
    """The routes a driven fixture serves: its own, then every ``also`` fixture's."""
    served = [(fixture.route, fixture.body)]
    for extra in (fixture.drive or {}).get("also", []):
        other = by_id(extra["evidence"])
        route = Route(extra.get("method", other.route.method).upper(), extra.get("path", other.route.path))
        served.append((Route(route.method, route.path, other.route.status), other.body))
    return served


class Api:
    """A MockTransport handler answering each served route and recording the requests. A route given as a path
    template (``/v2/swap/{id}``) answers every concrete path of that template."""

    def __init__(self, provider: str, served: list[tuple[Route, Any]]) -> None:
        self.spec = provider_spec(provider)
        self.served = served
        self.requests: list[httpx.Request] = []

    def _template(self, method: str, path: str) -> str:
        op = find_operation(self.spec, method, path)
        return path if op is None else op.template

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        template = self._template(request.method, request.url.path)
        for route, body in self.served:
            if route.method == request.method and self._template(route.method, route.path) == template:
                return httpx.Response(route.status, json=body)
        return httpx.Response(404, json={"message": f"evidence serves no {request.method} {request.url.path}"})


def drive(fixture: Fixture) -> tuple[Any, Api]:
    """Run the fixture's driver on the public sync API against the served routes: (result or error, the API)."""
    assert fixture.drive is not None
    params = dict(fixture.drive.get("params", {}))
    api = Api(fixture.provider, served_routes(fixture))
    provider = make_provider(
        fixture.provider,
        BASE_URL,
        params,
        api_key=fixture.drive.get("api_key", "evidence-key"),
        transport=httpx.MockTransport(api),
    )
    with provider:
        try:
            return DRIVERS[fixture.drive["driver"]](provider, params), api
        except Exception as exc:  # the caller asserts on the type: only SwapsuiteErrors are acceptable
            return exc, api


def lookup(value: Any, dotted: str) -> Any:
    """``a.b.0.c`` on attributes, mapping keys and sequence indexes."""
    for part in dotted.split("."):
        if isinstance(value, Mapping):
            value = value[part]
        elif part.isdigit() and isinstance(value, list | tuple):
            value = value[int(part)]
        else:
            value = getattr(value, part)
    return value


def rendered(value: Any) -> str:
    """How ``expect`` spells a value: enums by value, everything else by ``str``."""
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def mismatches(result: Any, expect: Mapping[str, Any]) -> Iterator[str]:
    """``path: got X, expected Y`` for every expected value the result does not have."""
    for dotted, wanted in expect.items():
        if dotted == "error":
            got = type(result).__name__
        else:
            try:
                got = rendered(lookup(result, dotted))
            except (AttributeError, KeyError, IndexError, TypeError) as exc:
                got = f"<missing: {type(exc).__name__}>"
        if got != str(wanted):
            yield f"{dotted}: got {got!r}, expected {wanted!r}"
