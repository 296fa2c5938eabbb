"""Lean installs: swapsuite's wheel plus the four client wheels in a clean venv carry the core only; each extra
turns its feature on, and a feature without its extra says which extra to install."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from conformance.wheels import PROVIDERS, ROOT, build_all, clean_venv

EXTRA_MODULES = ("click", "rich", "starlette", "uvicorn", "yaml")

CORE_PROBE = """
import importlib.util, json, sys
import swapsuite
loaded = sorted(m for m in {extra!r} if m in sys.modules)
installed = sorted(m for m in {extra!r} if importlib.util.find_spec(m) is not None)
print(json.dumps({{"loaded": loaded, "installed": installed, "version": swapsuite.__version__,
                   "file": swapsuite.__file__}}))
"""

FEATURE_PROBE = """
import json, swapsuite
out = {}
try:
    import swapsuite.sandbox
except swapsuite.MissingExtraError as exc:
    out["sandbox"] = [exc.extra, str(exc)]
from pathlib import Path
from swapsuite import drift
Path("a.yaml").write_text("openapi: 3.0.3\\npaths: {}\\n")
try:
    drift.compare_sources("a.yaml", "a.yaml")
except swapsuite.MissingExtraError as exc:
    out["drift"] = [exc.extra, str(exc)]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("dist"))


def _run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), "-I", *args], cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_core_install_imports_no_extra(wheels: dict[str, Path], tmp_path: Path) -> None:
    python = clean_venv(tmp_path / "core", wheels)
    probe = _run(python, "-c", CORE_PROBE.format(extra=EXTRA_MODULES), cwd=tmp_path)
    assert probe.returncode == 0, probe.stderr
    facts = json.loads(probe.stdout)
    assert facts["file"].startswith(str(tmp_path / "core"))  # the installed wheel, not the workspace
    assert facts["installed"] == []  # the core's dependency tree carries none of them
    assert facts["loaded"] == []
    with (ROOT / "adapters" / "pyproject.toml").open("rb") as fh:
        assert facts["version"] == tomllib.load(fh)["project"]["version"]

    features = _run(python, "-c", FEATURE_PROBE, cwd=tmp_path)
    assert features.returncode == 0, features.stderr
    found = json.loads(features.stdout)
    assert found["sandbox"][0] == "sandbox" and "pip install 'swapsuite[sandbox]'" in found["sandbox"][1]
    assert found["drift"][0] == "drift" and "pip install 'swapsuite[drift]'" in found["drift"][1]

    for command in (["-m", "swapsuite", "--help"], [str(python.parent / "swapsuite"), "--help"]):
        args = command if command[0] == "-m" else []
        proc = (
            _run(python, *args, cwd=tmp_path)
            if args
            else subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
        )
        assert proc.returncode == 1
        assert proc.stderr.strip().startswith("error: the swapsuite command line needs the [cli] extra")
        assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_cli_extra_gives_the_command_line(wheels: dict[str, Path], tmp_path: Path) -> None:
    python = clean_venv(tmp_path / "cli", wheels, extras="cli")
    script = python.parent / "swapsuite"
    help_text = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
    assert help_text.returncode == 0, help_text.stderr
    assert "quote" in help_text.stdout
    version = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0, version.stderr
    lines = version.stdout.splitlines()
    assert lines[0].startswith("swapsuite ")
    for name, line in zip(PROVIDERS, lines[1:], strict=True):
        assert line.split()[0] == name and "client 0." in line and "spec sha256 " in line
        assert "openapi-python-client" in line
    same = _run(python, "-m", "swapsuite", "--version", cwd=tmp_path)
    assert same.stdout == version.stdout
    # [cli] does not bring the sandboxes: the demo says which extra it needs.
    demo = subprocess.run([script, "demo"], capture_output=True, text=True, check=False)
    assert demo.returncode != 0 and "swapsuite[sandbox]" in demo.stderr and "Traceback" not in demo.stderr


def _metadata(wheel: Path) -> tuple[dict[str, list[str]], list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        text = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    message = Parser().parsestr(text)
    return {key: message.get_all(key) or [] for key in set(message.keys())}, names


@pytest.mark.slow
def test_wheels_are_typed_and_licensed(wheels: dict[str, Path]) -> None:
    for name, wheel in wheels.items():
        meta, names = _metadata(wheel)
        package = "swapsuite" if name == "swapsuite" else f"swapsuite_{name}_client"
        assert f"{package}/py.typed" in names, name
        assert meta.get("License-Expression") == ["MIT"], name
        assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), name
    meta, _ = _metadata(wheels["swapsuite"])
    assert "Typing :: Typed" in meta["Classifier"]
    core = sorted(re.match(r"[A-Za-z0-9._-]+", r)[0] for r in meta["Requires-Dist"] if "extra ==" not in r)
    assert core == sorted(["cryptography", "httpx", *(f"swapsuite-{p}-client" for p in PROVIDERS)])
    assert sorted(meta["Provides-Extra"]) == ["all", "cli", "drift", "sandbox"]
