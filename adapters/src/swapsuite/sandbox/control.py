"""What every sandbox shares: a controllable clock, swap lifecycles, fault injection and the ``/_sandbox`` API.

``/_sandbox`` is outside every provider's API: tests and users drive the sandbox through it.

* ``GET  /_sandbox/state`` — clock offset, faults, request counts per route.
* ``POST /_sandbox/clock/advance`` ``{"seconds": 30}`` — move the clock forward.
* ``POST /_sandbox/swaps/{ref}/advance`` — move one swap one step along its lifecycle.
* ``POST /_sandbox/swaps/{ref}/outcome`` ``{"outcome": "success"|"refund"|"fail"}`` — choose its ending.
* ``POST /_sandbox/faults`` ``{"route": "getQuote"|"*", "kind": ..., "times": N, ...}`` — inject a fault.
* ``DELETE /_sandbox/faults`` — clear faults; ``POST /_sandbox/reset`` — clear everything.

Fault kinds: ``latency`` (``ms``), ``timeout`` (sleeps ``ms``, default 30 s), ``drop`` (connection closed mid-
response), ``status`` (``status`` 429/500/503…, optional ``retry_after``), ``malformed_json``, ``schema_violation``,
``unknown_enum``, ``empty_body``. ``times`` limits how many requests a fault affects (default: all).

Who may call ``/_sandbox`` and which values it accepts: ``swapsuite.sandbox.control_api`` (loopback Host, same
Origin, JSON content type, validated values). Limits (``swapsuite.sandbox.limits``): at most ``max_faults`` faults,
and at most ``max_records`` swaps and records per provider — beyond that the oldest (first created) are forgotten
after each request, and their refs answer like unknown ones.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from .limits import MAX_FAULTS, MAX_RECORDS

FAULT_KINDS = (
    "latency",
    "timeout",
    "drop",
    "status",
    "malformed_json",
    "schema_violation",
    "unknown_enum",
    "empty_body",
)
UNKNOWN_ENUM_VALUE = "SANDBOX_NEW_VALUE"

# Magic amounts (base units, last three digits) pick a swap's ending when no outcome was set explicitly.
MAGIC_REFUND = 302
MAGIC_FAIL = 404


def iso_utc(seconds: float, *, millis: bool = True) -> str:
    """Sandbox clock seconds → ISO 8601 UTC with ``Z`` (``2026-06-23T17:10:41.104Z``; whole seconds if not millis)."""
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.isoformat(timespec="milliseconds" if millis else "seconds").replace("+00:00", "Z")


class Clock:
    """Wall time plus an offset the tests control."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@dataclass
class Lifecycle:
    """One swap's path through a provider's own states.

    ``success``/``refund``/``fail`` are the state sequences of each ending; the swap sits ``dwell`` seconds in each
    state once ``start`` is called (deposit seen / approval given), or moves by explicit ``advance`` calls.
    """

    success: Sequence[str]
    refund: Sequence[str]
    fail: Sequence[str]
    waiting: str
    outcome: str = "success"
    started_at: float | None = None
    manual_steps: int = 0
    dwell: float = 2.0

    def path(self) -> Sequence[str]:
        return {"success": self.success, "refund": self.refund, "fail": self.fail}[self.outcome]

    def state(self, now: float) -> str:
        """The current provider state: waiting until started, then one step per ``dwell`` seconds or advance."""
        steps = self.manual_steps
        if self.started_at is not None:
            steps += 1 + int((now - self.started_at) / self.dwell)
        if steps == 0:
            return self.waiting
        path = self.path()
        return path[min(steps, len(path)) - 1]

    def start(self, now: float) -> None:
        """The user acted (deposit seen, approval given): the swap starts moving on the clock."""
        if self.started_at is None:
            self.started_at = now

    def advance(self) -> None:
        """One step further, whatever the clock says."""
        self.manual_steps += 1

    @staticmethod
    def outcome_for_amount(amount: int) -> str:
        tail = amount % 1000
        return "refund" if tail == MAGIC_REFUND else "fail" if tail == MAGIC_FAIL else "success"


@dataclass
class Fault:
    route: str
    kind: str
    times: int | None = None
    ms: int = 0
    status: int = 500
    retry_after: str | None = None

    def take(self) -> bool:
        if self.times is None:
            return True
        if self.times <= 0:
            return False
        self.times -= 1
        return True


