"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from decimal import Decimal
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# What a JSON `number` may arrive as: int and float from `json.loads`, Decimal from a decoder that keeps numbers
# exact (`parse_float=Decimal`). bool is an int subclass but never a JSON number, so exact types are listed (the
# models' type checks look the value's type up here first and fall back to isinstance only for subclasses).
NUMBER_TYPES = frozenset((int, float, Decimal))


def is_number(value: object) -> bool:
    """True for a JSON number: int, float or Decimal (or a subclass), never bool."""
    return type(value) in NUMBER_TYPES or (isinstance(value, (int, float, Decimal)) and not isinstance(value, bool))


def is_integer(value: object) -> bool:
    """True for a JSON integer as the decoder delivers it: int (or a subclass), never bool."""
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


def original_text(value: object, text: str | None, parse: Callable[[str], Any]) -> str | None:
    """``text`` (the string a formatted value was parsed from) while it still denotes ``value``, else None.

    ``to_dict`` writes back what came in (``...104Z`` stays ``...104Z``, not ``...104000+00:00``) unless the
    attribute was replaced by a different value: same type, equal, and for date-times the same UTC offset.
    """
    if text is None:
        return None
    try:
        parsed = parse(text)
    except ValueError:
        return None
    if type(parsed) is not type(value) or parsed != value:
        return None
    if isinstance(parsed, datetime.datetime) and isinstance(value, datetime.datetime):
        if parsed.utcoffset() != value.utcoffset():
            return None
    return text


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "NUMBER_TYPES",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "is_integer",
    "is_number",
    "original_text",
]
