"""``swapsuite drift`` on the spec pairs of oasdiff's own checker tests, labelled by what those tests expect.

    python -m bench.oasdiff_pairs --oasdiff /path/to/oasdiff [--out bench/oasdiff_pairs.json]

``--oasdiff`` is a git checkout or mirror of github.com/oasdiff/oasdiff. Nothing of it is copied into this
repository: its ``data/`` directory is extracted with ``git show`` into a temporary directory (so relative ``$ref``s
between its files resolve) and only the verdicts are written out.

**Extraction.** A test function of ``checker/*_test.go`` is a pair when it loads exactly two spec files from
``data/`` (``open("../data/...")``, the ``dataFileFn`` handles such as ``deprecationFile("x.yaml")``, ``l(t, N)`` and
``d(t, cfg, A, B)`` for ``data/openapi-testN.yaml``, ``stabilityChanges`` and ``nullableWrapChanges``), compares
them (the direction is read from the ``diff.Get*`` call, not from the load order), and never touches the loaded
documents in code (no ``.Spec`` anywhere in its body, no call to the tests' ``set*``/``delete*`` helpers).

**Labels**, from what the test asserts (negative assertions such as ``require.False(containsId(...))`` and
``requireNoChange`` are ignored). A change level is taken from the test (``Level: checker.ERR``,
``require.Equal(t, checker.ERR, x.GetLevel())``, a non-empty ``CheckBackwardCompatibilityUntilLevel(..., ERR)``)
or, for an expected rule id, from oasdiff's ``checker/rules.go`` (its tests say a change's level is derived from its
id by the rule registry).

- ``breaking``: the test expects at least one change at level ERR.
- ``non-breaking``: every check ran (``allChecksConfig``, ``d``, ``stabilityChanges``, ``nullableWrapChanges``)
  and the test expects no change, or pins the whole set (``Len``/``requireSingleChange``/``ElementsMatch``/...) to
  INFO and WARN changes only.
- ``non-breaking (one check)``: the same, but only one check ran (``singleCheckConfig``). The test shows that this
  check finds nothing at ERR, not that no other rule does; reported apart, its misses need a look.
- anything else, and any test run with a non-default checker config (severity overrides, a deprecation policy, a
  stability threshold other than beta, ignore files, ``load.With*`` options such as flattened parameters), or
  comparing its two files both ways, is ``ambiguous``.
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
from dataclasses import dataclass, field
from pathlib import Path

from swapsuite.drift import SpecLoadError, compare_sources

BREAKING, NON_BREAKING, ONE_CHECK = "breaking", "non-breaking", "non-breaking (one check)"
LABELS = (BREAKING, NON_BREAKING, ONE_CHECK)
POLICIES = {"default policy": "swapsuite", "--policy oasdiff": "oasdiff"}

_FUNC = re.compile(r"^func (Test\w+)\(t \*testing\.T\) \{\n(.*?)(?=^func |\Z)", re.M | re.S)
_HANDLE = re.compile(r'^\s*(\w+)\s*=\s*dataFileFn\("([^"]+)"\)', re.M)  # checker/helpers_test.go
_OPEN = re.compile(r'\b(?:open|load\.NewSource)\((?:"\.\./(data/[^"]+)"|(\w+)\("([^"]+)"\)|([^)]*))')
_L = re.compile(r"\bl\(t, (\d+)")
_ASSIGN = re.compile(r"^\s*(\w+)(?:, \w+)? :?= ")
_DIFF = re.compile(r"diff\.Get\w*\([^,]+, (\w+), (\w+)[,)]")
_HELPER_PAIRS = (  # helpers that load and compare two files themselves: (pattern, base/revision -> data path)
    (re.compile(r"\bd\(t, [^,]+, (\d+), (\d+)"), "data/openapi-test{}.yaml"),
    (re.compile(r'\bstabilityChanges\(t, "([^"]+)", "([^"]+)"'), "data/stability/{}"),
    (re.compile(r'\bnullableWrapChanges\(t, "\.\./(data/[^"]+)", "\.\./(data/[^"]+)"'), "{}"),
)
_MUTATES = re.compile(r"\.Spec\b|\bset\w+\(t, |\bdelete(?:Param|ResponseHeader)\(")
_NEGATIVE = re.compile(r"require\.False|assert\.False|requireNoChange|NotContains|NotEqual|require\.Nil\(t, find")
_EVERY_CHECK = re.compile(r"allChecksConfig\(|\bd\(t, |stabilityChanges\(t|nullableWrapChanges\(t|GetAllChecks\(\)")
_CUSTOM_CONFIG = {  # settings that change oasdiff's verdicts from its defaults -> a short name
    "severity overrides": re.compile(r"WithSeverityLevels|checker\.NONE\b"),
    "deprecation policy": re.compile(r"WithDeprecation\((?!0, 0\))"),
    "stability threshold": re.compile(
        r"StabilityLevel =|WithStabilityLevel\(|stabilityChanges\(t, [^)]*Level(?!Beta\))"
    ),
    "ignore file": re.compile(r"ProcessIgnored"),
    "load option": re.compile(r"load\.With\w+\("),
}
_NAMED = re.compile(r"Level:\s*checker\.(ERR|WARN|INFO)\b|checker\.(ERR|WARN|INFO), [\w\[\]]+\.GetLevel\(\)")
_UNTIL_ERR = re.compile(r"UntilLevel\([^;\n]*checker\.ERR\)")
_NON_EMPTY = re.compile(r"require\.NotEmpty\(t, \w+\)|require\.Len\(t, \w+, [1-9]|requireSingle|requireChange\(")
_EMPTY = re.compile(r"require\.(?:Empty|Nil)\(t, (\w+)\)|require\.Len\(t, (\w+), 0\)")
_WHOLE_SET = re.compile(  # assertions that pin every change found
    r"require\.Len\(t, |requireSingle|requireApiChanges\(|ElementsMatch\(|require\.Empty\(t, |Equal\(t, \[\]string\{"
)
_RESULT = re.compile(  # a variable holding check results: (name, config passed, every-check helper)
    r"(\w+) :?= (?:checker\.CheckBackwardCompatibility\w*\((\w+)|(d|stabilityChanges|nullableWrap)\w*\()"
)
_ALL_CONFIG = re.compile(r"(\w+) :?= (?:allChecksConfig\(|checker\.NewConfig\(checker\.GetAllChecks\(\))")
_IDS = re.compile(r"checker\.(\w+Id)\b")


@dataclass
class Pair:
    """One extracted pair: its label (or why it has none) and our verdict on it under each policy."""

    test: str
    file: str
    base: str
    revision: str
    label: str  # one of LABELS, or "ambiguous"
    reason: str = ""  # why a pair is ambiguous
    expects: list[str] = field(default_factory=list)  # the oasdiff rule ids the test expects, ERR-level first
    verdicts: dict[str, str] = field(default_factory=dict)  # policy -> breaking | non-breaking | unreadable | crash
    found: dict[str, str] = field(default_factory=dict)  # policy -> the first change kinds found (or the error)


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


def _load(line: str, handles: dict[str, str]) -> str | None:
    """The data file a line loads, "" when it loads something unresolvable, None when it loads nothing."""
    if m := _L.search(line):
        return f"data/openapi-test{m[1]}.yaml"
    if not (m := _OPEN.search(line)):
        return None
    if m[1]:
        return m[1]
    if m[2] in handles:
        return f"data/{handles[m[2]]}/{m[3]}"
    return ""


def comparison(body: str, handles: dict[str, str]) -> tuple[set[str], list[tuple[str, str]]] | None:
    """The data files a test loads and the (base, revision) comparisons it makes; None when a load is unresolved."""
    files: set[str] = set()
    spec: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for line in body.splitlines():
        loaded = _load(line, handles)
        if loaded == "":
            return None
        if loaded:
            files.add(loaded)
            if m := _ASSIGN.match(line):
                spec[m[1]] = loaded
        for m in _DIFF.finditer(line):
            if m[1] not in spec or m[2] not in spec:
                return None
            pairs.append((spec[m[1]], spec[m[2]]))
        for pattern, path in _HELPER_PAIRS:
            for m in pattern.finditer(line):
                pairs.append((path.format(m[1]), path.format(m[2])))
                files |= set(pairs[-1])
    return files, pairs


def label(body: str, levels: dict[str, str]) -> tuple[str, str, list[str]]:
    """(label, reason when ambiguous, expected rule ids) from the test's assertions."""
    for name, pattern in _CUSTOM_CONFIG.items():
        if pattern.search(body):
            return "ambiguous", f"non-default config: {name}", []
    positive = "\n".join(line for line in body.splitlines() if not _NEGATIVE.search(line))
    ids = sorted(dict.fromkeys(i for i in _IDS.findall(positive) if i in levels), key=lambda i: levels[i] != "ERR")
    named = {a or b for a, b in _NAMED.findall(positive)}
    expected = named | {levels[i] for i in ids}
    if "ERR" in expected or (_UNTIL_ERR.search(body) and _NON_EMPTY.search(positive)):
        return BREAKING, "", ids
    every = bool(_EVERY_CHECK.search(body))
    configs = {"allChecksConfig", *_ALL_CONFIG.findall(body)}
    results = {m[1]: bool(m[3]) or m[2] in configs for m in _RESULT.finditer(body)}
    emptied = [results[v] for a, b in _EMPTY.findall(positive) if (v := a or b) in results]
    if any(emptied) or (emptied and not every):
        return (NON_BREAKING if any(emptied) else ONE_CHECK), "", ids
    if expected and _WHOLE_SET.search(positive):
        return (NON_BREAKING if every else ONE_CHECK), "", ids
    if expected:
        return "ambiguous", "expects INFO/WARN changes but not the whole set", ids
    return "ambiguous", "no level or rule id expected", ids


