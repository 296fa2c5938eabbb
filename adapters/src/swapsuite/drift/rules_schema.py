"""The schema rows of the rule table: properties, nullability, enums, variants, types, bounds and the OpenAPI 3.1
keywords, for the request side and the response side.

Most rows come in mirrored pairs: what breaks a request (tightening) is harmless in a response and the other way
round, so the rows are generated from one description per family. Each row is
``(kind, severity, side, description, oasdiff id, oasdiff level)`` (see :mod:`swapsuite.drift.rules`).
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["breaking", "non-breaking"]
Row = tuple[str, Severity, str, str, str, "str | None"]

_B: Severity = "breaking"
_N: Severity = "non-breaking"
E, W, I = "error", "warning", "info"  # noqa: E741 - oasdiff's level names
_LEVELS: dict[str, str | None] = {"E": E, "W": W, "I": I, "-": None}


def parse_rows(table: str) -> tuple[Row, ...]:
    """Rows from a text table: ``kind B|N side E|W|I|- oasdiff-ids`` lines, each followed by indented reasoning."""
    rows: list[Row] = []
    for line in table.strip().splitlines():
        if line.startswith(" "):
            kind, severity, side, text, ids, level = rows[-1]
            rows[-1] = (kind, severity, side, f"{text} {line.strip()}".strip(), ids, level)
            continue
        kind, sev, side, level, ids = line.split()
        oasdiff = "" if ids == "-" else ids.replace(",", ", ").replace("+", " + ")
        rows.append((kind, _B if sev == "B" else _N, side, "", oasdiff, _LEVELS[level]))
    return tuple(rows)


# kind, severity (B/N), side, oasdiff level (E/W/I, - where oasdiff reports nothing), oasdiff id(s); then the reason.
_FIXED_TABLE = """
request-property-removed N request W request-property-removed
    A request field is no longer documented. The client may still send it and the server ignores it: not
    breaking, but whatever the field controlled has no effect any more.
new-optional-request-property N request I new-optional-request-property
    A new optional request field.
new-required-request-property B request E new-required-request-property
    A new required request field; clients never send it.
request-property-became-required B request E request-property-became-required
    An optional request field became required.
request-property-became-optional N request I request-property-became-optional
    A required request field became optional.
request-read-only-property-changed N request I request-*-read-only-*,request-required-property-became-read-only
    A readOnly field changed in a request (became required, was added as required, was tightened...): clients do
    not send readOnly fields, so nothing they send changes.
response-required-property-removed B response E response-required-property-removed
    A field the server always sent is gone.
response-optional-property-removed B response W response-optional-property-removed
    An optional response field clients may read is gone. STRICTER than oasdiff (warning): code that reads it
    when present silently loses the data.
response-optional-property-added N response I response-optional-property-added
    A new optional response field; clients ignore unknown fields.
response-required-property-added N response I response-required-property-added
    A new response field that is always sent.
response-property-became-optional B response E response-property-became-optional
    A field that was always sent may now be missing.
response-property-became-required N response I response-property-became-required
    A field that was optional is now always sent.
response-write-only-property-changed N response I response-*-write-only-*
    A writeOnly field changed in a response (removed, became optional...): servers never send writeOnly fields,
    so clients never read it.
request-property-became-not-nullable B request E request-property-became-not-nullable
    The server no longer accepts null here.
request-property-became-nullable N request I request-property-became-nullable
    The server now also accepts null here.
response-property-became-nullable B response E response-property-became-nullable
    The server may now send null here.
response-property-became-not-nullable N response I response-property-became-not-nullable
    The server no longer sends null here.
request-property-enum-value-removed B request E request-property-enum-value-removed
    An enum value the client may send is refused.
request-property-became-enum B request E request-property-became-enum
    A free value became an enum: values outside it are refused.
request-property-enum-value-added N request I request-property-enum-value-added
    The server accepts a further enum value (or any value).
