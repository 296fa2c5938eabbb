"""Timestamps: every provider value becomes a timezone-aware UTC ``datetime``.

Providers send ISO-8601 strings (with ``Z``, offsets, or none), unix seconds, milliseconds and microseconds, as
numbers or numeric strings. Numeric values are classified by magnitude: any instant between 1973 and 5138 has a
unique unit, because the ranges of seconds (< 10^11), milliseconds (< 10^14) and microseconds (< 10^17) do not
overlap for those years.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation

from .errors import ValidationError

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# (upper bound exclusive, divisor to seconds)
_UNITS = ((10**11, 1), (10**14, 10**3), (10**17, 10**6), (10**20, 10**9))


def from_epoch(value: int | Decimal) -> datetime:
    """Unix time in s, ms, µs or ns (detected from the magnitude) → aware UTC datetime."""
    if type(value) is int:  # the common case, without Decimal arithmetic
        for bound, divisor in _UNITS:
            if abs(value) < bound:
                whole, rest = divmod(value, divisor)
                return _EPOCH + timedelta(seconds=whole, microseconds=rest * 1_000_000 // divisor)
        raise ValidationError(f"timestamp out of range: {value!r}")
    magnitude = abs(Decimal(value))
    for bound, divisor in _UNITS:
        if magnitude < bound:
            seconds = Decimal(value) / divisor
            whole = int(seconds)
            micros = int((seconds - whole) * 1_000_000)
            return _EPOCH + timedelta(seconds=whole, microseconds=micros)
    raise ValidationError(f"timestamp out of range: {value!r}")


EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2300, 1, 1, tzinfo=UTC)


def parse_timestamp(value: object) -> datetime:
    """Any provider timestamp → aware UTC datetime in 1970..2300. Naive ISO strings are taken as UTC.

    Anything outside that range is refused: no swap happened before 1970 or expires after 2300, so such a value is
    a unit mix-up or garbage, and mapping it would hide that.
    """
    parsed = _parse(value)
    if not EARLIEST <= parsed < LATEST:
        raise ValidationError(f"implausible timestamp {value!r} ({parsed.isoformat()}): outside 1970..2300")
    return parsed


def _parse(value: object) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, bool | float):
        raise ValidationError(f"timestamp must be an int, Decimal or string, not {type(value).__name__}")
    if isinstance(value, int | Decimal):
        return from_epoch(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return from_epoch(Decimal(text))
        except InvalidOperation:
            pass
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError as exc:
            raise ValidationError(f"not a timestamp: {value!r}") from exc
        return _parse(parsed)
    raise ValidationError(f"not a timestamp: {value!r}")


def parse_optional_timestamp(value: object) -> datetime | None:
    """Like :func:`parse_timestamp`, but None, empty strings and Across's ``0`` ("no expiry") give None."""
    if value is None or value == "" or value == 0 or value == "0":
        return None
    return parse_timestamp(value)
