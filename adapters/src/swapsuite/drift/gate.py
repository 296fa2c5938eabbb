"""The drift gate (``nox -s drift``): what would a new upstream spec break?

    python -m swapsuite.drift.gate                                # every pulled provider, against its upstream URL
    python -m swapsuite.drift.gate --provider oneclick --new FILE|URL --report drift-report.md

For each provider (or the one given) it takes the new spec — ``--new``, else ``upstream_spec_url`` from
``specs/providers.toml`` (hand-authored providers have none and are skipped) — and

1. classifies every change to it (:mod:`swapsuite.drift.rules`): from the provider's raw upstream document in the
   repository when its spec is upstream + overlay (:mod:`swapsuite.drift.pulled`: like with like, so our own
   corrections are not drift), else from ``specs/<provider>/openapi.yaml``;
2. for upstream + overlay, re-applies the overlay to the new document: a correction whose target no longer matches
   fails the gate (upstream moved what we correct), and the corrected document is what the next steps use;
3. regenerates the client from it into a temporary directory with ``codegen.generate``;
4. type-checks ``adapters/src/swapsuite/providers/<provider>`` against that client (mypy);
5. replays ``cassettes/<provider>/*.yaml`` (if any): every recorded response must validate against the new spec and
   parse with the new client.

It prints one summary line per provider, writes a Markdown report (``--report``, default ``drift-report.md``) and
appends it to ``$GITHUB_STEP_SUMMARY`` when that is set. Exit status: 0 when nothing breaks, 1 when a breaking
change (at or above ``--fail-on``), an overlay correction that no longer matches, a failed regeneration, a failed
type-check or a non-conforming cassette was found, 2 when an input could not be read (offline, bad file) or the
arguments are wrong.

``--accept FILE`` (default ``specs/<provider>/drift-accepted.json`` when it exists) lists known, deliberate
differences — the ``changes`` of ``swapsuite drift --format json`` or a list of ``{kind, location}`` — that are
reported but do not fail the gate.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cassettes import ReplayResult, read_cassettes, replay
from .change import FAIL_ON, Change, counts, fails
from .impact import CheckResult, regenerate, typecheck
from .load import Document, SpecLoadError, load
from .operations import compare
from .pulled import OverlayResult, pulled_sources, reapply, unmatched_markdown
from .report import render_markdown
from .rules import POLICIES, current_kinds

ACCEPT_FILE = "drift-accepted.json"  # specs/<provider>/drift-accepted.json, used when present
REPORT_ROWS = 250  # change rows per provider in the Markdown report (counts per kind always cover everything)


@dataclass
class ProviderResult:
    """Everything the gate found for one provider."""

    provider: str
    source: str | None = None
    base: str | None = None  # what the new spec is compared with (the upstream document, or our spec)
    skipped: str | None = None
    error: str | None = None
    changes: list[Change] = field(default_factory=list)
    accepted: list[Change] = field(default_factory=list)
    overlay: OverlayResult | None = None
    generation: CheckResult | None = None
    types: CheckResult | None = None
    cassette_files: int = 0
    cassettes: ReplayResult | None = None

    def failed(self, fail_on: str) -> bool:
        impact = [self.generation, self.types]
        return (
            fails(self.changes, fail_on)
            or any(step is not None and not step.ok for step in impact)
            or bool(self.overlay and not self.overlay.ok)
            or bool(self.cassettes and self.cassettes.conforming < self.cassettes.total)
        )

    def detail(self) -> str:
        """``3 breaking, 1 non-breaking; adapters type-check: FAIL; cassettes conforming: 4/5`` (or why not run)."""
        if self.skipped:
            return f"skipped ({self.skipped})"
        if self.error:
            return f"ERROR {self.error}"
        tally = counts(self.changes)
        parts = [f"{tally['breaking']} breaking, {tally['non-breaking']} non-breaking"]
        if self.accepted:
            parts[0] += f" (+{len(self.accepted)} accepted)"
        if self.overlay is not None:
            parts.append(self.overlay.detail())
        if self.generation is not None and not self.generation.ok:
            parts.append("regeneration: FAIL" + ("" if self.types is not None else " (nothing generated)"))
        if self.types is not None:
            parts.append(f"adapters type-check: {'pass' if self.types.ok else 'FAIL'}")
        else:
            parts.append("adapters type-check: not run")
        if not self.cassette_files:
            parts.append("cassettes: no cassettes")
        elif self.cassettes is None:
            parts.append("cassettes: not run")
        else:
            parts.append(f"cassettes conforming: {self.cassettes.conforming}/{self.cassettes.total}")
        return "; ".join(parts)

    def summary(self) -> str:
        """The one line printed per provider."""
        return f"{self.provider}: {self.detail()}"


def accept_list(path: Path) -> set[tuple[str, str]]:
    """``(kind, location)`` pairs from an accept file: JSON or YAML, a list or ``{"changes": [...]}``.

    Kinds named before the rule names were aligned with oasdiff are read as the kinds that replaced them
    (:data:`~swapsuite.drift.rules.LEGACY_KINDS`), so existing accept files keep working.
    """
    import yaml

    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data.get("changes", []) if isinstance(data, dict) else data or []
        return {(kind, str(item["location"])) for item in items for kind in current_kinds(str(item["kind"]))}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise SpecLoadError(f"{path}: not a list of {{kind, location}} entries ({type(exc).__name__})") from exc


def run_provider(
    root: Path,
    provider: str,
    entry: dict[str, Any],
    new: str | None,
    cassette_dir: Path,
    accept: Path | None,
    policy: str = "swapsuite",
) -> ProviderResult:
    """Classify and prove the impact of ``new`` (or the upstream spec) for one provider."""
    result = ProviderResult(provider)
    source = new or entry.get("upstream_spec_url")
    if source is None:
        result.skipped = f"{entry.get('spec_origin', 'hand-authored')} spec, no upstream spec to compare; use --new"
        return result
    result.source = str(source)
    pulled = pulled_sources(root, entry)
    base_path = pulled.upstream if pulled else root / "specs" / provider / "openapi.yaml"
    result.base = base_path.relative_to(root).as_posix() if base_path.is_relative_to(root) else str(base_path)
    try:
        target: Document = load(str(source))
        changes = compare(load(str(base_path)), target, policy=policy)
        if pulled is not None:
            result.overlay = reapply(target, pulled.overlay)
            target = result.overlay.document
        default = root / "specs" / provider / ACCEPT_FILE
        known = accept_list(accept or default) if accept is not None or default.exists() else set()
    except SpecLoadError as exc:
        result.error = str(exc)
        return result
    result.accepted = [c for c in changes if (c.kind, c.location) in known]
    result.changes = [c for c in changes if (c.kind, c.location) not in known]
    files = sorted((cassette_dir / provider).glob("*.yaml"))
    result.cassette_files = len(files)
    with tempfile.TemporaryDirectory(prefix=f"swapsuite-drift-{provider}-") as tmp:
        package, result.generation = regenerate(root, provider, target.text, Path(tmp), entry)
        if package is None:
            return result
        result.types = typecheck(root, provider, package, Path(tmp))
        if files:
            try:
                result.cassettes = replay(target, package, read_cassettes(files), [root / "adapters" / "src"])
            except SpecLoadError as exc:
                result.cassettes = ReplayResult(total=len(files), failures=[str(exc)])
    return result


def report_markdown(results: list[ProviderResult], fail_on: str) -> str:
    """The whole report: one summary table, then one section per provider."""
    lines = ["# Spec drift report", "", "| provider | result |", "|---|---|"]
    for r in results:
        mark = "➖" if r.skipped else "❌" if r.error or r.failed(fail_on) else "✅"
        lines.append(f"| {r.provider} | {mark} {r.detail()} |")
    for r in results:
        if r.skipped or r.error:
            continue
        lines += [
            "",
            render_markdown(r.changes, str(r.base), str(r.source), limit=REPORT_ROWS).rstrip(),
        ]
        if r.overlay is not None and not r.overlay.ok:
            lines += unmatched_markdown(r.overlay)
        if r.accepted:
            lines += ["", f"{len(r.accepted)} accepted (known, deliberate) differences not counted above."]
        for title, step in (("Regeneration", r.generation), ("Adapters type-check (mypy)", r.types)):
            if step is not None and step.detail:
                lines += ["", f"### {title}: {'pass' if step.ok else 'FAIL'}", "", "```", *step.detail, "```"]
        if r.cassettes is not None and r.cassettes.failures:
            lines += ["", f"### Cassettes: {r.cassettes.conforming}/{r.cassettes.total} conforming", ""]
            lines += [f"* `{failure}`" for failure in r.cassettes.failures]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m swapsuite.drift.gate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--provider", help="only this provider (required with --new)")
    parser.add_argument("--new", help="the new spec, a file or an http(s) URL (default: upstream_spec_url)")
    parser.add_argument("--report", default="drift-report.md", help="Markdown report path (default: %(default)s)")
    parser.add_argument("--cassettes", default=None, help="cassette root (default: <root>/cassettes)")
    parser.add_argument("--fail-on", choices=FAIL_ON, default="breaking", help="change level that fails the gate")
    parser.add_argument(
        "--policy", choices=POLICIES, default="swapsuite", help="whose severities: ours or oasdiff's (error = breaking)"
    )
    parser.add_argument("--accept", default=None, help="known differences that do not fail the gate (JSON/YAML)")
    parser.add_argument("--root", default=".", help="repository root (default: the current directory)")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    try:
        with (root / "specs" / "providers.toml").open("rb") as fh:
            manifest: dict[str, dict[str, Any]] = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        print(f"error: cannot read {root / 'specs' / 'providers.toml'}: {exc}", file=sys.stderr)
        return 2
    if args.provider and args.provider not in manifest:
        print(f"error: unknown provider {args.provider!r} (known: {', '.join(manifest)})", file=sys.stderr)
        return 2
    if (args.new or args.accept) and not args.provider:
        print("error: --new and --accept need --provider", file=sys.stderr)
        return 2
    providers = [args.provider] if args.provider else list(manifest)
    cassette_dir = Path(args.cassettes).resolve() if args.cassettes else root / "cassettes"
    accept = Path(args.accept) if args.accept else None
    results = []
    for name in providers:
        source = args.new or manifest[name].get("upstream_spec_url")
        print(f"{name}: checking against {source}" if source else f"{name}: no upstream spec", flush=True)
        results.append(run_provider(root, name, manifest[name], args.new, cassette_dir, accept, args.policy))
    report = report_markdown(results, args.fail_on)
    Path(args.report).write_text(report, encoding="utf-8")
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with open(summary_path, "a", encoding="utf-8") as fh:
            fh.write(report)
    print()
    for r in results:
        print(r.summary())
    print(f"report: {args.report}")
    if any(r.error for r in results):
        return 2
    return 1 if any(r.failed(args.fail_on) for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
