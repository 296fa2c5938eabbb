"""Exact money: integer base units, ``Decimal`` human amounts and basis points. Never ``float``.

Providers express the same ideas in different units; these helpers convert each of them exactly and refuse
anything that would need rounding.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

from .echo import echo
from .errors import ValidationError

MAX_UINT256 = 2**256 - 1
# 10**77 < 2**256 - 1 < 10**78: with more than 77 decimals not even one whole token fits in a uint256 amount, so a
# larger value (ERC-20 allows up to 255) can only be a mistake or an attack on the arithmetic below.
MAX_DECIMALS = 77
_WAD = Decimal(10) ** 18  # Across scales percentages by 1e18
_BPS_PER_UNIT = Decimal(10_000)
# ASCII only: str.isdigit() and Decimal() also accept Arabic-Indic, full-width and superscript digits.
_DIGITS = re.compile(r"[0-9]{1,80}", re.ASCII)  # 78 digits hold 2^256-1; a few leading zeros are tolerated
_DECIMAL = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,4})?", re.ASCII)
# Every exact number we handle (amounts up to 2^256-1 ~ 1.2e77, fractions, bps) has an adjusted exponent well
# inside this; outside it, Decimal→int conversions would cost seconds of CPU (1e1000000 is 13 bytes of JSON).
_MAX_EXPONENT = 100


def _exact(value: object, what: str) -> Decimal:
    """A Decimal from a str/int/Decimal; floats are refused because they are not exact.

    Strings must be plain ASCII decimals (an exponent is allowed, padding and non-ASCII digits are not); every
    result is finite with an exponent within ±100, so later arithmetic stays cheap.
    """
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValidationError(f"{what} must be an exact decimal string or integer, not {type(value).__name__}")
    if isinstance(value, str) and not (len(value) <= 200 and _DECIMAL.fullmatch(value)):
        raise ValidationError(f"{what} is not a plain decimal number: {echo(value)}")
    try:
        result = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, ValueError) as exc:  # pragma: no cover - the pattern admits only valid numbers
        raise ValidationError(f"{what} is not a number: {echo(value)}") from exc
    if not result.is_finite():
        raise ValidationError(f"{what} is not finite: {echo(value)}")
    if result and abs(result.adjusted()) > _MAX_EXPONENT:
        raise ValidationError(f"{what} is out of range: {echo(value)}")
    return result


def parse_decimal(value: object, what: str = "amount") -> Decimal:
    """A plain ASCII decimal (``"1.5"``, ``"2e3"``) or an int/Decimal, finite and within ±1e100; floats refused."""
    return _exact(value, what)


def parse_base_units(value: object, what: str = "amount") -> int:
    """Parse a provider's base-unit amount (``"1000000"`` or ``1000000``) into a non-negative int ≤ 2^256−1.

    A string must be ASCII digits only: no sign, padding, exponent or other scripts' digits.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value):
        number = int(value)
    else:
        raise ValidationError(f"{what} must be a non-negative integer in base units, got {echo(value)}")
    if not 0 <= number <= MAX_UINT256:
        raise ValidationError(f"{what} is outside 0..2^256-1: {echo(value)}")
    return number


def parse_decimals(value: object, what: str = "decimals") -> int:
    """A token's decimals: an integer from 0 to :data:`MAX_DECIMALS` (77, the most for which one whole token
    still fits in a uint256 amount)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DECIMALS:
        raise ValidationError(f"{what} must be an integer from 0 to {MAX_DECIMALS}, got {echo(value)}")
    return value


def parse_signed_base_units(value: object, what: str = "amount") -> int:
    """Like :func:`parse_base_units`, but a leading minus is allowed (fee lines that favour the user)."""
    if isinstance(value, str) and value.startswith("-"):
        return -parse_base_units(value[1:], what)
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        return -parse_base_units(-value, what)
    return parse_base_units(value, what)


def to_human(amount: int, decimals: int) -> Decimal:
    """Base units → human Decimal, exactly (``to_human(1_500_000, 6) == Decimal("1.5")``)."""
    parse_decimals(decimals)
    with localcontext() as ctx:
        ctx.prec = 100
        return (Decimal(amount).scaleb(-decimals)).normalize() if amount else Decimal(0)


def from_human(value: object, decimals: int, what: str = "amount") -> int:
    """Human decimal → base units, exactly, within 0..2^256-1; raises if the value has more fractional digits
    than the token, is negative, or does not fit a uint256."""
    parse_decimals(decimals)
    human = _exact(value, what)
    with localcontext() as ctx:
        ctx.prec = 200  # enough for 2^256-1 (78 digits) at 77 decimals plus any fraction _exact lets through
        scaled = human.scaleb(decimals)
        if scaled != scaled.to_integral_value():
            raise ValidationError(f"{what} {echo(value)} has more than {decimals} decimal places")
        if not 0 <= scaled <= MAX_UINT256:
            raise ValidationError(f"{what} {echo(value)} is outside 0..2^256-1 base units")
        return int(scaled)


def human_string(amount: int, decimals: int) -> str:
    """Base units → plain decimal string without exponent (for providers that take human amounts)."""
    return format(to_human(amount, decimals), "f")


def bps_from_fraction(value: object) -> Decimal:
    """A fraction of 1 (Deframe ``"0.0025"``, Across ``slippage``) → basis points."""
    return _exact(value, "fraction") * _BPS_PER_UNIT


def bps_from_wad(value: object) -> Decimal:
    """An Across 1e18-scaled fraction (``"19338767572622738"``) → basis points, exactly."""
    with localcontext() as ctx:
        ctx.prec = 100
        return _exact(value, "pct") * _BPS_PER_UNIT / _WAD


def bps_from_percent(value: object) -> Decimal:
    """A percentage (``1.5`` meaning 1.5 %) → basis points."""
    return _exact(value, "percent") * 100


def bps(value: object) -> Decimal:
    """Basis points given as a number or string (1Click ``100``, Changelly ``"50"``) → Decimal bps."""
    return _exact(value, "bps")


def fraction_from_bps(value: Decimal | int) -> Decimal:
    """Basis points → fraction of 1 (``50`` → ``0.005``)."""
    return Decimal(value) / _BPS_PER_UNIT


def bps_of(part: int, whole: int) -> Decimal | None:
    """``part`` as basis points of ``whole`` (exact Decimal, up to 28 significant digits), None if whole is 0."""
    if whole == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        return Decimal(part) * _BPS_PER_UNIT / Decimal(whole)
