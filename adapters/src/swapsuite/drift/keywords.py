"""Value keywords of one schema pair: enums, ``x-extensible-enum``, ``x-stability-level``, bounds, patterns,
``multipleOf``/``uniqueItems``, and the OpenAPI 3.1 keywords (``const``, ``if``/``then``/``else``, ``contains``,
``dependentRequired``/``dependentSchemas``, ``propertyNames``, ``patternProperties``, ``unevaluated*``,
``prefixItems``, ``content*``).

A keyword that *appears* constrains the value more: on the request side that breaks, on the response side it is
harmless; a keyword that *disappears* is the mirror image. Where both sides carry a sub-schema the walk goes into it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from .load import escape
from .rules_schema import BOUNDS, KEYWORD_TOKENS
from .schemas import STABILITY, View, label, location, values

if TYPE_CHECKING:
    from .compare import SchemaComparer, Seen, Side

ENUM_TOLERANCE = (
    "strict clients reject unknown values; swapsuite's generated clients keep them (str_enum template) and the "
    "adapters map them to UNKNOWN"
)
#: Patterns that accept every string: relaxing to one of them is a generalization, not a change.
ANY_PATTERN = frozenset({"", ".*", "^.*$", "^.*", ".*$", "(.*)", "^(.*)$", "[\\s\\S]*", "^[\\s\\S]*$"})
#: Keywords holding one sub-schema that the walk follows when both sides have it.
_SUBSCHEMA = ("contains", "then", "else", "propertyNames", "contentSchema", "unevaluatedItems", "unevaluatedProperties")
#: Keywords holding a map of sub-schemas (patternProperties) or of field lists (dependentRequired).
_MAPS = ("dependentRequired", "dependentSchemas", "patternProperties")


def compare_values(cmp: SchemaComparer, b: View, n: View, loc: str, what: str, side: Side) -> None:
    """Enums, extension keywords and constraints of one schema pair."""
    _enum(cmp, b, n, loc, what, side)
    if side == "request" and b.extensible_enum is not None:
        gone = [v for v in b.extensible_enum if v not in (n.extensible_enum or [])]
        if gone:
            text = f"{what}: x-extensible-enum value(s) removed: {values(gone)}"
            cmp.emit("request-property-x-extensible-enum-value-removed", loc, text)
    if b.stability and n.stability and b.stability != n.stability:
        verb = "decreased" if STABILITY.index(n.stability) < STABILITY.index(b.stability) else "increased"
        text = f"{what}: x-stability-level {b.stability} -> {n.stability}"
        cmp.emit(f"{side}-property-stability-{verb}", loc, text)
    _bounds(cmp, b, n, loc, what, side)
    _pattern(cmp, b.constraints.get("pattern"), n.constraints.get("pattern"), loc, what, side)
    _multiple_of(cmp, b.constraints.get("multipleOf"), n.constraints.get("multipleOf"), loc, what, side)
    unique_before, unique_after = bool(b.constraints.get("uniqueItems")), bool(n.constraints.get("uniqueItems"))
    if unique_before != unique_after:
        narrower = unique_after  # unique items now required: fewer arrays are valid
        verb = "tightened" if narrower else "loosened"
        cmp.emit(f"{side}-property-unique-items-{verb}", loc, f"{what}: uniqueItems {unique_before} -> {unique_after}")


def _enum(cmp: SchemaComparer, b: View, n: View, loc: str, what: str, side: Side) -> None:
    if b.enum is None and n.enum is None:
        return
    note = f"; {ENUM_TOLERANCE}" if side == "response" else ""
    if b.enum is not None and n.enum is not None:
        added = [v for v in n.enum if v not in b.enum]
        removed = [v for v in b.enum if v not in n.enum]
        if added:
            cmp.emit(f"{side}-property-enum-value-added", loc, f"{what}: enum value(s) added: {values(added)}{note}")
        if removed:
            cmp.emit(f"{side}-property-enum-value-removed", loc, f"{what}: enum value(s) removed: {values(removed)}")
    elif b.enum is None:
        kind = "request-property-became-enum" if side == "request" else "response-property-enum-value-removed"
        cmp.emit(kind, loc, f"{what}: now restricted to {values(n.enum or [])}")
    else:
        cmp.emit(f"{side}-property-enum-value-added", loc, f"{what}: no longer an enum (any value){note}")


def _bounds(cmp: SchemaComparer, b: View, n: View, loc: str, what: str, side: Side) -> None:
    for keyword, (token, _upper) in BOUNDS.items():  # the direction's verdict is in the rule table
        before, after = b.constraints.get(keyword), n.constraints.get(keyword)
        if before == after:
            continue
        if before is None:
            action = "set"
        elif after is None:
            action = "unset"
        else:
            action = "decreased" if after < before else "increased"
        shown = [v if v is not None else "(none)" for v in (before, after)]
        cmp.emit(f"{side}-property-{token}-{action}", loc, f"{what}: {keyword} {shown[0]} -> {shown[1]}")


def _pattern(cmp: SchemaComparer, before: Any, after: Any, loc: str, what: str, side: Side) -> None:
    if before == after:
        return
    text = f"{what}: pattern {before if before is not None else '(none)'} -> {after if after is not None else '(none)'}"
    if after is None or (after in ANY_PATTERN and before is not None):
        action = "removed" if after is None else "generalized" if side == "request" else "changed"
    elif before is None:
        if after in ANY_PATTERN:
            return  # a pattern that accepts everything constrains nothing
        action = "added"
    else:
        action = "changed"
    cmp.emit(f"{side}-property-pattern-{action}", loc, text)


def _multiple_of(cmp: SchemaComparer, before: Any, after: Any, loc: str, what: str, side: Side) -> None:
    if before == after:
        return
    try:
        # multiples of `after` are all multiples of `before` exactly when before divides after
        narrower = after is not None and (before is None or Decimal(str(after)) % Decimal(str(before)) == 0)
        wider = after is None or (before is not None and Decimal(str(before)) % Decimal(str(after)) == 0)
    except (InvalidOperation, ZeroDivisionError):
        narrower, wider = True, False
    text = f"{what}: multipleOf {before} -> {after}"
    if side == "request":
        cmp.emit(f"request-property-multiple-of-{'loosened' if wider else 'tightened'}", loc, text)
    else:
        cmp.emit(f"response-property-multiple-of-{'tightened' if narrower else 'loosened'}", loc, text)


# --- OpenAPI 3.1 -------------------------------------------------------------------------------------------------
def _present(value: Any) -> bool:
    """Whether a keyword constrains anything (``unevaluated*: true`` and ``{}`` do not)."""
    return value is not None and value is not True and value != {}


def compare_31(cmp: SchemaComparer, b: View, n: View, where: str, pointer: str, side: Side, seen: Seen) -> None:
    """The JSON Schema 2020-12 keywords of one schema pair."""
    loc, what = location(where, pointer), label(pointer)
    for keyword, token in KEYWORD_TOKENS.items():
        before, after = b.keywords.get(keyword), n.keywords.get(keyword)
        had, has = _present(before), _present(after)
        if keyword in _MAPS and had and has and isinstance(before, dict) and isinstance(after, dict):
            _map(cmp, keyword, token, before, after, where, pointer, side, seen)
        elif had != has:
            verb = "added" if has else "removed"
            shown = after if has else before
            cmp.emit(f"{side}-property-{token}-{verb}", loc, f"{what}: {keyword} {verb} ({_short(shown)})")
        elif had and keyword == "const" and before != after:
            cmp.emit(f"{side}-property-const-changed", loc, f"{what}: const {before!r} -> {after!r}")
        elif had and keyword == "if" and cmp.differs(before, after):
            cmp.emit(f"{side}-property-if-changed", loc, f"{what}: the `if` condition changed")
        elif had and keyword in _SUBSCHEMA and (isinstance(before, dict) or isinstance(after, dict)):
            sub = before if isinstance(before, dict) else {}
            cmp.walk(sub, after if isinstance(after, dict) else {}, where, f"{pointer}/{keyword}", side, seen)
    for keyword in ("contentEncoding", "contentMediaType"):
        before, after = b.keywords.get(keyword), n.keywords.get(keyword)
        if before != after:
            token = "content-encoding" if keyword == "contentEncoding" else "content-media-type"
            cmp.emit(f"{side}-property-{token}-changed", loc, f"{what}: {keyword} {before} -> {after}")
    _prefix_items(
        cmp, b.keywords.get("prefixItems") or [], n.keywords.get("prefixItems") or [], where, pointer, side, seen
    )


def _map(
    cmp: SchemaComparer,
    keyword: str,
    token: str,
    before: dict[str, Any],
    after: dict[str, Any],
    where: str,
    pointer: str,
    side: Side,
    seen: Seen,
) -> None:
    """``dependentRequired``, ``dependentSchemas``, ``patternProperties``: entry by entry."""
    for key in [*before, *(k for k in after if k not in before)]:
        sub = f"{pointer}/{keyword}/{escape(str(key))}"
        loc = location(where, sub)
        if key not in after:
            cmp.emit(f"{side}-property-{token}-removed", loc, f"{keyword} entry {key!r} removed")
        elif key not in before:
            cmp.emit(f"{side}-property-{token}-added", loc, f"{keyword} entry {key!r} added")
        elif keyword == "dependentRequired":
            if sorted(map(str, before[key] or [])) != sorted(map(str, after[key] or [])):
                text = f"dependentRequired {key!r}: {before[key]} -> {after[key]}"
                cmp.emit(f"{side}-property-dependent-required-changed", loc, text)
        else:
            cmp.walk(before[key], after[key], where, sub, side, seen)


def _prefix_items(
    cmp: SchemaComparer, before: list[Any], after: list[Any], where: str, pointer: str, side: Side, seen: Seen
) -> None:
    for i in range(max(len(before), len(after))):
        sub = f"{pointer}/prefixItems/{i}"
        if i >= len(after):
            cmp.emit(f"{side}-property-prefix-items-removed", location(where, sub), f"prefixItems entry {i} removed")
        elif i >= len(before):
            cmp.emit(f"{side}-property-prefix-items-added", location(where, sub), f"prefixItems entry {i} added")
        else:
            cmp.walk(before[i], after[i], where, sub, side, seen)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