request-property-x-extensible-enum-value-removed B request E request-property-x-extensible-enum-value-removed
    A value was removed from x-extensible-enum: clients sending it are refused.
response-property-enum-value-added B response W response-property-enum-value-added
    The server may send an enum value strict clients do not know (or any value). STRICTER than oasdiff
    (warning). swapsuite's generated clients tolerate it (the str_enum template keeps the raw value and the
    adapters map it to UNKNOWN).
response-property-enum-value-removed N response I response-property-enum-value-removed
    The server no longer sends an enum value (or a free value became an enum).
request-property-one-of-removed B request E request-property-one-of-removed
    A oneOf variant the client may send is no longer accepted.
request-property-any-of-removed B request E request-property-any-of-removed
    An anyOf variant the client may send is no longer accepted.
request-property-one-of-added N request I request-property-one-of-added
    A further oneOf variant is accepted.
request-property-any-of-added N request I request-property-any-of-added
    A further anyOf variant is accepted.
response-property-one-of-added B response E response-property-one-of-added
    The server may send a oneOf variant the client cannot parse.
response-property-any-of-added N response I response-property-any-of-added
    A further anyOf variant: the value still matches the variants the client knows in the way anyOf allows
    (oasdiff: info).
response-property-one-of-removed N response I response-property-one-of-removed
    The server no longer sends one of the oneOf variants.
response-property-any-of-removed N response I response-property-any-of-removed
    The server no longer sends one of the anyOf variants.
request-property-all-of-added B request E request-property-all-of-added,request-body-all-of-added
    An allOf member was added: every value the client sends must now satisfy one more schema.
request-property-all-of-removed N request W request-property-all-of-removed
    An allOf member was removed: fewer constraints.
response-property-all-of-added N response I response-property-all-of-added
    An allOf member was added: responses satisfy more; the properties it brings are reported on their own.
response-property-all-of-removed N response I response-property-all-of-removed
    An allOf member was removed; what it contributed is reported property by property.
request-property-type-changed B request E request-property-type-changed
    The type changed so that values the client sends no longer fit (e.g. string -> object, number -> integer).
request-property-type-generalized N request I request-property-type-generalized
    The type was widened (integer -> number, a type added to a 3.1 type list): everything the client sends still
    fits.
response-property-type-changed B response E response-property-type-changed,response-property-type-generalized
    The server may send values of a type the client does not expect (e.g. integer -> number, string -> object).
response-property-type-specialized N response I response-property-type-specialized
    The type was narrowed (number -> integer, a type dropped from a 3.1 type list): everything the server sends
    still fits.
request-property-stability-decreased B request E request-property-stability-decreased
    A field's x-stability-level went down.
request-property-stability-increased N request I request-property-stability-increased
    A field's x-stability-level went up.
response-property-stability-decreased B response E response-property-stability-decreased
    A field's x-stability-level went down.
response-property-stability-increased N response I response-property-stability-increased
    A field's x-stability-level went up.
request-property-pattern-added B request E request-property-pattern-added
    A pattern now restricts what the client sends.
request-property-pattern-changed B request W request-property-pattern-changed
    The pattern changed: values the client sends may no longer match. STRICTER than oasdiff (warning).
request-property-pattern-generalized N request I request-property-pattern-generalized
    The pattern now accepts everything ('', '.*').
request-property-pattern-removed N request I request-property-pattern-removed
    The pattern was removed.
response-property-pattern-added N response I response-property-pattern-added
    A pattern now describes what the server sends.
