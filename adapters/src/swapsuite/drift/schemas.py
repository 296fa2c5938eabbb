"""Comparing two JSON schemas of a request or a response, after resolving ``$ref`` and merging ``allOf``.

A schema is first *flattened* into a :class:`View`: ``$ref`` chains followed, ``allOf`` parts merged (properties
united, ``required`` united, ``nullable`` from the wrapper — the ``allOf: [$ref] + nullable`` idiom of
specs/CONVENTIONS.md), OpenAPI 3.1 ``type: [t, "null"]`` read as ``nullable``. Two views are then compared top-down;
``oneOf``/``anyOf`` variants are paired by ``$ref`` name, then title, then type, then index. Recursive schemas stop
at the first pair of ``$ref`` targets seen twice on the current path.

``side`` is ``"request"`` (the client sends it) or ``"response"`` (the server sends it); it picks the rule kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from .load import Resolver, escape, ref_name

Side = Literal["request", "response"]
Emit = Callable[[str, str, str], None]

#: Keywords that never change behaviour (documentation) — ignored by :func:`canonical`.
DOC_KEYS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "deprecated", "xml", "default"}
)
UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
EXACT = ("pattern", "multipleOf", "uniqueItems")
COMPOSITIONS = ("oneOf", "anyOf")


@dataclass
class View:
    """The behaviour-relevant content of one (resolved, merged) schema."""

    ref: str | None = None
    type: str | None = None
    format: str | None = None
    nullable: bool = False
    enum: list[Any] | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Any = None
    additional: Any = None
    composition: str | None = None
    variants: list[Any] = field(default_factory=list)
    constraints: dict[str, Any] = field(default_factory=dict)
    title: str | None = None


def _own(node: dict[str, Any], ref: str | None) -> View:
    raw_type = node.get("type")
    nullable = bool(node.get("nullable", False))
    if isinstance(raw_type, list):
        nullable = nullable or "null" in raw_type
        kept = sorted(str(t) for t in raw_type if t != "null")
        raw_type = kept[0] if len(kept) == 1 else ("|".join(kept) or None)
    enum = node.get("enum")
    if isinstance(enum, list) and None in enum:
        nullable, enum = True, [v for v in enum if v is not None]
    composition = next((k for k in COMPOSITIONS if isinstance(node.get(k), list)), None)
    return View(
        ref=ref,
        type=str(raw_type) if raw_type else None,
        format=node.get("format"),
        nullable=nullable,
        enum=list(enum) if isinstance(enum, list) else None,
        properties=dict(node.get("properties") or {}),
        required=set(node.get("required") or []),
        items=node.get("items"),
        additional=node.get("additionalProperties"),
        composition=composition,
        variants=list(node[composition]) if composition else [],
        constraints={k: node[k] for k in (*UPPER, *LOWER, *EXACT) if node.get(k) is not None and node[k] is not False},
        title=node.get("title"),
    )


def flatten(resolver: Resolver, node: Any, stack: tuple[str, ...] = ()) -> View:
    """Resolve ``node`` and merge its ``allOf`` parts into one :class:`View`."""
    target, ref = resolver.deref(node)
    if ref is not None and ref in stack:  # allOf cycle: A = allOf[A, ...]
        return View(ref=ref)
    if not isinstance(target, dict):
        return View(ref=ref)
    view = _own(target, ref)
    parts = [flatten(resolver, p, (*stack, *([ref] if ref else []))) for p in target.get("allOf") or []]
    if not parts:
        return _infer_type(view)
    if view.ref is None and len(parts) == 1:
        view.ref = parts[0].ref
    view.nullable = view.nullable or all(p.nullable for p in parts)
    for part in parts:
        view.type = view.type or part.type
        view.format = view.format or part.format
        view.enum = view.enum if view.enum is not None else part.enum
        view.items = view.items if view.items is not None else part.items
        view.additional = view.additional if view.additional is not None else part.additional
        if view.composition is None and part.composition:
            view.composition, view.variants = part.composition, part.variants
        view.required |= part.required
        view.constraints = {**part.constraints, **view.constraints}
        for name, prop in part.properties.items():
            mine = view.properties.get(name)
            view.properties[name] = prop if mine is None else {"allOf": [prop, mine]}
    return _infer_type(view)


def _infer_type(view: View) -> View:
    if view.type is None and view.composition is None:
        view.type = "object" if view.properties else "array" if view.items is not None else None
    return view


def canonical(resolver: Resolver, node: Any, stack: tuple[str, ...] = ()) -> Any:
    """A schema with refs inlined and documentation keywords dropped (recursion kept as ``{"$ref": name}``)."""
    target, ref = resolver.deref(node)
    if ref is not None:
        if ref in stack:
            return {"$ref": ref_name(ref)}
        stack = (*stack, ref)
    if isinstance(target, dict):
        return {
            k: canonical(resolver, v, stack)
            for k, v in sorted(target.items())
            if k not in DOC_KEYS and not k.startswith("x-")
        }
    if isinstance(target, list):
        return [canonical(resolver, v, stack) for v in target]
    return target


def location(where: str, pointer: str) -> str:
    """``where`` alone for a schema's root, else ``where #pointer``."""
    return f"{where} #{pointer}" if pointer else where


