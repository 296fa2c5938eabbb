"""A hostile network between the adapters and the sandboxes: an ``httpx.MockTransport`` that forwards each request
to a sandbox over loopback and, for one operation, replaces the sandbox's answer with a hostile one.

The provider is configured with ``https://api.<provider>.test`` as its origin; the transport records every request
it sees (host, operation, headers), answers anything sent to another host itself (``evil.test`` stands for the
attacker), and identifies operations by the ``swapsuite.operation`` request extension the engine stamps.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import swapsuite
from swapsuite.engine import OPERATION_EXTENSION
from swapsuite.retry import RetryPolicy
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer
from swapsuite.sandbox.oneclick_data import SANDBOX_PUBLIC_KEY

EVIL = "https://evil.test"
POLICY = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.05, retry_after_cap=5)

# A hostile answer: given the sandbox's real response and the request, the response to deliver instead.
Attack = Callable[[httpx.Response, httpx.Request], httpx.Response]


def origin_url(name: str) -> str:
    return f"https://api.{name}.test"


def _inject(body: bytes, token: bytes) -> bytes:
    """The real body with one extra member (objects) or element (arrays) holding ``token`` (raw JSON text)."""
    text = body.rstrip()
    if text.endswith(b"}"):
        return text[:-1] + (b"," if text[:-1].strip() != b"{" else b"") + b'"zzHostile":' + token + b"}"
    if text.endswith(b"]"):
        return text[:-1] + (b"," if text[:-1].strip() != b"[" else b"") + token + b"]"
    return token


def injected(token: bytes) -> Attack:
    def attack(real: httpx.Response, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, content=_inject(real.content, token))

    return attack


def replaced(status: int, body: bytes, **headers: str) -> Attack:
    def attack(real: httpx.Response, request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"content-type": "application/json", **headers}, content=body)

    return attack


def real_body_with(status: int, **headers: str) -> Attack:
    """The real JSON body under another status (a 3xx "success" body)."""

    def attack(real: httpx.Response, request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"content-type": "application/json", **headers}, content=real.content)

    return attack


def redirect_to(url: Callable[[httpx.Request], str], status: int = 307) -> Attack:
    def attack(real: httpx.Response, request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"location": url(request)}, json={"moved": True})

    return attack


def drip(pause: float) -> Attack:
    """The real body, one small chunk per ``pause`` seconds (a server keeping each read inside its timeout)."""

    def attack(real: httpx.Response, request: httpx.Request) -> httpx.Response:
        content = real.content

        def chunks() -> Iterator[bytes]:
            for _ in range(20):  # leading whitespace is valid JSON: any body, even an empty one, drips 20 times
                time.sleep(pause)
                yield b" "
            yield content

        return httpx.Response(200, headers={"content-type": "application/json"}, content=chunks())

    return attack


@dataclass
class HostileNet:
    """The transport: forwards to the sandbox, attacks ``target`` ``times`` times, records what it saw."""

    sandbox: SandboxServer
    name: str
    target: str | None = None
    attack: Attack | None = None
    times: int = 1
    seen: list[httpx.Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.upstream = httpx.Client(base_url=self.sandbox.base_url(self.name), timeout=10)

    def arm(self, target: str, attack: Attack, times: int = 1) -> None:
        self.target, self.attack, self.times = target, attack, times
        self.seen.clear()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if request.url.host != httpx.URL(origin_url(self.name)).host:
            return httpx.Response(200, json={"evil": "thanks for the key"})
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        path = request.url.raw_path.decode()
        real = self.upstream.request(request.method, path, headers=headers, content=request.content)
        real.read()
        if self.attack is not None and self.times and request.extensions.get(OPERATION_EXTENSION) == self.target:
            self.times -= 1
            return self.attack(real, request)
        kept = {k: v for k, v in real.headers.items() if k.lower() not in ("content-encoding", "content-length")}
        return httpx.Response(real.status_code, headers=kept, content=real.content)

    def count(self, operation: str) -> int:
        """Requests for ``operation`` that reached the configured origin."""
        home = httpx.URL(origin_url(self.name)).host
        return sum(1 for r in self.seen if r.url.host == home and r.extensions.get(OPERATION_EXTENSION) == operation)

    def off_origin(self) -> list[httpx.Request]:
        home = httpx.URL(origin_url(self.name)).host
        return [r for r in self.seen if r.url.host != home]

    def close(self) -> None:
        self.upstream.close()


def provider(net: HostileNet, **httpx_args: Any) -> swapsuite.Provider:
    extra = {"public_key": SANDBOX_PUBLIC_KEY} if net.name == "oneclick" else {}
    return swapsuite.get_provider(
        net.name,
        base_url=origin_url(net.name),
        api_key=SANDBOX_API_KEY,
        retry=POLICY,
        timeout=httpx.Timeout(2.0),
        deadline=10,
        httpx_args={"transport": httpx.MockTransport(net), **httpx_args},
        **extra,
    )
