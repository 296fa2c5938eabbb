"""Each generated client's version and changelog, decided at generation time by the drift classifier.

The spec a committed client was generated from is kept next to it (``generated/<provider>/openapi.yaml``, written by
every generation), so a fresh clone can always classify "the spec just generated from" against it. Policy (also in
the README, "Versions"):

* **breaking** change (any change ``swapsuite.drift`` classifies as breaking) → next *major*; below 1.0, next
  *minor* (0.1.3 → 0.2.0): a 0.x minor is a major, so ``~=0.MINOR.0`` pins are safe;
* **additive** change (only non-breaking classified changes) → next *minor*; below 1.0, next *patch*;
* **description-only** change (the spec's bytes changed but the classifier reports nothing: descriptions,
  examples, extensions, defaults) → next *patch*.

An unchanged spec keeps the version and the changelog. Every bump prepends one ``CHANGELOG.md`` entry listing the
classified changes in the drift report's wording.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPEC_COPY = "openapi.yaml"
CHANGELOG = "CHANGELOG.md"
INITIAL_VERSION = "0.1.0"
LEVELS = ("breaking", "additive", "description-only")
HEADING = re.compile(r"^## (?P<version>\S+) — spec sha256 (?P<sha>[0-9a-f]{64})", re.MULTILINE)


@dataclass(frozen=True)
class Committed:
    """What the committed generated package says about itself (all None when there is none)."""

    version: str | None
    spec_sha256: str | None
    spec_text: str | None
    changelog: str | None


def read_committed(package_dir: Path) -> Committed:
    pyproject = package_dir / "pyproject.toml"
    if not pyproject.exists():
        return Committed(None, None, None, None)
    with pyproject.open("rb") as fh:
        meta = tomllib.load(fh)
    spec = package_dir / SPEC_COPY
    changelog = package_dir / CHANGELOG
    return Committed(
        version=str(meta["project"]["version"]),
        spec_sha256=str(meta["tool"]["swapsuite"]["spec_sha256"]),
        spec_text=spec.read_text(encoding="utf-8") if spec.exists() else None,
        changelog=changelog.read_text(encoding="utf-8") if changelog.exists() else None,
    )


@dataclass(frozen=True)
class Unclassified:
    """Stands for the changes when the classifier cannot read a spec: counted as breaking, to be safe."""

    reason: str
    kind: str = "unclassified"
    location: str = "#"
    breaking: bool = True

    @property
    def message(self) -> str:
        return f"the drift classifier could not compare the specs ({self.reason}); assumed breaking"


def unclassified(exc: Exception) -> Unclassified:
    return Unclassified(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")


def level_of(changes: list[Any]) -> str:
    """``breaking``, ``additive`` or ``description-only`` for a list of ``swapsuite.drift.Change``."""
    if any(change.breaking for change in changes):
        return "breaking"
    return "additive" if changes else "description-only"


def bump(version: str, level: str) -> str:
    """The next version for a change of ``level`` under the policy above."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    if level == "breaking":
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if level == "additive" and major > 0:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _header(project: str) -> str:
    return (
        f"# Changelog: {project}\n\n"
        "Written by `nox -s generate` (codegen/versioning.py), newest first. The version follows the drift\n"
        "classifier's verdict on the spec change: below 1.0 a breaking change bumps the minor version and anything\n"
        "else the patch; from 1.0 breaking bumps major, additive minor, description-only patch.\n"
    )


def entry(version: str, sha256: str, level: str, changes: list[Any]) -> str:
    """One changelog entry; the change lines use the drift report's wording (kind, location, message)."""
    lines = [f"## {version} — spec sha256 {sha256}", ""]
    if level == "initial":
        lines.append("First versioned release of this client.")
    elif not changes:
        lines.append("Description-only spec change (the drift classifier reports no change): regenerated.")
    else:
        breaking = [c for c in changes if c.breaking]
        other = [c for c in changes if not c.breaking]
        for title, group in (("Breaking", breaking), ("Non-breaking", other)):
            if group:
                lines.append(f"{title} ({len(group)}):")
                lines += [f"- `{c.kind}` at `{c.location}`: {c.message}" for c in group]
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def prepend(changelog: str | None, project: str, new_entry: str) -> str:
    """``new_entry`` on top of the existing entries (a fresh header when there is no changelog yet)."""
    body = ""
    if changelog:
        found = HEADING.search(changelog)
        body = changelog[found.start() :] if found else ""
    return _header(project) + "\n" + new_entry + ("\n" + body if body else "")


def top_entry(changelog: str) -> tuple[str, str] | None:
    """``(version, spec sha256)`` of the newest entry, for the golden-record check."""
    found = HEADING.search(changelog)
    return (found["version"], found["sha"]) if found else None
