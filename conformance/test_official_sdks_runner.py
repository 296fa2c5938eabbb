"""The official-SDK runner's own logic: node's JSON lines become table rows, failures are listed in full, and the
exit status is non-zero unless every reported call passed (node itself runs only in ``nox -s official-sdks``)."""

from __future__ import annotations

import json

from conformance.official_sdks.__main__ import Row, exit_status, parse, table


def _line(method: str, ok: bool, detail: str = "") -> str:
    return json.dumps({"sdk": "across", "method": method, "ok": ok, "detail": detail})


def test_json_lines_become_rows_and_other_output_is_kept_apart() -> None:
    stdout = "\n".join([_line("getLimits", True, "min 1"), "(node warning)", _line("getQuote", False, "x"), ""])
    rows, stray = parse(stdout)
    assert rows == [Row("across", "getLimits", True, "min 1"), Row("across", "getQuote", False, "x")]
    assert stray == ["(node warning)"]


def test_ok_must_be_true_itself() -> None:
    rows, _ = parse(json.dumps({"sdk": "1click", "method": "getTokens", "ok": "yes"}))
    assert rows == [Row("1click", "getTokens", False, "")]


def test_table_counts_and_lists_every_failure_in_full() -> None:
    long = "GET /chains does not match the SDK's type AcrossChain: " + "y" * 200
    text = table([Row("across", "getLimits", True, "min 1"), Row("across", "getSupportedChains", False, long)])
    lines = text.splitlines()
    assert lines[2].split()[:3] == ["across", "getLimits", "PASS"]
    assert lines[3].split()[:3] == ["across", "getSupportedChains", "FAIL"]
    assert lines[3].endswith("…") and long not in lines[3]  # shortened in the table …
    assert "1 passed, 1 failed" in text
    assert f"FAIL across getSupportedChains:\n  {long}" in text  # … and given whole below it


def test_exit_status_needs_a_clean_node_and_only_passing_calls() -> None:
    passed, failed = Row("1click", "getTokens", True, ""), Row("1click", "getQuote", False, "x")
    assert exit_status([passed], 0) == 0
    assert exit_status([passed, failed], 1) == 1
    assert exit_status([passed], 1) == 1  # node crashed after the last reported call
    assert exit_status([passed], None) == 1  # timed out
    assert exit_status([], 0) == 1  # nothing was called
