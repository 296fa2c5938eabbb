"""Spec drift: classify the changes between two OpenAPI documents and say which ones break clients.

    from swapsuite.drift import compare_sources
    changes = compare_sources("specs/oneclick/openapi.yaml", "https://1click.chaindefuser.com/docs/v0/openapi.yaml")
    [c for c in changes if c.breaking]

* :mod:`~swapsuite.drift.rules` — the rule table (kind -> severity + reasoning); ``python -m swapsuite.drift``.
* :mod:`~swapsuite.drift.load` — reading files/URLs, ``$ref`` resolution (:class:`SpecLoadError` on bad input).
* :mod:`~swapsuite.drift.operations`, :mod:`~swapsuite.drift.schemas` — the classifier.
* :mod:`~swapsuite.drift.report` — text, Markdown and JSON output.
* :mod:`~swapsuite.drift.gate` — ``nox -s drift``: classify, regenerate, type-check the adapters, replay cassettes.

``swapsuite drift BASE NEW`` is the command-line front end.
"""

from __future__ import annotations

from .change import FAIL_ON, Change, counts, counts_by_kind, fails
from .load import Document, SpecLoadError, load
from .operations import compare
from .report import FORMATS, render, summary_line
from .rules import RULES, Rule, Severity, rules_markdown

__all__ = [
    "FAIL_ON",
    "FORMATS",
    "RULES",
    "Change",
    "Document",
    "Rule",
    "Severity",
    "SpecLoadError",
    "compare",
    "compare_sources",
    "counts",
    "counts_by_kind",
    "fails",
    "load",
    "render",
    "rules_markdown",
    "summary_line",
]


def compare_sources(base: str, new: str) -> list[Change]:
    """Load two documents (paths or URLs) and classify every change from ``base`` to ``new``."""
    return compare(load(base), load(new))
