"""What-if measurements: candidate fixes to shared swapsuite code, applied by monkeypatching *inside the bench
only*, to show their before/after effect side by side. Nothing here changes swapsuite; each patch is the exact
change recommended in the README's benchmark section, and every patched run must return equal results.
"""

from __future__ import annotations

import builtins
import contextlib
import re
import timeit
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

# Characters CAIP-19 references keep as they are (see swapsuite.caip._encode).
_SAFE_REFERENCE = re.compile(r"[-.a-zA-Z0-9]*")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@contextlib.contextmanager
def caip_encode_fast_path() -> Iterator[None]:
    """``swapsuite/caip.py::_encode``: return ``text`` unchanged when it only holds reference-safe characters
    (hex addresses, base58 mints, NEAR accounts) instead of always going through ``urllib.parse.quote``."""
    from swapsuite import caip

    original = caip._encode

    def _encode(text: str) -> str:
        return text if _SAFE_REFERENCE.fullmatch(text) else original(text)

    caip._encode = _encode
    try:
        yield
    finally:
        caip._encode = original


@contextlib.contextmanager
def whole_number_int_fast_path() -> Iterator[None]:
    """``swapsuite/providers/oneclick/mapping.py::whole_number``: an ``int`` (not bool) is returned as is, without
    the Decimal round trip through ``exact_decimal``."""
    from swapsuite.providers.oneclick import mapping

    original = mapping.whole_number

    def whole_number(value: object, what: str) -> int:
        if type(value) is int:
            return value
        result: int = original(value, what)
        return result

    mapping.whole_number = whole_number
    try:
        yield
    finally:
        mapping.whole_number = original


@contextlib.contextmanager
def from_epoch_int_fast_path() -> Iterator[None]:
    """``swapsuite/timeutil.py::from_epoch``: integer timestamps (the common case) with ``divmod`` on ints instead
    of Decimal arithmetic; Decimals keep the current path."""
    from swapsuite import timeutil

    original = timeutil.from_epoch

    def from_epoch(value: Any) -> datetime:
        if type(value) is int:
            for bound, divisor in timeutil._UNITS:
                if abs(value) < bound:
                    whole, rest = divmod(value, divisor)
                    return _EPOCH + timedelta(seconds=whole, microseconds=rest * 1_000_000 // divisor)
        result: datetime = original(value)
        return result

    timeutil.from_epoch = from_epoch
    try:
        yield
    finally:
        timeutil.from_epoch = original


def _fast_mark(original: Callable[[Any, bool], Any], safe_int: int) -> Callable[[Any, bool], Any]:
    def _mark(value: Any, canonical: bool) -> Any:
        kind = type(value)
        if kind is str or value is None or kind is bool:
            return value
        if kind is dict:
            return {key: _mark(item, canonical) for key, item in value.items()}
        if kind is list:
            return [_mark(item, canonical) for item in value]
        if kind is int and (not canonical or abs(value) <= safe_int):
            return value
        return original(value, canonical)

    return _mark


def install_mark_fast_path() -> Callable[[], None]:
    """Patch ``jsjson._mark`` (1Click signature JSON); returns the undo. (Also used in a ``bench.server`` process.)"""
    from swapsuite.providers.oneclick import jsjson as signature

    original = signature._mark
    signature._mark = _fast_mark(original, signature._SAFE_INT)

    def undo() -> None:
        signature._mark = original

    return undo


@contextlib.contextmanager
def mark_fast_path() -> Iterator[None]:
    """``swapsuite/providers/oneclick/signature.py::_mark`` (the JSON number pass behind ``dumps``: 1Click quote
    hashes on the client, every 1Click sandbox response on the server): dispatch on the exact type — str, None,
    bool, dict, list, small int return or recurse at once — before the ``isinstance`` chain, whose
    ``isinstance(value, Mapping)`` is an ABC check paid by every string in the body."""
    undo = install_mark_fast_path()
    try:
        yield
    finally:
        undo()


@contextlib.contextmanager
def combined(*patches: Callable[[], contextlib.AbstractContextManager[None]]) -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for patch in patches:
            stack.enter_context(patch())
        yield


def import_statements(action: Callable[[], Any]) -> int:
    """How many ``import`` statements run during ``action`` (the generated models import lazily in from_dict)."""
    count = 0
    real = builtins.__import__

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal count
        count += 1
        return real(*args, **kwargs)

    builtins.__import__ = counting
    try:
        action()
    finally:
        builtins.__import__ = real
    return count


def local_import_cost_us() -> float:
    """The cost of one function-level relative import of an already-imported generated model, in microseconds."""
    from swapsuite_changelly_client.models import swap

    namespace: dict[str, Any] = {"__name__": swap.__name__, "__package__": swap.__package__}
    exec("def lazy():\n    from ..models.swap_from import SwapFrom\n    return SwapFrom\n", namespace)  # noqa: S102
    lazy = namespace["lazy"]
    runs = 20_000
    return min(timeit.repeat(lazy, number=runs, repeat=5)) / runs * 1e6
