"""A tiny TTL cache for token lists (one value per adapter instance)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class TTLCache(Generic[T]):
    """Holds one value for ``ttl`` seconds. ``clock`` is injectable so tests control time."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._value: T | None = None
        self._stored_at = 0.0

    def get(self) -> T | None:
        if self._value is not None and self._clock() - self._stored_at < self.ttl:
            return self._value
        return None

    def set(self, value: T) -> T:
        self._value, self._stored_at = value, self._clock()
        return value

    def clear(self) -> None:
        self._value = None