def handles(repo: Path) -> dict[str, str]:
    return dict(_HANDLE.findall(git(repo, "show", "HEAD:checker/helpers_test.go")))


def extract(repo: Path, levels: dict[str, str], skipped: Counter[str]) -> Iterator[Pair]:
    """Every two-file, non-mutating test as a Pair (labelled or ambiguous); ``skipped`` counts the rest by reason."""
    dirs = handles(repo)
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", "checker/").splitlines()
    for name in (n for n in names if n.endswith("_test.go")):
        for m in _FUNC.finditer(git(repo, "show", f"HEAD:{name}")):
            test, body = m[1], m[2]
            skipped["test functions"] += 1
            found = comparison(body, dirs)
            if found is None:
                skipped["a spec loaded from an unresolved path"] += 1
                continue
            files, pairs = found
            if not files or not pairs:
                skipped["no spec pair from data/ compared"] += 1
            elif _MUTATES.search(body):
                skipped["the loaded specs are changed in code"] += 1
            elif len(files) != 2:
                skipped["more or fewer than two spec files"] += 1
            elif len(set(pairs)) > 1:
                yield Pair(test, name, *pairs[0], "ambiguous", "compares its files in both directions")
            else:
                verdict, reason, ids = label(body, levels)
                yield Pair(test, name, *pairs[0], verdict, reason, ids)


