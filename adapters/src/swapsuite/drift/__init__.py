"""Spec drift: classify the changes between two OpenAPI documents and say which ones break clients.

    from swapsuite.drift import compare_sources
    changes = compare_sources("specs/oneclick/openapi.yaml", "https://1click.chaindefuser.com/docs/v0/openapi.yaml")
    [c for c in changes if c.breaking]

* :mod:`~swapsuite.drift.rules` — the rule table (kind -> severity, reasoning, oasdiff id and level);
  ``python -m swapsuite.drift``.
* :mod:`~swapsuite.drift.load`, :mod:`~swapsuite.drift.refs` — reading files/URLs, ``$ref`` resolution and
  multi-file bundling (:class:`SpecLoadError` on bad input).
* :mod:`~swapsuite.drift.operations`, :mod:`~swapsuite.drift.parameters`, :mod:`~swapsuite.drift.compare`,
  :mod:`~swapsuite.drift.schemas`, :mod:`~swapsuite.drift.keywords` — the classifier.
* :mod:`~swapsuite.drift.report` — text, Markdown and JSON output.
* :mod:`~swapsuite.drift.gate` — ``nox -s drift``: classify, regenerate, type-check the adapters, replay cassettes.

``swapsuite drift BASE NEW`` is the command-line front end.
"""

from __future__ import annotations

from .change import FAIL_ON, Change, counts, counts_by_kind, fails
from .load import Document, SpecLoadError, load
from .operations import compare
from .report import FORMATS, render, summary_line
from .rules import LEGACY_KINDS, POLICIES, RULES, Rule, Severity, current_kinds, rules_markdown

__all__ = [
    "FAIL_ON",
    "FORMATS",
    "LEGACY_KINDS",
    "POLICIES",
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
    "current_kinds",
    "fails",
    "load",
    "render",
    "rules_markdown",
    "summary_line",
]


def compare_sources(base: str, new: str, *, policy: str = "swapsuite", allow_remote_refs: bool = False) -> list[Change]:
    """Load two documents (paths or URLs) and classify every change from ``base`` to ``new``.

    ``policy``: ``swapsuite`` (our rule table) or ``oasdiff`` (breaking exactly where oasdiff reports an error).
    ``allow_remote_refs``: follow ``$ref``s to http(s) documents (refused by default).
    """
    return compare(
        load(base, allow_remote_refs=allow_remote_refs), load(new, allow_remote_refs=allow_remote_refs), policy=policy
    )
