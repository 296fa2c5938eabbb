"""JSON exactly as JavaScript's ``JSON.stringify`` writes it (numbers as doubles, sorted keys when canonical).

The 1Click quote hash is computed over this text, so :mod:`.signature` and the 1Click sandbox share it. No I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from swapsuite.codec import RawNumber, write_json


class Num(RawNumber):
    """A JSON number written with exactly this text (Decimal prices, JS-formatted echoes)."""


def js_number(value: Decimal) -> int | Num:
    """A number as JavaScript's ``JSON.stringify`` writes it (the real service is a JS server).

    ``value`` must already be the decimal form of a double (see :func:`as_double`) or a short exact decimal.
    """
    if not value.is_finite():  # NaN / Infinity have no JSON form; a verifier must refuse them, not crash
        raise ValueError(f"{value} is not a finite number")
    if value == 0:
        return 0
    sign, digits_t, exponent = value.normalize().as_tuple()
    if not isinstance(exponent, int):  # pragma: no cover - finite Decimals always have an int exponent
        raise ValueError(f"{value} is not a finite number")
    digits = "".join(map(str, digits_t))
    k, n = len(digits), exponent + len(digits)  # ECMA-262 Number::toString: digits × 10^(n-k)
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * -n + digits
    else:
        e = n - 1
        text = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e > 0 else "-") + str(abs(e))
    text = ("-" if sign else "") + text
    return int(text) if re.fullmatch(r"-?\d+", text) else Num(text)


def as_double(value: int | Decimal) -> Decimal | None:
    """The decimal form of the IEEE double a JSON parser would read ``value`` as; None if it overflows.

    The real service (and the SDK's verifier) parse JSON into doubles, so a number is signed as JavaScript
    re-writes it: ``100.50`` as ``100.5``. Money amounts are strings and exact.
    """
    if isinstance(value, Decimal) and (not value.is_finite() or abs(value.adjusted()) > _DOUBLE_EXPONENT):
        return None  # NaN/Infinity, or beyond any double (and costly to convert: 1e1000000)
    try:
        double = float(value)
    except OverflowError:  # an int beyond the double range
        return None
    if not math.isfinite(double):
        return None
    return Decimal(repr(double))


_DOUBLE_EXPONENT = 400  # doubles end near 1.8e308; anything past this exponent is no double at all
_SAFE_INT = 2**53


def _mark(value: Any, canonical: bool) -> Any:
    kind = type(value)  # exact-type fast paths for what decoded JSON is made of
    if kind is str or value is None or kind is bool:
        return value
    if kind is dict:
        return {key: _mark(item, canonical) for key, item in value.items()}
    if kind is list:
        return [_mark(item, canonical) for item in value]
    if kind is int and (not canonical or abs(value) <= _SAFE_INT):
        return value
    if isinstance(value, Num):
        return value  # written verbatim by swapsuite.codec.write_json
    if isinstance(value, Decimal | float):
        # Signed payloads hold every number as the double JavaScript would parse; a number no double can hold
        # (NaN, Infinity, 1e1000) is refused with ValueError, which the verifier reports as ``malformed-quote``.
        exact = value if isinstance(value, Decimal) else Decimal(repr(value))
        number = as_double(exact) if canonical or isinstance(value, float) else exact
        if number is None or not number.is_finite():
            raise ValueError(f"{value!r} is not a number JSON can carry")
        return _mark(js_number(number), canonical)
    if canonical and isinstance(value, int) and not isinstance(value, bool) and abs(value) > _SAFE_INT:
        double = as_double(value)  # JavaScript holds every number as a double, large integers too
        if double is None:
            raise ValueError(f"{value} is beyond the range of a double")
        written = js_number(double)  # an int here is the double's exact value: written as it is, not re-rounded
        return written if isinstance(written, int) else _mark(written, canonical)
    if isinstance(value, Mapping):
        return {key: _mark(item, canonical) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_mark(item, canonical) for item in value]
    return value


def dumps(value: Any, *, canonical: bool = False) -> str:
    """JSON text with Decimal/Num written as JavaScript writes numbers.

    ``canonical`` is json-stable-stringify 1.3.0 (what 1Click hashes): keys sorted, no whitespace, every number as
    the double JavaScript would hold, lone surrogates escaped like ``JSON.stringify`` (``\\ud800``). Otherwise
    readable separators, for response bodies.
    """
    # One exact writer (swapsuite.codec) for every JSON number swapsuite emits: no placeholder text to collide with.
    separators = (",", ":") if canonical else (", ", ": ")
    return write_json(_mark(value, canonical), sort_keys=canonical, separators=separators)
