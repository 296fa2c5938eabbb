"""The rule table: every kind of change the drift classifier reports, its severity and why.

One principle decides every row (it is oasdiff's): a change is **breaking** when a client built from the *base*
spec can fail against a server that behaves like the *new* spec.

* **Request side** (parameters, request bodies — what the client sends): breaking when the change *tightens* what
  the server accepts (a value, field, parameter or variant it used to accept is now refused, or something the
  client never sent is now required). Loosening is non-breaking.
* **Response side** (what the server sends): breaking when the change *loosens* what the server may send (a field
  may now be missing or ``null``, a new enum value, variant or success status may appear, a field the client reads
  is gone). Tightening is non-breaking.
* **Shape**: a changed ``type``, ``format`` or composition keyword (``oneOf``/``anyOf``/plain) changes the generated
  Python types, so it is breaking in either direction.

Not reported at all: descriptions, summaries, titles, examples, ``externalDocs``, tags and ``x-`` extensions. They
cannot break a client, and a prose-only upstream edit must not trip ``--fail-on any``. ``info.version`` is ignored
too (1Click has kept it at 0.1.10 through many schema changes). ``default`` values are not compared either: the
swapsuite specs state server defaults in prose (a ``default:`` makes the generator send the value every time).

``python -m swapsuite.drift`` prints this table as Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["breaking", "non-breaking"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "non-breaking")


@dataclass(frozen=True)
class Rule:
    """One kind of change: its fixed severity, where it applies and the reasoning behind the severity."""

    kind: str
    severity: Severity
    scope: str
    description: str


_B: Severity = "breaking"
_N: Severity = "non-breaking"

_ROWS: tuple[tuple[str, Severity, str, str], ...] = (
    # --- document -------------------------------------------------------------------------------------------
    (
        "server-url-changed",
        _B,
        "document",
        "The first server URL changed: it is the default base URL of the "
        "generated clients and of providers.toml, so existing clients call the old host.",
    ),
    ("server-added", _N, "document", "An additional (non-first) server was added; nothing calls it by default."),
    (
        "server-removed",
        _N,
        "document",
        "An additional (non-first) server was removed; only explicit base-URL "
        "overrides used it. Noteworthy, not breaking.",
    ),
    (
        "security-scheme-removed",
        _B,
        "document",
        "A security scheme was removed: clients sending that credential are refused or silently treated as anonymous.",
    ),
    ("security-scheme-added", _N, "document", "A new security scheme is defined."),
    (
        "security-scheme-changed",
        _B,
        "document",
        "A scheme's type, header/query name or HTTP scheme changed: the client sends its credential the old way.",
    ),
    # --- operations -----------------------------------------------------------------------------------------
    (
        "operation-removed",
        _B,
        "operation",
        "An operation (method + path) disappeared; its generated function calls an endpoint that no longer exists.",
    ),
    ("operation-added", _N, "operation", "A new operation; existing clients do not call it."),
    ("operation-deprecated", _N, "operation", "The operation is now marked deprecated; plan a migration."),
    (
        "security-requirement-added",
        _B,
        "operation",
        "Anonymous calls were allowed and are not any more: clients without credentials are refused.",
    ),
    ("security-made-optional", _N, "operation", "Credentials were required and are now optional."),
    (
        "security-alternative-removed",
        _B,
        "operation",
        "An accepted credential (alternative security requirement) "
        "was dropped: clients using it are refused or treated as anonymous (1Click: charged the anonymous fee).",
    ),
    ("security-alternative-added", _N, "operation", "A further way to authenticate is accepted."),
    # --- parameters (request side) --------------------------------------------------------------------------
    (
        "parameter-removed",
        _B,
        "request",
        "A parameter the client sends is no longer documented: the server may "
        "reject it or silently ignore what it meant.",
    ),
    ("parameter-added", _N, "request", "A new optional parameter; existing clients simply do not send it."),
    ("required-parameter-added", _B, "request", "A new required parameter; existing clients never send it."),
    (
        "parameter-renamed",
        _B,
        "request",
        "A parameter was removed and one with the same location and schema added "
        "(looks like a rename): clients send the old name.",
    ),
    ("parameter-became-required", _B, "request", "An optional parameter became required; clients may omit it."),
    ("parameter-became-optional", _N, "request", "A required parameter became optional."),
    # --- request bodies -------------------------------------------------------------------------------------
    (
        "request-body-became-required",
        _B,
        "request",
        "The request body is now required (or a required body was added); clients that send none are refused.",
    ),
    ("request-body-became-optional", _N, "request", "The request body became optional."),
    ("request-body-added", _N, "request", "An optional request body was added."),
    (
        "request-body-removed",
        _N,
        "request",
        "The request body is no longer documented; the server ignores what the client sends. Noteworthy.",
    ),
    ("request-content-type-removed", _B, "request", "A request media type is no longer accepted."),
    ("request-content-type-added", _N, "request", "A further request media type is accepted."),
    # --- request schemas ------------------------------------------------------------------------------------
    (
        "request-property-removed",
        _N,
        "request",
        "A request field is no longer documented. The client may still "
        "send it and the server ignores it: not breaking, but whatever the field controlled has no effect any more.",
    ),
    ("request-property-added", _N, "request", "A new optional request field."),
    ("request-required-property-added", _B, "request", "A new required request field; clients never send it."),
    ("request-property-became-required", _B, "request", "An optional request field became required."),
    ("request-property-became-optional", _N, "request", "A required request field became optional."),
    ("request-nullable-removed", _B, "request", "The server no longer accepts null here."),
    ("request-nullable-added", _N, "request", "The server now also accepts null here."),
    (
        "request-enum-value-removed",
        _B,
        "request",
        "An enum value the client may send is refused (or a free value became an enum).",
    ),
    ("request-enum-value-added", _N, "request", "The server accepts a further enum value (or any value)."),
    ("request-variant-removed", _B, "request", "A oneOf/anyOf variant the client may send is no longer accepted."),
    ("request-variant-added", _N, "request", "A further oneOf/anyOf variant is accepted."),
    (
        "request-constraint-tightened",
        _B,
        "request",
        "A value constraint (maximum, minimum, length, items, pattern, "
        "multipleOf) became stricter: values the client sends may be refused.",
    ),
    ("request-constraint-loosened", _N, "request", "A value constraint became looser."),
    # --- responses ------------------------------------------------------------------------------------------
    (
        "success-status-removed",
        _B,
        "response",
        "A documented 2xx status is gone: code handling that status (and "
        "its body model) no longer matches what the server sends.",
    ),
    (
        "success-status-added",
        _B,
        "response",
        "A new 2xx status may be sent: the base client treats it as "
        "unexpected (swapsuite's generated clients raise UnexpectedStatus or return no parsed body).",
    ),
    (
        "error-status-added",
        _N,
        "response",
        "A new error status is documented; clients already handle errors "
        "generically (swapsuite maps every status onto its error tree).",
    ),
    ("error-status-removed", _N, "response", "An error status is no longer documented."),
    (
        "response-content-type-removed",
        _B,
        "response",
        "A response media type (or the whole body) is gone: the client's parser for it no longer matches.",
    ),
    (
        "response-content-type-added",
        _N,
        "response",
        "A further response media type; clients negotiate the ones they know.",
    ),
    # --- response schemas -----------------------------------------------------------------------------------
    ("response-property-removed", _B, "response", "A response field clients may read is gone."),
    ("response-property-added", _N, "response", "A new response field; clients ignore fields they do not know."),
    ("response-property-became-optional", _B, "response", "A field that was always sent may now be missing."),
    ("response-property-became-required", _N, "response", "A field that was optional is now always sent."),
    ("response-nullable-added", _B, "response", "The server may now send null here."),
    ("response-nullable-removed", _N, "response", "The server no longer sends null here."),
    (
        "response-enum-value-added",
        _B,
        "response",
        "The server may send an enum value strict clients do not know "
        "(or any value). Breaking for strict clients; swapsuite's generated clients tolerate it: the custom "
        "str_enum template keeps the raw value and the adapters map it to UNKNOWN.",
    ),
    (
        "response-enum-value-removed",
        _N,
        "response",
        "The server no longer sends an enum value (or a free value became an enum).",
    ),
    ("response-variant-added", _B, "response", "The server may send a oneOf/anyOf variant the client cannot parse."),
    ("response-variant-removed", _N, "response", "The server no longer sends one of the variants."),
    (
        "response-constraint-changed",
        _N,
        "response",
        "A value constraint of a response changed. Generated clients "
        "do not validate constraints (pattern, minimum, maxLength...) on responses, so nothing fails; noteworthy.",
    ),
    # --- shape (either side) --------------------------------------------------------------------------------
    (
        "type-changed",
        _B,
        "either",
        "The JSON type changed (e.g. integer -> number, string -> object): the "
        "generated Python type changes and values no longer fit.",
    ),
    (
        "format-changed",
        _B,
        "either",
        "The format changed (e.g. date-time removed): generated clients parse the value differently (datetime vs str).",
    ),
    (
        "composition-changed",
        _B,
        "either",
        "The schema switched between a plain schema, oneOf and anyOf: the generated type is a different union.",
    ),
)

RULES: dict[str, Rule] = {kind: Rule(kind, severity, scope, text) for kind, severity, scope, text in _ROWS}


def severity_of(kind: str) -> Severity:
    """The fixed severity of a change kind (KeyError for an unknown kind: every kind must be in the table)."""
    return RULES[kind].severity


def rules_markdown() -> str:
    """The rule table as a Markdown table (for the README and ``python -m swapsuite.drift``)."""
    lines = ["| kind | severity | side | rule |", "|---|---|---|---|"]
    lines += [f"| `{r.kind}` | {r.severity} | {r.scope} | {r.description} |" for r in RULES.values()]
    return "\n".join(lines)
