"""The generated clients work as standalone distributions: vendored under another name, or installed from a wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
import venv
from pathlib import Path

import pytest

from conformance.conftest import PROVIDERS, ROOT

VENDORED_IMPORT_CHECK = """
import importlib, pkgutil, sys

class Block:
    # Any absolute import of the original package name would mean the vendored copy is not self-contained.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == {original!r}:
            raise ImportError("absolute import of " + name)
        return None

sys.meta_path.insert(0, Block())
package = importlib.import_module("mylib._vendor.api_client")
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def _vendor(provider: str, into: Path) -> Path:
    original = PROVIDERS[provider]["package"]
    target = into / "mylib" / "_vendor" / "api_client"
    shutil.copytree(ROOT / "generated" / provider / original, target, ignore=shutil.ignore_patterns("__pycache__"))
    (into / "mylib" / "__init__.py").write_text("")
    (into / "mylib" / "_vendor" / "__init__.py").write_text("")
    return target


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True)


def test_vendored_copy_imports_with_relative_imports_only(provider: str, tmp_path: Path) -> None:
    _vendor(provider, tmp_path)
    original = PROVIDERS[provider]["package"]
    proc = _run(VENDORED_IMPORT_CHECK.format(original=original), tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) > 5  # api modules and models were all imported


def test_vendored_copy_makes_a_call(tmp_path: Path) -> None:
    _vendor("oneclick", tmp_path)
    code = textwrap.dedent(
        """
        import httpx
        from mylib._vendor.api_client import Client
        from mylib._vendor.api_client.api.oneclick import get_tokens

        body = [{"assetId": "nep141:wrap.near", "decimals": 24, "blockchain": "near", "symbol": "wNEAR",
                 "price": 2.79, "priceUpdatedAt": "2025-03-28T12:23:00.070Z", "contractAddress": "wrap.near"}]
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        client = Client(base_url="https://1click.example", httpx_args={"transport": transport})
        tokens = get_tokens.sync(client=client)
        print(type(tokens[0]).__module__, tokens[0].symbol, tokens[0].decimals)
        """
    )
    proc = _run(code, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["mylib._vendor.api_client.models.token_response", "wNEAR", "24"]


PROBE = (
    "import swapsuite_oneclick_client as c, importlib.metadata as m; print(c.__file__); "
    "print(sorted(r.split(' ')[0].split('>')[0] for r in m.requires('swapsuite-oneclick-client')))"
)


@pytest.mark.slow
def test_wheel_installs_into_clean_venv(tmp_path: Path) -> None:
    """Build the 1Click client's wheel with its own PEP 517 backend, install it into a fresh venv, import it."""
    project = ROOT / "generated" / "oneclick"
    with (project / "pyproject.toml").open("rb") as fh:
        meta = tomllib.load(fh)
    backend = meta["build-system"]["build-backend"]
    dist = tmp_path / "dist"
    dist.mkdir()
    build = subprocess.run(
        [sys.executable, "-c", f"import {backend} as b, sys; print(b.build_wheel(sys.argv[1]))", str(dist)],
        cwd=project,
        capture_output=True,
        text=True,
        # The backend finds its `uv-build` binary on PATH (PEP 517 hooks run in the caller's environment).
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    assert build.returncode == 0, build.stderr
    wheel = dist / build.stdout.strip().splitlines()[-1]
    assert wheel.name.startswith(f"swapsuite_oneclick_client-{meta['project']['version']}-py3-none-any")

    env_dir = tmp_path / "clean"
    venv.create(env_dir, with_pip=True, clear=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [python, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    probe = subprocess.run(
        [python, "-I", "-c", PROBE],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stderr
    location, requires = probe.stdout.splitlines()
    assert location.startswith(str(env_dir))  # imported from the clean venv, not from the workspace
    assert requires == "['attrs', 'httpx']"
