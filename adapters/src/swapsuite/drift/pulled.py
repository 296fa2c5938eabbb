"""Drift of a pulled spec: the provider's raw upstream document plus our overlay of corrections.

A pulled provider's ``specs/providers.toml`` entry names ``upstream_spec_file`` (the document as published, kept in
the repository) and ``overlay`` (our corrections, OpenAPI Overlay 1.0). The gate compares like with like — that
upstream document with the new one — so our own corrections never show up as drift; then it re-applies the overlay
to the new document. A correction whose target selects nothing there is the clearest drift signal: upstream moved
the very thing we correct. What the client would be generated from is the new document with the overlay applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .load import Document, SpecLoadError, parse_yaml, read_source
from .overlay import Action, OverlayError, apply


@dataclass(frozen=True)
class PulledSources:
    """Where a pulled provider's spec comes from, inside the repository."""

    upstream: Path
    overlay: Path


def pulled_sources(root: Path, entry: dict[str, Any]) -> PulledSources | None:
    """The upstream document and overlay named by a manifest entry, or None for a hand-authored spec."""
    if "overlay" not in entry or "upstream_spec_file" not in entry:
        return None
    return PulledSources(root / str(entry["upstream_spec_file"]), root / str(entry["overlay"]))


@dataclass
class OverlayResult:
    """The overlay re-applied to a new upstream document: the corrected document and what no longer matched."""

    document: Document
    actions: int
    unmatched: list[Action] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.unmatched

    def detail(self) -> str:
        """``overlay: 323/323 corrections apply`` or how many no longer match."""
        if self.ok:
            return f"overlay: {self.actions}/{self.actions} corrections apply"
        return f"overlay: {len(self.unmatched)} of {self.actions} corrections no longer match"


def _dump(data: dict[str, Any]) -> str:
    import yaml  # the [drift] extra; parse_yaml has already required it

    # libyaml's emitter when available (as the loader in load.py): the pure-Python one is most of this step's time.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=10_000)


def reapply(new: Document, overlay_path: Path) -> OverlayResult:
    """Apply the overlay at ``overlay_path`` to the new upstream document (:class:`SpecLoadError` if unreadable)."""
    source = str(overlay_path)
    overlay = parse_yaml(read_source(source), source)
    try:
        corrected, unmatched = apply(new.data, overlay)
        actions = len(overlay["actions"])
    except (OverlayError, KeyError, TypeError) as exc:
        raise SpecLoadError(f"{source}: not a usable overlay ({exc})") from exc
    document = Document(source=f"{new.source} + {overlay_path.name}", text=_dump(corrected), data=corrected)
    return OverlayResult(document, actions, unmatched)


def unmatched_markdown(result: OverlayResult) -> list[str]:
    """Report lines for the corrections whose target the new upstream document no longer has."""
    lines = ["", f"### Overlay: {len(result.unmatched)} corrections no longer match", ""]
    lines += ["| target | why we corrected it |", "|---|---|"]
    lines += [f"| `{a.target}` | {a.description.replace('|', '/')} |" for a in result.unmatched]
    return lines
