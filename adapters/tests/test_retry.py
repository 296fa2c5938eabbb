"""Retries: only idempotent calls, exponential backoff with jitter, Retry-After honoured up to a cap."""

from __future__ import annotations

import asyncio
import random

import httpx
import pytest
from swapsuite import errors
from swapsuite.engine import Call, send_async, send_sync
from swapsuite.retry import RetryPolicy

from .fake import FakeAdapter

POLICY = RetryPolicy(attempts=3, backoff=0.5, max_backoff=4.0, retry_after_cap=30.0, rng=random.Random(7))


def scripted(*responses: httpx.Response | Exception) -> tuple[httpx.Client, list[httpx.Request]]:
    """A client whose transport answers with the given responses (or raises the given exceptions) in order."""
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return httpx.Client(base_url="https://fake.test", transport=httpx.MockTransport(handler)), seen


def call(idempotent: bool = True) -> Call:
    return Call("fake", "getThing", {"method": "get", "url": "/thing"}, parse=dict, idempotent=idempotent)


def send(client: httpx.Client, idempotent: bool = True, policy: RetryPolicy = POLICY) -> tuple[dict, list[float]]:
    slept: list[float] = []
    reply = send_sync(client, call(idempotent), FakeAdapter().parse_error, retry=policy, sleep=slept.append)
    return reply.parsed, slept


def ok() -> httpx.Response:
    return httpx.Response(200, json={"ok": True})


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_calls_retry_on_transient_statuses(status: int) -> None:
    client, seen = scripted(httpx.Response(status, json={}), ok())
    body, slept = send(client)
    assert body == {"ok": True}
    assert len(seen) == 2
    assert len(slept) == 1 and 0.375 <= slept[0] <= 0.625  # 0.5 s ± 25 % jitter


def test_connection_drops_are_retried_then_reported() -> None:
    drop = httpx.RemoteProtocolError("peer closed connection")
    client, seen = scripted(drop, drop, drop)
    with pytest.raises(errors.ConnectError):
        send(client)
    assert len(seen) == 3  # attempts=3, then the last error surfaces


def test_backoff_grows_exponentially_with_bounded_jitter() -> None:
    policy = RetryPolicy(attempts=6, backoff=0.5, max_backoff=3.0, jitter=0.25, rng=random.Random(1))
    error = errors.ServerError("boom", status_code=503)
    delays = [policy.delay(error, attempt, True) for attempt in range(1, 6)]
    for attempt, delay in enumerate(delays, 1):
        expected = min(3.0, 0.5 * 2 ** (attempt - 1))
        assert delay is not None and expected * 0.75 <= delay <= expected * 1.25
    assert policy.delay(error, 6, True) is None  # out of attempts


@pytest.mark.parametrize(
    "response", [httpx.Response(503, json={}), httpx.Response(429, headers={"Retry-After": "1"}, json={})]
)
def test_non_idempotent_calls_are_never_retried(response: httpx.Response) -> None:
    client, seen = scripted(response, ok())
    with pytest.raises(errors.HTTPStatusError):
        send(client, idempotent=False)
    assert len(seen) == 1


def test_client_errors_are_not_retried() -> None:
    client, seen = scripted(httpx.Response(400, json={"err": {"id": "BAD", "text": "no"}}), ok())
    with pytest.raises(errors.BadRequestError):
        send(client)
    assert len(seen) == 1


def test_retry_after_is_honoured() -> None:
    client, seen = scripted(httpx.Response(429, headers={"Retry-After": "7"}, json={}), ok())
    _, slept = send(client)
    assert slept == [7.0]
    assert len(seen) == 2


def test_retry_after_on_503_is_honoured_too() -> None:
    client, _ = scripted(httpx.Response(503, headers={"Retry-After": "2"}, json={}), ok())
    assert send(client)[1] == [2.0]


def test_retry_after_beyond_the_cap_gives_up_clearly() -> None:
    client, seen = scripted(httpx.Response(429, headers={"Retry-After": "120"}, json={}), ok())
    with pytest.raises(errors.RateLimitedError, match="retry after 120s, more than the 30s cap") as caught:
        send(client)
    assert len(seen) == 1
    assert caught.value.retry_after == 120
    assert isinstance(caught.value.__cause__, errors.RateLimitedError)


def test_async_sender_retries_the_same_way() -> None:
    answers = [httpx.Response(500, json={}), ok()]
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers.pop(0)

    async def main() -> object:
        fast = RetryPolicy(attempts=2, backoff=0.01)
        async with httpx.AsyncClient(base_url="https://fake.test", transport=httpx.MockTransport(handler)) as client:
            return (await send_async(client, call(), FakeAdapter().parse_error, retry=fast)).parsed

    assert asyncio.run(main()) == {"ok": True}
    assert len(seen) == 2
