"""Build the five wheels of the workspace and install them into clean virtual environments (no workspace on the
path): what a user gets from ``pip install swapsuite``. Used by the packaging tests and by ``bench/startup.py``.

Wheels are built in-process with each project's own PEP 517 backend (``uv_build`` for the clients, ``hatchling``
for swapsuite, both pinned in the ``test`` group), so building needs no network; installing the wheels fetches
their third-party dependencies (httpx, attrs, cryptography…) through ``uv pip`` and its cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
with (ROOT / "specs" / "providers.toml").open("rb") as _manifest:
    PROVIDERS = tuple(tomllib.load(_manifest))  # the generated clients, one per manifest table
PROJECTS = {**{name: ROOT / "generated" / name for name in PROVIDERS}, "swapsuite": ROOT / "adapters"}


class WheelError(RuntimeError):
    """A build or install failed; the message carries the tool's output."""


def _check(proc: subprocess.CompletedProcess[str], what: str) -> str:
    if proc.returncode != 0:
        raise WheelError(f"{what} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


def build_wheel(project: Path, dist: Path) -> Path:
    """Build one project's wheel into ``dist`` with its declared backend (run in a child interpreter)."""
    with (project / "pyproject.toml").open("rb") as fh:
        backend = tomllib.load(fh)["build-system"]["build-backend"]
    code = f"import {backend} as b, sys; print(b.build_wheel(sys.argv[1]))"
    # The uv_build backend finds its binary on PATH (PEP 517 hooks run in the caller's environment).
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(dist)], cwd=project, capture_output=True, text=True, env=env, check=False
    )
    return dist / _check(proc, f"building {project.name}").strip().splitlines()[-1]


def build_all(dist: Path) -> dict[str, Path]:
    """All five wheels, by project key (provider names and ``swapsuite``)."""
    dist.mkdir(parents=True, exist_ok=True)
    return {name: build_wheel(project, dist) for name, project in PROJECTS.items()}


def uv(*args: str) -> str:
    """Run the pinned uv (``python -m uv``, from the test group)."""
    proc = subprocess.run([sys.executable, "-m", "uv", *args], capture_output=True, text=True, check=False)
    return _check(proc, "uv " + " ".join(args[:3]))


def clean_venv(where: Path, wheels: dict[str, Path], extras: str = "", *, compile_bytecode: bool = False) -> Path:
    """A fresh venv with the five wheels (swapsuite with ``extras``, e.g. ``"cli"``) installed; its python.
    ``compile_bytecode`` writes .pyc files at install time, as pip does (for start-up measurements)."""
    uv("venv", "--quiet", "--python", sys.executable, str(where))
    python = where / "bin" / "python"
    clients = [str(wheels[name]) for name in PROVIDERS]
    swapsuite = f"swapsuite[{extras}] @ {wheels['swapsuite'].as_uri()}" if extras else str(wheels["swapsuite"])
    compiled = ["--compile-bytecode"] if compile_bytecode else []
    uv("pip", "install", "--quiet", *compiled, "--python", str(python), *clients, swapsuite)
    return python
