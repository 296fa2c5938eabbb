"""JSON on the wire: bounded, exact decoding of response bodies and exact encoding of request bodies.

Decoding (:func:`decode_json`) keeps every number exact (fractions and exponents as :class:`~decimal.Decimal`,
never float) and bounds the work one response can cause, *before* any mapping code sees it:

* a body of at most :data:`MAX_BODY_BYTES` (16 MiB; the engine also stops reading a stream past it);
* nesting at most :data:`MAX_DEPTH` (64) arrays/objects deep — real payloads nest fewer than 10 levels, and a
  100,000-deep body would otherwise exhaust the interpreter stack here or in any recursive walker later;
* a number of at most :data:`MAX_NUMBER_CHARS` (128) characters — a uint256 amount has 78 digits;
* a decimal exponent of magnitude at most :data:`MAX_EXPONENT` (400, beyond any IEEE double): ``1e1000000`` is
  13 bytes but costs seconds of CPU as soon as something rounds it to an integer;
* no ``NaN`` / ``Infinity`` / ``-Infinity`` (not JSON; Python's parser accepts them by default).

Every violation raises :class:`BodyLimitError` (a ``ValueError``), which the engine turns into
``ResponseShapeError``. Numbers inside JSON *strings* are the mapping code's business (``swapsuite.money``).

Encoding (:func:`write_json`) is one small writer used for request bodies (:func:`encode_json`) and for 1Click's
canonical signed payload: ``Decimal`` is written with its exact digits and :class:`RawNumber` verbatim, with no
placeholder text that data could collide with.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

MAX_BODY_BYTES = 16 * 2**20
MAX_DEPTH = 64
MAX_NUMBER_CHARS = 128
MAX_EXPONENT = 400


class BodyLimitError(ValueError):
    """A body outside the decoding limits above (too large, too deep, a runaway number, NaN/Infinity)."""


# --- decoding ----------------------------------------------------------------------------------------------
_ESCAPES = re.compile(rb"\\.", re.DOTALL)
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_LONG_DIGITS = re.compile(rb"\d{%d}" % (MAX_NUMBER_CHARS + 1))


def _peel(skeleton: bytes) -> bytes:
    """Remove exactly the innermost level of bracket pairs (bytes.replace: C speed, no per-match objects)."""
    return skeleton.replace(b"[]", b"()").replace(b"{}", b"()").replace(b"()", b"")


def check_depth(content: bytes, limit: int = MAX_DEPTH) -> None:
    """Raise BodyLimitError if arrays/objects nest deeper than ``limit`` (brackets inside strings are skipped)."""
    if content.count(b"[") + content.count(b"{") <= limit:  # cannot nest deeper than it has brackets
        return
    # Drop escapes (so an escaped quote cannot end a string), keep only quotes and brackets, then keep what lies
    # between strings (even pieces between quotes).
    skeleton = b"".join(_ESCAPES.sub(b"", content).translate(None, _NOT_STRUCTURE).split(b'"')[0::2])
    for _ in range(limit):
        shorter = _peel(skeleton)
        if len(shorter) == len(skeleton):
            return  # empty, or unbalanced (not JSON: json.loads reports it)
        skeleton = shorter
    if len(_peel(skeleton)) < len(skeleton):
        raise BodyLimitError(f"JSON nests deeper than {limit} levels")


def _number_text(text: str) -> str:
    if len(text) > MAX_NUMBER_CHARS:
        raise BodyLimitError(f"JSON number of {len(text)} characters (at most {MAX_NUMBER_CHARS})")
    return text


def _int(text: str) -> int:
    return int(_number_text(text))


def _decimal(text: str) -> Decimal:
    number = Decimal(_number_text(text))
    if abs(number.adjusted()) > MAX_EXPONENT:
        raise BodyLimitError(f"JSON number {text[:40]!r} is out of range (exponent beyond ±{MAX_EXPONENT})")
    return number


def _constant(text: str) -> Any:
    raise BodyLimitError(f"{text} is not JSON")


def decode_json(content: bytes | str) -> Any:
    """Decode a body exactly and within the limits above; BodyLimitError / JSONDecodeError (both ValueError)."""
    raw = content.encode() if isinstance(content, str) else content
    if len(raw) > MAX_BODY_BYTES:
        raise BodyLimitError(f"body of {len(raw)} bytes (at most {MAX_BODY_BYTES})")
    check_depth(raw)
    try:
        # The int hook costs a Python call per integer: only pay it when some digit run is long enough to matter.
        parse_int = _int if _LONG_DIGITS.search(raw) else None
        return json.loads(raw, parse_float=_decimal, parse_int=parse_int, parse_constant=_constant)
    except RecursionError as exc:  # a backstop: check_depth should have refused it already
        raise BodyLimitError("JSON nests too deep") from exc


# --- encoding ----------------------------------------------------------------------------------------------
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class RawNumber:
    """A JSON number written with exactly this text (e.g. as JavaScript would print a double)."""

    text: str

    def __post_init__(self) -> None:
        if not _JSON_NUMBER.fullmatch(self.text):
            raise ValueError(f"not a JSON number: {self.text!r}")


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"{value} cannot be written as JSON")
    return str(value)  # exact digits, always JSON number syntax: '1.50', '1E+2', '-0.000001'


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


class _Writer:
    def __init__(self, sort_keys: bool, separators: tuple[str, str], ensure_ascii: bool) -> None:
        self.parts: list[str] = []
        self.sort_keys = sort_keys
        self.item_sep, self.key_sep = separators
        self.quote = encode_basestring_ascii if ensure_ascii else encode_basestring

    def write(self, value: Any, depth: int) -> None:
        kind = type(value)
        out = self.parts.append
        if kind is str:
            out(self.quote(value))
        elif value is None:
            out("null")
        elif value is True or value is False:
            out("true" if value else "false")
        elif isinstance(value, int):
            out(int.__repr__(value))
        elif isinstance(value, Decimal):
            out(_decimal_text(value))
        elif isinstance(value, RawNumber):
            out(value.text)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ValueError(f"{value} cannot be written as JSON")
            out(float.__repr__(value))
        elif depth >= MAX_DEPTH * 4:
            raise ValueError("value nests too deep to write as JSON")
        elif isinstance(value, Mapping):
            self.write_object(value, depth)
        elif isinstance(value, list | tuple):
            out("[")
            for index, item in enumerate(value):
                if index:
                    out(self.item_sep)
                self.write(item, depth + 1)
            out("]")
        else:
            raise TypeError(f"{type(value).__name__} is not JSON serializable")

    def write_object(self, value: Mapping[Any, Any], depth: int) -> None:
        out = self.parts.append
        items = sorted(value.items()) if self.sort_keys else value.items()
        out("{")
        for index, (key, item) in enumerate(items):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be strings, got {type(key).__name__}")
            if index:
                out(self.item_sep)
            out(self.quote(key))
            out(self.key_sep)
            self.write(item, depth + 1)
        out("}")


def write_json(
    value: Any,
    *,
    sort_keys: bool = False,
    separators: tuple[str, str] = (",", ":"),
    ensure_ascii: bool = False,
) -> str:
    """JSON text with ``Decimal`` written exactly and :class:`RawNumber` verbatim; NaN/Infinity refused.

    Lone surrogates are written as ``\\udXXX`` escapes (as JavaScript's ``JSON.stringify`` does), so the text
    always encodes to UTF-8.
    """
    writer = _Writer(sort_keys, separators, ensure_ascii)
    writer.write(value, 0)
    text = "".join(writer.parts)
    return text if text.isascii() else _SURROGATE.sub(_escape_surrogate, text)


def encode_json(value: Any) -> bytes:
    """A request body as compact UTF-8 JSON with exact Decimals (bodies echo values :func:`decode_json` read)."""
    return write_json(value).encode()