def _values(values: Iterable[Any]) -> str:
    return ", ".join(repr(v) if not isinstance(v, str) else v for v in values)


ENUM_TOLERANCE = (
    "strict clients reject unknown values; swapsuite's generated clients keep them (str_enum template) and the "
    "adapters map them to UNKNOWN"
)


class SchemaComparer:
    """Walks a base and a new schema side by side and emits changes through ``emit(kind, location, message)``."""

    def __init__(self, base: Resolver, new: Resolver, emit: Emit) -> None:
        self.base, self.new, self.emit = base, new, emit

    def compare(self, base_node: Any, new_node: Any, where: str, side: Side) -> None:
        """Compare the schemas used at ``where`` (a parameter, a request body or a response media type)."""
        self._walk(base_node, new_node, where, "", side, frozenset())

    def _walk(self, bn: Any, nn: Any, where: str, pointer: str, side: Side, seen: frozenset[tuple[str, str]]) -> None:
        b, n = flatten(self.base, bn), flatten(self.new, nn)
        if b.ref is not None and n.ref is not None:
            if (b.ref, n.ref) in seen:
                return
            seen = seen | {(b.ref, n.ref)}
        loc = location(where, pointer)
        if b.nullable != n.nullable:
            verb = "added" if n.nullable else "removed"
            what = "may now be null" if n.nullable else "can no longer be null"
            self.emit(f"{side}-nullable-{verb}", loc, f"{self._label(pointer)} {what}")
        if b.composition != n.composition:
            before, after = b.composition or b.type or "any", n.composition or n.type or "any"
            self.emit("composition-changed", loc, f"{self._label(pointer)}: {before} -> {after}")
            return
        if b.composition:
            self._variants(b, n, where, pointer, side, seen)
        if b.type != n.type:
            self.emit("type-changed", loc, f"{self._label(pointer)}: type {b.type or 'any'} -> {n.type or 'any'}")
            return
        if b.format != n.format:
            msg = f"{self._label(pointer)}: format {b.format or '(none)'} -> {n.format or '(none)'}"
            self.emit("format-changed", loc, msg)
        self._enum(b, n, loc, pointer, side)
        self._constraints(b, n, loc, pointer, side)
        self._properties(b, n, where, pointer, side, seen)
        if b.items is not None or n.items is not None:
            self._walk(b.items or {}, n.items or {}, where, f"{pointer}/items", side, seen)
        if isinstance(b.additional, dict) and isinstance(n.additional, dict):
            self._walk(b.additional, n.additional, where, f"{pointer}/additionalProperties", side, seen)

    @staticmethod
    def _label(pointer: str) -> str:
        if not pointer:
            return "schema"
        last = pointer.rsplit("/", 1)[-1]
        parent = pointer.rsplit("/", 2)[-2] if pointer.count("/") >= 2 else ""
        return f"property '{last}'" if parent == "properties" else f"'{pointer.lstrip('/')}'"

    def _properties(
        self, b: View, n: View, where: str, pointer: str, side: Side, seen: frozenset[tuple[str, str]]
    ) -> None:
        names = [*b.properties, *(k for k in n.properties if k not in b.properties)]
        for name in names:
            sub = f"{pointer}/properties/{escape(name)}"
            loc = location(where, sub)
            if name not in n.properties:
                why = "clients reading it get nothing" if side == "response" else "the server no longer reads it"
                self.emit(f"{side}-property-removed", loc, f"property '{name}' removed ({why})")
            elif name not in b.properties:
                required = name in n.required
                if side == "request" and required:
                    self.emit("request-required-property-added", loc, f"new required property '{name}'")
                else:
                    self.emit(
                        f"{side}-property-added", loc, f"new {'required' if required else 'optional'} property '{name}'"
                    )
            else:
                was, now = name in b.required, name in n.required
                if was != now:
                    state = "required" if now else "optional"
                    self.emit(f"{side}-property-became-{state}", loc, f"property '{name}' is now {state}")
                self._walk(b.properties[name], n.properties[name], where, sub, side, seen)

    def _variants(
        self, b: View, n: View, where: str, pointer: str, side: Side, seen: frozenset[tuple[str, str]]
    ) -> None:
        kind = b.composition
        bv = [flatten(self.base, v) for v in b.variants]
        nv = [flatten(self.new, v) for v in n.variants]
        pairs: dict[int, int] = {}
        keys: tuple[Callable[[View], Any], ...] = (
            lambda v: ref_name(v.ref),
            lambda v: v.title,
            lambda v: v.type,
        )
        for key in keys:
            for i, bview in enumerate(bv):
                if i in pairs or key(bview) is None:
                    continue
                j = next(
                    (j for j, nview in enumerate(nv) if j not in pairs.values() and key(nview) == key(bview)), None
                )
                if j is not None:
                    pairs[i] = j
        for i in range(len(bv)):
            if i not in pairs and i < len(nv) and i not in pairs.values():
                pairs[i] = i
        for i, bview in enumerate(bv):
            sub = f"{pointer}/{kind}/{i}"
            if i in pairs:
                self._walk(b.variants[i], n.variants[pairs[i]], where, sub, side, seen)
            else:
                self.emit(
                    f"{side}-variant-removed",
                    location(where, sub),
                    f"{kind} variant {i} ({self._variant_name(bview)}) removed",
                )
        for j, nview in enumerate(nv):
            if j not in pairs.values():
                self.emit(
                    f"{side}-variant-added",
                    location(where, f"{pointer}/{kind}/{j}"),
                    f"new {kind} variant {j} ({self._variant_name(nview)})",
                )

    @staticmethod
    def _variant_name(view: View) -> str:
        return ref_name(view.ref) or view.title or view.type or "schema"

    def _enum(self, b: View, n: View, loc: str, pointer: str, side: Side) -> None:
        if b.enum is None and n.enum is None:
            return
        label = self._label(pointer)
        note = f"; {ENUM_TOLERANCE}" if side == "response" else ""
        if b.enum is not None and n.enum is not None:
            added = [v for v in n.enum if v not in b.enum]
            removed = [v for v in b.enum if v not in n.enum]
            if added:
                self.emit(f"{side}-enum-value-added", loc, f"{label}: enum value(s) added: {_values(added)}{note}")
            if removed:
                self.emit(f"{side}-enum-value-removed", loc, f"{label}: enum value(s) removed: {_values(removed)}")
        elif b.enum is None:
            self.emit(f"{side}-enum-value-removed", loc, f"{label}: now restricted to {_values(n.enum or [])}")
        else:
            self.emit(f"{side}-enum-value-added", loc, f"{label}: no longer an enum (any value){note}")

    def _constraints(self, b: View, n: View, loc: str, pointer: str, side: Side) -> None:
        tightened: list[str] = []
        loosened: list[str] = []
        for key in (*UPPER, *LOWER, *EXACT):
            before, after = b.constraints.get(key), n.constraints.get(key)
            if before == after:
                continue
            text = f"{key} {before if before is not None else '(none)'} -> {after if after is not None else '(none)'}"
            (tightened if _tighter(key, before, after) else loosened).append(text)
        label = self._label(pointer)
        if side == "response":
            if tightened or loosened:
                self.emit("response-constraint-changed", loc, f"{label}: {'; '.join(tightened + loosened)}")
            return
        if tightened:
            self.emit("request-constraint-tightened", loc, f"{label}: {'; '.join(tightened)}")
        if loosened:
            self.emit("request-constraint-loosened", loc, f"{label}: {'; '.join(loosened)}")


def _tighter(key: str, before: Any, after: Any) -> bool:
    """Whether changing constraint ``key`` from ``before`` to ``after`` accepts fewer values."""
    if after is None:
        return False
    if before is None or isinstance(after, bool) or isinstance(before, bool):
        return bool(after) or before is None
    if key in UPPER:
        return bool(after < before)
    if key in LOWER:
        return bool(after > before)
    return True  # a different pattern or multipleOf: assume values the client sends may now fail
