"""Sans-I/O execution: adapters describe HTTP calls as plans; one engine runs them sync or async.

An adapter operation is a generator (a *plan*) that yields :class:`Call` objects and receives :class:`Reply`
objects back, finally returning the normalized result. The same plan runs under :func:`run_sync` (``httpx.Client``)
and :func:`run_async` (``httpx.AsyncClient``), so the sync and async APIs cannot drift apart.

This module is also the single choke point where transport failures, HTTP error statuses (3xx included: a
redirect is never success), malformed or oversized bodies (``swapsuite.codec`` limits), deadline overruns
(``swapsuite.transport``), client lifecycle misuse and mapping failures become ``swapsuite.errors`` exceptions,
each chained to its cause. Nothing else escapes a plan run.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from . import errors, httplog
from .attempt import OPERATION_EXTENSION, Attempt, CallerClient, build, redirects
from .call import Call
from .codec import BodyLimitError, decode_json, encode_json
from .retry import NO_RETRY, RetryPolicy, retry_after_seconds
from .transport import Deadline, read_async, read_sync

__all__ = [
    "OPERATION_EXTENSION",
    "Call",
    "CallerClient",
    "Plan",
    "Reply",
    "decode_json",
    "encode_json",
    "finish",
    "input_checks",
    "retry_after_seconds",
    "run_async",
    "run_sync",
    "send_async",
    "send_sync",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Reply:
    """A successful response: the generated model, the exact JSON (floats as Decimal) and the HTTP metadata."""

    parsed: Any
    data: Any
    status_code: int
    headers: Mapping[str, str] = field(default_factory=dict)


Plan = Generator[Call, Reply, T]
ErrorParser = Callable[[Any], tuple[str | None, str | None]]


def input_checks(provider: str) -> Call:
    """A pseudo-call (no I/O) a plan yields to mark that what it runs next, up to its next request, checks the
    caller's input against data already fetched (an asset missing from the token list…).

    After a reply, a ``ValidationError`` from mapping code means bad *provider data* and becomes a
    ``ResponseShapeError``; after this marker it stays a ``ValidationError``. Before a plan's first request every
    check is about input.
    """
    return Call(provider, INPUT_CHECKS, {}, parse=lambda data: data)


INPUT_CHECKS = "<input checks>"


def request_args(call: Call) -> dict[str, Any]:
    """httpx arguments for a call; a ``json`` body is pre-encoded exactly (see :func:`encode_json`)."""
    if "json" not in call.request:
        return call.request
    args = {key: value for key, value in call.request.items() if key != "json"}
    args["content"] = encode_json(call.request["json"])
    args["headers"] = {**call.request.get("headers", {}), "Content-Type": "application/json"}
    return args


def _text(value: object, limit: int = 300) -> str | None:
    """A provider-supplied code or message as bounded text (a hostile envelope may put anything there)."""
    if value is None:
        return None
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def http_error(
    call: Call, response: httpx.Response, parse_error: ErrorParser, content: bytes | None = None
) -> errors.HTTPStatusError:
    """Build the typed error for a non-2xx response (3xx included), with the provider's own code and message."""
    body = response.content if content is None else content
    code: str | None = None
    provider_message: str | None = None
    try:
        code, provider_message = (_text(item) for item in parse_error(decode_json(body)))
    except Exception:  # not the provider's envelope (HTML from a proxy, empty…): keep the raw bytes
        code = provider_message = None
    status = response.status_code
    cls = errors.status_error_class(status)
    location = _text(response.headers.get("location"), 500)
    if issubclass(cls, errors.RedirectError):
        detail = f"redirect to {location or 'nowhere'} refused: a redirect is never a result"
    else:
        detail = provider_message or response.reason_phrase or "error"
    message = f"{call.operation} failed with HTTP {status}" + (f" {code}" if code else "") + f": {detail}"
    error = cls(
        message,
        provider=call.provider,
        status_code=status,
        body=body,
        headers=dict(response.headers),
        code=code,
        provider_message=provider_message,
    )
    if isinstance(error, errors.RateLimitedError):
        error.retry_after = retry_after_seconds(response.headers.get("retry-after"))
    if isinstance(error, errors.RedirectError):
        error.location = location
    return error