def judge(pair: Pair, root: Path) -> None:
    for name, policy in POLICIES.items():
        try:
            changes = compare_sources(str(root / pair.base), str(root / pair.revision), policy=policy)
        except SpecLoadError as exc:
            pair.verdicts[name], pair.found[name] = "unreadable", str(exc)[:160]
            continue
        except Exception as exc:  # a crash is a finding, recorded per pair
            pair.verdicts[name], pair.found[name] = "crash", f"{type(exc).__name__}: {exc}"[:160]
            continue
        breaking = list(dict.fromkeys(c.kind for c in changes if c.breaking))
        other = list(dict.fromkeys(c.kind for c in changes if not c.breaking))
        pair.verdicts[name] = BREAKING if breaking else NON_BREAKING
        shown = breaking[:4] if breaking else [f"{k} (non-breaking)" for k in other[:4]]
        pair.found[name] = ", ".join(shown) or "no change"


def tally(pairs: list[Pair], policy: str) -> dict[str, object]:
    """The figures under one policy: how many pairs of each label got the right verdict."""

    def right(label: str) -> str:
        group = [p for p in pairs if p.label == label]
        want = BREAKING if label == BREAKING else NON_BREAKING
        return f"{sum(p.verdicts[policy] == want for p in group)} of {len(group)}"

    counts = Counter(p.verdicts[policy] for p in pairs if p.label in LABELS)
    return {
        "breaking flagged": right(BREAKING),
        "non-breaking passed": right(NON_BREAKING),
        "non-breaking (one check) passed": right(ONE_CHECK),
        "unreadable": counts["unreadable"],
        "crashes": counts["crash"],
    }


