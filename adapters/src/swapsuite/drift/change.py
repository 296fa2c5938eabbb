"""The :class:`Change` record and the collector that stamps each change with its severity from the rule table."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from .rules import POLICIES, RULES, Severity, severity_of


@dataclass(frozen=True)
class Change:
    """One classified difference between two specs.

    ``location`` is ``METHOD /path`` for an operation; ``METHOD /path IN:NAME`` for a parameter (plus
    `` #/pointer`` inside its schema); ``METHOD /path requestBody MEDIA-TYPE #/pointer`` or
    ``METHOD /path STATUS MEDIA-TYPE #/pointer`` inside a body schema (the pointer walks the *resolved* schema:
    ``$ref`` followed, ``allOf`` merged, so ``#/properties/quote/properties/depositAddress``); ``#/servers/N`` and
    ``#/components/securitySchemes/NAME`` for document-level changes.
    """

    kind: str
    location: str
    severity: Severity
    message: str

    @property
    def breaking(self) -> bool:
        return self.severity == "breaking"

    def as_tuple(self) -> tuple[str, str, str]:
        """``(kind, location, severity)``, the identity tests and accept lists compare."""
        return (self.kind, self.location, self.severity)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Changes:
    """An ordered list of changes under construction; severities under ``policy`` (``swapsuite``/``oasdiff``)."""

    def __init__(self, policy: str = "swapsuite") -> None:
        if policy not in POLICIES:
            raise ValueError(f"policy must be one of {', '.join(POLICIES)}, not {policy!r}")
        self.policy = policy
        self.items: list[Change] = []

    def emit(self, kind: str, location: str, message: str) -> None:
        """Record a change; its severity comes from :data:`~swapsuite.drift.rules.RULES` under the policy."""
        self.items.append(Change(kind, location, severity_of(kind, self.policy), message))


def counts(changes: list[Change]) -> dict[str, int]:
    """``{"breaking": n, "non-breaking": m}``."""
    tally = Counter(c.severity for c in changes)
    return {"breaking": tally["breaking"], "non-breaking": tally["non-breaking"]}


def counts_by_kind(changes: list[Change]) -> dict[str, int]:
    """How many changes of each kind, in rule-table order."""
    tally = Counter(c.kind for c in changes)
    return {kind: tally[kind] for kind in RULES if tally[kind]}


FAIL_ON = ("breaking", "any", "none")


def fails(changes: list[Change], fail_on: str) -> bool:
    """Whether the change list trips ``--fail-on`` (``breaking``: any breaking change; ``any``; ``none``)."""
    if fail_on == "none":
        return False
    if fail_on == "any":
        return bool(changes)
    if fail_on == "breaking":
        return any(c.breaking for c in changes)
    raise ValueError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
