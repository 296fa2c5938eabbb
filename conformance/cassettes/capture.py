"""Capturing what the adapter sends: the recording transport and the documented-payload API it serves from fixtures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from .core import FIXTURES, Served


@dataclass
class Exchange:
    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes


class Capture(httpx.BaseTransport):
    """Wraps a transport and keeps every request/response pair while ``active``."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.active = True
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        response = self.inner.handle_request(request)
        body = response.read()  # decoded; the response handed on below carries no content-encoding any more
        response.close()
        if self.active:
            self.exchanges.append(
                Exchange(
                    request.method,
                    str(request.url),
                    [(k.decode(), v.decode()) for k, v in request.headers.raw],
                    content,
                    response.status_code,
                    response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code),
                    [(k.decode(), v.decode()) for k, v in response.headers.raw],
                    body,
                )
            )
        drop = (b"content-encoding", b"content-length", b"transfer-encoding")
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in drop]
        return httpx.Response(response.status_code, headers=headers, content=body)

    def close(self) -> None:
        self.inner.close()


class DocumentedApi:
    """An httpx.MockTransport handler serving a scenario's documented payloads, in order, to the expected routes."""

    def __init__(self, base_url: str, served: Sequence[Served]) -> None:
        self.base_path = httpx.URL(base_url).path.rstrip("/")
        self.queue = list(served)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if not self.queue:
            raise AssertionError(f"unexpected extra request {request.method} {request.url}")
        item = self.queue.pop(0)
        path = request.url.path
        if request.method != item.method or path != self.base_path + item.path:
            raise AssertionError(f"expected {item.method} {item.path} for {item.fixture}, got {request.method} {path}")
        content = (FIXTURES / item.fixture).read_bytes()
        return httpx.Response(item.status, headers={"Content-Type": "application/json"}, content=content)
