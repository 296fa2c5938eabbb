"""Comparing two schemas of a request or a response top-down, after flattening (:mod:`swapsuite.drift.schemas`).

``oneOf``/``anyOf`` variants are paired by ``$ref`` name, then title, then type, then index. Recursive schemas stop
at the first pair of ``$ref`` targets seen twice on the current path. ``side`` is ``"request"`` (the client sends
it) or ``"response"`` (the server sends it); it picks the rule kind. Direction-aware details:

* a ``readOnly`` field in a request is not sent by clients, a ``writeOnly`` field in a response is not sent by
  servers: changes to them are reported as ``request-read-only-property-changed`` /
  ``response-write-only-property-changed`` (non-breaking) and not walked further;
* types compare as sets with ``integer`` inside ``number``: widening a request, or narrowing a response, is fine.

Bounds, patterns, enums and the 3.1 keywords are compared in :mod:`swapsuite.drift.keywords`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from . import keywords
from .load import Resolver, escape, ref_name
from .schemas import View, canonical, flatten, label, location

Side = Literal["request", "response"]
Emit = Callable[[str, str, str], None]
Seen = frozenset[tuple[str, str]]


def _fits(types: frozenset[str], within: frozenset[str]) -> bool:
    """Whether every value of ``types`` is a value of ``within`` (empty = any type; integers are numbers)."""
    if not within:
        return True
    if not types:
        return False
    return all(t in within or (t == "integer" and "number" in within) for t in types)


class SchemaComparer:
    """Walks a base and a new schema side by side and emits changes through ``emit(kind, location, message)``."""

    def __init__(self, base: Resolver, new: Resolver, emit: Emit) -> None:
        self.base, self.new, self.emit = base, new, emit

    def compare(self, base_node: Any, new_node: Any, where: str, side: Side) -> None:
        """Compare the schemas used at ``where`` (a parameter, a request body or a response media type)."""
        self.walk(base_node, new_node, where, "", side, frozenset())

    def differs(self, base_node: Any, new_node: Any) -> bool:
        return bool(canonical(self.base, base_node) != canonical(self.new, new_node))

    def walk(self, bn: Any, nn: Any, where: str, pointer: str, side: Side, seen: Seen) -> None:
        b, n = flatten(self.base, bn), flatten(self.new, nn)
        if b.ref is not None and n.ref is not None:
            if (b.ref, n.ref) in seen:
                return
            seen = seen | {(b.ref, n.ref)}
        loc, what = location(where, pointer), label(pointer)
        if b.nullable != n.nullable:
            verb = "nullable" if n.nullable else "not-nullable"
            text = "may now be null" if n.nullable else "can no longer be null"
            self.emit(f"{side}-property-became-{verb}", loc, f"{what} {text}")
        if b.composition != n.composition:
            before, after = b.composition or b.type or "any", n.composition or n.type or "any"
            self.emit("composition-changed", loc, f"{what}: {before} -> {after}")
            return
        if b.composition:
            self._variants(b, n, where, pointer, side, seen)
        if not self._types(b, n, loc, what, side):
            return
        if b.format != n.format:
            self.emit("format-changed", loc, f"{what}: format {b.format or '(none)'} -> {n.format or '(none)'}")
        self._all_of(b, n, loc, what, side)
        keywords.compare_values(self, b, n, loc, what, side)
        keywords.compare_31(self, b, n, where, pointer, side, seen)
        self._properties(b, n, where, pointer, side, seen)
        if b.items is not None or n.items is not None:
            self.walk(b.items or {}, n.items or {}, where, f"{pointer}/items", side, seen)
        if isinstance(b.additional, dict) and isinstance(n.additional, dict):
            self.walk(b.additional, n.additional, where, f"{pointer}/additionalProperties", side, seen)

    def _types(self, b: View, n: View, loc: str, what: str, side: Side) -> bool:
        """Report a type change; False when it is a real change (the subtrees no longer correspond)."""
        if b.types == n.types:
            return True
        text = f"{what}: type {b.type or 'any'} -> {n.type or 'any'}"
        if side == "request" and _fits(b.types, n.types):
            self.emit("request-property-type-generalized", loc, f"{text} (everything clients send still fits)")
            return True
        if side == "response" and _fits(n.types, b.types):
            self.emit("response-property-type-specialized", loc, f"{text} (everything the server sends still fits)")
            return True
        self.emit(f"{side}-property-type-changed", loc, text)
        return False

    def _all_of(self, b: View, n: View, loc: str, what: str, side: Side) -> None:
        if n.all_of is None:
            return
        before = b.all_of if b.all_of is not None else (1 if b.has_content() else 0)
        if n.all_of > before:
            self.emit(f"{side}-property-all-of-added", loc, f"{what}: allOf has {n.all_of} members (was {before})")
        elif b.all_of is not None and n.all_of < b.all_of:
            self.emit(f"{side}-property-all-of-removed", loc, f"{what}: allOf has {n.all_of} members (was {before})")

    # --- properties -----------------------------------------------------------------------------------------
    def _properties(self, b: View, n: View, where: str, pointer: str, side: Side, seen: Seen) -> None:
        for name in [*b.properties, *(k for k in n.properties if k not in b.properties)]:
            sub = f"{pointer}/properties/{escape(name)}"
            loc = location(where, sub)
            if self._one_way(b, n, name, loc, side):
                continue
            if name not in n.properties:
                self._removed(name, name in b.required, loc, side)
            elif name not in b.properties:
                self._added(name, name in n.required, loc, side)
            else:
                was, now = name in b.required, name in n.required
                if was != now:
                    state = "required" if now else "optional"
                    self.emit(f"{side}-property-became-{state}", loc, f"property '{name}' is now {state}")
                elif now and side == "request" and flatten(self.base, b.properties[name]).read_only:
                    text = f"property '{name}' is no longer readOnly and is required: clients never sent it"
                    self.emit("request-property-became-required", loc, text)
                self.walk(b.properties[name], n.properties[name], where, sub, side, seen)

    def _one_way(self, b: View, n: View, name: str, loc: str, side: Side) -> bool:
        """Handle a field only one party sends (readOnly in a request, writeOnly in a response); True if handled."""
        if side == "request":
            prop = n.properties.get(name, b.properties.get(name))
            read_only = flatten(self.new if name in n.properties else self.base, prop).read_only
            if not read_only or name not in n.properties:
                return False
            changed = name not in b.properties and name in n.required
            changed = changed or (name in b.properties and self._changed(b, n, name))
            if changed:
                text = f"readOnly property '{name}' changed (clients do not send readOnly fields)"
                self.emit("request-read-only-property-changed", loc, text)
            return name in b.properties or changed
        if name not in b.properties or not flatten(self.base, b.properties[name]).write_only:
            return False
        if name not in n.properties or self._changed(b, n, name):
            text = f"writeOnly property '{name}' changed (servers do not send writeOnly fields)"
            self.emit("response-write-only-property-changed", loc, text)
        return True

    def _changed(self, b: View, n: View, name: str) -> bool:
        required = (name in b.required) != (name in n.required)
        return required or self.differs(b.properties[name], n.properties[name])

    def _removed(self, name: str, required: bool, loc: str, side: Side) -> None:
        if side == "request":
            self.emit("request-property-removed", loc, f"property '{name}' removed (the server no longer reads it)")
        else:
            state = "required" if required else "optional"
            self.emit(f"response-{state}-property-removed", loc, f"{state} property '{name}' removed")

    def _added(self, name: str, required: bool, loc: str, side: Side) -> None:
        state = "required" if required else "optional"
        if side == "request":
            self.emit(f"new-{state}-request-property", loc, f"new {state} property '{name}'")
        else:
            self.emit(f"response-{state}-property-added", loc, f"new {state} property '{name}'")

    # --- oneOf / anyOf --------------------------------------------------------------------------------------
    def _variants(self, b: View, n: View, where: str, pointer: str, side: Side, seen: Seen) -> None:
        kind = b.composition or "oneOf"
        token = "one-of" if kind == "oneOf" else "any-of"
        bv = [flatten(self.base, v) for v in b.variants]
        nv = [flatten(self.new, v) for v in n.variants]
        pairs = _pair_variants(bv, nv)
        for i, bview in enumerate(bv):
            sub = f"{pointer}/{kind}/{i}"
            if i in pairs:
                self.walk(b.variants[i], n.variants[pairs[i]], where, sub, side, seen)
            else:
                text = f"{kind} variant {i} ({_variant_name(bview)}) removed"
                self.emit(f"{side}-property-{token}-removed", location(where, sub), text)
        for j, nview in enumerate(nv):
            if j not in pairs.values():
                text = f"new {kind} variant {j} ({_variant_name(nview)})"
                self.emit(f"{side}-property-{token}-added", location(where, f"{pointer}/{kind}/{j}"), text)


def _pair_variants(bv: list[View], nv: list[View]) -> dict[int, int]:
    pairs: dict[int, int] = {}
    keys: tuple[Callable[[View], Any], ...] = (lambda v: ref_name(v.ref), lambda v: v.title, lambda v: v.type)
    for key in keys:
        for i, bview in enumerate(bv):
            if i in pairs or key(bview) is None:
                continue
            j = next((j for j, nview in enumerate(nv) if j not in pairs.values() and key(nview) == key(bview)), None)
            if j is not None:
                pairs[i] = j
    for i in range(len(bv)):
        if i not in pairs and i < len(nv) and i not in pairs.values():
            pairs[i] = i
    return pairs


def _variant_name(view: View) -> str:
    return ref_name(view.ref) or view.title or view.type or "schema"
