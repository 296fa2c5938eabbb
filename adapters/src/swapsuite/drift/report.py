"""Rendering a change list as text (terminal), Markdown (CI step summary) or JSON."""

from __future__ import annotations

import json

from .change import Change, counts, counts_by_kind

FORMATS = ("text", "markdown", "json")


def summary_line(changes: list[Change]) -> str:
    """``3 changes: 1 breaking, 2 non-breaking`` (or ``no changes``)."""
    if not changes:
        return "no changes"
    tally = counts(changes)
    noun = "change" if len(changes) == 1 else "changes"
    return f"{len(changes)} {noun}: {tally['breaking']} breaking, {tally['non-breaking']} non-breaking"


def render_text(changes: list[Change], base: str, new: str) -> str:
    lines = [f"drift {base} -> {new}: {summary_line(changes)}"]
    width = max((len(c.kind) for c in changes), default=0)
    for c in changes:
        mark = "BREAKING" if c.breaking else "ok      "
        lines.append(f"  {mark} {c.kind:<{width}}  {c.location}")
        lines.append(f"           {'':<{width}}  {c.message}")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(changes: list[Change], base: str, new: str, heading: str = "##", limit: int | None = None) -> str:
    """A Markdown section: summary, counts per kind, then one table row per change (breaking first).

    ``limit`` caps the rows (a CI step summary is limited to 1 MiB); the counts always cover everything.
    """
    lines = [f"{heading} API drift: `{base}` → `{new}`", "", f"**{summary_line(changes)}**", ""]
    if changes:
        lines += ["| kind | count |", "|---|---|"]
        lines += [f"| `{kind}` | {n} |" for kind, n in counts_by_kind(changes).items()]
        lines += ["", "| severity | kind | location | detail |", "|---|---|---|---|"]
        ordered = sorted(changes, key=lambda c: not c.breaking)
        for c in ordered[:limit]:
            sev = "🔴 breaking" if c.breaking else "🟢 non-breaking"
            lines.append(f"| {sev} | `{c.kind}` | `{_cell(c.location)}` | {_cell(c.message)} |")
        if limit is not None and len(ordered) > limit:
            lines += ["", f"… and {len(ordered) - limit} more (run `swapsuite drift BASE NEW` for the full list)."]
    return "\n".join(lines) + "\n"


def render_json(changes: list[Change], base: str, new: str) -> str:
    doc = {
        "base": base,
        "new": new,
        "summary": {**counts(changes), "by_kind": counts_by_kind(changes)},
        "changes": [c.to_json() for c in changes],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False)


def render(changes: list[Change], fmt: str, base: str, new: str) -> str:
    """Render in one of :data:`FORMATS`."""
    if fmt == "text":
        return render_text(changes, base, new)
    if fmt == "markdown":
        return render_markdown(changes, base, new)
    if fmt == "json":
        return render_json(changes, base, new)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
