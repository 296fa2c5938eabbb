"""Every swapsuite workflow. `nox` alone runs the default sessions: tests, lint and typecheck.

Explicit sessions: `nox -s demo` (the main job), `nox -s generate`, `nox -s build`.
Arguments after `--` reach the underlying tool.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "lint", "typecheck"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
PROVIDERS = ("oneclick", "across", "changelly", "deframe")
CLIENTS = [f"generated/{name}" for name in PROVIDERS]


def install_groups(session: nox.Session, *groups: str) -> None:
    """Install the pinned tools of the given dependency groups of the workspace pyproject."""
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


def install_workspace(session: nox.Session) -> None:
    """Install the four generated clients and swapsuite (editable) into the session."""
    editable = [arg for path in [*CLIENTS, "adapters"] for arg in ("-e", path)]
    session.install(*editable)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite: spec validation, golden record of generated/, adapters and conformance tests."""
    install_groups(session, "test")
    install_workspace(session)
    session.run("pytest", "-n", "auto", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff lint and format check on everything handwritten (generated/ is excluded in pyproject.toml)."""
    install_groups(session, "lint")
    session.run("ruff", "check", ".", *session.posargs)
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on adapters/ (the generated clients are consumed through their annotations)."""
    install_groups(session, "typecheck")
    install_workspace(session)
    session.run("mypy", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/<provider>/ from specs/ with the pinned generator and codegen/ templates.

    `nox -s generate -- oneclick` regenerates one provider; `nox -s generate -- --check` only compares.
    """
    install_groups(session, "generate")
    session.run("python", "-m", "codegen.generate", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: start the sandboxes and run best quote → execute → track through swapsuite's CLI."""
    install_workspace(session)
    session.run("swapsuite", "demo", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build wheels and sdists of every generated client and of swapsuite into dist/."""
    install_groups(session, "build")
    for path in [*CLIENTS, "adapters"]:
        session.run("python", "-m", "build", "--outdir", str(ROOT / "dist"), path, *session.posargs)
