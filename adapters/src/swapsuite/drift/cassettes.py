"""Recorded HTTP interactions (vcrpy cassettes) checked against a spec and replayed through a generated client.

A cassette is vcrpy's YAML: ``interactions: [{request: {method, uri, ...}, response: {status: {code},
headers: {name: [values]}, body: {string: ...}}}]``. Each response is

1. matched to the spec operation whose path template fits the end of the request path (so recordings against a
   sandbox prefix or an ``/api`` base path still match) and to its documented status and media type;
2. validated against that response schema (openapi-schema-validator: OAS 3.0 ``nullable``, read context, formats);
3. parsed by the generated client's ``_parse_response`` for that operation — done in a subprocess by
   :mod:`swapsuite.drift.clientreplay` so that the freshly generated package shadows the installed one.

An interaction conforms when both 2 and 3 succeed.
"""

from __future__ import annotations

import base64
import gzip
import importlib
import json
import os
import re
import subprocess
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .load import Document, Resolver, SpecLoadError
from .operations import METHODS


@dataclass
class Interaction:
    """One recorded request/response pair."""

    ident: str
    method: str
    uri: str
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class ReplayResult:
    """Outcome of replaying one provider's cassettes: ``conforming`` of ``total`` interactions passed."""

    total: int = 0
    conforming: int = 0
    failures: list[str] = field(default_factory=list)


def _header_map(raw: Any) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in (raw or {}).items():
        headers[str(name).lower()] = str(value[0] if isinstance(value, list) and value else value)
    return headers


def _body(raw: Any, headers: dict[str, str]) -> bytes:
    value = raw.get("string", b"") if isinstance(raw, dict) else raw or b""
    data = value if isinstance(value, bytes) else str(value).encode("utf-8")
    encoding = headers.get("content-encoding", "").lower()
    if encoding == "gzip" and data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    elif encoding == "deflate" and isinstance(value, bytes):
        data = zlib.decompress(data)
    return data


def read_cassettes(paths: list[Path]) -> list[Interaction]:
    """Every interaction of the given vcrpy cassette files (a :class:`SpecLoadError` for an unreadable file)."""
    import yaml

    found: list[Interaction] = []
    for path in paths:
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise SpecLoadError(f"cannot read cassette {path}: {str(exc).splitlines()[0]}") from exc
        for i, item in enumerate(doc.get("interactions") or []):
            request, response = item.get("request") or {}, item.get("response") or {}
            headers = _header_map(response.get("headers"))
            status = response.get("status") or {}
            found.append(
                Interaction(
                    ident=f"{path.name}#{i}",
                    method=str(request.get("method", "GET")).lower(),
                    uri=str(request.get("uri", "")),
                    status=int(status.get("code", 0) if isinstance(status, dict) else status),
                    headers=headers,
                    body=_body(response.get("body"), headers),
                )
            )
    return found


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]*\})", template)
    body = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"{body}/?$")


def match_operation(doc: Document, method: str, uri: str) -> tuple[str, dict[str, Any]] | None:
    """The (path template, operation) whose template matches the end of ``uri``'s path; the most literal wins."""
    path = urlsplit(uri).path
    best: tuple[int, str, dict[str, Any]] | None = None
    for template, item in (doc.data.get("paths") or {}).items():
        op = item.get(method) if isinstance(item, dict) and method in METHODS else None
        if isinstance(op, dict) and _template_regex(str(template)).search(path):
            score = len(re.sub(r"\{[^}]*\}", "", str(template)))
            if best is None or score > best[0]:
                best = (score, str(template), op)
    return (best[1], best[2]) if best else None


def _response_for(responses: dict[str, Any], status: int) -> tuple[str, Any] | None:
    for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
        if key in responses:
            return key, responses[key]
    return None


