"""Generate the provider clients in ``generated/`` from ``specs/`` and check that they are up to date.

    python -m codegen.generate                 # regenerate every provider into generated/
    python -m codegen.generate oneclick        # one provider
    python -m codegen.generate --check         # golden-record check: regenerate into a temp dir and compare

A pulled provider's spec is itself generated first: its raw upstream document with our overlay applied
(``codegen/specbuild.py``); ``--check`` also compares the committed spec with that rebuild.

The generator (openapi-python-client, pinned in pyproject.toml) is run with ``codegen/config.yaml`` and the custom
templates in ``codegen/templates``. Per-provider names come from ``specs/providers.toml``. The spec's sha256 and the
generator version are baked into each package (``pyproject.toml`` ``[tool.swapsuite]`` and ``__spec_sha256__``)
through a small template module written for each run, so the record always matches the output.

The version is decided here too (``codegen/versioning.py``): the drift classifier compares the spec with the copy
the committed client was generated from (``generated/<provider>/openapi.yaml``), the version is bumped by the
verdict and ``CHANGELOG.md`` gets an entry. Each package also gets the repository's ``LICENSE``.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import hashlib
import io
import json
import os
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from codegen import auth, specbuild, versioning

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CODEGEN = ROOT / "codegen"
GENERATOR = "openapi-python-client"
IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


class GenerationError(RuntimeError):
    """The generator failed or warned; the message carries its output."""


def load_providers() -> dict[str, dict[str, object]]:
    """Return the provider manifest (``specs/providers.toml``) keyed by provider name."""
    with (SPECS / "providers.toml").open("rb") as fh:
        return tomllib.load(fh)


def spec_path(provider: str) -> Path:
    return SPECS / provider / "openapi.yaml"


def spec_sha256(provider: str, spec: Path | None = None) -> str:
    """sha256 of the spec file's bytes (``spec``, default the provider's), as recorded in the generated package."""
    return hashlib.sha256((spec or spec_path(provider)).read_bytes()).hexdigest()


def _label(path: Path) -> str:
    """A path as the generated package records it: relative to the repository when inside it."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def generator_version() -> str:
    return version(GENERATOR)


def _bin(name: str) -> str:
    """A console script from the running interpreter's environment (nox venv, CI venv), not whatever is on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise GenerationError(f"{name} is not installed in this environment; run `nox -s generate`")
    return found


def _meta_template(provider: str, entry: dict[str, object], spec: Path) -> str:
    values = {
        "provider": provider,
        "title": entry["title"],
        "base_url": entry["base_url"],
        "docs_url": entry["docs_url"],
        "spec_path": _label(spec),
        "spec_sha256": spec_sha256(provider, spec),
        "generator_version": generator_version(),
        # AuthenticatedClient's default header (client.py.jinja) and the README's authentication section.
        "auth_header": auth.default(spec).header,
        "auth_prefix": auth.default(spec).prefix,
        "auth_schemes": auth.readme_lines(spec),
    }
    # json.dumps yields valid Jinja string literals.
    return "".join(f"{{% set {key} = {json.dumps(str(value))} %}}\n" for key, value in values.items())


def _classify(provider: str, base_text: str, spec: Path) -> list[Any]:
    """The drift classifier's changes from the committed client's spec copy to the current spec."""
    try:
        from swapsuite.drift import compare_sources
    except ImportError as exc:
        raise GenerationError(
            f"the client version is decided by swapsuite's drift classifier ({exc}): run `nox -s generate`, or "
            "install swapsuite[drift] into this environment"
        ) from exc
    with tempfile.TemporaryDirectory(prefix=f"swapsuite-base-{provider}-") as tmp:
        base = Path(tmp) / "openapi.yaml"
        base.write_text(base_text, encoding="utf-8")
        try:
            return list(compare_sources(str(base), str(spec)))
        except Exception as exc:  # a spec the classifier cannot read: the generator reports it; assume breaking
            return [versioning.unclassified(exc)]


def release(provider: str, entry: dict[str, object], spec: Path | None = None) -> tuple[str, str]:
    """``(version, CHANGELOG.md text)`` for generating ``provider`` from ``spec`` (default: its spec in specs/) now,
    from the committed package's record."""
    spec = spec or spec_path(provider)
    committed = versioning.read_committed(GENERATED / provider)
    project, sha = str(entry["project"]), spec_sha256(provider, spec)
    if committed.version is None or (committed.spec_sha256 == sha and committed.changelog is None):
        version = committed.version or versioning.INITIAL_VERSION
        return version, versioning.prepend(None, project, versioning.entry(version, sha, "initial", []))
    if committed.spec_sha256 == sha:
        return committed.version, str(committed.changelog)
    if committed.spec_text is None:
        raise GenerationError(
            f"{provider}: generated/{provider}/{versioning.SPEC_COPY} (the spec the committed client was generated "
            "from) is missing, so the spec change cannot be classified; restore it from git"
        )
    changes = _classify(provider, committed.spec_text, spec)
    level = versioning.level_of(changes)
    version = versioning.bump(committed.version, level)
    new_entry = versioning.entry(version, sha, level, changes)
    return version, versioning.prepend(committed.changelog, project, new_entry)


