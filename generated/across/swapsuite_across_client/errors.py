"""Contains shared errors types that can be raised from API functions and model parsers"""

from __future__ import annotations


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class TypeMismatch(ValueError):
    """A JSON value whose type is not the one the spec declares (``from_dict`` raised it).

    ``path`` names the value in the document handed to the outermost ``from_dict``, e.g. ``$.items[3].amountIn``;
    ``expected`` is the spec's type, ``value`` what arrived.
    """

    def __init__(self, expected: str, value: object, *path: str | int) -> None:
        super().__init__(expected, value)
        self.expected = expected
        self.value = value
        # Innermost segment last; enclosing parsers prepend theirs as the error travels up (no path is built
        # while parsing succeeds).
        self.segments: list[str | int] = list(path)

    def prepend(self, *segments: str | int) -> None:
        """Called by an enclosing parser: the value sits at ``segments`` inside the enclosing document."""
        self.segments[:0] = segments

    @property
    def path(self) -> str:
        """The JSON path of the offending value, ``$`` for the document itself."""
        parts = ["$"]
        for segment in self.segments:
            if isinstance(segment, int):
                parts.append(f"[{segment}]")
            elif segment.isidentifier():
                parts.append(f".{segment}")
            else:
                parts.append(f"[{segment!r}]")
        return "".join(parts)

    def __str__(self) -> str:
        value = repr(self.value)
        if len(value) > 80:
            value = value[:80] + "…"
        return f"{self.path}: expected {self.expected}, got {type(self.value).__name__} {value}"


class MissingProperty(TypeMismatch, KeyError):
    """A property the spec marks required is absent (also a ``KeyError``, which the stock parsers raised)."""

    def __init__(self, *path: str | int) -> None:
        super().__init__("a value (required property)", None, *path)

    def __str__(self) -> str:
        return f"{self.path}: required property is missing"


__all__ = ["MissingProperty", "TypeMismatch", "UnexpectedStatus"]
