"""Sans-I/O execution: adapters describe HTTP calls as plans; one engine runs them sync or async.

An adapter operation is a generator (a *plan*) that yields :class:`Call` objects and receives :class:`Reply`
objects back, finally returning the normalized result. The same plan runs under :func:`run_sync` (``httpx.Client``)
and :func:`run_async` (``httpx.AsyncClient``), so the sync and async APIs cannot drift apart.

This module is also the single choke point where transport failures, HTTP error statuses, malformed bodies and
mapping failures become ``swapsuite.errors`` exceptions, each chained to its cause.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

import httpx

from . import errors
from .retry import NO_RETRY, RetryPolicy

T = TypeVar("T")
Parser = Callable[[Any], Any]


@dataclass(frozen=True)
class Call:
    """One HTTP request of a plan.

    ``request`` holds httpx request keyword arguments (as built by the generated module's ``_get_kwargs``);
    ``parse`` turns the decoded JSON body into the generated model. ``idempotent`` marks calls that may be retried.
    ``expect_empty`` marks calls whose success body may be empty.
    """

    provider: str
    operation: str
    request: dict[str, Any]
    parse: Parser
    idempotent: bool = True
    expect_empty: bool = False


@dataclass(frozen=True)
class Reply:
    """A successful response: the generated model, the exact JSON (floats as Decimal) and the HTTP metadata."""

    parsed: Any
    data: Any
    status_code: int
    headers: Mapping[str, str] = field(default_factory=dict)


Plan = Generator[Call, Reply, T]
ErrorParser = Callable[[Any], tuple[str | None, str | None]]


def decode_json(content: bytes) -> Any:
    """Decode a body exactly: JSON numbers with a fraction or exponent become Decimal, never float."""
    return json.loads(content, parse_float=Decimal)


def encode_json(value: Any) -> bytes:
    """JSON-encode a request body, writing Decimals with their exact digits (``json.dumps`` cannot, and going
    through float would change them). Bodies echo values decoded by :func:`decode_json`, e.g. Deframe rawQuote."""
    numbers: list[str] = []

    def swap(item: Any) -> Any:
        if isinstance(item, Decimal):
            numbers.append(str(item))
            return f"\x00{len(numbers) - 1}\x00"
        if isinstance(item, Mapping):
            return {key: swap(inner) for key, inner in item.items()}
        if isinstance(item, list | tuple):
            return [swap(inner) for inner in item]
        return item

    text = json.dumps(swap(value), separators=(",", ":"), ensure_ascii=False)
    for index, number in enumerate(numbers):
        # The quoted placeholder (NUL-delimited, always \u0000-escaped) is unique, so each replace hits only it.
        text = text.replace(json.dumps(f"\x00{index}\x00"), number, 1)
    return text.encode()


def request_args(call: Call) -> dict[str, Any]:
    """httpx arguments for a call; a ``json`` body is pre-encoded exactly (see :func:`encode_json`)."""
    if "json" not in call.request:
        return call.request
    args = {key: value for key, value in call.request.items() if key != "json"}
    args["content"] = encode_json(call.request["json"])
    args["headers"] = {**call.request.get("headers", {}), "Content-Type": "application/json"}
    return args


def http_error(call: Call, response: httpx.Response, parse_error: ErrorParser) -> errors.HTTPStatusError:
    """Build the typed error for a 4xx/5xx response, with the provider's own code and message when present."""
    code: str | None = None
    provider_message: str | None = None
    # A body that is not the provider's envelope (HTML from a proxy, empty body…) keeps only the raw bytes.
    with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
        code, provider_message = parse_error(decode_json(response.content))
    cls = errors.status_error_class(response.status_code)
    detail = provider_message or response.reason_phrase or "error"
    message = f"{call.operation} failed with HTTP {response.status_code}" + (f" {code}" if code else "") + f": {detail}"
    error = cls(
        message,
        provider=call.provider,
        status_code=response.status_code,
        body=response.content,
        headers=dict(response.headers),
        code=code,
        provider_message=provider_message,
    )
    if isinstance(error, errors.RateLimitedError):
        error.retry_after = retry_after_seconds(response.headers.get("retry-after"))
    return error


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds form); HTTP-date values are not used by these providers."""
    if value is None:
        return None
    try:
        return max(0.0, float(Decimal(value.strip())))  # a delay, not money: float is what sleep() takes
    except ArithmeticError:
        return None


def _shape_error(call: Call, response: httpx.Response, what: str) -> errors.ResponseShapeError:
    return errors.ResponseShapeError(
        f"{call.operation}: {what}",
        provider=call.provider,
        status_code=response.status_code,
        body=response.content,
        headers=dict(response.headers),
    )


def finish(call: Call, response: httpx.Response, parse_error: ErrorParser) -> Reply:
    """Check status, decode and parse one response, raising the suite's typed errors."""
    if response.status_code >= 400:
        raise http_error(call, response, parse_error)
    if call.expect_empty and not response.content.strip():
        return Reply(None, None, response.status_code, dict(response.headers))
    try:
        data = decode_json(response.content)
    except ValueError as exc:
        raise _shape_error(call, response, "response body is not JSON") from exc
    try:
        parsed = call.parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _shape_error(call, response, f"response does not match the spec ({type(exc).__name__}: {exc})") from exc
    return Reply(parsed, data, response.status_code, dict(response.headers))


