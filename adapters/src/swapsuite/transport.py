"""Transport guards the engine applies to every request: a wall-clock deadline, a bounded body, and credentials
that only ever go to the configured origin.

* **Deadline** — httpx timeouts bound each connect/read/write, not a whole call: a server sending one byte per
  second keeps a read-timeout-2-s call alive indefinitely. A :class:`Deadline` bounds the whole public call (every
  request, retry and backoff of it): each request's httpx timeouts are clamped to the time left, and the body is
  streamed with the deadline checked between chunks (in async code, ``asyncio.timeout`` also enforces it).
* **Body size** — bodies are streamed and refused past :data:`~swapsuite.codec.MAX_BODY_BYTES` (decoded bytes, so
  a compressed body cannot expand past it either); a larger ``Content-Length`` is refused before reading.
* **Credentials** — :func:`credential_hook` is the one place API keys are attached: an httpx request event hook,
  so it sees every request the client sends, including redirect hops. A request to another origin (scheme, host,
  port) than the adapter's ``base_url`` is refused before it is sent; same-origin requests get the adapter's
  ``auth_headers()``, plus ``operation_headers(operation)`` for credentials only some operations carry (a signed-in
  user's session token: 1Click's account history).
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field

import httpx

from . import errors
from .codec import MAX_BODY_BYTES

OPERATION_EXTENSION = "swapsuite.operation"  # the request extension naming the plan's operation (set in attempt)


@dataclass
class Deadline:
    """``seconds`` of wall-clock time from creation (monotonic clock)."""

    seconds: float
    start: float = field(default_factory=time.monotonic)

    @property
    def remaining(self) -> float:
        return self.seconds - (time.monotonic() - self.start)

    def clamp(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """``timeout`` with every phase cut to the time left (never zero: httpx treats 0 as "no wait")."""
        left = max(self.remaining, 0.001)

        def cut(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=cut(timeout.connect), read=cut(timeout.read), write=cut(timeout.write), pool=cut(timeout.pool)
        )

    def exceeded(self, provider: str, operation: str) -> errors.RequestTimeoutError:
        return errors.RequestTimeoutError(f"{operation}: deadline of {self.seconds:g}s exceeded", provider=provider)


def default_deadline(timeout: httpx.Timeout, attempts: int, fallback: float = 30.0) -> float:
    """The deadline a call gets unless one is set: ``attempts × (connect + read)`` timeouts.

    That is what a server answering each try just within its timeouts could take; a phase without a timeout
    counts ``fallback`` seconds, so there is always a finite deadline.
    """

    def phase(value: float | None) -> float:
        return fallback if value is None or not math.isfinite(value) else value

    return max(1, attempts) * (phase(timeout.connect) + phase(timeout.read))


def _declared_too_large(response: httpx.Response) -> bool:
    declared = response.headers.get("content-length", "")
    return declared.isdigit() and len(declared) < 20 and int(declared) > MAX_BODY_BYTES


def _too_large(provider: str, operation: str, response: httpx.Response) -> errors.ResponseShapeError:
    return errors.ResponseShapeError(
        f"{operation}: response body larger than {MAX_BODY_BYTES} bytes",
        provider=provider,
        status_code=response.status_code,
        headers=dict(response.headers),
    )


class BodyReader:
    """Accumulates a streamed body, enforcing the size limit and the deadline between chunks."""

    def __init__(self, provider: str, operation: str, response: httpx.Response, deadline: Deadline | None) -> None:
        self.provider, self.operation, self.response, self.deadline = provider, operation, response, deadline
        self.chunks: list[bytes] = []
        self.size = 0
        if _declared_too_large(response):
            raise _too_large(provider, operation, response)

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_BODY_BYTES:
            raise _too_large(self.provider, self.operation, self.response)
        self.chunks.append(chunk)
        if self.deadline is not None and self.deadline.remaining <= 0:
            raise self.deadline.exceeded(self.provider, self.operation)

    def content(self) -> bytes:
        return b"".join(self.chunks)


def read_sync(provider: str, operation: str, response: httpx.Response, deadline: Deadline | None) -> bytes:
    reader = BodyReader(provider, operation, response, deadline)
    chunks: Iterator[bytes] = response.iter_bytes()
    for chunk in chunks:
        reader.add(chunk)
    return reader.content()


async def read_async(provider: str, operation: str, response: httpx.Response, deadline: Deadline | None) -> bytes:
    reader = BodyReader(provider, operation, response, deadline)
    chunks: AsyncIterator[bytes] = response.aiter_bytes()
    async for chunk in chunks:
        reader.add(chunk)
    return reader.content()


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in, so ``https://a`` equals ``https://a:443``."""
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


def credential_hook(
    provider: str,
    base_url: str,
    auth_headers: Callable[[], dict[str, str]],
    operation_headers: Callable[[str], dict[str, str]] | None = None,
) -> Callable[[httpx.Request], None]:
    """The httpx ``request`` event hook that attaches credentials, and refuses any request off the origin.

    httpx runs request hooks for every request it sends, redirect hops included, and copies a request's headers
    onto its redirect (it strips only ``Authorization`` across origins): checking here means an API key header
    (``X-Api-Key``, ``x-api-key``, ``Authorization``…) can never reach another host. ``operation_headers`` adds
    (and overrides) headers by the request's operation (its ``swapsuite.operation`` extension), under the same check.
    """
    home = origin(httpx.URL(base_url))

    def hook(request: httpx.Request) -> None:
        credentials = auth_headers()
        operation = request.extensions.get(OPERATION_EXTENSION)
        if operation_headers is not None and isinstance(operation, str):
            credentials = {**credentials, **operation_headers(operation)}
        if origin(request.url) != home:
            for name in credentials:  # belt and braces: nothing is sent anyway
                request.headers.pop(name, None)
            where = f"{request.url.scheme}://{request.url.host}" + (f":{request.url.port}" if request.url.port else "")
            error = errors.RedirectError(
                f"refused to send a request to {where}: only {home[0]}://{home[1]} (port {home[2]}) is configured",
                provider=provider,
            )
            error.location = str(request.url)
            raise error
        request.headers.update(credentials)

    return hook


def async_hook(hook: Callable[[httpx.Request], None]) -> Callable[[httpx.Request], Awaitable[None]]:
    """The same hook for ``httpx.AsyncClient`` (its event hooks must be coroutine functions)."""

    async def run(request: httpx.Request) -> None:
        hook(request)

    return run
