"""Comparing two OpenAPI documents: servers, security schemes, operations, parameters, bodies and responses.

Operations are matched by method and path template with parameter names blanked (``/deposit/{id}`` matches
``/deposit/{hash}``; the renamed path parameter is then reported on its own). OpenAPI 3.1 ``webhooks`` are compared
like operations, located as ``METHOD webhook:NAME``. A removed operation is judged by its deprecation: removed
without one breaks; deprecated with an ``x-sunset`` date still ahead breaks; deprecated with the date past (or no
date) does not. Schemas are handed to :class:`~swapsuite.drift.compare.SchemaComparer` with the side
(request/response) that decides each rule.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from .change import Change, Changes
from .compare import SchemaComparer, Side
from .load import Document, Resolver, escape
from .parameters import ParameterComparer, parameters
from .schemas import STABILITY

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{[^}]*\}")
_SCHEME_FIELDS = ("type", "in", "name", "scheme")


def compare(base: Document, new: Document, *, policy: str = "swapsuite") -> list[Change]:
    """Every classified change from ``base`` to ``new``, in document order (servers, schemes, operations).

    ``policy`` picks the severities: ``swapsuite`` (the rule table) or ``oasdiff`` (breaking exactly where oasdiff
    reports an error).
    """
    return _Comparison(base, new, policy).run()


Operation = tuple[str, dict[str, Any], dict[str, Any]]


def _operations(resolver: Resolver) -> dict[tuple[str, str], Operation]:
    """``{(normalized path, method): (path, path item, operation)}``; webhooks as ``webhook:NAME``."""
    found: dict[tuple[str, str], Operation] = {}
    for section, prefix in (("paths", ""), ("webhooks", "webhook:")):
        items = resolver.data.get(section)
        for path, raw_item in (items if isinstance(items, dict) else {}).items():
            item, _ = resolver.deref(raw_item)
            if not isinstance(item, dict):
                continue
            shown = f"{prefix}{path}"
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    found[(_TEMPLATE.sub("{}", shown), method)] = (shown, item, item[method])
    return found


def today() -> datetime.date:
    """The date x-sunset dates are compared with (a function, so tests can pin it)."""
    return datetime.date.today()


def _sunset(op: dict[str, Any]) -> datetime.date | None:
    """The operation's ``x-sunset`` date (YAML may already have parsed it), None if absent or unreadable."""
    raw = op.get("x-sunset")
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    try:
        return datetime.date.fromisoformat(str(raw)[:10]) if raw else None
    except ValueError:
        return None


def _removal_kind(path: str, op: dict[str, Any]) -> str:
    if path.startswith("webhook:"):
        return "webhook-removed"
    if not op.get("deprecated"):
        return "api-removed-without-deprecation"
    sunset = _sunset(op)
    return "api-removed-before-sunset" if sunset is not None and sunset > today() else "api-removed-with-deprecation"


def _alternatives(doc: dict[str, Any], op: dict[str, Any]) -> list[frozenset[str]]:
    """The operation's security alternatives; ``frozenset()`` stands for "anonymous allowed"."""
    requirements = op["security"] if "security" in op else doc.get("security") or []
    if not requirements:
        return [frozenset()]
    return [frozenset(req or {}) for req in requirements]


def _names(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative))