response-property-pattern-changed N response I response-property-pattern-changed
    The pattern of a response value changed (or was relaxed). Clients do not validate response patterns (neither
    do swapsuite's generated clients).
response-property-pattern-removed N response I response-property-pattern-removed
    The pattern of a response value was removed; clients do not validate response patterns.
request-property-const-changed B request E request-property-const-changed
    The const value changed: the value the client sends is refused.
response-property-const-changed B response E response-property-const-changed
    The const value changed: the server sends another value.
request-property-dependent-required-changed B request E request-property-dependent-required-changed
    dependentRequired now requires other fields alongside a field.
response-property-dependent-required-changed B response E response-property-dependent-required-changed
    dependentRequired of a response changed: fields the client relied on may be missing.
request-property-if-changed B request - -
    The `if` condition changed: other values now trigger then/else. oasdiff reports only if added/removed.
response-property-if-changed B response - -
    The `if` condition changed: other responses now follow then/else.
request-property-content-encoding-changed B request E request-property-content-encoding-changed
    contentEncoding changed: the client encodes the string the old way.
response-property-content-encoding-changed B response E response-property-content-encoding-changed
    contentEncoding changed: the client decodes the string the old way.
request-property-content-media-type-changed B request E request-property-content-media-type-changed
    contentMediaType changed.
response-property-content-media-type-changed B response E response-property-content-media-type-changed
    contentMediaType changed.
request-property-prefix-items-removed B request E request-property-prefix-items-removed
    A prefixItems entry was removed: tuples the client sends are longer than the server describes.
request-property-prefix-items-added N request I request-property-prefix-items-added
    A prefixItems entry was added.
response-property-prefix-items-added B response E response-property-prefix-items-added
    A prefixItems entry was added: tuples the server sends are longer than the client expects.
response-property-prefix-items-removed N response I response-property-prefix-items-removed
    A prefixItems entry was removed.
"""

#: 3.1 keywords whose appearance constrains a value: added tightens (breaks a request), removed loosens (breaks a
#: response). ``token`` is oasdiff's spelling in its rule ids.
KEYWORD_TOKENS = {
    "const": "const",
    "contains": "contains",
    "dependentRequired": "dependent-required",
    "dependentSchemas": "dependent-schema",
    "if": "if",
    "then": "then",
    "else": "else",
    "propertyNames": "property-names",
    "patternProperties": "pattern-property",
    "unevaluatedItems": "unevaluated-items",
    "unevaluatedProperties": "unevaluated-properties",
    "contentSchema": "content-schema",
}

#: Numeric/size bounds: keyword -> (oasdiff token, True for an upper bound).
BOUNDS = {
    "maximum": ("max", True),
    "exclusiveMaximum": ("exclusive-max", True),
    "maxLength": ("max-length", True),
    "maxItems": ("max-items", True),
    "maxProperties": ("max-properties", True),
    "maxContains": ("max-contains", True),
    "minimum": ("min", False),
    "exclusiveMinimum": ("exclusive-min", False),
    "minLength": ("min-length", False),
    "minItems": ("min-items", False),
    "minProperties": ("min-properties", False),
    "minContains": ("min-contains", False),
}

#: Generated bound kinds for which oasdiff has no rule at any level (body, property or parameter): it does not
#: check that bound in that direction, so under ``policy="oasdiff"`` they are non-breaking. (maxProperties and
#: minProperties are not checked by oasdiff at all.)
_NOT_IN_OASDIFF = frozenset(
    {
        "request-property-exclusive-max-unset",
        "request-property-exclusive-min-unset",
        "request-property-max-contains-set",
        "request-property-max-contains-unset",
        "request-property-max-items-set",
        "request-property-max-items-unset",
        "request-property-max-length-unset",
        "request-property-max-unset",
        "request-property-min-contains-set",
        "request-property-min-contains-unset",
        "request-property-min-items-unset",
        "request-property-min-length-set",
        "request-property-min-length-unset",
        "request-property-min-unset",
        "response-property-exclusive-max-decreased",
        "response-property-exclusive-max-set",
        "response-property-exclusive-max-unset",
        "response-property-exclusive-min-increased",
        "response-property-exclusive-min-set",
        "response-property-exclusive-min-unset",
        "response-property-max-contains-set",
        "response-property-max-contains-unset",
        "response-property-max-decreased",
        "response-property-max-items-decreased",
        "response-property-max-items-increased",
        "response-property-max-items-set",
        "response-property-max-items-unset",
        "response-property-max-length-decreased",
        "response-property-max-length-set",
        "response-property-max-set",
        "response-property-max-unset",
        "response-property-min-contains-set",
        "response-property-min-contains-unset",
        "response-property-min-increased",
        "response-property-min-items-increased",
        "response-property-min-items-set",
        "response-property-min-length-increased",
        "response-property-min-length-set",
        "response-property-min-length-unset",
        "response-property-min-set",
        "response-property-min-unset",
    }
)


def _keyword_rows() -> list[Row]:
    rows: list[Row] = []
    for keyword, tok in KEYWORD_TOKENS.items():
        rows += [
            (
                f"request-property-{tok}-added",
                _B,
                "request",
                f"`{keyword}` added: it constrains what the client sends.",
                f"request-property-{tok}-added",
                E,
            ),
            (
                f"request-property-{tok}-removed",
                _N,
                "request",
                f"`{keyword}` removed: fewer constraints.",
                f"request-property-{tok}-removed",
                I,
            ),
            (
                f"response-property-{tok}-added",
                _N,
                "response",
                f"`{keyword}` added: what the server sends is narrower.",
                f"response-property-{tok}-added",
                I,
            ),
            (
                f"response-property-{tok}-removed",
                _B,
                "response",
                f"`{keyword}` removed: the server may send values it used to exclude.",
                f"response-property-{tok}-removed",
                E,
            ),
        ]
    return rows


def _bound_rows() -> list[Row]:
    rows: list[Row] = []
    for keyword, (tok, upper) in BOUNDS.items():
        narrower, wider = ("decreased", "increased") if upper else ("increased", "decreased")
        cases = (
            ("request", narrower, _B, E, "values the client sends may be refused"),
            ("request", "set", _B, W, "values the client sends may be refused (oasdiff: warning, STRICTER here)"),
            ("request", wider, _N, I, "the server accepts more"),
            ("request", "unset", _N, I, "the server accepts more"),
            ("response", wider, _B, E, "the server may send values the client does not expect"),
            ("response", "unset", _B, E, "the server may send values the client does not expect"),
            ("response", narrower, _N, I, "the server sends less"),
            ("response", "set", _N, I, "the server sends less"),
        )
        for side, action, severity, level, why in cases:
            kind = f"{side}-property-{tok}-{action}"
            known = "properties" not in tok and kind not in _NOT_IN_OASDIFF
            rows.append(
                (kind, severity, side, f"`{keyword}` {action}: {why}.", kind if known else "", level if known else None)
            )
    for keyword, tok in (("multipleOf", "multiple-of"), ("uniqueItems", "unique-items")):
        rows += [
            (
                f"request-property-{tok}-tightened",
                _B,
                "request",
                f"`{keyword}` now refuses values it accepted.",
                "",
                None,
            ),
            (f"request-property-{tok}-loosened", _N, "request", f"`{keyword}` accepts more.", "", None),
            (f"response-property-{tok}-loosened", _B, "response", f"`{keyword}` allows values it excluded.", "", None),
            (f"response-property-{tok}-tightened", _N, "response", f"`{keyword}` allows fewer values.", "", None),
        ]
    return rows


BOUND_ROWS: tuple[Row, ...] = tuple(_bound_rows())
_FIXED = parse_rows(_FIXED_TABLE)
SCHEMA_ROWS: tuple[Row, ...] = (*_FIXED, *_keyword_rows(), *BOUND_ROWS)
#: Kinds about value constraints (bounds, patterns, multipleOf, uniqueItems).
CONSTRAINT_KINDS = frozenset({row[0] for row in BOUND_ROWS} | {row[0] for row in _FIXED if "-pattern-" in row[0]})