def _shape_error(call: Call, response: httpx.Response, body: bytes, what: str) -> errors.ResponseShapeError:
    return errors.ResponseShapeError(
        f"{call.operation}: {what}",
        provider=call.provider,
        status_code=response.status_code,
        body=body,
        headers=dict(response.headers),
    )


def finish(call: Call, response: httpx.Response, parse_error: ErrorParser, content: bytes | None = None) -> Reply:
    """Check status, decode and parse one response (body ``content``, default the response's own), raising the
    suite's typed errors. Only a 2xx is a result."""
    body = response.content if content is None else content
    if not 200 <= response.status_code < 300:
        raise http_error(call, response, parse_error, body)
    if call.expect_empty and not body.strip():
        return Reply(None, None, response.status_code, dict(response.headers))
    try:
        data = decode_json(body)
    except BodyLimitError as exc:
        raise _shape_error(call, response, body, f"response body refused: {exc}") from exc
    except ValueError as exc:
        raise _shape_error(call, response, body, "response body is not JSON") from exc
    try:
        parsed = call.parse(data)
    except Exception as exc:  # the choke point: whatever the generated model raises is a shape error
        what = f"response does not match the spec ({type(exc).__name__}: {_text(str(exc))})"
        raise _shape_error(call, response, body, what) from exc
    return Reply(parsed, data, response.status_code, dict(response.headers))


def transport_error(call: Call, exc: httpx.HTTPError) -> errors.SwapsuiteError:
    what = f"{call.operation}: {type(exc).__name__}: {_text(str(exc))}".rstrip(": ")
    if isinstance(exc, httpx.TimeoutException):
        return errors.RequestTimeoutError(what, provider=call.provider)
    if isinstance(exc, httpx.TooManyRedirects):
        return errors.RedirectError(what, provider=call.provider)
    return errors.ConnectError(what, provider=call.provider)


def _lifecycle_error(call: Call, exc: RuntimeError) -> errors.LifecycleError:
    return errors.LifecycleError(f"{call.operation}: the HTTP client cannot be used: {exc}", provider=call.provider)


def _check_time(call: Call, deadline: Deadline | None) -> None:
    if deadline is not None and deadline.remaining <= 0:
        raise deadline.exceeded(call.provider, call.operation)


def _done(at: Attempt, response: httpx.Response, parse_error: ErrorParser, content: bytes) -> Reply:
    at.log(response.status_code)
    try:
        return finish(at.call, response, parse_error, content)
    except errors.SwapsuiteError as exc:
        raise httplog.annotate(exc, at.request)  # noqa: B904 - the error is already chained as built


def _once_sync(
    client: httpx.Client, call: Call, parse_error: ErrorParser, timeout: Any, deadline: Deadline | None, at: Attempt
) -> Reply:
    _check_time(call, deadline)
    try:
        at.request = build(client, call, request_args(call), timeout, deadline, at.caller)
        response = client.send(at.request, stream=True, **redirects(at.caller))
        try:
            content = read_sync(call.provider, call.operation, response, deadline)
        finally:
            response.close()
    except httpx.HTTPError as exc:
        raise at.failed(transport_error(call, exc)) from exc
    except errors.SwapsuiteError as exc:  # the origin hook's refusal, an oversized body, the deadline
        raise at.failed(exc)  # noqa: B904 - re-raised as is, annotated
    except RuntimeError as exc:  # httpx: "the client has been closed"
        if type(exc) is not RuntimeError:
            raise
        raise _lifecycle_error(call, exc) from exc
    return _done(at, response, parse_error, content)


async def _once_async(
    client: httpx.AsyncClient,
    call: Call,
    parse_error: ErrorParser,
    timeout: Any,
    deadline: Deadline | None,
    at: Attempt,
) -> Reply:
    _check_time(call, deadline)
    try:
        # asyncio.timeout is the hard stop; the clamped timeouts and read checks make it rarely needed.
        async with asyncio.timeout(None if deadline is None else max(deadline.remaining, 0.001)):
            at.request = build(client, call, request_args(call), timeout, deadline, at.caller)
            response = await client.send(at.request, stream=True, **redirects(at.caller))
            try:
                content = await read_async(call.provider, call.operation, response, deadline)
            finally:
                await response.aclose()
    except TimeoutError as exc:  # the builtin, from asyncio.timeout (errors.RequestTimeoutError is not one)
        assert deadline is not None
        raise at.failed(deadline.exceeded(call.provider, call.operation)) from exc
    except httpx.HTTPError as exc:
        raise at.failed(transport_error(call, exc)) from exc
    except errors.SwapsuiteError as exc:
        raise at.failed(exc)  # noqa: B904 - re-raised as is, annotated
    except RuntimeError as exc:  # httpx/anyio: a closed client, or one bound to another event loop
        if type(exc) is not RuntimeError:
            raise
        raise _lifecycle_error(call, exc) from exc
    return _done(at, response, parse_error, content)


