"""Comparing two OpenAPI documents: servers, security schemes, operations, parameters, bodies and responses.

Operations are matched by method and path template with parameter names blanked (``/deposit/{id}`` matches
``/deposit/{hash}``; the renamed path parameter is then reported on its own). Schemas are handed to
:class:`~swapsuite.drift.schemas.SchemaComparer` with the side (request/response) that decides each rule.
"""

from __future__ import annotations

import re
from typing import Any

from .change import Change, Changes
from .load import Document, Resolver, escape
from .schemas import SchemaComparer, Side, canonical

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{[^}]*\}")
_SCHEME_FIELDS = ("type", "in", "name", "scheme")


def compare(base: Document, new: Document) -> list[Change]:
    """Every classified change from ``base`` to ``new``, in document order (servers, schemes, operations)."""
    return _Comparison(base, new).run()


def _operations(resolver: Resolver) -> dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
    """``{(normalized path, method): (path, path item, operation)}``."""
    found: dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for path, raw_item in (resolver.data.get("paths") or {}).items():
        item, _ = resolver.deref(raw_item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                found[(_TEMPLATE.sub("{}", str(path)), method)] = (str(path), item, item[method])
    return found


def _parameters(resolver: Resolver, item: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """Path-item and operation parameters (the operation's win), keyed by ``(in, name)``; header names folded."""
    params: dict[tuple[str, str], Any] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param, _ = resolver.deref(raw)
        if isinstance(param, dict) and "name" in param:
            where = str(param.get("in", "query"))
            name = str(param["name"])
            params[(where, name.lower() if where == "header" else name)] = param
    return params


def _param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = param.get("content") or {}
    return next((media.get("schema", {}) for media in content.values() if isinstance(media, dict)), {})


def _alternatives(doc: dict[str, Any], op: dict[str, Any]) -> list[frozenset[str]]:
    """The operation's security alternatives; ``frozenset()`` stands for "anonymous allowed"."""
    requirements = op["security"] if "security" in op else doc.get("security") or []
    if not requirements:
        return [frozenset()]
    return [frozenset(req or {}) for req in requirements]


def _names(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative))


class _Comparison:
    def __init__(self, base: Document, new: Document) -> None:
        self.base, self.new = Resolver(base), Resolver(new)
        self.out = Changes()
        self.schemas = SchemaComparer(self.base, self.new, self.out.emit)

    def run(self) -> list[Change]:
        self._servers()
        self._security_schemes()
        base_ops, new_ops = _operations(self.base), _operations(self.new)
        order = {m: i for i, m in enumerate(METHODS)}
        for key in sorted(base_ops.keys() | new_ops.keys(), key=lambda k: (k[0], order[k[1]])):
            method = key[1].upper()
            if key not in new_ops:
                path, _, op = base_ops[key]
                self.out.emit("operation-removed", f"{method} {path}", f"{self._op_name(op, method, path)} removed")
            elif key not in base_ops:
                path, _, op = new_ops[key]
                self.out.emit("operation-added", f"{method} {path}", f"new operation {self._op_name(op, method, path)}")
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
                self.out.emit("security-scheme-removed", loc, f"security scheme {name} removed")
            elif name not in base:
                self.out.emit("security-scheme-added", loc, f"new security scheme {name}")
            else:
                diffs = [
                    f"{f} {base[name].get(f)} -> {new[name].get(f)}"
                    for f in _SCHEME_FIELDS
                    if str(base[name].get(f, "")).lower() != str(new[name].get(f, "")).lower()
                ]
                if diffs:
                    self.out.emit("security-scheme-changed", loc, f"security scheme {name}: {'; '.join(diffs)}")

    # --- one operation --------------------------------------------------------------------------------------
    def _operation(
        self,
        method: str,
        base: tuple[str, dict[str, Any], dict[str, Any]],
        new: tuple[str, dict[str, Any], dict[str, Any]],
    ) -> None:
        path, base_item, base_op = base
        _, new_item, new_op = new
        where = f"{method} {path}"
        if new_op.get("deprecated") and not base_op.get("deprecated"):
            self.out.emit("operation-deprecated", where, f"{self._op_name(base_op, method, path)} is deprecated")
        self._security(where, base_op, new_op)
        self._params(where, _parameters(self.base, base_item, base_op), _parameters(self.new, new_item, new_op))
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

    def _params(self, where: str, base: dict[tuple[str, str], Any], new: dict[tuple[str, str], Any]) -> None:
        removed = [k for k in base if k not in new]
        added = [k for k in new if k not in base]
        for key in removed:
            twin = next(
                (
                    a
                    for a in added
                    if a[0] == key[0]
                    and canonical(self.base, _param_schema(base[key])) == canonical(self.new, _param_schema(new[a]))
                ),
                None,
            )
            loc = f"{where} {key[0]}:{base[key]['name']}"
            if twin is not None:
                added.remove(twin)
                msg = f"{key[0]} parameter '{base[key]['name']}' looks renamed to '{new[twin]['name']}' (same schema)"
                self.out.emit("parameter-renamed", loc, msg)
            else:
                self.out.emit("parameter-removed", loc, f"{key[0]} parameter '{base[key]['name']}' removed")
        for key in added:
            loc = f"{where} {key[0]}:{new[key]['name']}"
            if new[key].get("required") or key[0] == "path":
                self.out.emit("required-parameter-added", loc, f"new required {key[0]} parameter '{new[key]['name']}'")
            else:
                self.out.emit("parameter-added", loc, f"new optional {key[0]} parameter '{new[key]['name']}'")
        for key in (k for k in base if k in new):
            loc = f"{where} {key[0]}:{base[key]['name']}"
            was, now = bool(base[key].get("required")), bool(new[key].get("required"))
            if was != now:
                state = "required" if now else "optional"
                self.out.emit(f"parameter-became-{state}", loc, f"parameter '{base[key]['name']}' is now {state}")
            self.schemas.compare(_param_schema(base[key]), _param_schema(new[key]), loc, "request")

    def _request_body(self, where: str, base_raw: Any, new_raw: Any) -> None:
        base, _ = self.base.deref(base_raw)
        new, _ = self.new.deref(new_raw)
        loc = f"{where} requestBody"
        if not isinstance(base, dict) and not isinstance(new, dict):
            return
        if not isinstance(base, dict):
            required = bool(isinstance(new, dict) and new.get("required"))
            kind = "request-body-became-required" if required else "request-body-added"
            self.out.emit(kind, loc, f"{'required' if required else 'optional'} request body added")
            return
        if not isinstance(new, dict):
            self.out.emit("request-body-removed", loc, "request body no longer documented")
            return
        was, now = bool(base.get("required")), bool(new.get("required"))
        if was != now:
            state = "required" if now else "optional"
            self.out.emit(f"request-body-became-{state}", loc, f"request body is now {state}")
        self._content(loc, base.get("content") or {}, new.get("content") or {}, "request")

    def _responses(self, where: str, base: dict[str, Any], new: dict[str, Any]) -> None:
        for status in [*base, *(s for s in new if s not in base)]:
            loc = f"{where} {status}"
            kind = "success" if str(status).startswith("2") else "error"
            if status not in new:
                self.out.emit(f"{kind}-status-removed", loc, f"{kind} status {status} no longer documented")
            elif status not in base:
                self.out.emit(f"{kind}-status-added", loc, f"new {kind} status {status}")
            else:
                base_resp, _ = self.base.deref(base[status])
                new_resp, _ = self.new.deref(new[status])
                base_content = (base_resp or {}).get("content") or {} if isinstance(base_resp, dict) else {}
                new_content = (new_resp or {}).get("content") or {} if isinstance(new_resp, dict) else {}
                self._content(loc, base_content, new_content, "response")

    def _content(self, loc: str, base: dict[str, Any], new: dict[str, Any], side: Side) -> None:
        base_types = {str(k).lower(): v for k, v in base.items()}
        new_types = {str(k).lower(): v for k, v in new.items()}
        for media in [*base_types, *(m for m in new_types if m not in base_types)]:
            here = f"{loc} {media}"
            if media not in new_types:
                self.out.emit(f"{side}-content-type-removed", here, f"media type {media} removed")
            elif media not in base_types:
                self.out.emit(f"{side}-content-type-added", here, f"new media type {media}")
            else:
                base_schema = (base_types[media] or {}).get("schema", {})
                new_schema = (new_types[media] or {}).get("schema", {})
                self.schemas.compare(base_schema, new_schema, here, side)