def _write_extras(spec: Path, out_dir: Path, changelog: str) -> None:
    """What the generator does not write: the spec copy, the changelog and the license."""
    shutil.copyfile(spec, out_dir / versioning.SPEC_COPY)
    (out_dir / versioning.CHANGELOG).write_text(changelog, encoding="utf-8")
    shutil.copyfile(CODEGEN.parent / "LICENSE", out_dir / "LICENSE")


def _write_run_inputs(run: Run, work: Path, version: str) -> tuple[Path, Path]:
    """Layer the per-run provenance module over the templates and extend the shared generator config."""
    provider, entry = run.provider, run.entry
    templates = work / "templates"
    shutil.copytree(run.templates, templates)
    (templates / "_swapsuite_meta.jinja").write_text(_meta_template(provider, entry, run.spec), encoding="utf-8")
    config_lines = (CODEGEN / "config.yaml").read_text(encoding="utf-8")
    config_lines += (
        f"project_name_override: {entry['project']}\n"
        f"package_name_override: {entry['package']}\n"
        f'package_version_override: "{version}"\n'
    )
    config = work / "config.yaml"
    config.write_text(config_lines, encoding="utf-8")
    return templates, config


@contextlib.contextmanager
def _ruff_on_path() -> Iterator[None]:
    """The generator's post hooks call ``ruff`` through PATH: put the pinned one next to the generator first."""
    saved = os.environ.get("PATH", "")
    os.environ["PATH"] = f"{Path(_bin('ruff')).parent}{os.pathsep}{saved}"
    try:
        yield
    finally:
        os.environ["PATH"] = saved


@dataclass(frozen=True)
class Run:
    """The inputs of one generation: everything :func:`generate` is told rather than reading module globals."""

    provider: str
    entry: dict[str, object]
    spec: Path
    templates: Path


