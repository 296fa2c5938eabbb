"""Golden record: generated/ is exactly what the pinned generator makes from specs/ today."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

import codegen.generate as gen
from conformance.conftest import PROVIDERS, ROOT


def test_generated_is_up_to_date(provider: str) -> None:
    problems = gen.check([provider])
    assert not problems, "generated/ is stale — run `nox -s generate` and commit:\n" + "\n".join(problems)


def test_recorded_provenance_matches_spec_and_generator(provider: str) -> None:
    entry = PROVIDERS[provider]
    with (ROOT / "generated" / provider / "pyproject.toml").open("rb") as fh:
        meta = tomllib.load(fh)
    assert meta["project"]["name"] == entry["project"]
    assert meta["tool"]["swapsuite"]["spec_sha256"] == gen.spec_sha256(provider)
    assert meta["tool"]["swapsuite"]["generator_version"] == gen.generator_version()
    package = __import__(entry["package"])
    assert package.__spec_sha256__ == gen.spec_sha256(provider)
    assert package.__generator_version__ == f"openapi-python-client {gen.generator_version()}"


def test_runtime_dependencies_are_minimal(provider: str) -> None:
    with (ROOT / "generated" / provider / "pyproject.toml").open("rb") as fh:
        deps = tomllib.load(fh)["project"]["dependencies"]
    names = {d.split(">")[0].split("=")[0].split("<")[0].strip() for d in deps}
    assert names <= {"httpx", "attrs", "python-dateutil"}


@pytest.fixture
def sandbox_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of specs/ and generated/ for one provider, with the codegen module pointed at it."""
    for part in ("specs", "generated/oneclick"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    monkeypatch.setattr(gen, "SPECS", tmp_path / "specs")
    monkeypatch.setattr(gen, "GENERATED", tmp_path / "generated")
    return tmp_path


def test_spec_edit_without_regeneration_fails_with_clear_message(sandbox_repo: Path) -> None:
    spec = sandbox_repo / "specs" / "oneclick" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("operationId: getTokens", "operationId: listTokens", 1))
    problems = gen.check(["oneclick"])
    assert any("openapi.yaml changed since generated/oneclick was generated" in p for p in problems)
    assert any(
        "changed swapsuite_oneclick_client/api/" in p or "missing swapsuite_oneclick_client/api/" in p for p in problems
    ), problems
    assert gen.main(["--check", "oneclick"]) == 1


def test_hand_edit_of_generated_code_is_named(sandbox_repo: Path) -> None:
    target = sandbox_repo / "generated" / "oneclick" / "swapsuite_oneclick_client" / "client.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (target.parent / "extra.py").write_text("x = 1\n")
    problems = gen.check(["oneclick"])
    assert "oneclick: changed swapsuite_oneclick_client/client.py" in problems
    assert "oneclick: extra (not produced by the generator) swapsuite_oneclick_client/extra.py" in problems