class _Comparison:
    def __init__(self, base: Document, new: Document, policy: str) -> None:
        self.base, self.new = Resolver(base), Resolver(new)
        self.out = Changes(policy)
        self.schemas = SchemaComparer(self.base, self.new, self.out.emit)
        self.params = ParameterComparer(self.base, self.new, self.out, self.schemas)

    def run(self) -> list[Change]:
        self._servers()
        self._security_schemes()
        base_ops, new_ops = _operations(self.base), _operations(self.new)
        order = {m: i for i, m in enumerate(METHODS)}
        for key in sorted(base_ops.keys() | new_ops.keys(), key=lambda k: (k[0], order[k[1]])):
            method = key[1].upper()
            if key not in new_ops:
                path, _, op = base_ops[key]
                kind = _removal_kind(path, op)
                note = f" (deprecated, x-sunset {op.get('x-sunset')})" if op.get("deprecated") else ""
                self.out.emit(kind, f"{method} {path}", f"{self._op_name(op, method, path)} removed{note}")
            elif key not in base_ops:
                path, _, op = new_ops[key]
                kind = "webhook-added" if path.startswith("webhook:") else "endpoint-added"
                self.out.emit(kind, f"{method} {path}", f"new operation {self._op_name(op, method, path)}")
            else:
                self._operation(method, base_ops[key], new_ops[key])
        return self.out.items

    @staticmethod
    def _op_name(op: dict[str, Any], method: str, path: str) -> str:
        return str(op.get("operationId") or f"{method} {path}")

    # --- document level -----------------------------------------------------------------------------------
    def _servers(self) -> None:
        def urls(resolver: Resolver) -> list[str]:
            servers = resolver.data.get("servers") or [{"url": "/"}]
            return [str(s.get("url", "/")).rstrip("/") or "/" for s in servers if isinstance(s, dict)]

        base, new = urls(self.base), urls(self.new)
        if base[0] != new[0]:
            self.out.emit("server-url-changed", "#/servers/0", f"first server {base[0]} -> {new[0]}")
        for i, url in enumerate(base[1:], start=1):
            if url not in new[1:] and url != new[0]:
                self.out.emit("server-removed", f"#/servers/{i}", f"server {url} removed")
        for i, url in enumerate(new[1:], start=1):
            if url not in base:
                self.out.emit("server-added", f"#/servers/{i}", f"new server {url}")

    def _security_schemes(self) -> None:
        def schemes(resolver: Resolver) -> dict[str, dict[str, Any]]:
            raw = (resolver.data.get("components") or {}).get("securitySchemes") or {}
            resolved = {str(name): resolver.deref(node)[0] for name, node in raw.items()}
            return {name: node for name, node in resolved.items() if isinstance(node, dict)}

        base, new = schemes(self.base), schemes(self.new)
        for name in [*base, *(n for n in new if n not in base)]:
            loc = f"#/components/securitySchemes/{escape(name)}"
            if name not in new:
                self.out.emit("api-security-component-removed", loc, f"security scheme {name} removed")
            elif name not in base:
                self.out.emit("api-security-component-added", loc, f"new security scheme {name}")
            else:
                diffs = [
                    f"{f} {base[name].get(f)} -> {new[name].get(f)}"
                    for f in _SCHEME_FIELDS
                    if str(base[name].get(f, "")).lower() != str(new[name].get(f, "")).lower()
                ]
                if diffs:
                    text = f"security scheme {name}: {'; '.join(diffs)}"
                    self.out.emit("api-security-component-type-changed", loc, text)

    # --- one operation --------------------------------------------------------------------------------------
    def _operation(
        self,
        method: str,
        base: Operation,
        new: Operation,
    ) -> None:
        path, base_item, base_op = base
        new_path, new_item, new_op = new
        where = f"{method} {path}"
        if new_op.get("deprecated") and not base_op.get("deprecated"):
            self.out.emit("endpoint-deprecated", where, f"{self._op_name(base_op, method, path)} is deprecated")
        self._stability(where, base_op.get("x-stability-level"), new_op.get("x-stability-level"))
        self._security(where, base_op, new_op)
        base_params = parameters(self.base, base_item, base_op)
        self.params.compare(where, (path, new_path), base_params, parameters(self.new, new_item, new_op))
        self._request_body(where, base_op.get("requestBody"), new_op.get("requestBody"))
        self._responses(where, base_op.get("responses") or {}, new_op.get("responses") or {})

    def _security(self, where: str, base_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        base = _alternatives(self.base.data, base_op)
        new = _alternatives(self.new.data, new_op)
        anonymous = frozenset[str]()
        required_now = anonymous in base and anonymous not in new
        optional_now = anonymous not in base and anonymous in new
        if required_now:
            needed = " or ".join(_names(a) for a in new)
            self.out.emit("security-requirement-added", where, f"credentials now required ({needed})")
        elif optional_now:
            self.out.emit("security-made-optional", where, "credentials are now optional")
        # Alternatives gained together with a brand-new requirement, or lost together with all authentication,
        # are already described by the requirement change above.
        if not (optional_now and new == [anonymous]):
            for alt in base:
                if alt and alt not in new:
                    self.out.emit("security-alternative-removed", where, f"{_names(alt)} no longer accepted")
        if not (required_now and base == [anonymous]):
            for alt in new:
                if alt and alt not in base:
                    self.out.emit("security-alternative-added", where, f"{_names(alt)} now accepted")

    def _stability(self, where: str, before: Any, after: Any) -> None:
        if before in STABILITY and after in STABILITY and before != after:
            verb = "decreased" if STABILITY.index(after) < STABILITY.index(before) else "increased"
            self.out.emit(f"api-stability-{verb}", where, f"x-stability-level {before} -> {after}")

    def _request_body(self, where: str, base_raw: Any, new_raw: Any) -> None:
        base, _ = self.base.deref(base_raw)
        new, _ = self.new.deref(new_raw)
        loc = f"{where} requestBody"
        if not isinstance(base, dict) and not isinstance(new, dict):
            return
        if not isinstance(base, dict):
            required = bool(isinstance(new, dict) and new.get("required"))
            state = "required" if required else "optional"
            self.out.emit(f"request-body-added-{state}", loc, f"{state} request body added")
            return
        if not isinstance(new, dict):
            self.out.emit("request-body-removed", loc, "request body no longer documented (what clients send is lost)")
            return
        was, now = bool(base.get("required")), bool(new.get("required"))
        if was != now:
            state = "required" if now else "optional"
            self.out.emit(f"request-body-became-{state}", loc, f"request body is now {state}")
        self._content(loc, base.get("content") or {}, new.get("content") or {}, "request")

    def _responses(self, where: str, base: dict[str, Any], new: dict[str, Any]) -> None:
        for status in [*base, *(s for s in new if s not in base)]:
            loc = f"{where} {status}"
            kind = "success" if str(status).startswith("2") else "non-success"
            if status not in new:
                self.out.emit(f"response-{kind}-status-removed", loc, f"{kind} status {status} no longer documented")
            elif status not in base:
                self.out.emit(f"response-{kind}-status-added", loc, f"new {kind} status {status}")
            else:
                base_resp, _ = self.base.deref(base[status])
                new_resp, _ = self.new.deref(new[status])
                base_content = (base_resp or {}).get("content") or {} if isinstance(base_resp, dict) else {}
                new_content = (new_resp or {}).get("content") or {} if isinstance(new_resp, dict) else {}
                self._content(loc, base_content, new_content, "response")

    def _content(self, loc: str, base: dict[str, Any], new: dict[str, Any], side: Side) -> None:
        base_types = {str(k).lower(): v for k, v in base.items()}
        new_types = {str(k).lower(): v for k, v in new.items()}
        prefix = "request-body" if side == "request" else "response"
        for media in [*base_types, *(m for m in new_types if m not in base_types)]:
            here = f"{loc} {media}"
            if media not in new_types:
                self.out.emit(f"{prefix}-media-type-removed", here, f"media type {media} removed")
            elif media not in base_types:
                self.out.emit(f"{prefix}-media-type-added", here, f"new media type {media}")
            else:
                base_schema = (base_types[media] or {}).get("schema", {})
                new_schema = (new_types[media] or {}).get("schema", {})
                self.schemas.compare(base_schema, new_schema, here, side)
