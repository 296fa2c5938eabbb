"""Short, safe echoes of untrusted values in error messages: a 100,000-character argument or a million-digit
number is described, not repeated."""

from __future__ import annotations

ECHO_LIMIT = 80


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """``repr(value)`` cut to ``limit`` characters (noting the full length); huge ints by their size only
    (``repr`` of an int over 4,300 digits raises, and costs quadratic time before that)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 4 * limit:
        return f"<an integer of {value.bit_length()} bits>"
    if isinstance(value, str) and len(value) > limit:
        return f"{value[:limit]!r}… ({len(value)} characters)"
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


LINE_LIMIT = 500


def clip_line(text: str, limit: int = LINE_LIMIT) -> str:
    """A one-line message cut to ``limit`` characters (noting the full length): an error line never repeats a
    100,000-character argument."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"
