"""``swapsuite drift`` on the spec pairs of oasdiff's own checker tests, labelled by what those tests expect.

    python -m bench.oasdiff_pairs --oasdiff /path/to/oasdiff [--out bench/oasdiff_pairs.json]

``--oasdiff`` is a git checkout or mirror of github.com/oasdiff/oasdiff. Nothing of it is copied into this
repository: its ``data/`` directory is extracted into a temporary directory (so relative ``$ref``s between its files
resolve) and only the verdicts are written out.

A test becomes a pair when it loads exactly two spec files from ``data/`` (``open("../data/...")``, the
``deprecationFile``-style helpers, ``l(t, N)``/``d(t, cfg, A, B)`` for ``data/openapi-testN.yaml``,
``stabilityChanges``) and never touches the loaded documents in code (no ``.Spec`` in its body; no severity
overrides). Its label comes from what it asserts: no changes (``require.Empty``/``Len 0``) -> non-breaking; the rule
ids it expects -> breaking when any of them is at level ERR in oasdiff's ``checker/rules.go`` (or the test names
``checker.ERR``); non-breaking only when every check ran and it expects no change or only INFO/WARN ones (a
single-check test that finds nothing says nothing about the other rules); anything else is left out as ambiguous.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from swapsuite.drift import SpecLoadError, compare_sources

HELPER_DIRS = {  # checker/helpers_test.go: dataFileFn(subdir) handles
    "deprecationFile": "deprecation",
    "paramDeprecationFile": "param-deprecation",
    "requiredPropertyFile": "required-properties",
    "stabilityFile": "stability",
}
_FUNC = re.compile(r"^func (Test\w+)\(t \*testing\.T\) \{\n(.*?)(?=^func |\Z)", re.M | re.S)
_LOADS = re.compile(
    r'open\("\.\./(data/[^"]+)"|open\((\w+)\("([^"]+)"\)|\bl\(t, (\d+)|\bd\(t, [^,]+, (\d+), (\d+)'
    r'|stabilityChanges\(t, "([^"]+)", "([^"]+)"'
)
_IDS = re.compile(r"checker\.(\w+Id)\b")


@dataclass
class Pair:
    """One labelled pair and our verdicts on it."""

    test: str
    file: str
    base: str
    revision: str
    label: str  # breaking | non-breaking
    ours: str = ""  # breaking | non-breaking | unreadable | crash
    oasdiff_policy: str = ""
    kinds: str = ""  # the first breaking kinds we found (or the error)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def rule_levels(repo: Path) -> dict[str, str]:
    """Go constant name of every rule id -> its level in checker/rules.go."""
    rules = git(repo, "show", "HEAD:checker/rules.go")
    return dict(re.findall(r"newBackwardCompatibilityRule\((\w+Id), (ERR|WARN|INFO)", rules))


def extract_data(repo: Path, into: Path) -> None:
    for name in git(repo, "ls-tree", "-r", "--name-only", "HEAD", "data/").splitlines():
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{name}"], capture_output=True).stdout)


def loads(body: str) -> list[str]:
    """The data files a test body loads, in order (paths relative to the repository)."""
    files: list[str] = []
    for m in _LOADS.finditer(body):
        if m[1]:
            files.append(m[1])
        elif m[2]:
            if m[2] not in HELPER_DIRS:
                return []  # an unknown helper: cannot say which file
            files.append(f"data/{HELPER_DIRS[m[2]]}/{m[3]}")
        elif m[4]:
            files.append(f"data/openapi-test{m[4]}.yaml")
        elif m[5]:
            files += [f"data/openapi-test{m[5]}.yaml", f"data/openapi-test{m[6]}.yaml"]
        else:
            files += [f"data/stability/{m[7]}", f"data/stability/{m[8]}"]
    return files


def label(body: str, levels: dict[str, str]) -> str | None:
    """breaking / non-breaking from the test's assertions, or None when they do not say.

    An expected ERR change makes a pair breaking whatever checks ran. "No breaking change" is only known when every
    check ran (``allChecksConfig``, ``d(...)``, ``stabilityChanges``): a single-check test asserting nothing found
    says nothing about the other rules.
    """
    if "WithSeverityLevels" in body or "checker.NONE" in body:
        return None
    levelled = "Level:" in body or "GetLevel()" in body
    named = set(re.findall(r"checker\.(ERR|WARN|INFO)\b", body)) if levelled else set()
    expected = [levels[i] for i in _IDS.findall(body) if i in levels]
    if "ERR" in named or (not named and "ERR" in expected):
        return "breaking"
    every_check = re.search(r"allChecksConfig\(|\bd\(t, |stabilityChanges\(", body) is not None
    if not every_check:
        return None
    if re.search(r"require\.Empty\(t, errs\)|require\.Len\(t, errs, 0\)", body) or named or expected:
        return "non-breaking"
    return None


def pairs(repo: Path, levels: dict[str, str]) -> Iterator[Pair | str]:
    """Every labelled pair, and the name of every two-file test left out as ambiguous."""
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", "checker/").splitlines()
    for name in (n for n in names if n.endswith("_test.go")):
        for m in _FUNC.finditer(git(repo, "show", f"HEAD:{name}")):
            test, body = m[1], m[2]
            files = loads(body)
            if len(files) != 2 or ".Spec" in body or files[0] == files[1]:
                continue
            verdict = label(body, levels)
            if verdict is None:
                yield test
                continue
            yield Pair(test, name, files[0], files[1], verdict)


def judge(pair: Pair, root: Path) -> None:
    base, revision = str(root / pair.base), str(root / pair.revision)
    for policy in ("swapsuite", "oasdiff"):
        try:
            changes = compare_sources(base, revision, policy=policy)
        except SpecLoadError as exc:
            verdict, detail = "unreadable", str(exc)[:160]
        except Exception as exc:  # a crash is a finding, recorded per pair
            verdict, detail = "crash", f"{type(exc).__name__}: {exc}"[:160]
        else:
            breaking = [c.kind for c in changes if c.breaking]
            verdict, detail = ("breaking" if breaking else "non-breaking"), ", ".join(dict.fromkeys(breaking))[:160]
        if policy == "swapsuite":
            pair.ours, pair.kinds = verdict, detail
        else:
            pair.oasdiff_policy = verdict


def summary(found: list[Pair], ambiguous: list[str]) -> dict[str, object]:
    def tally(attr: str) -> dict[str, object]:
        br = [p for p in found if p.label == "breaking"]
        nb = [p for p in found if p.label == "non-breaking"]
        counts = Counter(getattr(p, attr) for p in found)
        return {
            "breaking_flagged": f"{sum(getattr(p, attr) == 'breaking' for p in br)} of {len(br)}",
            "non_breaking_passed": f"{sum(getattr(p, attr) == 'non-breaking' for p in nb)} of {len(nb)}",
            "unreadable": counts["unreadable"],
            "crashes": counts["crash"],
        }

    return {"default policy": tally("ours"), "--policy oasdiff": tally("oasdiff_policy"), "ambiguous": len(ambiguous)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oasdiff", type=Path, required=True, help="a checkout or mirror of oasdiff/oasdiff")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("oasdiff_pairs.json"))
    args = parser.parse_args(argv)
    levels = rule_levels(args.oasdiff)
    commit = git(args.oasdiff, "rev-parse", "HEAD").strip()
    with tempfile.TemporaryDirectory(prefix="oasdiff-data-") as tmp:
        extract_data(args.oasdiff, Path(tmp))
        items = list(pairs(args.oasdiff, levels))
        found = [p for p in items if isinstance(p, Pair)]
        ambiguous = [p for p in items if isinstance(p, str)]
        for pair in found:
            judge(pair, Path(tmp))
    result = {"oasdiff_commit": commit, "summary": summary(found, ambiguous), "ambiguous": ambiguous}
    result["misses"] = [asdict(p) for p in found if p.ours != p.label]
    result["pairs"] = [asdict(p) for p in found]
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result["summary"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
