"""The rule table: every kind of change the drift classifier reports, its severity, why, and oasdiff's verdict.

One principle decides every row (it is oasdiff's): a change is **breaking** when a client built from the *base*
spec can fail against a server that behaves like the *new* spec.

* **Request side** (parameters, request bodies — what the client sends): breaking when the change *tightens* what
  the server accepts (a value, field, parameter or variant it used to accept is now refused, or something the
  client never sent is now required). Loosening is non-breaking.
* **Response side** (what the server sends): breaking when the change *loosens* what the server may send (a field
  may now be missing or ``null``, a new enum value, ``oneOf`` variant or success status may appear, a bound is
  relaxed, a field the client reads is gone). Tightening is non-breaking.
* **Shape**: a changed ``format`` or composition keyword (``oneOf``/``anyOf``/plain) changes the generated Python
  types, so it is breaking in either direction. A type change is judged by direction: ``integer -> number`` widens
  a request (non-breaking) and a response (breaking).

Kinds are named after oasdiff's rule ids (``checker/rules.go``) where the concept is the same. oasdiff splits most
schema rules by level (``request-body-*``, ``request-property-*``, ``request-parameter-*``); ours use the
``-property-`` id for all three, and the location says which. Each row records the oasdiff id(s) and oasdiff's level
(``error``/``warning``/``info``, ``None`` where oasdiff reports nothing); ``policy="oasdiff"`` makes exactly the
oasdiff ``error`` rows breaking, so a team can reproduce oasdiff's verdicts.

Not reported at all: descriptions, summaries, titles, examples, ``externalDocs``, tags, request-body ``default``
values and ``x-`` extensions other than ``x-stability-level``, ``x-extensible-enum`` and ``x-sunset``.
``info.version`` is ignored too (1Click has kept it at 0.1.10 through many schema changes).

``python -m swapsuite.drift`` prints this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rules_schema import CONSTRAINT_KINDS, SCHEMA_ROWS, parse_rows
from .rules_schema import Severity as Severity

SEVERITIES: tuple[Severity, ...] = ("breaking", "non-breaking")
POLICIES = ("swapsuite", "oasdiff")


@dataclass(frozen=True)
class Rule:
    """One kind of change: its severity, where it applies, the reasoning, and oasdiff's id(s) and level."""

    kind: str
    severity: Severity
    scope: str
    description: str
    oasdiff: str = ""
    oasdiff_level: str | None = None

    def severity_under(self, policy: str) -> Severity:
        """The severity under ``policy``: ours (``swapsuite``) or oasdiff's (breaking exactly at ``error``)."""
        if policy == "swapsuite":
            return self.severity
        if policy == "oasdiff":
            return "breaking" if self.oasdiff_level == "error" else "non-breaking"
        raise ValueError(f"policy must be one of {', '.join(POLICIES)}, not {policy!r}")


