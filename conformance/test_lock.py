"""uv.lock is committed, current and what the nox sessions install from."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from conformance.conftest import PROVIDERS, ROOT

# What uv reads to decide whether the lock matches the workspace (the members' static metadata).
LOCK_INPUTS = ["pyproject.toml", "uv.lock", "adapters/pyproject.toml", "adapters/README.md"] + [
    f"generated/{name}/{leaf}" for name in PROVIDERS for leaf in ("pyproject.toml", "README.md")
]


def lock_check(root: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """``uv lock --check --offline`` with an empty cache: decided from the files alone, no network needed."""
    env = {**os.environ, "UV_CACHE_DIR": str(cache), "UV_NO_CONFIG": "1"}
    return subprocess.run(
        [sys.executable, "-m", "uv", "lock", "--check", "--offline"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _copy_workspace(into: Path) -> Path:
    for name in LOCK_INPUTS:
        (into / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, into / name)
    return into


def test_lock_is_current(tmp_path: Path) -> None:
    proc = lock_check(_copy_workspace(tmp_path / "ws"), tmp_path / "cache")
    assert proc.returncode == 0, f"uv.lock is stale: run `uv lock` and commit uv.lock\n{proc.stderr}"


def test_a_stale_lock_is_detected(tmp_path: Path) -> None:
    workspace = _copy_workspace(tmp_path / "ws")
    adapters = workspace / "adapters" / "pyproject.toml"
    text = adapters.read_text(encoding="utf-8")
    assert '"cryptography>=42",' in text
    adapters.write_text(text.replace('"cryptography>=42",', '"cryptography>=42.0.1",'), encoding="utf-8")
    proc = lock_check(workspace, tmp_path / "cache")
    assert proc.returncode != 0


def test_lock_pins_the_tools_the_groups_pin() -> None:
    """The groups pin exact versions (the generator and ruff decide generated/'s bytes): the lock agrees."""
    with (ROOT / "uv.lock").open("rb") as fh:
        locked = {package["name"]: package["version"] for package in tomllib.load(fh)["package"]}
    with (ROOT / "pyproject.toml").open("rb") as fh:
        groups = tomllib.load(fh)["dependency-groups"]
    pins = [item for group in groups.values() for item in group if isinstance(item, str) and "==" in item]
    assert pins
    for pin in pins:
        name, version = (part.strip() for part in pin.split(";")[0].split("=="))
        assert locked[name.lower()] == version, pin


def test_nox_sessions_install_from_the_lock() -> None:
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert '"export", "--frozen"' in noxfile
    assert "nox.project.dependency_groups" not in noxfile  # nothing installs around the lock
