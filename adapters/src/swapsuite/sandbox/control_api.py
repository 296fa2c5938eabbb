"""The ``/_sandbox`` control API of one provider sandbox: who may call it, what it accepts, and its endpoints.

Rules (each refusal stores nothing):

* **Loopback only** — the ``Host`` header must name loopback (``127.0.0.0/8``, ``::1``, ``localhost``; plus a
  specific address the server was explicitly exposed on), else 403. This defeats DNS rebinding, where a web page
  re-points its own host name at 127.0.0.1.
* **Same origin** — an ``Origin`` header, when sent, must be that same loopback host and port, else 403: a page the
  user visits cannot drive the sandbox from the browser.
* **JSON only** — every ``POST``/``DELETE`` needs ``Content-Type: application/json`` (``application/*+json``), else
  415, even without a body: a browser cannot send that type cross-origin without a CORS preflight, which the
  sandbox never grants, so a ``text/plain`` form post or ``fetch`` is refused.
* **Validated values** — a body must be a JSON object with known keys only and values in range (no NaN/Infinity,
  no strings for numbers, no booleans for integers), else 400. Unknown swaps are 404; a full fault list is 409.
"""

from __future__ import annotations

import json
import math
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .control import FAULT_KINDS, Fault, SandboxState
from .limits import host_name, is_loopback

OUTCOMES = ("success", "refund", "fail")
MAX_ADVANCE_SECONDS = 10 * 366 * 86_400  # one clock move: ten years at most
MAX_CLOCK_OFFSET = 100 * 366 * 86_400  # the clock never runs more than a century ahead (datetime stays valid)
MAX_FAULT_MS = 600_000  # an injected delay of ten minutes is already far past any client timeout
MAX_TIMES = 1_000_000
MAX_RETRY_AFTER_CHARS = 64
# 204/205/304 cannot carry the provider's error body; 1xx is not a final response.
FAULT_STATUSES = frozenset(range(200, 600)) - {204, 205, 304}

Body = dict[str, Any]
Endpoint = Callable[[Request, Body], Awaitable[Response]]


class Refused(Exception):
    """A control call turned away before it changed anything."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _allowed_host(state: SandboxState, name: str) -> bool:
    return is_loopback(name) or name in state.control_hosts


def authorise(request: Request, state: SandboxState) -> None:
    """Host, Origin and Content-Type rules; raises :class:`Refused`."""
    authority = request.headers.get("host", "")
    if not _allowed_host(state, host_name(authority)):
        raise Refused(403, "the control API answers requests to a loopback host only")
    origin = request.headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != authority.strip().lower():
            raise Refused(403, "cross-origin control calls are refused")
    if request.method not in ("GET", "HEAD"):
        media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
            raise Refused(415, "control calls need Content-Type: application/json (send {} when there is no body)")


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not JSON")


async def json_object(request: Request) -> Body:
    """The body as a JSON object (empty body → ``{}``); NaN/Infinity, other types and bad JSON are 400."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise Refused(400, "the body is not valid JSON") from exc
    if not isinstance(value, dict):
        raise Refused(400, "the body must be a JSON object")
    return value


def only(body: Body, *allowed: str) -> None:
    """400 for keys the endpoint does not know (a typo must not be silently ignored)."""
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise Refused(400, f"unknown field(s) {unknown[:10]}; allowed: {sorted(allowed)}")


def integer(body: Body, key: str, low: int, high: int, default: int | None) -> int | None:
    """An optional JSON integer within ``[low, high]`` (``null`` → default)."""
    value = body.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Refused(400, f"{key} must be an integer from {low} to {high}")
    return value


