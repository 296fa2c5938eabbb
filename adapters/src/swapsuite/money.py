"""Exact money: integer base units, ``Decimal`` human amounts and basis points. Never ``float``.

Providers express the same ideas in different units; these helpers convert each of them exactly and refuse
anything that would need rounding.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

from .errors import ValidationError

MAX_UINT256 = 2**256 - 1
_WAD = Decimal(10) ** 18  # Across scales percentages by 1e18
_BPS_PER_UNIT = Decimal(10_000)


def _exact(value: object, what: str) -> Decimal:
    """A Decimal from a str/int/Decimal; floats are refused because they are not exact."""
    if isinstance(value, bool | float):
        raise ValidationError(f"{what} must be an exact decimal string or integer, not {type(value).__name__}")
    try:
        result = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except InvalidOperation as exc:
        raise ValidationError(f"{what} is not a number: {value!r}") from exc
    if not result.is_finite():
        raise ValidationError(f"{what} is not finite: {value!r}")
    return result


def parse_base_units(value: object, what: str = "amount") -> int:
    """Parse a provider's base-unit amount (``"1000000"`` or ``1000000``) into a non-negative int ≤ 2^256−1."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    else:
        raise ValidationError(f"{what} must be a non-negative integer in base units, got {value!r}")
    if not 0 <= number <= MAX_UINT256:
        raise ValidationError(f"{what} is outside 0..2^256-1: {value!r}")
    return number


def parse_decimals(value: object, what: str = "decimals") -> int:
    """A token's decimals: an integer from 0 to 255 (ERC-20's uint8)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 255:
        raise ValidationError(f"{what} must be an integer from 0 to 255, got {value!r}")
    return value


def parse_signed_base_units(value: object, what: str = "amount") -> int:
    """Like :func:`parse_base_units`, but a leading minus is allowed (fee lines that favour the user)."""
    if isinstance(value, str) and value.strip().startswith("-"):
        return -parse_base_units(value.strip()[1:], what)
    return parse_base_units(value, what)


def to_human(amount: int, decimals: int) -> Decimal:
    """Base units → human Decimal, exactly (``to_human(1_500_000, 6) == Decimal("1.5")``)."""
    with localcontext() as ctx:
        ctx.prec = 100
        return (Decimal(amount).scaleb(-decimals)).normalize() if amount else Decimal(0)


def from_human(value: object, decimals: int, what: str = "amount") -> int:
    """Human decimal → base units, exactly; raises if the value has more fractional digits than the token."""
    human = _exact(value, what)
    with localcontext() as ctx:
        ctx.prec = 200
        scaled = human.scaleb(decimals)
        if scaled != scaled.to_integral_value():
            raise ValidationError(f"{what} {value} has more than {decimals} decimal places")
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
