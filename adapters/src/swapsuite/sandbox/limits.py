"""Limits every sandbox enforces: request body size, who may reach ``/_sandbox``, and where the server may bind.

The sandboxes are test doubles without real authentication, and ``/_sandbox`` reconfigures them. So:

* every request body is capped (:data:`MAX_BODY_BYTES`) by :class:`BodyLimit`, which counts bytes as they stream;
* the control API answers only a loopback ``Host`` (DNS rebinding) — see ``swapsuite.sandbox.control_api``;
* the server binds to loopback unless the caller opts in to exposing it (:func:`check_bind_host`).
"""

from __future__ import annotations

import ipaddress

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ConfigurationError

MAX_BODY_BYTES = 1024 * 1024  # every route of every sandbox: far above any real request, far below a memory problem
MAX_FAULTS = 100  # injected faults per provider (exhausted ones are dropped first)
MAX_RECORDS = 10_000  # swaps/quotes remembered per provider; the oldest are forgotten beyond this


def host_name(authority: str) -> str:
    """``127.0.0.1:8765`` → ``127.0.0.1``; ``[::1]:8765`` → ``::1``; lower-cased, without a trailing dot."""
    value = authority.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[1:end] if end > 0 else ""
    if value.count(":") > 1:  # a bare IPv6 literal (a bind address, never a Host header)
        return value
    return value.partition(":")[0].rstrip(".")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP literals (``127.0.0.0/8``, ``::1``); a name is never resolved."""
    name = host_name(host)
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    """``0.0.0.0``, ``::`` or empty: every interface."""
    name = host_name(host)
    try:
        return not name or ipaddress.ip_address(name).is_unspecified
    except ValueError:
        return False


def check_bind_host(host: str, allow_remote: bool = False) -> None:
    """Refuse a non-loopback bind address unless the caller explicitly allows remote access."""
    if allow_remote or is_loopback(host):
        return
    raise ConfigurationError(
        f"refusing to serve the sandboxes on {host!r}: they accept a well-known key and a control API that "
        "reconfigures them, so they bind to loopback only; pass --allow-remote (allow_remote=True) to expose them"
    )


def control_hosts(host: str, allow_remote: bool) -> frozenset[str]:
    """Host names besides loopback that may use ``/_sandbox``: a specific bind address the caller opted in to."""
    if allow_remote and not is_loopback(host) and not is_wildcard(host):
        return frozenset({host_name(host)})
    return frozenset()


def _declared_length(scope: Scope) -> int | None:
    values = [value for name, value in scope.get("headers", ()) if name.lower() == b"content-length"]
    if len(values) != 1 or not values[0].isdigit():
        return None  # absent, repeated or odd: the streamed count decides
    return int(values[0])


async def _too_large(send: Send, limit: int) -> None:
    body = b'{"error": "request body larger than %d bytes"}' % limit
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),  # the rest of the body is never read: this connection cannot be reused
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _Metered:
    """One request's receive/send pair, cut off once the body passes the limit."""

    def __init__(self, limit: int, receive: Receive, send: Send) -> None:
        self.limit, self._receive, self._send = limit, receive, send
        self.seen = 0
        self.cut = False  # the application was told the client is gone
        self.answered = False  # we sent the 413; whatever the application sends after it is dropped
        self.started = False

    async def receive(self) -> Message:
        if self.cut:
            return {"type": "http.disconnect"}
        message = await self._receive()
        if message["type"] == "http.request":
            self.seen += len(message.get("body", b""))
            if self.seen > self.limit:
                self.cut = True
                if not self.started:
                    self.answered = True
                    await _too_large(self._send, self.limit)
                return {"type": "http.disconnect"}
        return message

    async def send(self, message: Message) -> None:
        if self.answered:
            return
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)


class BodyLimit:
    """ASGI middleware: a request body above ``max_bytes`` gets 413 before more of it is read.

    A declared ``Content-Length`` above the limit is refused before the application runs. Otherwise the body is
    counted chunk by chunk as the application reads it; the moment the count passes the limit the client gets 413,
    the application sees a disconnect (Starlette raises ``ClientDisconnect``, which is swallowed here) and anything
    it still sends is dropped. No more than the limit plus one chunk is ever read.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _too_large(send, self.max_bytes)
            return
        metered = _Metered(self.max_bytes, receive, send)
        try:
            await self.app(scope, metered.receive, metered.send)
        except Exception:
            if not metered.cut:
                raise
            # The application choked on the disconnect we fed it; the client already has its answer.