def validate_response(doc: Document, interaction: Interaction) -> str | None:
    """None when the recorded response conforms to ``doc``, else why not (one line)."""
    # Imported by name: openapi-schema-validator ships with openapi-spec-validator (test group), not with swapsuite.
    oas: Any = importlib.import_module("openapi_schema_validator")
    matched = match_operation(doc, interaction.method, interaction.uri)
    where = f"{interaction.method.upper()} {urlsplit(interaction.uri).path}"
    if matched is None:
        return f"{where}: no operation in the spec matches"
    template, op = matched
    found = _response_for(op.get("responses") or {}, interaction.status)
    if found is None:
        return f"{where}: status {interaction.status} is not documented for {template}"
    response = Resolver(doc).deref(found[1])[0] or {}
    content = {k.lower(): v for k, v in (response.get("content") or {}).items()}
    if not content:
        return None
    media = interaction.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    entry = content.get(media) or content.get("application/json") or next(iter(content.values()))
    schema = (entry or {}).get("schema")
    if schema is None:
        return None
    try:
        body = json.loads(interaction.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return f"{where} {interaction.status}: body is not JSON"
    root = {**doc.data, "allOf": [schema]}  # local $refs resolve against the whole document
    if doc.version.startswith("3.1"):
        validator: Any = oas.OAS31Validator(root)
    else:
        validator = oas.OAS30ReadValidator(root, format_checker=oas.oas30_format_checker)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        at = "/".join(str(p) for p in first.absolute_path) or "(root)"
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{where} {interaction.status}: {at}: {first.message[:200]}{more}"
    return None


def _normalize(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def api_modules(package_dir: Path) -> dict[str, str]:
    """``{normalized operation name: dotted module}`` for a generated package (``api/<tag>/<operation>.py``)."""
    modules: dict[str, str] = {}
    for file in sorted((package_dir / "api").glob("*/*.py")):
        if file.name != "__init__.py":
            modules[_normalize(file.stem)] = f"{package_dir.name}.api.{file.parent.name}.{file.stem}"
    return modules


def replay(doc: Document, package_dir: Path, interactions: list[Interaction], extra_path: list[Path]) -> ReplayResult:
    """Validate every interaction against ``doc`` and parse it with the generated client in ``package_dir``."""
    result = ReplayResult(total=len(interactions))
    modules = api_modules(package_dir)
    problems: dict[str, list[str]] = {i.ident: [] for i in interactions}
    jobs = []
    for interaction in interactions:
        problem = validate_response(doc, interaction)
        if problem:
            problems[interaction.ident].append(f"schema: {problem}")
        matched = match_operation(doc, interaction.method, interaction.uri)
        # The generator names a function after the operationId, else after method + path ("get_swap_approval").
        op_id = str(matched[1].get("operationId") or f"{interaction.method} {matched[0]}") if matched else ""
        module = modules.get(_normalize(op_id)) if op_id else None
        if module is None:
            problems[interaction.ident].append(f"client: no generated function for {op_id or 'this request'}")
            continue
        jobs.append(
            {
                "id": interaction.ident,
                "module": module,
                "status": interaction.status,
                "headers": interaction.headers,
                "body_b64": base64.b64encode(interaction.body).decode("ascii"),
            }
        )
    for ident, error in _run_client(package_dir, jobs, extra_path).items():
        problems[ident].append(f"client: {error}")
    for ident, found in problems.items():
        if found:
            result.failures += [f"{ident}: {p}" for p in found]
        else:
            result.conforming += 1
    return result


def _run_client(package_dir: Path, jobs: list[dict[str, Any]], extra_path: list[Path]) -> dict[str, str]:
    """Run :mod:`swapsuite.drift.clientreplay` with the generated package first on ``PYTHONPATH``."""
    if not jobs:
        return {}
    env = dict(os.environ)
    path = [str(package_dir.parent), *map(str, extra_path), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in path if p)
    proc = subprocess.run(
        [sys.executable, "-m", "swapsuite.drift.clientreplay"],
        input=json.dumps({"package": package_dir.name, "jobs": jobs}),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {job["id"]: f"replay process failed: {tail}" for job in jobs}
    failed: dict[str, str] = json.loads(proc.stdout)
    return failed
