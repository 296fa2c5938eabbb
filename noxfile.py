"""Every swapsuite workflow. `nox` alone runs the default sessions: tests, lint, typecheck and official-sdks.

Explicit sessions: `nox -s demo` (the main job), `nox -s generate`, `nox -s build`, `nox -s drift`,
`nox -s record`, `nox -s conformance`, `nox -s bench`.
Arguments after `--` reach the underlying tool.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "lint", "typecheck", "official-sdks"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
PROVIDERS = tuple(nox.project.load_toml("specs/providers.toml"))  # one generated client per manifest table
CLIENTS = [f"generated/{name}" for name in PROVIDERS]


# Every session installs exactly the versions in uv.lock (`uv export --frozen`: the lock as committed, never
# re-resolved; conformance/test_lock.py fails when it is stale). uv exports it: nox's own uv with the uv backend,
# else this pin, pip-installed into the session (a fresh machine needs only Python and pip).
UV = "uv==0.13.9"  # = the test group's pin


def _locked(session: nox.Session, *selection: str) -> None:
    """pip/uv-install the part of uv.lock that ``uv export`` ``selection`` picks (with hashes)."""
    if session.venv_backend != "uv":
        session.install(UV)
    # Not session.create_tmp(): it points TMPDIR into .nox/, which git ignores, and ruff (run by the generator on
    # the golden record's temporary output) skips git-ignored files.
    requirements = Path(session.virtualenv.location) / "locked.txt"
    export = ["uv", "export", "--frozen", "--no-emit-workspace", "--no-header", "--quiet", "-o", str(requirements)]
    session.run(*export, *selection, silent=True, external=True)
    session.install("-r", str(requirements))


def install_groups(session: nox.Session, *groups: str) -> None:
    """Install the pinned tools of the given dependency groups of the workspace pyproject, as locked."""
    _locked(session, *(f"--only-group={group}" for group in groups))


def install_workspace(session: nox.Session, *extras: str) -> None:
    """Install the four generated clients and swapsuite (editable) with their locked dependencies: ``extras`` of
    swapsuite (cli, sandbox, drift), all of them by default."""
    _locked(session, "--all-packages", "--no-default-groups", *([f"--extra={e}" for e in extras] or ["--all-extras"]))
    editable = [arg for path in [*CLIENTS, "adapters"] for arg in ("-e", path)]
    session.install("--no-deps", *editable)


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
    install_workspace(session, "drift")  # the version of each client comes from swapsuite.drift's classifier
    session.run("python", "-m", "codegen.generate", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: start the sandboxes and run best quote → execute → track through swapsuite's CLI."""
    install_workspace(session, "cli", "sandbox")
    session.run("swapsuite", "demo", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build wheels and sdists of every generated client and of swapsuite into dist/."""
    install_groups(session, "build")
    for path in [*CLIENTS, "adapters"]:
        session.run("python", "-m", "build", "--outdir", str(ROOT / "dist"), path, *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Drift gate: classify an upstream spec against specs/ and prove what it breaks (not a default session).

    For each pulled provider (or `-- --provider P`) it fetches the new spec (`upstream_spec_url`, or `--new FILE|URL`),
    classifies every change against the upstream document our spec is built from, re-applies our overlay (a
    correction whose target no longer matches fails), regenerates the client from the result into a temporary
    directory, type-checks the adapters against that client and replays cassettes/<provider>/*.yaml through it.
    Writes drift-report.md (`--report PATH`) and appends it to $GITHUB_STEP_SUMMARY; exits non-zero when anything
    breaks. Needs the network unless `--new` is a file (`--new specs/P/upstream/...`: an unchanged upstream).
    """
    install_groups(session, "test", "typecheck")
    install_workspace(session)
    session.run("python", "-m", "swapsuite.drift.gate", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks (not a default session): swapsuite's overhead against the physical limits, each figure a ratio
    measured side by side in one run. Prints a table and writes bench/results.json.

    `nox -s bench -- --only fanout` runs one benchmark (fanout, overhead, normalize, loop, throughput);
    `-- --smoke` runs all at tiny sizes; `-- --profile` adds hotspot profiles; `-- --out PATH` writes elsewhere;
    `-- --merge` updates only the benchmarks run in an existing results file.
    """
    groups = ["test"]  # the loop benchmark runs the generator and the test suite
    if "bench" in PYPROJECT.get("dependency-groups", {}):
        groups.append("bench")
    install_groups(session, *groups)
    install_workspace(session)
    session.run("python", "-m", "bench", *session.posargs)


CONFORMANCE_TESTS = [
    "conformance/test_cassettes.py",
    "conformance/test_cassette_conformance.py",
    "conformance/test_properties.py",
    "conformance/test_secrets.py",
]


@nox.session
def conformance(session: nox.Session) -> None:
    """Offline conformance: cassette replays, cassettes vs specs, spec-generated properties (ci profile), secrets.

    `nox -s conformance -- --live [--reference PROVIDER=REF ...] [--provider P] [--max-requests N]` instead checks
    the REAL providers' read-only operations and the given status references against specs/ (schemathesis,
    rate-limited, bounded; keys from the environment); offline it stops with a clear message (exit status 2).
    Without --live, other arguments reach pytest.
    """
    install_groups(session, "test")
    install_workspace(session)
    if "--live" in session.posargs:
        session.run("python", "-m", "conformance.live", *session.posargs)
        return
    session.run("pytest", "-n", "auto", *CONFORMANCE_TESTS, "--hypothesis-profile=ci", *session.posargs)


@nox.session
def record(session: nox.Session) -> None:
    """Record cassettes against the live provider APIs: `nox -s record -- --provider P [--scenario S] [--ref REF]`.

    Keys come from the environment (ONECLICK_API_KEY, ACROSS_API_KEY, CHANGELLY_API_KEY, DEFRAME_API_KEY) and are
    scrubbed from headers, query strings and bodies; only reading scenarios are recorded, into
    cassettes/<provider>/<scenario>.live.yaml. Without network access or a required key it stops at once.
    """
    install_groups(session, "test")
    install_workspace(session)
    session.run("python", "-m", "conformance.record", *session.posargs)


OFFICIAL_SDKS = ROOT / "conformance" / "official_sdks"


@nox.session(name="official-sdks")
def official_sdks(session: nox.Session) -> None:
    """The providers' official TypeScript SDKs against the sandboxes: pinned by conformance/official_sdks/
    package-lock.json (`npm ci`, nothing global), every REST method of the 1Click SDK and the Across app SDK,
    one table row per call; fails when any call fails. Needs Node 20+ and npm. `-- --only across` runs one SDK.
    """
    install_groups(session, "test")
    install_workspace(session)
    session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(OFFICIAL_SDKS), external=True)
    session.run("python", "-m", "conformance.official_sdks", *session.posargs)