def _retry_delay(
    retry: RetryPolicy, error: errors.SwapsuiteError, attempt: int, call: Call, deadline: Deadline | None
) -> float | None:
    """The wait before the next try, or None to give up (also when the wait would outlast the deadline)."""
    if isinstance(error, errors.RateLimitedError):
        httplog.log_rate_limit(call.provider, call.operation, error)
    delay = retry.delay(error, attempt, call.idempotent)
    if delay is not None and deadline is not None and delay >= deadline.remaining:
        return None
    if delay is not None:
        httplog.log_retry(call.provider, call.operation, error, attempt, delay)
    return delay


def send_sync(
    client: httpx.Client,
    call: Call,
    parse_error: ErrorParser,
    *,
    retry: RetryPolicy = NO_RETRY,
    timeout: Any = None,
    sleep: Callable[[float], None] = time.sleep,
    deadline: Deadline | None = None,
    caller: CallerClient | None = None,
) -> Reply:
    """Send one call, retrying per ``retry`` (idempotent calls only), all within ``deadline`` when given."""
    attempt = 1
    while True:
        try:
            return _once_sync(client, call, parse_error, timeout, deadline, Attempt(call, attempt, caller))
        except errors.SwapsuiteError as exc:
            delay = _retry_delay(retry, exc, attempt, call, deadline)
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
    deadline: Deadline | None = None,
    caller: CallerClient | None = None,
) -> Reply:
    """The async twin of :func:`send_sync`."""
    attempt = 1
    while True:
        try:
            return await _once_async(client, call, parse_error, timeout, deadline, Attempt(call, attempt, caller))
        except errors.SwapsuiteError as exc:
            delay = _retry_delay(retry, exc, attempt, call, deadline)
            if delay is None:
                raise
        await asyncio.sleep(delay)
        attempt += 1


def _advance(plan: Plan[T], provider: str, reply: Reply | None, checking_input: bool) -> Call:
    """Step a plan. Whatever mapping code raises becomes a ResponseShapeError (chained), and so does a
    ValidationError raised while mapping a reply: bad provider data is not bad user input (see input_checks)."""
    try:
        return next(plan) if reply is None else plan.send(reply)
    except StopIteration:
        raise
    except errors.ValidationError as exc:
        if checking_input:
            raise
        raise errors.ResponseShapeError(
            f"provider data rejected: {exc.message}", provider=exc.provider or provider
        ) from exc
    except errors.SwapsuiteError:
        raise
    except Exception as exc:  # the choke point: only swapsuite errors leave a plan run
        raise errors.ResponseShapeError(
            f"could not normalize the response ({type(exc).__name__}: {_text(str(exc))})", provider=provider
        ) from exc


_NO_REPLY = Reply(None, None, 0)


def run_sync(plan: Plan[T], provider: str, send: Callable[[Call], Reply]) -> T:
    """Drive a plan to completion with a synchronous sender."""
    reply: Reply | None = None
    checking_input = True  # until the first reply, every check is about the caller's input
    try:
        while True:
            call = _advance(plan, provider, reply, checking_input)
            checking_input = call.operation == INPUT_CHECKS
            reply = _NO_REPLY if checking_input else send(call)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def run_async(plan: Plan[T], provider: str, send: Callable[[Call], Any]) -> T:
    """Drive a plan to completion with an asynchronous sender."""
    reply: Reply | None = None
    checking_input = True
    try:
        while True:
            call = _advance(plan, provider, reply, checking_input)
            checking_input = call.operation == INPUT_CHECKS
            reply = _NO_REPLY if checking_input else await send(call)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