# kind, severity (B/N), side, oasdiff level (E/W/I, - where oasdiff reports nothing), oasdiff id(s); then the reason.
_TABLE = """
server-url-changed B document - -
    The first server URL changed: it is the default base URL of the generated clients and of providers.toml, so
    existing clients call the old host. STRICTER than oasdiff, which treats servers as deployment metadata.
server-added N document - -
    An additional (non-first) server was added; nothing calls it by default.
server-removed N document - -
    An additional (non-first) server was removed; only explicit base-URL overrides used it.
api-security-component-removed N document I api-security-component-removed
    A security scheme was removed from components. By itself nothing breaks: an operation that used it reports
    security-alternative-removed.
api-security-component-added N document I api-security-component-added
    A new security scheme is defined.
api-security-component-type-changed B document I api-security-component-type-changed
    A scheme's type, header/query name or HTTP scheme changed: the client sends its credential the old way and
    is refused. STRICTER than oasdiff (info).
api-removed-without-deprecation B operation E api-removed-without-deprecation,api-path-removed-without-deprecation
    An operation (method + path) disappeared without being deprecated first; its generated function calls an
    endpoint that no longer exists.
api-removed-before-sunset B operation E api-removed-before-sunset,api-path-removed-before-sunset
    A deprecated operation disappeared before its x-sunset date.
api-removed-with-deprecation N operation I api-removed-with-deprecation,api-path-removed-with-deprecation
    A deprecated operation was removed after its x-sunset date (or with no sunset announced): the deprecation
    was the notice.
endpoint-added N operation I endpoint-added
    A new operation; existing clients do not call it.
endpoint-deprecated N operation I endpoint-deprecated,endpoint-deprecated-with-sunset
    The operation is now marked deprecated; plan a migration.
api-stability-decreased B operation E api-stability-decreased
    x-stability-level went down (stable > beta > alpha > draft): the operation may now change without notice.
api-stability-increased N operation I api-stability-increased
    x-stability-level went up.
webhook-removed B operation E webhook-removed
    An OpenAPI 3.1 webhook disappeared: receivers built for it get nothing.
webhook-added N operation I webhook-added
    A new OpenAPI 3.1 webhook.
security-requirement-added B operation I api-security-added,api-global-security-added
    Anonymous calls were allowed and are not any more: clients without credentials are refused. STRICTER than
    oasdiff (info), because an anonymous client fails outright.
security-made-optional N operation I api-security-removed,api-global-security-removed
    Credentials were required and are now optional.
security-alternative-removed B operation I api-security-removed,api-global-security-removed
    An accepted credential (alternative security requirement) was dropped: clients using it are refused or
    treated as anonymous (1Click: charged the anonymous fee). STRICTER than oasdiff (info).
security-alternative-added N operation I api-security-added,api-global-security-added
    A further way to authenticate is accepted.
request-parameter-removed B request W request-parameter-removed
    A parameter the client sends is no longer documented: the server may reject it or silently ignore what it
    meant. STRICTER than oasdiff (warning).
new-optional-request-parameter N request I new-optional-request-parameter
    A new optional parameter; existing clients do not send it.
new-required-request-parameter B request E new-required-request-parameter,new-request-path-parameter
    A new required (or path) parameter; clients never send it.
request-parameter-renamed B request W request-parameter-removed+new-*-request-parameter
    A query/header/cookie parameter was removed and one with the same location and schema added (looks like a
    rename): clients send the old name. oasdiff reports the removal (warning) and the addition.
request-path-parameter-renamed N request - -
    A path parameter was renamed in the same position (/books/{bookId} -> /books/{id}): the URL a client builds
    is unchanged.
request-parameter-became-required B request E request-parameter-became-required
    An optional parameter became required; clients may omit it.
request-parameter-became-optional N request I request-parameter-became-optional
    A required parameter became optional.
request-parameter-default-value-changed B request E request-parameter-default-value-changed
    The server-side default of a parameter changed: clients that omit it get different behaviour.
request-parameter-default-value-added B request E request-parameter-default-value-added
    A parameter gained a default: clients that omit it may get different behaviour.
request-parameter-default-value-removed B request E request-parameter-default-value-removed
    A parameter lost its default: clients that omit it relied on it.
request-body-added-required B request E request-body-added-required
    A required request body was added; clients send none.
request-body-added-optional N request I request-body-added-optional
    An optional request body was added.
request-body-became-required B request E request-body-became-required
    The request body is now required; clients that send none are refused.
request-body-became-optional N request I request-body-became-optional
    The request body became optional.
request-body-removed B request E request-body-removed
    The request body is no longer documented: what the client sends is ignored or refused.
request-body-media-type-removed B request E request-body-media-type-removed
    A request media type is no longer accepted.
request-body-media-type-added N request I request-body-media-type-added
    A further request media type is accepted.
response-success-status-removed B response E response-success-status-removed
    A documented 2xx status is gone: code handling that status (and its body model) no longer matches what the
    server sends.
response-success-status-added B response I response-success-status-added
    A new 2xx status may be sent: the base client treats it as unexpected (swapsuite's generated clients raise
    UnexpectedStatus or return no parsed body). STRICTER than oasdiff (info).
response-non-success-status-added N response I response-non-success-status-added
    A new error status is documented; clients handle errors generically (swapsuite maps every status onto its
    error tree).
response-non-success-status-removed N response I response-non-success-status-removed
    An error status is no longer documented.
response-media-type-removed B response E response-media-type-removed
    A response media type (or the whole body) is gone: the client's parser for it no longer matches.
response-media-type-added N response I response-media-type-added
    A further response media type; clients negotiate the ones they know.
format-changed B either E request-property-type-changed,response-property-type-changed
    The format changed (e.g. date-time removed): generated clients parse the value differently (datetime vs
    str). oasdiff folds formats into its type rules.
composition-changed B either E request-body-wrapped-in-one-of,response-body-wrapped-in-one-of
    The schema switched between a plain schema, oneOf and anyOf: the generated type is a different union.
"""

