"""Choke-point rules of issue 12 on the in-test adapter: lifecycle misuse, deadlines (async too), body limits,
Retry-After parsing, provider-data ValidationErrors, the exact JSON writer."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from swapsuite import codec, errors
from swapsuite.engine import Call, Plan, Reply, input_checks, run_sync
from swapsuite.models import QuoteRequest
from swapsuite.provider import AsyncProvider, Provider
from swapsuite.retry import NO_RETRY, RetryPolicy, retry_after_seconds
from swapsuite.transport import default_deadline

from .fake import ETH, USDC, FakeAdapter

OK = {"s": "done"}


def fake(handler: Any, **kwargs: Any) -> Provider:
    return Provider(FakeAdapter(api_key="sk-secret"), httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs)


def test_encode_json_keeps_each_number_in_its_field() -> None:
    body = codec.encode_json({"memo": "\x000\x00", "amount": Decimal("1.50")})
    assert body == b'{"memo":"\\u00000\\u0000","amount":1.50}'
    assert codec.decode_json(body) == {"memo": "\x000\x00", "amount": Decimal("1.50")}
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        codec.encode_json({"x": Decimal("NaN")})


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (" 1.5 ", 1.5),
        ("sNaN", None),
        ("NaN", None),
        ("-1", None),
        ("1e999", None),
        ("١٢", None),
        ("Infinity", None),
        ("x" * 100, None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ],
)
def test_retry_after_accepts_only_rfc_9110_values(value: str, seconds: float | None) -> None:
    assert retry_after_seconds(value) == seconds


def test_odd_retry_after_falls_back_to_backoff() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "sNaN"}, json={}), httpx.Response(200, json=OK)])
    policy = RetryPolicy(attempts=2, backoff=0.01)
    with fake(lambda r: next(answers), retry=policy) as p:
        assert p.status("abc").provider_status == "done"


def test_closed_provider_raises_lifecycle_error() -> None:
    p = fake(lambda r: httpx.Response(200, json=OK))
    p.close()
    with pytest.raises(errors.LifecycleError, match="closed"):
        p.status("abc")


def test_async_provider_moves_to_a_new_loop_only_once_the_old_one_is_closed() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=OK)

    p = AsyncProvider(FakeAdapter(), httpx_args={"transport": httpx.MockTransport(handler)})
    assert asyncio.run(p.status("a")).provider_status == "done"
    assert asyncio.run(p.status("b")).provider_status == "done"  # first loop closed: a fresh client
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(p.status("c"))  # binds to `other`, which stays open
        with pytest.raises(errors.LifecycleError, match="another"):
            asyncio.run(p.status("d"))
    finally:
        other.close()
    asyncio.run(p.aclose())
    with pytest.raises(errors.LifecycleError, match="closed"):
        asyncio.run(p.status("e"))


def test_async_drip_feed_stops_at_the_deadline() -> None:
    async def slow() -> AsyncIterator[bytes]:
        for _ in range(100):
            await asyncio.sleep(0.02)
            yield b" "
        yield b'{"s": "done"}'

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=slow())

    async def main() -> float:
        p = AsyncProvider(FakeAdapter(), httpx_args={"transport": httpx.MockTransport(handler)}, deadline=0.2)
        async with p:
            started = time.monotonic()
            with pytest.raises(errors.RequestTimeoutError, match="deadline"):
                await p.status("abc")
            return time.monotonic() - started

    assert asyncio.run(main()) < 1.0


def test_sync_deadline_is_per_call_and_ends_retries() -> None:
    seen: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(time.monotonic())

        def slow() -> Iterator[bytes]:
            for _ in range(50):
                time.sleep(0.02)
                yield b" "

        return httpx.Response(200, content=slow())

    with fake(handler, retry=RetryPolicy(attempts=5, backoff=0.01)) as p:
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError):
            p.with_options(deadline=0.25).status("abc")
    assert time.monotonic() - started < 0.8
    assert len(seen) == 1  # the deadline is spent: no retry after it


def test_default_deadline_follows_timeout_and_attempts() -> None:
    assert default_deadline(httpx.Timeout(10.0, connect=5.0), 3) == 45.0
    assert default_deadline(httpx.Timeout(2.0), 3) == 12.0
    assert default_deadline(httpx.Timeout(None), 1) == 60.0  # no timeouts still means a finite deadline
    with fake(lambda r: httpx.Response(200, json=OK), timeout=2.0) as p:
        assert p.deadline_seconds() == 12.0
        assert p.with_options(deadline=3).deadline_seconds() == 3
    with pytest.raises(errors.ConfigurationError):
        fake(lambda r: httpx.Response(200, json=OK), deadline=float("nan"))


def test_oversized_bodies_are_refused() -> None:
    declared = httpx.Response(200, headers={"content-length": str(codec.MAX_BODY_BYTES + 1)}, content=b"{}")
    with fake(lambda r: declared, retry=NO_RETRY) as p, pytest.raises(errors.ResponseShapeError, match="larger"):
        p.status("abc")

    def endless() -> Iterator[bytes]:
        chunk = b" " * 2**20
        for _ in range(codec.MAX_BODY_BYTES // len(chunk) + 2):
            yield chunk

    endless_body = fake(lambda r: httpx.Response(200, content=endless()), retry=NO_RETRY)
    with endless_body as p, pytest.raises(errors.ResponseShapeError, match="larger"):
        p.status("abc")


def test_redirect_elsewhere_never_carries_the_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"location": "https://evil.test/x"}, json=OK)

    for follow in (False, True):
        seen.clear()
        args = {"transport": httpx.MockTransport(handler), "follow_redirects": follow}
        p = Provider(FakeAdapter(api_key="sk-secret"), httpx_args=args, retry=NO_RETRY)
        with p, pytest.raises(errors.RedirectError) as caught:
            p.status("abc")
        assert [r.url.host for r in seen] == ["fake.test"]
        assert seen[0].headers["authorization"] == "Bearer sk-secret"
        assert caught.value.status_code == (None if follow else 302)


def _mapping_plan(check_input: bool) -> Plan[str]:
    reply = yield Call("fake", "getThing", {"method": "get", "url": "/x"}, parse=dict)
    if check_input:
        yield input_checks("fake")
    raise errors.ValidationError(f"bad value {reply.parsed}", provider="fake")


def test_validation_errors_after_a_reply_are_provider_data() -> None:
    def send(call: Call) -> Reply:
        return Reply({"v": 1}, {"v": 1}, 200)

    with pytest.raises(errors.ResponseShapeError) as caught:
        run_sync(_mapping_plan(False), "fake", send)
    assert isinstance(caught.value.__cause__, errors.ValidationError)
    with pytest.raises(errors.ValidationError):  # after input_checks: the caller's input again
        run_sync(_mapping_plan(True), "fake", send)


def test_unexpected_exceptions_in_mapping_become_shape_errors() -> None:
    broken = fake(lambda r: httpx.Response(200, json={"id": "q", "out": [], "min": "1"}), retry=NO_RETRY)
    with broken as p, pytest.raises(errors.ResponseShapeError) as caught:
        p.quote(QuoteRequest(ETH, USDC, 10))
    assert isinstance(caught.value.__cause__, TypeError)