def generate(
    provider: str,
    out_root: Path = GENERATED,
    *,
    spec: Path | None = None,
    entry: dict[str, object] | None = None,
    templates: Path | None = None,
    version: str | None = None,
) -> Path:
    """Generate one provider's client into ``out_root/<provider>`` (replacing it) and return that directory.

    ``spec`` (default ``specs/<provider>/openapi.yaml``), ``entry`` (the provider's ``specs/providers.toml`` table),
    ``templates`` (default ``codegen/templates``) and ``version`` (default: decided from the committed package and the
    drift classifier, with a changelog entry) let a caller such as the drift gate generate from another spec into a
    temporary directory without touching this repository's state.

    The generator runs in-process (its CLI would re-import it for every provider, most of its run time); any
    warning or error it reports fails the generation, as ``--fail-on-warning`` would.
    """
    from openapi_python_client import generate as run_generator
    from openapi_python_client.config import Config, ConfigFile, MetaType

    run = Run(
        provider, entry or load_providers()[provider], spec or spec_path(provider), templates or CODEGEN / "templates"
    )
    out_dir = out_root / provider
    if version is None:
        version, changelog = release(provider, run.entry, run.spec)
    else:
        sha = spec_sha256(provider, run.spec)
        changelog = versioning.prepend(None, str(run.entry["project"]), versioning.entry(version, sha, "initial", []))
    with tempfile.TemporaryDirectory(prefix=f"swapsuite-gen-{provider}-") as tmp:
        templates_dir, config_path = _write_run_inputs(run, Path(tmp), version)
        config = Config.from_sources(
            ConfigFile.load_from_path(config_path), MetaType.UV, run.spec, "utf-8", True, out_dir
        )
        with _ruff_on_path(), contextlib.redirect_stdout(io.StringIO()) as printed:
            problems = run_generator(config=config, custom_template_path=templates_dir)
    if problems:
        details = "\n".join(f"{p.level.value}: {p.header}: {p.detail or ''}" for p in problems)
        raise GenerationError(f"{GENERATOR} failed for {provider}:\n{details}\n{printed.getvalue()}")
    _write_extras(run.spec, out_dir, changelog)
    return out_dir


def _files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not IGNORED_PARTS.intersection(p.relative_to(root).parts)
    }


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Describe every file that differs between two trees (missing, extra or changed), sorted."""
    want, have = _files(expected), _files(actual)
    problems = [f"missing {name}" for name in sorted(want - have)]
    problems += [f"extra (not produced by the generator) {name}" for name in sorted(have - want)]
    problems += [
        f"changed {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return problems


def recorded_sha256(provider: str, root: Path = GENERATED) -> str | None:
    """The spec sha256 recorded in a generated package, or None if there is no package."""
    pyproject = root / provider / "pyproject.toml"
    if not pyproject.exists():
        return None
    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["tool"]["swapsuite"]["spec_sha256"])


def check(providers: Iterable[str]) -> list[str]:
    """Golden-record check: regenerate into a temporary directory and report what differs from ``generated/``."""
    problems: list[str] = specbuild.stale(list(providers))
    with tempfile.TemporaryDirectory(prefix="swapsuite-golden-") as tmp:
        for provider in providers:
            if recorded_sha256(provider) != spec_sha256(provider):
                problems.append(
                    f"{provider}: specs/{provider}/openapi.yaml changed since generated/{provider} was generated "
                    f"(recorded sha256 {recorded_sha256(provider)}, spec is {spec_sha256(provider)})"
                )
            fresh = generate(provider, Path(tmp))
            problems += [f"{provider}: {line}" for line in diff_trees(fresh, GENERATED / provider)]
            problems += release_problems(provider)
    return problems


def release_problems(provider: str) -> list[str]:
    """The committed package's version, recorded spec and newest changelog entry must agree."""
    committed = versioning.read_committed(GENERATED / provider)
    top = versioning.top_entry(committed.changelog or "")
    if top == (committed.version, committed.spec_sha256):
        return []
    return [
        f"{provider}: CHANGELOG.md's newest entry is {top or 'missing'}, but the package is version "
        f"{committed.version} from spec sha256 {committed.spec_sha256}: run `nox -s generate`"
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("providers", nargs="*", help="providers to generate (default: all in specs/providers.toml)")
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 when stale")
    args = parser.parse_args(argv)
    providers = args.providers or list(load_providers())
    try:
        return _run(providers, args.check)
    except specbuild.SpecBuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(providers: list[str], check_only: bool) -> int:
    if check_only:
        problems = check(providers)
        for line in problems:
            print(line)
        if problems:
            print("generated/ is stale: run `nox -s generate` and commit the result.")
            return 1
        print(f"generated/ is up to date for {', '.join(providers)}")
        return 0
    for path in specbuild.write(providers):
        print(f"built {path.relative_to(ROOT)}")
    for provider in providers:
        print(f"generated {generate(provider).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
