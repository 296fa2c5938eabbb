"""The engine's choke point: every failure becomes a typed swapsuite error with the cause chained."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import httpx
import pytest
from swapsuite import errors
from swapsuite.models import QuoteRequest, SwapState
from swapsuite.provider import AsyncProvider, Provider
from swapsuite.retry import NO_RETRY

from .fake import ETH, USDC, FakeAdapter

REQUEST = QuoteRequest(ETH, USDC, 10**18)


def provider(handler: httpx.MockTransport | object, **kwargs: object) -> Provider:
    """A fake provider without retries: these tests are about how one response maps to one error."""
    transport = handler if isinstance(handler, httpx.MockTransport) else httpx.MockTransport(handler)  # type: ignore[arg-type]
    return Provider(FakeAdapter(**kwargs), httpx_args={"transport": transport}, retry=NO_RETRY)  # type: ignore[arg-type]


def test_success_keeps_exact_numbers() -> None:
    body = b'{"id": "q1", "out": "3000000000", "min": "2990000000", "price": 3000.123456789012345678}'
    with provider(lambda request: httpx.Response(200, content=body)) as p:
        quote = p.quote(REQUEST)
    assert quote.amount_out == 3_000_000_000
    assert quote.raw["price"] == Decimal("3000.123456789012345678")  # no float on the way


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableError),
        (429, errors.RateLimitedError),
        (500, errors.ServerError),
        (503, errors.ServerError),
    ],
)
def test_http_errors_carry_status_body_headers_and_provider_code(status: int, cls: type) -> None:
    body = json.dumps({"err": {"id": "NOPE", "text": "route closed"}}).encode()
    with (
        provider(lambda r: httpx.Response(status, content=body, headers={"x-req": "abc"})) as p,
        pytest.raises(cls) as caught,
    ):
        p.quote(REQUEST)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, errors.HTTPStatusError)
    assert (error.status_code, error.body, error.headers["x-req"]) == (status, body, "abc")
    assert (error.code, error.provider_message, error.provider) == ("NOPE", "route closed", "fake")
    assert "HTTP" in str(error) and "route closed" in str(error)


def test_error_body_that_is_not_the_envelope_is_kept_raw() -> None:
    with (
        provider(lambda r: httpx.Response(502, content=b"<html>bad gateway</html>")) as p,
        pytest.raises(errors.ServerError) as caught,
    ):
        p.quote(REQUEST)
    assert caught.value.body == b"<html>bad gateway</html>"
    assert caught.value.code is None


def test_rate_limit_exposes_retry_after() -> None:
    with (
        provider(lambda r: httpx.Response(429, headers={"Retry-After": "7"}, json={})) as p,
        pytest.raises(errors.RateLimitedError) as caught,
    ):
        p.quote(REQUEST)
    assert caught.value.retry_after == 7


def test_malformed_json_is_a_shape_error_with_raw_body() -> None:
    with (
        provider(lambda r: httpx.Response(200, content=b"{not json")) as p,
        pytest.raises(errors.ResponseShapeError) as caught,
    ):
        p.quote(REQUEST)
    assert caught.value.body == b"{not json"
    assert isinstance(caught.value.__cause__, ValueError)


def test_missing_field_is_a_shape_error_chained_to_the_key_error() -> None:
    with (
        provider(lambda r: httpx.Response(200, json={"id": "q"})) as p,
        pytest.raises(errors.ResponseShapeError) as caught,
    ):
        p.quote(REQUEST)
    assert isinstance(caught.value.__cause__, KeyError)


def test_connection_and_timeout_errors() -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    with provider(drop) as p, pytest.raises(errors.ConnectError) as caught:
        p.quote(REQUEST)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    with provider(slow) as p, pytest.raises(errors.RequestTimeoutError):
        p.quote(REQUEST)


def test_tokens_are_cached_within_ttl() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(200, json=[{"id": str(USDC), "symbol": "USDC", "decimals": 6}])

    with provider(handler) as p:
        first, second = p.tokens(), p.tokens()
        assert first == second and first[0].symbol == "USDC"
        assert calls == ["/tokens"]
        p.adapter.tokens_cache.clear()
        p.tokens()
    assert calls == ["/tokens", "/tokens"]


def test_async_provider_runs_the_same_plans() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"s": "done"})

    async def main() -> SwapState:
        async with AsyncProvider(FakeAdapter(), httpx_args={"transport": httpx.MockTransport(handler)}) as p:
            report = await p.status("abc")
        return report.state

    assert asyncio.run(main()) is SwapState.SUCCESS


def test_api_key_never_appears_in_repr() -> None:
    p = provider(lambda r: httpx.Response(200, json={}), api_key="sk-very-secret")
    assert "sk-very-secret" not in repr(p) and "sk-very-secret" not in repr(p.adapter)
    p.close()


def test_unsupported_steps_raise_typed_errors() -> None:
    with provider(lambda r: httpx.Response(200, json={})) as p:
        with pytest.raises(errors.UnsupportedError):
            p.submit("ref", tx_hash="0x1")
        with pytest.raises(errors.ValidationError, match="same"):
            p.quote(QuoteRequest(ETH, ETH, 1))


@pytest.mark.parametrize("status", [401, 500])
def test_api_key_never_appears_in_errors(status: int) -> None:
    secret = "sk-live-0123456789abcdef"

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {secret}"  # it is sent…
        return httpx.Response(status, json={"err": {"id": "NOPE", "text": "bad key"}})

    with provider(handler, api_key=secret) as p, pytest.raises(errors.HTTPStatusError) as caught:
        p.quote(REQUEST)
    error = caught.value
    # …but never echoed back in anything an application logs.
    shown = [str(error), repr(error), repr(error.headers), repr(error.body), repr(p), repr(p.adapter)]
    assert not any(secret in text for text in shown)
