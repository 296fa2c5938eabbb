"""One wall-clock deadline per provider for a whole command (token list, quote, everything), and prompt Ctrl-C.

Each provider's work runs in a *daemon* thread: at the deadline the command reports that provider as timed out and
moves on, and when the command ends nothing waits for the abandoned work (a ``ThreadPoolExecutor`` would: Python
joins its threads at exit, which is how ``--timeout 3`` once took 31 s). The main thread only waits on a queue, so
Ctrl-C interrupts it at once.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from . import errors

T = TypeVar("T")


def _as_error(name: str, exc: BaseException) -> errors.SwapsuiteError:
    if isinstance(exc, errors.SwapsuiteError):
        return exc
    wrapped = errors.SwapsuiteError(f"unexpected {type(exc).__name__}: {exc}", provider=name)
    wrapped.__cause__ = exc
    return wrapped


def run_each(
    names: Sequence[str], work: Callable[[str], T], timeout: float
) -> tuple[dict[str, T], dict[str, errors.SwapsuiteError]]:
    """``work(name)`` for every name at once, each within ``timeout`` seconds from now.

    Returns the results and the failures (a provider past the deadline fails with ``TimeoutError``), both in the
    order of ``names``.
    """
    done: queue.Queue[tuple[str, T | None, BaseException | None]] = queue.Queue()

    def one(name: str) -> None:
        try:
            done.put((name, work(name), None))
        except BaseException as exc:  # reported to the main thread, which decides
            done.put((name, None, exc))

    for name in names:
        threading.Thread(target=one, args=(name,), name=f"swapsuite-{name}", daemon=True).start()
    deadline = time.monotonic() + timeout
    results: dict[str, T] = {}
    failures: dict[str, errors.SwapsuiteError] = {}
    while len(results) + len(failures) < len(names):
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            name, value, exc = done.get(timeout=min(left, 0.25))  # short waits: Ctrl-C is seen at once
        except queue.Empty:
            continue
        if exc is None:
            results[name] = value  # type: ignore[assignment]
        else:
            failures[name] = _as_error(name, exc)
    for name in names:
        if name not in results and name not in failures:
            failures[name] = errors.RequestTimeoutError(f"no answer within {timeout:g}s", provider=name)
    return {n: results[n] for n in names if n in results}, {n: failures[n] for n in names if n in failures}


def run_one(name: str, work: Callable[[], T], timeout: float) -> T:
    """``work()`` within ``timeout`` seconds, raising its error (or ``TimeoutError``) in the caller."""
    results, failures = run_each([name], lambda _: work(), timeout)
    if name in failures:
        raise failures[name]
    return results[name]
