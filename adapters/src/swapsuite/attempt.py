"""One HTTP attempt of an engine call: building its request, and what is logged and recorded when it ends.

Split from ``swapsuite.engine`` (which stays the choke point that raises): the request gets swapsuite's
``User-Agent`` unless the caller set one, and — on a caller's own client (``http_client=``) — an absolute URL on
the adapter's ``base_url`` and the credentials of the origin-checking hook.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from . import errors, httplog
from .call import Call
from .transport import OPERATION_EXTENSION as OPERATION_EXTENSION  # re-exported (engine, tests)
from .transport import Deadline
from .version import __version__

USER_AGENT = f"swapsuite/{__version__}"


@dataclass(frozen=True)
class CallerClient:
    """The provider runs on the caller's own httpx client (``http_client=``): requests get absolute URLs on the
    adapter's ``base_url`` and credentials from the same origin-checking hook (``swapsuite.transport``), applied
    per request since it is not installed on that client; redirects are not followed (the hook would not see a hop).
    """

    base_url: str
    attach: Callable[[httpx.Request], None]


def _timeout(client: httpx.Client | httpx.AsyncClient, timeout: Any, deadline: Deadline | None) -> httpx.Timeout:
    base = client.timeout if timeout is None else httpx.Timeout(timeout)
    return base if deadline is None else deadline.clamp(base)


def build(
    client: httpx.Client | httpx.AsyncClient,
    call: Call,
    args: dict[str, Any],
    timeout: Any,
    deadline: Deadline | None,
    caller: CallerClient | None,
) -> httpx.Request:
    """The request for a call (``args``: httpx arguments); extension ``swapsuite.operation`` names the operation
    for event hooks and tests."""
    if caller is not None and str(args.get("url", "")).startswith("/"):
        args = {**args, "url": caller.base_url.rstrip("/") + args["url"]}
    extensions = {OPERATION_EXTENSION: call.operation}
    request = client.build_request(**args, timeout=_timeout(client, timeout, deadline), extensions=extensions)
    if request.headers.get("user-agent", "").startswith(httplog.USER_AGENT_DEFAULT):
        request.headers["User-Agent"] = USER_AGENT  # a caller's own User-Agent stays
    if caller is not None:
        caller.attach(request)
    return request


def redirects(caller: CallerClient | None) -> dict[str, Any]:
    """``client.send`` arguments: never follow redirects on a caller's client (see :class:`CallerClient`)."""
    return {"follow_redirects": False} if caller is not None else {}


@dataclass
class Attempt:
    """One attempt of a call: what it needs to be logged and to annotate its error."""

    call: Call
    attempt: int
    caller: CallerClient | None = None
    request: httpx.Request | None = None
    started: float = field(default_factory=time.perf_counter)

    def log(self, status: int | str) -> None:
        if self.request is not None:
            seconds = time.perf_counter() - self.started
            httplog.log_call(self.call.provider, self.call.operation, self.request, status, seconds, self.attempt)

    def failed(self, error: errors.SwapsuiteError) -> errors.SwapsuiteError:
        """Log the attempt and give ``error`` the request facts (method, redacted URL, request id)."""
        self.log(error.status_code or type(error).__name__)
        return httplog.annotate(error, self.request)