class DroppedResponse(Response):
    """Announces a body, sends a fragment and stops: the client sees the connection die mid-response."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"partial": ', "more_body": True})


@dataclass
class SandboxState:
    """Everything one provider sandbox remembers."""

    provider: str
    clock: Clock = field(default_factory=Clock)
    faults: list[Fault] = field(default_factory=list)
    requests: Counter[str] = field(default_factory=Counter)
    swaps: dict[str, Lifecycle] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The provider's error envelope for injected status faults: (status, message) -> JSON body.
    error_body: Callable[[int, str], Any] = field(default=lambda status, message: {"message": message})
    max_records: int = MAX_RECORDS
    max_faults: int = MAX_FAULTS
    routes: set[str] = field(default_factory=set)  # route names a fault may target (filled by ``route``)
    control_hosts: frozenset[str] = frozenset()  # Host names besides loopback allowed on /_sandbox

    def fault_for(self, route: str) -> Fault | None:
        for fault in self.faults:
            if fault.route in (route, "*") and fault.take():
                return fault
        return None

    def forget_oldest(self) -> None:
        """Keep at most ``max_records`` swaps and records: the first created go first, from both maps at once."""
        for table in (self.records, self.swaps):
            excess = len(table) - self.max_records
            for key in list(itertools.islice(table, max(excess, 0))):
                self.records.pop(key, None)
                self.swaps.pop(key, None)

    def reset(self) -> None:
        self.faults.clear()
        self.requests.clear()
        self.swaps.clear()
        self.records.clear()
        self.clock.offset = 0.0


Handler = Callable[[Request], Awaitable[Response]]
Mutator = Callable[[Any], Any]


def _violate(body: Any) -> Any:
    """A body of the right JSON type but without any of the fields the spec requires."""
    return [{"sandbox": "schema violation"}] if isinstance(body, list) else {"sandbox": "schema violation"}


async def apply_fault(
    fault: Fault, response: JSONResponse, plant_enum: Mutator | None, error_body: Callable[[int, str], Any]
) -> Response:
    """Turn a good response into the faulty one."""
    import json

    if fault.kind == "latency":
        await asyncio.sleep(fault.ms / 1000)
        return response
    if fault.kind == "timeout":
        await asyncio.sleep((fault.ms or 30_000) / 1000)
        return response
    if fault.kind == "drop":
        return DroppedResponse()
    if fault.kind == "status":
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
        body = error_body(fault.status, f"sandbox: injected HTTP {fault.status}")
        return JSONResponse(body, status_code=fault.status, headers=headers)
    if fault.kind == "malformed_json":
        return Response(b'{"truncated": ', media_type="application/json")
    if fault.kind == "empty_body":
        return Response(b"", media_type="application/json")
    body = json.loads(bytes(response.body))
    if fault.kind == "schema_violation":
        return JSONResponse(_violate(body))
    if fault.kind == "unknown_enum" and plant_enum is not None:
        return JSONResponse(plant_enum(body))
    return response


def route(state: SandboxState, name: str, handler: Handler, plant_enum: Mutator | None = None) -> Handler:
    """Wrap a provider handler: count the request, then apply an injected fault if one matches.

    After each request the oldest swaps beyond ``state.max_records`` are forgotten, swap and record together, so a
    provider handler finds either both or neither.
    """
    state.routes.add(name)

    async def wrapped(request: Request) -> Response:
        try:
            return await _handle(request)
        finally:
            state.forget_oldest()

    async def _handle(request: Request) -> Response:
        state.requests[name] += 1
        fault = state.fault_for(name)
        if fault is not None and fault.kind in ("latency", "timeout"):
            await apply_fault(fault, JSONResponse(None), None, state.error_body)
            fault = None
        try:
            response = await handler(request)
        except ClientDisconnect:
            # The client gave up during an injected delay (a deadline or timeout): nobody is left to answer.
            return Response(status_code=499)
        if fault is None or response.status_code >= 400 or not isinstance(response, JSONResponse):
            return response
        return await apply_fault(fault, response, plant_enum, state.error_body)

    return wrapped


def control_routes(state: SandboxState) -> list[Any]:
    """The ``/_sandbox`` endpoints for one provider (see ``swapsuite.sandbox.control_api``)."""
    from .control_api import routes

    return list(routes(state))
