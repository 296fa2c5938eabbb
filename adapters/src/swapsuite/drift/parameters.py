"""Comparing the parameters of one operation (request side).

Parameters are keyed by ``(in, name)`` (header names case-folded). Path parameters are paired by *position* in the
path template first: ``/books/{bookId}`` -> ``/books/{id}`` builds the same URL, so the rename is reported as
non-breaking and the schemas are compared as usual. Any other parameter removed while one with the same location and
schema appears looks renamed (breaking: clients send the old name).
"""

from __future__ import annotations

import re
from typing import Any

from .change import Changes
from .compare import SchemaComparer
from .load import Resolver
from .schemas import canonical

_NAMES = re.compile(r"\{([^}]*)\}")
_MISSING = object()
Params = dict[tuple[str, str], Any]


def parameters(resolver: Resolver, item: dict[str, Any], op: dict[str, Any]) -> Params:
    """Path-item and operation parameters (the operation's win), keyed by ``(in, name)``; header names folded."""
    params: Params = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param, _ = resolver.deref(raw)
        if isinstance(param, dict) and "name" in param:
            where = str(param.get("in", "query"))
            name = str(param["name"])
            params[(where, name.lower() if where == "header" else name)] = param
    return params


def param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = param.get("content") or {}
    return next((media.get("schema", {}) for media in content.values() if isinstance(media, dict)), {})


class ParameterComparer:
    """Emits the parameter changes of one operation."""

    def __init__(self, base: Resolver, new: Resolver, out: Changes, schemas: SchemaComparer) -> None:
        self.base, self.new, self.out, self.schemas = base, new, out, schemas

    def compare(self, where: str, paths: tuple[str, str], base: Params, new: Params) -> None:
        new = self._path_renames(where, paths, base, dict(new))
        removed = [k for k in base if k not in new]
        added = [k for k in new if k not in base]
        for key in removed:
            twin = next((a for a in added if a[0] == key[0] and self._same_schema(base[key], new[a])), None)
            loc = f"{where} {key[0]}:{base[key]['name']}"
            if twin is not None:
                added.remove(twin)
                msg = f"{key[0]} parameter '{base[key]['name']}' looks renamed to '{new[twin]['name']}' (same schema)"
                self.out.emit("request-parameter-renamed", loc, msg)
            else:
                self.out.emit("request-parameter-removed", loc, f"{key[0]} parameter '{base[key]['name']}' removed")
        for key in added:
            loc = f"{where} {key[0]}:{new[key]['name']}"
            if new[key].get("required") or key[0] == "path":
                msg = f"new required {key[0]} parameter '{new[key]['name']}'"
                self.out.emit("new-required-request-parameter", loc, msg)
            else:
                self.out.emit(
                    "new-optional-request-parameter", loc, f"new optional {key[0]} parameter '{new[key]['name']}'"
                )
        for key in (k for k in base if k in new):
            self._common(f"{where} {key[0]}:{base[key]['name']}", base[key], new[key])

    def _same_schema(self, base: dict[str, Any], new: dict[str, Any]) -> bool:
        return bool(canonical(self.base, param_schema(base)) == canonical(self.new, param_schema(new)))

    def _path_renames(self, where: str, paths: tuple[str, str], base: Params, new: Params) -> Params:
        """Pair path parameters by position; re-key renamed ones under their base name."""
        for old, now in zip(_NAMES.findall(paths[0]), _NAMES.findall(paths[1]), strict=False):
            if old != now and ("path", old) in base and ("path", now) in new and ("path", old) not in new:
                new[("path", old)] = new.pop(("path", now))
                msg = f"path parameter '{old}' renamed to '{now}' in the same position (the URL is unchanged)"
                self.out.emit("request-path-parameter-renamed", f"{where} path:{old}", msg)
        return new

    def _common(self, loc: str, base: dict[str, Any], new: dict[str, Any]) -> None:
        was, now = bool(base.get("required")), bool(new.get("required"))
        if was != now:
            state = "required" if now else "optional"
            self.out.emit(f"request-parameter-became-{state}", loc, f"parameter '{base['name']}' is now {state}")
        before, after = self._default(self.base, base), self._default(self.new, new)
        if before != after:
            action = "added" if before is _MISSING else "removed" if after is _MISSING else "changed"
            shown = ["(none)" if v is _MISSING else repr(v) for v in (before, after)]
            text = f"parameter '{base['name']}': default {shown[0]} -> {shown[1]} (clients that omit it are affected)"
            self.out.emit(f"request-parameter-default-value-{action}", loc, text)
        self.schemas.compare(param_schema(base), param_schema(new), loc, "request")

    @staticmethod
    def _default(resolver: Resolver, param: dict[str, Any]) -> Any:
        schema, _ = resolver.deref(param_schema(param))
        return schema.get("default", _MISSING) if isinstance(schema, dict) else _MISSING