RULES: dict[str, Rule] = {row[0]: Rule(*row) for row in (*parse_rows(_TABLE), *SCHEMA_ROWS)}

#: Kinds reported before the rule names were aligned with oasdiff, and the kinds that replaced them. Accept lists
#: (``specs/<provider>/drift-accepted.json``) written with the old names keep working through this map.
LEGACY_KINDS: dict[str, tuple[str, ...]] = {
    "security-scheme-removed": ("api-security-component-removed",),
    "security-scheme-added": ("api-security-component-added",),
    "security-scheme-changed": ("api-security-component-type-changed",),
    "operation-removed": ("api-removed-without-deprecation", "api-removed-before-sunset"),
    "operation-added": ("endpoint-added",),
    "operation-deprecated": ("endpoint-deprecated",),
    "parameter-removed": ("request-parameter-removed",),
    "parameter-added": ("new-optional-request-parameter",),
    "required-parameter-added": ("new-required-request-parameter",),
    "parameter-renamed": ("request-parameter-renamed", "request-path-parameter-renamed"),
    "parameter-became-required": ("request-parameter-became-required",),
    "parameter-became-optional": ("request-parameter-became-optional",),
    "request-body-removed": ("request-body-removed",),
    "request-content-type-removed": ("request-body-media-type-removed",),
    "request-content-type-added": ("request-body-media-type-added",),
    "request-property-added": ("new-optional-request-property",),
    "request-required-property-added": ("new-required-request-property",),
    "request-nullable-removed": ("request-property-became-not-nullable",),
    "request-nullable-added": ("request-property-became-nullable",),
    "request-enum-value-removed": ("request-property-enum-value-removed", "request-property-became-enum"),
    "request-enum-value-added": ("request-property-enum-value-added",),
    "request-variant-removed": ("request-property-one-of-removed", "request-property-any-of-removed"),
    "request-variant-added": ("request-property-one-of-added", "request-property-any-of-added"),
    "success-status-removed": ("response-success-status-removed",),
    "success-status-added": ("response-success-status-added",),
    "error-status-added": ("response-non-success-status-added",),
    "error-status-removed": ("response-non-success-status-removed",),
    "response-content-type-removed": ("response-media-type-removed",),
    "response-content-type-added": ("response-media-type-added",),
    "response-property-removed": ("response-required-property-removed", "response-optional-property-removed"),
    "response-property-added": ("response-optional-property-added", "response-required-property-added"),
    "response-nullable-added": ("response-property-became-nullable",),
    "response-nullable-removed": ("response-property-became-not-nullable",),
    "response-enum-value-added": ("response-property-enum-value-added",),
    "response-enum-value-removed": ("response-property-enum-value-removed",),
    "response-variant-added": ("response-property-one-of-added", "response-property-any-of-added"),
    "response-variant-removed": ("response-property-one-of-removed", "response-property-any-of-removed"),
    "type-changed": (
        "request-property-type-changed",
        "response-property-type-changed",
        "request-property-type-generalized",
        "response-property-type-specialized",
    ),
    "request-constraint-tightened": tuple(
        k for k in sorted(CONSTRAINT_KINDS) if k.startswith("request-") and RULES[k].severity == "breaking"
    ),
    "request-constraint-loosened": tuple(
        k for k in sorted(CONSTRAINT_KINDS) if k.startswith("request-") and RULES[k].severity == "non-breaking"
    ),
    "response-constraint-changed": tuple(k for k in sorted(CONSTRAINT_KINDS) if k.startswith("response-")),
}


def current_kinds(kind: str) -> tuple[str, ...]:
    """The kinds an (old or current) kind name stands for today."""
    return LEGACY_KINDS.get(kind, (kind,))


def severity_of(kind: str, policy: str = "swapsuite") -> Severity:
    """The severity of a change kind under ``policy`` (KeyError for an unknown kind: every kind is in the table)."""
    return RULES[kind].severity_under(policy)


def rules_markdown() -> str:
    """The rule table as a Markdown table (``python -m swapsuite.drift``)."""
    lines = ["| kind | severity | side | rule | oasdiff | oasdiff level |", "|---|---|---|---|---|---|"]
    lines += [
        f"| `{r.kind}` | {r.severity} | {r.scope} | {r.description} | {r.oasdiff or '-'} | {r.oasdiff_level or '-'} |"
        for r in RULES.values()
    ]
    return "\n".join(lines)
