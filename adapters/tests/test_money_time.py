"""Exact money and timestamp normalization, including the edges."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from swapsuite.errors import ValidationError
from swapsuite.money import (
    MAX_UINT256,
    bps,
    bps_from_fraction,
    bps_from_wad,
    bps_of,
    fraction_from_bps,
    from_human,
    human_string,
    parse_base_units,
    to_human,
)
from swapsuite.timeutil import from_epoch, parse_optional_timestamp, parse_timestamp


def test_base_units_parse_exactly_up_to_uint256() -> None:
    assert parse_base_units("1000000") == 1_000_000
    assert parse_base_units(str(MAX_UINT256)) == MAX_UINT256
    assert parse_base_units(0) == 0


@pytest.mark.parametrize("bad", ["-1", "1.5", "1e6", "", "abc", str(MAX_UINT256 + 1), 1.0, True, None, -5])
def test_bad_base_units_are_rejected(bad: object) -> None:
    with pytest.raises(ValidationError):
        parse_base_units(bad)


@pytest.mark.parametrize(
    ("amount", "decimals", "human"),
    [
        (1_500_000, 6, Decimal("1.5")),
        (1, 18, Decimal("0.000000000000000001")),
        (0, 6, Decimal(0)),
        (MAX_UINT256, 18, Decimal("115792089237316195423570985008687907853269984665640564039457.584007913129639935")),
        (10**30, 24, Decimal("1000000")),
    ],
)
def test_human_round_trip(amount: int, decimals: int, human: Decimal) -> None:
    assert to_human(amount, decimals) == human
    assert from_human(human, decimals) == amount
    assert from_human(human_string(amount, decimals), decimals) == amount


def test_human_string_never_uses_exponents() -> None:
    assert human_string(1, 18) == "0.000000000000000001"
    assert human_string(10**30, 24) == "1000000"
    assert human_string(1_234_567, 6) == "1.234567"


def test_from_human_refuses_rounding_and_floats() -> None:
    with pytest.raises(ValidationError, match="decimal places"):
        from_human("1.0000001", 6)
    with pytest.raises(ValidationError, match="float"):
        from_human(1.5, 6)


@pytest.mark.parametrize(
    ("func", "value", "expected"),
    [
        (bps_from_wad, "19338767572622738", Decimal("193.38767572622738")),
        (bps_from_wad, "1000000000000000000", Decimal("10000")),
        (bps_from_fraction, "0.0025", Decimal("25.0000")),
        (bps, "50", Decimal("50")),
        (bps, 100, Decimal("100")),
    ],
)
def test_bps_conversions_are_exact(func: object, value: object, expected: Decimal) -> None:
    assert func(value) == expected  # type: ignore[operator]


def test_bps_of_and_back() -> None:
    assert bps_of(25, 10_000) == Decimal("25")
    assert bps_of(1, 3) is not None
    assert bps_of(5, 0) is None
    assert fraction_from_bps(100) == Decimal("0.01")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-06-23T17:10:41.104Z", datetime(2026, 6, 23, 17, 10, 41, 104000, tzinfo=UTC)),
        ("2019-08-24T14:15:22Z", datetime(2019, 8, 24, 14, 15, 22, tzinfo=UTC)),
        ("2019-08-24T16:15:22+02:00", datetime(2019, 8, 24, 14, 15, 22, tzinfo=UTC)),
        ("2019-08-24T14:15:22", datetime(2019, 8, 24, 14, 15, 22, tzinfo=UTC)),  # naive → UTC
        (1780078455, datetime(2026, 5, 29, 18, 14, 15, tzinfo=UTC)),  # seconds
        (1769777954084, datetime(2026, 1, 30, 12, 59, 14, 84000, tzinfo=UTC)),  # milliseconds
        (1769777954084123, datetime(2026, 1, 30, 12, 59, 14, 84123, tzinfo=UTC)),  # microseconds
        ("1769777954084", datetime(2026, 1, 30, 12, 59, 14, 84000, tzinfo=UTC)),  # numeric string
        (Decimal("1780078455.5"), datetime(2026, 5, 29, 18, 14, 15, 500000, tzinfo=UTC)),
    ],
)
def test_timestamps_in_every_unit(value: object, expected: datetime) -> None:
    parsed = parse_timestamp(value)
    assert parsed == expected
    assert parsed.tzinfo is UTC


def test_unit_boundaries() -> None:
    # The largest seconds value and the smallest milliseconds value land in different years.
    assert from_epoch(10**11 - 1).year == 5138
    assert from_epoch(10**11).year == 1973
    assert from_epoch(10**14).year == 1973
    assert from_epoch(10**17).year == 1973


@pytest.mark.parametrize("value", [10**11 - 1, -1, "0021-01-01T00:00:00Z", "2300-01-01T00:00:00Z", 99_999_999_999])
def test_implausible_timestamps_are_refused(value: object) -> None:
    with pytest.raises(ValidationError, match="implausible"):
        parse_timestamp(value)


def test_plausible_edges() -> None:
    assert parse_timestamp(0) == datetime(1970, 1, 1, tzinfo=UTC)
    assert parse_timestamp("2299-12-31T23:59:59Z").year == 2299


@pytest.mark.parametrize("bad", ["yesterday", 1.5, True, 10**21, [], "2026-13-01T00:00:00Z"])
def test_bad_timestamps(bad: object) -> None:
    with pytest.raises(ValidationError):
        parse_timestamp(bad)


@pytest.mark.parametrize("empty", [None, "", 0, "0"])
def test_optional_timestamps(empty: object) -> None:
    assert parse_optional_timestamp(empty) is None
