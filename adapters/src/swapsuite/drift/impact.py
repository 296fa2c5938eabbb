"""Proving what a new spec breaks: regenerate the client from it and type-check the adapters against the result.

Regeneration calls the repository's ``codegen.generate.generate()`` like any library, with the new spec, the
provider's manifest entry, a fixed throw-away version and a temporary output root: same generator, config, templates
and post hooks as ``nox -s generate``, and nothing in the repository is read from module globals or written. (The gate
runs from a checkout for that reason: ``codegen/`` and its templates are not part of the ``swapsuite`` wheel, only
the classifier is.)

The adapters are then type-checked with mypy (the workspace ``pyproject.toml`` configuration, ``--strict``) with the
freshly generated package first on ``MYPYPATH``, so every attribute, model or function the adapter uses and the new
client lacks is an error.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

MAX_OUTPUT_LINES = 40
DRIFT_VERSION = "0.0.0.dev0"  # the throw-away client generated from a new spec is never released


@dataclass
class CheckResult:
    """Pass/fail of one step, with the tool's output lines (trimmed) for the report."""

    ok: bool
    detail: list[str] = field(default_factory=list)


def codegen_module(root: Path) -> ModuleType:
    """Import ``codegen.generate`` from the repository at ``root``."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module("codegen.generate")


def regenerate(
    root: Path, provider: str, spec_text: str, work: Path, entry: dict[str, Any]
) -> tuple[Path | None, CheckResult]:
    """Generate ``provider``'s client (``entry``: its ``specs/providers.toml`` table) from ``spec_text`` under ``work``.

    Returns the generated package directory (None when nothing was generated) and whether generation passed
    (``codegen.generate`` treats generator warnings — skipped endpoints or models — as failures).
    """
    gen = codegen_module(root)
    spec = work / f"{provider}-openapi.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    package = work / "generated" / provider / str(entry["package"])
    try:
        gen.generate(provider, work / "generated", spec=spec, entry=entry, version=DRIFT_VERSION)
    except Exception as exc:  # GenerationError (failure or warnings), or the generator crashing on an odd document
        lines = [line for line in str(exc).splitlines() if line.strip()] or [type(exc).__name__]
        # With warnings the generator still writes a (partial) client: keep checking what it produced.
        return (package if package.is_dir() else None), CheckResult(False, lines[:MAX_OUTPUT_LINES])
    return package, CheckResult(True)


def typecheck(root: Path, provider: str, package_dir: Path, work: Path) -> CheckResult:
    """mypy on ``adapters/src/swapsuite/providers/<provider>`` against the package in ``package_dir``."""
    target = root / "adapters" / "src" / "swapsuite" / "providers" / provider
    env = dict(os.environ)
    env["MYPYPATH"] = os.pathsep.join([str(package_dir.parent), str(root / "adapters" / "src")])
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(root / "pyproject.toml"),
        "--cache-dir",
        str(work / ".mypy_cache"),
        "--no-color-output",
        str(target.relative_to(root)),
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=root, env=env, check=False)
    except OSError as exc:
        return CheckResult(False, [f"cannot run mypy: {exc}"])
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    if proc.returncode != 0 and "No module named mypy" in proc.stderr:
        return CheckResult(False, ["mypy is not installed in this environment (install the typecheck group)"])
    return CheckResult(proc.returncode == 0, lines[:MAX_OUTPUT_LINES])
