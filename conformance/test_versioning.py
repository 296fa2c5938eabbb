"""Client versions and changelogs follow the drift classifier's verdict on the spec change (codegen/versioning)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import codegen.generate as gen
from codegen import versioning
from conformance.conftest import PROVIDERS, ROOT

PING = """  /ping:
    get:
      operationId: ping
      summary: Liveness
      responses:
        '200':
          description: The service is up.
"""


@pytest.fixture
def across_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of specs/ and generated/across, with the codegen module pointed at it."""
    for part in ("specs", "generated/across"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    monkeypatch.setattr(gen, "SPECS", tmp_path / "specs")
    monkeypatch.setattr(gen, "GENERATED", tmp_path / "generated")
    return tmp_path


def _edit(repo: Path, old: str, new: str) -> None:
    spec = repo / "specs" / "across" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")


def _without_chains(repo: Path) -> None:
    spec = repo / "specs" / "across" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    start = text.index("  /chains:\n")
    following = re.compile(r"^(  \S|\S)", re.M).search(text, start + 1)  # the next path or top-level key
    assert following is not None
    spec.write_text(text[:start] + text[following.start() :], encoding="utf-8")


def _committed_version() -> str:
    with (ROOT / "generated" / "across" / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def test_policy_bumps() -> None:
    assert versioning.bump("0.1.0", "breaking") == "0.2.0"
    assert versioning.bump("0.1.3", "breaking") == "0.2.0"
    assert versioning.bump("0.1.3", "additive") == "0.1.4"
    assert versioning.bump("0.1.3", "description-only") == "0.1.4"
    assert versioning.bump("1.4.2", "breaking") == "2.0.0"
    assert versioning.bump("1.4.2", "additive") == "1.5.0"
    assert versioning.bump("1.4.2", "description-only") == "1.4.3"


def test_unchanged_spec_keeps_version_and_changelog(across_repo: Path) -> None:
    version, changelog = gen.release("across", gen.load_providers()["across"])
    assert version == _committed_version()
    assert changelog == (ROOT / "generated" / "across" / "CHANGELOG.md").read_text(encoding="utf-8")


def test_description_only_change_bumps_patch(across_repo: Path) -> None:
    _edit(across_repo, "summary: Quote the relayer and LP fees", "summary: Quote relayer and LP fees")
    version, changelog = gen.release("across", gen.load_providers()["across"])
    assert version == versioning.bump(_committed_version(), "description-only")
    assert versioning.top_entry(changelog) == (version, gen.spec_sha256("across"))
    assert "Description-only spec change" in changelog.split("\n## ")[1]


def test_additive_change_bumps_patch_below_1_0_and_lists_it(across_repo: Path) -> None:
    _edit(across_repo, "  /chains:\n", PING + "  /chains:\n")
    version, changelog = gen.release("across", gen.load_providers()["across"])
    assert version == versioning.bump(_committed_version(), "additive")
    newest = changelog.split("\n## ")[1]
    from swapsuite.drift import compare_sources

    [change] = compare_sources(str(ROOT / "specs" / "across" / "openapi.yaml"), str(gen.spec_path("across")))
    assert not change.breaking and "/ping" in change.location
    assert "Non-breaking (1):" in newest and f"- `{change.kind}` at `{change.location}`: {change.message}" in newest
    assert "Breaking" not in newest
    older = (ROOT / "generated" / "across" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.endswith(older[older.index("## ") :])  # earlier entries kept, below the new one


def test_breaking_change_bumps_minor_below_1_0_in_the_drift_wording(across_repo: Path) -> None:
    _without_chains(across_repo)
    version, changelog = gen.release("across", gen.load_providers()["across"])
    assert version == versioning.bump(_committed_version(), "breaking")
    newest = changelog.split("\n## ")[1]
    assert "Breaking (1):" in newest
    from swapsuite.drift import compare_sources

    [change] = compare_sources(str(ROOT / "specs" / "across" / "openapi.yaml"), str(gen.spec_path("across")))
    assert f"- `{change.kind}` at `{change.location}`: {change.message}" in newest


def test_golden_record_covers_version_and_changelog(across_repo: Path) -> None:
    changelog = across_repo / "generated" / "across" / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    changelog.write_text(text.replace(f"## {_committed_version()} ", "## 9.9.9 ", 1), encoding="utf-8")
    problems = gen.release_problems("across")
    assert problems and "CHANGELOG.md's newest entry is ('9.9.9'" in problems[0]


def test_every_client_has_its_spec_copy_changelog_and_license(provider: str) -> None:
    package = ROOT / "generated" / provider
    assert (package / versioning.SPEC_COPY).read_bytes() == (ROOT / "specs" / provider / "openapi.yaml").read_bytes()
    assert gen.release_problems(provider) == []
    assert (package / "LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.slow
def test_breaking_regeneration_is_refused_by_swapsuite(across_repo: Path) -> None:
    """Spec edit + generate: the client's version, its changelog, and swapsuite refusing the unknown 0.MINOR."""
    _without_chains(across_repo)
    out = gen.generate("across", across_repo / "generated")
    with (out / "pyproject.toml").open("rb") as fh:
        version = tomllib.load(fh)["project"]["version"]
    assert version == versioning.bump(_committed_version(), "breaking")
    assert f'__version__ = "{version}"' in (out / PROVIDERS["across"]["package"] / "__init__.py").read_text()
    assert versioning.top_entry((out / "CHANGELOG.md").read_text(encoding="utf-8"))[0] == version
    code = "import swapsuite\ntry:\n    swapsuite.get_provider('across')\nexcept swapsuite.ConfigurationError as e:\n"
    code += "    print(e)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert f"swapsuite_across_client {version} is installed" in proc.stdout
    assert "only knows 0.1.x" in proc.stdout


def test_swapsuite_records_the_client_versions_it_was_built_against() -> None:
    """swapsuite.version.CLIENTS, the ~= pins of adapters/pyproject.toml and the committed clients agree."""
    import swapsuite
    from swapsuite.version import CLIENTS, compatibility

    with (ROOT / "adapters" / "pyproject.toml").open("rb") as fh:
        project = tomllib.load(fh)["project"]
    assert project["version"] == swapsuite.__version__
    pins = {
        dep.split("~=")[0].removeprefix("swapsuite-").removesuffix("-client"): dep.split("~=")[1]
        for dep in project["dependencies"]
        if dep.startswith("swapsuite-")
    }
    assert pins == CLIENTS
    for name, known in CLIENTS.items():
        with (ROOT / "generated" / name / "pyproject.toml").open("rb") as fh:
            committed = tomllib.load(fh)["project"]["version"]
        assert compatibility(committed) == compatibility(known), (
            f"generated/{name} is {committed}, swapsuite knows {known}: after adapting the adapter to the breaking "
            "change, update swapsuite/version.py CLIENTS and the pins in adapters/pyproject.toml"
        )
