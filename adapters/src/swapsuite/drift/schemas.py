"""Reading one JSON schema of a request or a response into a :class:`View`: ``$ref`` followed, ``allOf`` merged.

A schema is *flattened*: ``$ref`` chains followed, ``allOf`` parts merged (properties united, ``required`` united,
``nullable`` from the wrapper — the ``allOf: [$ref] + nullable`` idiom of specs/CONVENTIONS.md). OpenAPI 3.0 and 3.1
spellings of the same thing read the same, so an upgrade of the same API reports nothing: ``type: [t, "null"]`` and
``nullable: true``; ``exclusiveMinimum: true`` beside ``minimum: 5`` and ``exclusiveMinimum: 5``; ``format: binary``
and ``contentMediaType: application/octet-stream``; ``format: byte`` and ``contentEncoding: base64``.
The comparison itself is :mod:`swapsuite.drift.compare`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .load import Resolver, ref_name
from .rules_schema import BOUNDS

#: Keywords that never change behaviour (documentation) — ignored by :func:`canonical`.
DOC_KEYS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "deprecated", "xml", "default"}
)
COMPOSITIONS = ("oneOf", "anyOf")
OTHER_CONSTRAINTS = ("pattern", "multipleOf", "uniqueItems")
#: OpenAPI 3.1 (JSON Schema 2020-12) keywords compared by :mod:`swapsuite.drift.keywords`.
KEYWORDS = (
    "const",
    "contains",
    "dependentRequired",
    "dependentSchemas",
    "if",
    "then",
    "else",
    "propertyNames",
    "patternProperties",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "prefixItems",
    "contentEncoding",
    "contentMediaType",
)
STABILITY = ("draft", "alpha", "beta", "stable")  # x-stability-level, lowest first (oasdiff's order)
_MERGED = "x-swapsuite-merged"  # marks the allOf this module builds for a property two allOf parts both define
_FORMAT_AS_CONTENT = {"binary": ("contentMediaType", "application/octet-stream"), "byte": ("contentEncoding", "base64")}


@dataclass
class View:
    """The behaviour-relevant content of one (resolved, merged) schema."""

    ref: str | None = None
    types: frozenset[str] = frozenset()  # JSON types other than "null"; empty: any type
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
    keywords: dict[str, Any] = field(default_factory=dict)
    all_of: int | None = None  # how many allOf members constrain the value (None: no allOf)
    read_only: bool = False
    write_only: bool = False
    extensible_enum: list[Any] | None = None
    stability: str | None = None
    title: str | None = None

    @property
    def type(self) -> str | None:
        """The types as one label (``integer``, ``integer|string``) or None for any."""
        return "|".join(sorted(self.types)) or None

    def has_content(self) -> bool:
        return bool(self.types or self.properties or self.composition or self.enum is not None or self.ref)


def _constraints(node: dict[str, Any]) -> dict[str, Any]:
    found = {k: node[k] for k in (*BOUNDS, *OTHER_CONSTRAINTS) if node.get(k) is not None and node[k] is not False}
    for exclusive, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(exclusive), bool):  # OpenAPI 3.0: a flag on the plain bound
            found.pop(exclusive, None)
            if node[exclusive] and plain in found:
                found[exclusive] = found.pop(plain)
    return found


def _own(node: dict[str, Any], ref: str | None) -> View:
    raw_type = node.get("type")
    nullable = bool(node.get("nullable", False))
    listed = raw_type if isinstance(raw_type, list) else [raw_type] if raw_type else []
    nullable = nullable or "null" in listed
    enum = node.get("enum")
    if isinstance(enum, list) and None in enum:
        nullable, enum = True, [v for v in enum if v is not None]
    composition = next((k for k in COMPOSITIONS if isinstance(node.get(k), list)), None)
    keywords = {k: node[k] for k in KEYWORDS if k in node}
    fmt = node.get("format")
    if fmt in _FORMAT_AS_CONTENT:
        key, value = _FORMAT_AS_CONTENT[fmt]
        keywords.setdefault(key, value)
        fmt = None
    stability = node.get("x-stability-level")
    extensible = node.get("x-extensible-enum")
    return View(
        ref=ref,
        types=frozenset(str(t) for t in listed if t != "null"),
        format=fmt,
        nullable=nullable,
        enum=list(enum) if isinstance(enum, list) else None,
        properties=dict(node.get("properties") or {}),
        required=set(node.get("required") or []),
        items=node.get("items"),
        additional=node.get("additionalProperties"),
        composition=composition,
        variants=list(node[composition]) if composition else [],
        constraints=_constraints(node),
        keywords=keywords,
        read_only=node.get("readOnly") is True,
        write_only=node.get("writeOnly") is True,
        extensible_enum=list(extensible) if isinstance(extensible, list) else None,
        stability=stability if stability in STABILITY else None,
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
    members = [m for m in target.get("allOf") or [] if not _annotation_only(m)]
    if isinstance(target.get("allOf"), list) and not target.get(_MERGED):
        view.all_of = len(members)
    members += _unwrap_null_variant(view)
    parts = [flatten(resolver, p, (*stack, *([ref] if ref else []))) for p in members]
    if not parts:
        return _infer_type(view)
    if view.ref is None and len(parts) == 1:
        view.ref = parts[0].ref
    view.nullable = view.nullable or all(p.nullable for p in parts)
    for part in parts:
        _merge(view, part)
    return _infer_type(view)


def _merge(view: View, part: View) -> None:
    view.types = view.types or part.types
    view.format = view.format or part.format
    view.enum = view.enum if view.enum is not None else part.enum
    view.items = view.items if view.items is not None else part.items
    view.additional = view.additional if view.additional is not None else part.additional
    if view.composition is None and part.composition:
        view.composition, view.variants = part.composition, part.variants
    view.required |= part.required
    view.constraints = {**part.constraints, **view.constraints}
    view.keywords = {**part.keywords, **view.keywords}
    view.read_only = view.read_only or part.read_only
    view.write_only = view.write_only or part.write_only
    view.extensible_enum = view.extensible_enum if view.extensible_enum is not None else part.extensible_enum
    view.stability = view.stability or part.stability
    for name, prop in part.properties.items():
        mine = view.properties.get(name)
        view.properties[name] = prop if mine is None else {"allOf": [prop, mine], _MERGED: True}


def _is_null(node: Any) -> bool:
    """An inline null-only schema (variants behind ``$ref`` are left alone: they may not even resolve)."""
    if not isinstance(node, dict):
        return False
    kind = node.get("type")
    return kind == "null" or kind == ["null"] or node.get("enum") == [None]


def _unwrap_null_variant(view: View) -> list[Any]:
    """``anyOf``/``oneOf`` with a ``{type: "null"}`` variant is the 3.1 spelling of ``nullable``: drop the null
    variant (the view becomes nullable); with one variant left the composition is a plain schema (returned, to be
    merged like an allOf part)."""
    nulls = [v for v in view.variants if _is_null(v)]
    if not view.composition or not nulls:
        return []
    view.nullable = True
    view.variants = [v for v in view.variants if not _is_null(v)]
    if len(view.variants) != 1:
        return []
    only, view.composition, view.variants = view.variants[0], None, []
    return [only]


def _annotation_only(member: Any) -> bool:
    """An allOf member that only documents (description, example, ``x-``): it constrains nothing."""
    return isinstance(member, dict) and all(k in DOC_KEYS or k.startswith("x-") for k in member)


def _infer_type(view: View) -> View:
    if not view.types and view.composition is None:
        inferred = "object" if view.properties else "array" if view.items is not None else None
        view.types = frozenset({inferred}) if inferred else frozenset()
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


def label(pointer: str) -> str:
    """``property 'name'`` for a property pointer, ``schema`` for the root, else the pointer."""
    if not pointer:
        return "schema"
    last = pointer.rsplit("/", 1)[-1]
    parent = pointer.rsplit("/", 2)[-2] if pointer.count("/") >= 2 else ""
    return f"property '{last}'" if parent == "properties" else f"'{pointer.lstrip('/')}'"


def values(items: Any) -> str:
    return ", ".join(repr(v) if not isinstance(v, str) else v for v in items)