def transport_error(call: Call, exc: httpx.HTTPError) -> errors.TransportError:
    what = f"{call.operation}: {type(exc).__name__}: {exc}".rstrip(": ")
    if isinstance(exc, httpx.TimeoutException):
        return errors.TimeoutError(what, provider=call.provider)
    return errors.ConnectError(what, provider=call.provider)


def _once_sync(client: httpx.Client, call: Call, parse_error: ErrorParser, timeout: Any) -> Reply:
    extra = {} if timeout is None else {"timeout": timeout}
    try:
        response = client.request(**request_args(call), **extra)
    except httpx.HTTPError as exc:
        raise transport_error(call, exc) from exc
    return finish(call, response, parse_error)


async def _once_async(client: httpx.AsyncClient, call: Call, parse_error: ErrorParser, timeout: Any) -> Reply:
    extra = {} if timeout is None else {"timeout": timeout}
    try:
        response = await client.request(**request_args(call), **extra)
    except httpx.HTTPError as exc:
        raise transport_error(call, exc) from exc
    return finish(call, response, parse_error)


def send_sync(
    client: httpx.Client,
    call: Call,
    parse_error: ErrorParser,
    *,
    retry: RetryPolicy = NO_RETRY,
    timeout: Any = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Reply:
    """Send one call, retrying per ``retry`` (idempotent calls only)."""
    attempt = 1
    while True:
        try:
            return _once_sync(client, call, parse_error, timeout)
        except errors.SwapsuiteError as exc:
            delay = retry.delay(exc, attempt, call.idempotent)
            if delay is None:
                raise
        sleep(delay)
        attempt += 1


async def send_async(
    client: httpx.AsyncClient,
    call: Call,
    parse_error: ErrorParser,
    *,
    retry: RetryPolicy = NO_RETRY,
    timeout: Any = None,
) -> Reply:
    """The async twin of :func:`send_sync`."""
    attempt = 1
    while True:
        try:
            return await _once_async(client, call, parse_error, timeout)
        except errors.SwapsuiteError as exc:
            delay = retry.delay(exc, attempt, call.idempotent)
            if delay is None:
                raise
        await asyncio.sleep(delay)
        attempt += 1


def _advance(plan: Plan[T], provider: str, reply: Reply | None) -> Call:
    """Step a plan, turning an unexpected exception from mapping code into a ResponseShapeError."""
    try:
        return next(plan) if reply is None else plan.send(reply)
    except (StopIteration, errors.SwapsuiteError):
        raise
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise errors.ResponseShapeError(
            f"could not normalize the response ({type(exc).__name__}: {exc})", provider=provider
        ) from exc


def run_sync(plan: Plan[T], provider: str, send: Callable[[Call], Reply]) -> T:
    """Drive a plan to completion with a synchronous sender."""
    reply: Reply | None = None
    try:
        while True:
            call = _advance(plan, provider, reply)
            reply = send(call)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def run_async(plan: Plan[T], provider: str, send: Callable[[Call], Any]) -> T:
    """Drive a plan to completion with an asynchronous sender."""
    reply: Reply | None = None
    try:
        while True:
            call = _advance(plan, provider, reply)
            reply = await send(call)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
