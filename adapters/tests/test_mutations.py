"""Field-by-field mutations of recorded response bodies (adapters/tests/fixtures, provenance in their SOURCES.md):
one leaf at a time gets another JSON type or an extreme magnitude, the body goes through a real provider object
(engine choke point, mapping, sanity check) over ``httpx.MockTransport``, and only ``SwapsuiteError`` may escape;
whatever result comes out carries only int amounts (and decimals) within 0..2**256 - 1. Field *types* beyond
amounts (a number as a symbol…) are the mapping layer's checks, tested with the providers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from swapsuite import errors, registry
from swapsuite.codec import decode_json, encode_json
from swapsuite.retry import NO_RETRY

from .kits import kit

FIXTURES = Path(__file__).parent / "fixtures"
UINT256_MAX = 2**256 - 1
Run = Callable[[swapsuite.Provider], Any]


def _cases() -> dict[str, tuple[str, str, Run]]:
    """Per registered provider: its status lookup and (where one request answers it) its token list."""
    cases: dict[str, tuple[str, str, Run]] = {}
    for name in registry.provider_names():
        found = kit(name)
        cases[f"{name} status"] = (name, found.status_fixture, lambda p, ref=found.status_ref: p.status(ref))
        if found.tokens_fixture:
            cases[f"{name} tokens"] = (name, found.tokens_fixture, lambda p: p.tokens())
    return cases


# (provider, fixture, operation): each operation makes its single call answered with the (mutated) fixture.
CASES = _cases()

REPLACEMENTS = st.sampled_from(
    [
        None,
        True,
        12,
        -1,
        0,
        Decimal("1.5"),
        Decimal("-0.000001"),
        Decimal("1E+400"),
        Decimal("1E-400"),
        2**256,
        -(2**256),
        10**77,
        "",
        "x",
        "1e1000000",
        "NaN",
        "١٢٣",
        "9" * 120,
        "0x",
        [],
        {},
        [None],
        {"a": None},
    ]
)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value (containers included: replacing a whole object is a mutation too)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):  # a few elements of long lists are enough
            found += leaves(item, (*path, index))
    return found


def replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = replace(copy[head], rest, new)
    return copy


def amounts(value: Any, field: str = "", seen: int = 0) -> list[Any]:
    """Every value of a field named ``*amount*`` or ``decimals`` inside a result (dataclasses, containers)."""
    if seen > 20:
        return []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [n for f in dataclasses.fields(value) for n in amounts(getattr(value, f.name), f.name, seen + 1)]
    if isinstance(value, list | tuple):
        return [n for item in value for n in amounts(item, field, seen + 1)]
    return [value] if ("amount" in field or field == "decimals") and value is not None else []


def run(name: str, body: bytes, operation: Run) -> Any:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    extra = kit(name).offline_args
    with swapsuite.get_provider(
        name, api_key="k-test", retry=NO_RETRY, httpx_args={"transport": transport}, **extra
    ) as p:
        return operation(p)


@pytest.mark.parametrize("case", list(CASES))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_fields_give_typed_errors_or_bounded_results(case: str, data: st.DataObject) -> None:
    name, fixture, operation = CASES[case]
    original = decode_json((FIXTURES / fixture).read_bytes())
    path = data.draw(st.sampled_from(leaves(original)), label="path")
    new = data.draw(REPLACEMENTS, label="replacement")
    body = encode_json(replace(original, path, new))
    try:
        result = run(name, body, operation)
    except errors.SwapsuiteError:
        return
    for amount in amounts(result):  # exact base units (or decimals) only, within uint256
        assert type(amount) is int and 0 <= amount <= UINT256_MAX, (amount, result)


@pytest.mark.parametrize("case", list(CASES))
def test_unmutated_fixtures_still_map(case: str) -> None:
    """The baseline the mutations start from works (else every mutation would fail for the wrong reason)."""
    name, fixture, operation = CASES[case]
    assert run(name, (FIXTURES / fixture).read_bytes(), operation) is not None