def seconds(body: Body, clock_offset: float) -> float:
    """``seconds`` for a clock move: a finite JSON number, not negative, within the move and offset bounds."""
    value = body.get("seconds", 0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise Refused(400, "seconds must be a finite JSON number")
    if not 0 <= value <= MAX_ADVANCE_SECONDS:
        raise Refused(400, f"seconds must be from 0 to {MAX_ADVANCE_SECONDS}")
    if clock_offset + value > MAX_CLOCK_OFFSET:
        raise Refused(400, f"the clock would run more than {MAX_CLOCK_OFFSET} s ahead; POST reset first")
    return float(value)


def retry_after(body: Body) -> str | None:
    """A ``Retry-After`` to send verbatim: a non-negative integer, or printable ASCII (odd values are the point)."""
    value = body.get("retry_after")
    if value is None:
        return None
    if not isinstance(value, bool) and isinstance(value, int) and 0 <= value < 10**12:
        return str(value)
    if isinstance(value, str) and len(value) <= MAX_RETRY_AFTER_CHARS and all(" " <= c <= "~" for c in value):
        return value
    raise Refused(400, f"retry_after must be a non-negative integer or up to {MAX_RETRY_AFTER_CHARS} printable ASCII")


def fault(body: Body, state: SandboxState) -> Fault:
    """A validated fault, or :class:`Refused`."""
    only(body, "route", "kind", "times", "ms", "status", "retry_after")
    route = body.get("route", "*")
    if route != "*" and (not isinstance(route, str) or route not in state.routes):
        raise Refused(400, f"route must be '*' or one of {sorted(state.routes)}")
    kind = body.get("kind")
    if kind not in FAULT_KINDS:
        raise Refused(400, f"kind must be one of {list(FAULT_KINDS)}")
    status = integer(body, "status", 200, 599, 500)
    if status not in FAULT_STATUSES:
        raise Refused(400, "status must be a final HTTP status that can carry a body (200-599, not 204/205/304)")
    return Fault(
        route=route,
        kind=kind,
        times=integer(body, "times", 0, MAX_TIMES, None),
        ms=integer(body, "ms", 0, MAX_FAULT_MS, 0) or 0,
        status=status,
        retry_after=retry_after(body),
    )


def endpoint(state: SandboxState, action: Endpoint) -> Callable[[Request], Awaitable[Response]]:
    """Guard one control endpoint: authorise, parse the body, turn refusals into JSON errors."""

    async def call(request: Request) -> Response:
        try:
            authorise(request, state)
            body = {} if request.method in ("GET", "HEAD") else await json_object(request)
            return await action(request, body)
        except Refused as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.status)
        except ClientDisconnect:  # includes a body cut off at the size limit: the client has its 413 already
            return Response(status_code=499)

    return call


def routes(state: SandboxState) -> list[Route]:
    """The ``/_sandbox`` endpoints for one provider."""

    async def get_state(request: Request, body: Body) -> Response:
        now = state.clock.now()
        return JSONResponse(
            {
                "provider": state.provider,
                "clock_offset": state.clock.offset,
                "faults": [f.__dict__ for f in state.faults],
                "requests": dict(state.requests),
                "swaps": {ref: lc.state(now) for ref, lc in state.swaps.items()},
                "limits": {"max_faults": state.max_faults, "max_records": state.max_records},
            }
        )

    async def advance_clock(request: Request, body: Body) -> Response:
        only(body, "seconds")
        state.clock.advance(seconds(body, state.clock.offset))
        return JSONResponse({"clock_offset": state.clock.offset})

    async def advance_swap(request: Request, body: Body) -> Response:
        only(body)
        swap = state.swaps.get(request.path_params["ref"])
        if swap is None:
            raise Refused(404, "unknown swap (never created, reset, or forgotten as one of the oldest)")
        swap.advance()
        return JSONResponse({"state": swap.state(state.clock.now())})

    async def set_outcome(request: Request, body: Body) -> Response:
        only(body, "outcome")
        outcome = body.get("outcome")
        if outcome not in OUTCOMES:
            raise Refused(400, f"outcome must be one of {list(OUTCOMES)}")
        swap = state.swaps.get(request.path_params["ref"])
        if swap is None:
            raise Refused(404, "unknown swap (never created, reset, or forgotten as one of the oldest)")
        swap.outcome = outcome
        return JSONResponse({"outcome": outcome})

    async def add_fault(request: Request, body: Body) -> Response:
        new = fault(body, state)
        state.faults[:] = [f for f in state.faults if f.times != 0]  # spent faults make room first
        if len(state.faults) >= state.max_faults:
            raise Refused(409, f"at most {state.max_faults} faults at once; DELETE /_sandbox/faults first")
        state.faults.append(new)
        return JSONResponse(new.__dict__)

    async def clear_faults(request: Request, body: Body) -> Response:
        only(body)
        state.faults.clear()
        return JSONResponse({"faults": []})

    async def reset(request: Request, body: Body) -> Response:
        only(body)
        state.reset()
        return JSONResponse({"reset": True})

    def at(path: str, action: Endpoint, method: str) -> Route:
        return Route(f"/_sandbox/{path}", endpoint(state, action), methods=[method])

    return [
        at("state", get_state, "GET"),
        at("clock/advance", advance_clock, "POST"),
        at("swaps/{ref:path}/advance", advance_swap, "POST"),
        at("swaps/{ref:path}/outcome", set_outcome, "POST"),
        at("faults", add_fault, "POST"),
        at("faults", clear_faults, "DELETE"),
        at("reset", reset, "POST"),
    ]