def misses(pairs: list[Pair], policy: str) -> list[dict[str, object]]:
    """Labelled pairs whose verdict under ``policy`` differs from the label, with what we found."""
    rows: list[dict[str, object]] = []
    for p in pairs:
        want = BREAKING if p.label == BREAKING else NON_BREAKING
        if p.label in LABELS and p.verdicts[policy] != want:
            row: dict[str, object] = {
                "test": p.test,
                "label": p.label,
                "ours": p.verdicts[policy],
                "found": p.found[policy],
            }
            rows.append(row | {"expects": p.expects[:3], "files": [p.base, p.revision]})
    return rows


def families(pairs: list[Pair], policy: str) -> dict[str, int]:
    """Misses by rule family: the oasdiff rule a missed breaking pair expects, our kind that flagged a passing pair."""
    tally: Counter[str] = Counter()
    for row in misses(pairs, policy):
        expects = row["expects"]
        if row["label"] == BREAKING:
            tally[f"missed {expects[0] if isinstance(expects, list) and expects else 'an ERR change'}"] += 1
        else:
            tally[f"flagged {str(row['found']).split(',')[0]} ({row['label']})"] += 1
    return dict(tally.most_common())


def report(pairs: list[Pair], skipped: Counter[str], commit: str) -> dict[str, object]:
    labels = Counter(p.label for p in pairs)
    reasons = Counter(p.reason for p in pairs if p.label == "ambiguous")
    return {
        "oasdiff_commit": commit,
        "extraction": dict(skipped) | {"pairs extracted": len(pairs)},
        "labels": {name: labels[name] for name in (*LABELS, "ambiguous")},
        "summary": {name: tally(pairs, name) for name in POLICIES},
        "misses by family": {name: families(pairs, name) for name in POLICIES},
        "misses": {name: misses(pairs, name) for name in POLICIES},
        "ambiguous": {"reasons": dict(reasons.most_common())}
        | {"tests": [f"{p.test}: {p.reason}" for p in pairs if p.label == "ambiguous"]},
    }


def rows(pairs: list[Pair]) -> str:
    """The per-pair rows as a JSON list, one line per pair (so a re-run reads as a diff of verdicts)."""
    lines = [
        json.dumps({"test": p.test, "file": p.file, "base": p.base, "revision": p.revision, "label": p.label})[:-1]
        + f', "expects": {json.dumps(p.expects[:3])}, "verdicts": {json.dumps(p.verdicts)}}}'
        for p in pairs
    ]
    return "[\n  " + ",\n  ".join(lines) + "\n ]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oasdiff", type=Path, required=True, help="a checkout or mirror of oasdiff/oasdiff")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("oasdiff_pairs.json"))
    args = parser.parse_args(argv)
    levels = rule_levels(args.oasdiff)
    skipped: Counter[str] = Counter()
    pairs = list(extract(args.oasdiff, levels, skipped))
    with tempfile.TemporaryDirectory(prefix="oasdiff-data-") as tmp:
        extract_data(args.oasdiff, Path(tmp))
        for pair in pairs:
            if pair.label in LABELS:
                judge(pair, Path(tmp))
    result = report(pairs, skipped, git(args.oasdiff, "rev-parse", "HEAD").strip())
    text = json.dumps(result, indent=1)[:-2] + f',\n "pairs": {rows(pairs)}\n}}\n'
    args.out.write_text(text, encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("extraction", "labels", "summary")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
