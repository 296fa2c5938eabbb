"""Retry policy: exponential backoff with jitter, only for idempotent calls.

Retried: connection errors, timeouts, 408, 429 and 5xx — and only when the call is idempotent (GETs and dry
quotes). A firm 1Click quote (it allocates a deposit address), Changelly intent creation and approval and Deframe
bytecode are never retried automatically: a second attempt could create a second swap.

``Retry-After`` is honoured up to ``retry_after_cap`` seconds; a server that asks for longer gets a clear
error instead of a silent long sleep. Only RFC 9110 forms count (delta-seconds, or an HTTP-date): anything else
(``NaN``, ``sNaN``, ``-1``, ``1e999``, garbage) is ignored and the normal backoff applies. A call's deadline
(``swapsuite.transport``) ends retrying when the next wait would outlast it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from . import errors

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts`` counts every try (1 = never retry); delays grow ``backoff * 2**n`` up to ``max_backoff``."""

    attempts: int = 3
    backoff: float = 0.2
    max_backoff: float = 4.0
    retry_after_cap: float = 30.0
    jitter: float = 0.25
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, error: errors.SwapsuiteError, attempt: int, idempotent: bool) -> float | None:
        """Seconds to wait before the next try, or None to give up. ``attempt`` is 1 for the first try.

        Raises a :class:`~swapsuite.errors.RateLimitedError` / :class:`~swapsuite.errors.ServerError` copy with an
        explanatory message when the server's Retry-After exceeds the cap.
        """
        if not idempotent or attempt >= self.attempts or not retryable(error):
            return None
        asked = _retry_after(error)
        if asked is not None:
            if asked > self.retry_after_cap:
                raise _too_long(error, asked, self.retry_after_cap) from error
            return float(asked)
        base = min(self.max_backoff, self.backoff * (1 << (attempt - 1)))
        return base * (1 + self.jitter * (2 * self.rng.random() - 1))


NO_RETRY = RetryPolicy(attempts=1)


def retryable(error: errors.SwapsuiteError) -> bool:
    """Transport failures and the statuses that mean "try again later"."""
    if isinstance(error, errors.TransportError):
        return True
    return isinstance(error, errors.HTTPStatusError) and error.status_code in RETRY_STATUSES


def _retry_after(error: errors.SwapsuiteError) -> float | None:
    if isinstance(error, errors.RateLimitedError) and error.retry_after is not None:
        return error.retry_after
    if isinstance(error, errors.HTTPStatusError):
        return retry_after_seconds(error.headers.get("retry-after"))
    return None


_DELTA_SECONDS = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,9})?")  # RFC 9110 says digits; a fraction is tolerated


def _now() -> datetime:
    return datetime.now(UTC)


def retry_after_seconds(value: str | None, now: Callable[[], datetime] = _now) -> float | None:
    """A ``Retry-After`` header as seconds to wait, or None when absent or not a valid RFC 9110 value."""
    if value is None:
        return None
    text = value.strip()
    if len(text) > 64:
        return None
    if _DELTA_SECONDS.fullmatch(text):
        return float(text)  # a delay, not money: float is what sleep() takes
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": RFC 5322's "unknown zone"; HTTP-dates are GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now()).total_seconds())


def _too_long(error: errors.SwapsuiteError, asked: float, cap: float) -> errors.SwapsuiteError:
    cls = type(error)
    message = f"{error.message}; the server asks to retry after {asked:g}s, more than the {cap:g}s cap: giving up"
    clone = cls(message, provider=error.provider, status_code=error.status_code, body=error.body, headers=error.headers)
    clone.method, clone.url, clone.request_id = error.method, error.url, error.request_id
    if isinstance(error, errors.HTTPStatusError) and isinstance(clone, errors.HTTPStatusError):
        clone.code, clone.provider_message = error.code, error.provider_message
    if isinstance(error, errors.RateLimitedError) and isinstance(clone, errors.RateLimitedError):
        clone.retry_after = error.retry_after
    return clone
