"""Absent fields of the generated clients as None: one helper for every provider's package.

A generated model marks a field that was not in the JSON with ``UNSET``, the one instance of the ``Unset`` class in
its package's ``types`` module; the adapters want None for "absent" and for JSON ``null`` alike. Each generated
package (and each vendored copy, under whatever name) defines its own ``Unset`` class, so an ``isinstance`` check
would have to import every package's class. The sentinel is recognised instead by what the generator makes it: a
class named ``Unset`` in a module named ``types``. Statically, :class:`UnsetLike` matches any of those classes by
their ``__bool__ -> Literal[False]``, so ``present(model.field)`` types as the field's value type or None.
"""

from __future__ import annotations

from typing import Literal, Protocol, TypeVar, cast

__all__ = ["UnsetLike", "is_unset", "present"]

T = TypeVar("T")


class UnsetLike(Protocol):
    """The static shape of every generated package's ``Unset``: an always-false sentinel."""

    def __bool__(self) -> Literal[False]: ...


def is_unset(value: object) -> bool:
    """True for the ``UNSET`` sentinel of any generated client package."""
    kind = type(value)
    return kind.__name__ == "Unset" and kind.__module__.rpartition(".")[2] == "types"


def present(value: T | UnsetLike | None) -> T | None:
    """The value of a generated optional field, with UNSET (absent) and None (JSON null) both folded into None."""
    if value is None or is_unset(value):
        return None
    return cast("T", value)  # not UNSET, so the T part of the union
