"""Assemble the provider sandboxes into one ASGI app and run it with uvicorn (foreground or in a thread)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Sequence
from types import TracebackType

import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

from ..descriptor import load_object
from ..errors import ConfigurationError
from ..registry import descriptor, descriptors
from .control import SandboxState
from .limits import MAX_BODY_BYTES, BodyLimit, check_bind_host, control_hosts

SANDBOX_API_KEY = "sandbox-key"


def sandboxed() -> tuple[str, ...]:
    """Every registered provider that ships a sandbox (its descriptor's ``sandbox``), in registry order."""
    return tuple(d.name for d in descriptors() if d.sandbox)


def provider_app(name: str, state: SandboxState) -> Starlette:
    """One provider's sandbox app (its API plus ``/_sandbox``), from its descriptor's ``sandbox`` factory."""
    factory = descriptor(name).sandbox
    if factory is None:
        raise ConfigurationError(f"{name} has no sandbox", provider=name)
    return load_object(factory)(state)  # type: ignore[no-any-return]


def build_app(
    providers: Sequence[str] | None = None,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    remote_hosts: frozenset[str] = frozenset(),
) -> tuple[Starlette, dict[str, SandboxState]]:
    """All requested sandboxes (default: every registered one) mounted under ``/<provider>``; returns the app and each
    provider's state.

    Every request body is capped at ``max_body_bytes`` (413 beyond, see ``limits.BodyLimit``); ``remote_hosts``
    are Host names besides loopback that may use ``/_sandbox`` (only when serving remotely on purpose).
    """
    providers = tuple(providers or sandboxed())
    states = {name: SandboxState(name, control_hosts=remote_hosts) for name in providers}
    from .connection import route as connection_route  # imports SANDBOX_API_KEY from here

    mounts = [Mount(f"/{name}", app=provider_app(name, states[name])) for name in providers]
    app = Starlette(routes=[connection_route(providers, remote_hosts), *mounts])  # GET /_sandbox/connection
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    return app, states


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class SandboxServer:
    """Run the sandboxes on loopback in a background thread::

    with SandboxServer() as sandbox:
        provider = get_provider("oneclick", base_url=sandbox.base_url("oneclick"))
    """

    def __init__(
        self,
        providers: Sequence[str] | None = None,
        host: str = "127.0.0.1",
        port: int | None = None,
        *,
        allow_remote: bool = False,
    ) -> None:
        check_bind_host(host, allow_remote)  # ConfigurationError for a non-loopback host without allow_remote
        self.app, self.states = build_app(providers, remote_hosts=control_hosts(host, allow_remote))
        self.providers: tuple[str, ...] = tuple(self.states)  # the sandboxes this server runs, in mount order
        self.host = host
        self.port = port or free_port(host)
        config = uvicorn.Config(
            self.app, host=host, port=self.port, log_level="warning", access_log=False, lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="swapsuite-sandbox", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def base_url(self, provider: str) -> str:
        return f"{self.url}/{provider}"

    def start(self) -> SandboxServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"sandbox did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def serve(
    providers: Sequence[str] | None = None,
    host: str = "127.0.0.1",
    port: int = 8765,
    *,
    allow_remote: bool = False,
) -> None:
    """Serve the sandboxes in the foreground until interrupted; loopback only unless ``allow_remote``."""
    check_bind_host(host, allow_remote)
    app, _ = build_app(providers, remote_hosts=control_hosts(host, allow_remote))
    uvicorn.run(app, host=host, port=port, log_level="warning")
