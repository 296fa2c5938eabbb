"""What users expect of a library: logging without secrets, a User-Agent, their own httpx client, errors that
name the request, ConflictError, the TimeoutError rename, __version__ and ``python -m swapsuite``."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import warnings

import httpx
import pytest
import swapsuite
from swapsuite import errors
from swapsuite.models import QuoteRequest
from swapsuite.provider import AsyncProvider, Provider
from swapsuite.retry import RetryPolicy

from .fake import ETH, USDC, FakeAdapter

SECRET = "sk-live-5e11d0n0t-1eak"
TOKENS = [{"id": str(USDC), "symbol": "USDC", "decimals": 6}]
FAST = RetryPolicy(attempts=3, backoff=0.001, max_backoff=0.001)


def _fake(handler: object, **kwargs: object) -> Provider:
    transport = httpx.MockTransport(handler)  # type: ignore[arg-type]
    return Provider(FakeAdapter(api_key=SECRET), httpx_args={"transport": transport}, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in ("httpx", "httpcore", "swapsuite"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_one_debug_line_per_call_warnings_per_retry_and_rate_limit_and_no_key(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    answers = iter(
        [
            httpx.Response(503, json={"err": {"id": "BUSY", "text": "later"}}),
            httpx.Response(429, headers={"Retry-After": "0"}, json={"err": {"id": "SLOW", "text": "down"}}),
            httpx.Response(200, json=TOKENS),
        ]
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    with _fake(handler, retry=FAST) as p:
        assert p.tokens()[0].symbol == "USDC"
    assert all(r.headers["authorization"] == f"Bearer {SECRET}" for r in seen)  # the key was sent…
    records = [r for r in debug_logs.records if r.name.startswith("swapsuite")]
    text = "\n".join(r.getMessage() for r in debug_logs.records)
    assert SECRET not in text  # …and never logged, by anyone at DEBUG
    calls = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    assert calls == [
        m for m in calls if m.startswith("fake getTokens: GET https://fake.test/tokens -> ") and " ms (attempt " in m
    ]
    assert [c.split(" -> ")[1].split()[0] for c in calls] == ["503", "429", "200"]
    assert [c.rsplit("attempt ", 1)[1] for c in calls] == ["1)", "2)", "3)"]
    warned = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert warned == [
        "fake getTokens: HTTP 503 on attempt 1; retrying in 0.00 s",
        "fake getTokens: rate limited (HTTP 429, Retry-After 0 s)",
        "fake getTokens: HTTP 429 on attempt 2; retrying in 0.00 s",
    ]


def test_query_secrets_are_redacted_in_logs_and_errors(debug_logs: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, headers={"X-Request-Id": "req-42"}, json={"err": {"id": "DUP", "text": "again"}})

    transport = httpx.MockTransport(handler)
    args = {"transport": transport, "params": {"api_key": SECRET, "lang": "en"}}
    with Provider(FakeAdapter(), httpx_args=args, retry=FAST) as p, pytest.raises(errors.ConflictError) as caught:
        p.quote(QuoteRequest(ETH, USDC, 10))
    error = caught.value
    assert error.status_code == 409 and error.request_id == "req-42"
    assert error.method == "GET"
    assert error.url == "https://fake.test/quote?api_key=REDACTED&lang=en&amount=10"
    assert error.request == f"GET {error.url}"
    assert "(request id req-42)" in str(error)
    assert SECRET not in "\n".join(r.getMessage() for r in debug_logs.records if r.name.startswith("swapsuite"))


def test_transport_errors_name_the_request_too() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with _fake(handler, retry=RetryPolicy(attempts=1)) as p, pytest.raises(errors.ConnectError) as caught:
        p.status("abc")
    assert caught.value.request == "GET https://fake.test/status/abc"


def test_user_agent_names_swapsuite_unless_the_caller_set_one() -> None:
    agents: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return httpx.Response(200, json=TOKENS)

    with _fake(handler) as p:
        p.tokens()
    transport = httpx.MockTransport(handler)
    own = {"transport": transport, "headers": {"User-Agent": "mybot/2"}}
    with Provider(FakeAdapter(), httpx_args=own) as p:
        p.tokens()
    assert agents == [f"swapsuite/{swapsuite.__version__}", "mybot/2"]


def test_http_client_of_the_caller_keeps_credentials_on_the_origin() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/status/moved"):
            return httpx.Response(302, headers={"Location": "https://evil.example/steal"})
        return httpx.Response(200, json=TOKENS)

    # The caller's client has another base_url and follows redirects: neither moves the key off the origin.
    client = httpx.Client(
        transport=httpx.MockTransport(handler), base_url="https://elsewhere.example", follow_redirects=True
    )
    p = Provider(FakeAdapter(api_key=SECRET), http_client=client)
    assert p.tokens()[0].symbol == "USDC"
    with pytest.raises(errors.RedirectError):
        p.status("moved")
    assert [str(r.url) for r in seen] == ["https://fake.test/tokens", "https://fake.test/status/moved"]
    assert all(r.headers["authorization"] == f"Bearer {SECRET}" for r in seen)
    assert "authorization" not in client.headers  # nothing was added to the caller's client itself
    p.close()
    assert not client.is_closed  # the caller's client is the caller's to close
    with pytest.raises(errors.LifecycleError):
        p.tokens()
    client.close()


def test_get_provider_takes_an_async_client() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            async with swapsuite.get_async_provider("across", api_key=SECRET, http_client=client) as p:
                assert isinstance(p, AsyncProvider)
                await p.tokens()
            assert not client.is_closed

    asyncio.run(main())
    assert seen[0].url.host == "app.across.to" and seen[0].url.path.startswith("/api/")
    assert seen[0].headers["authorization"] == f"Bearer {SECRET}"


def test_http_client_is_checked() -> None:
    with pytest.raises(errors.ConfigurationError, match=r"http_client must be an httpx\.Client"):
        swapsuite.get_provider("across", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with httpx.Client() as client, pytest.raises(errors.ConfigurationError, match="not both"):
        swapsuite.get_provider("across", http_client=client, httpx_args={"verify": False})


def test_timeout_error_rename_keeps_a_deprecated_alias() -> None:
    assert issubclass(errors.RequestTimeoutError, errors.TransportError)
    assert not issubclass(errors.RequestTimeoutError, TimeoutError)  # no longer confused with the built-in
    assert "TimeoutError" not in swapsuite.__all__  # `from swapsuite import *` no longer shadows it
    with pytest.warns(DeprecationWarning, match="use RequestTimeoutError"):
        alias = errors.TimeoutError  # type: ignore[attr-defined]
    assert alias is errors.RequestTimeoutError
    with pytest.warns(DeprecationWarning, match="RequestTimeoutError"):
        assert swapsuite.TimeoutError is errors.RequestTimeoutError  # type: ignore[attr-defined]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert errors.status_error_class(409) is errors.ConflictError


def test_python_m_swapsuite_is_the_command() -> None:
    proc = subprocess.run([sys.executable, "-m", "swapsuite", "--version"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == f"swapsuite {swapsuite.__version__}"
    assert len(proc.stdout.splitlines()) == 5


def test_public_names_load_on_first_use() -> None:
    code = (
        "import sys, swapsuite\n"
        "before = sorted(m for m in sys.modules if m.startswith('swapsuite.'))\n"
        "names = [getattr(swapsuite, n) for n in swapsuite.__all__]\n"
        "print(before)\n"
        "print(swapsuite.get_provider.__module__, swapsuite.QuoteRequest.__module__, None not in names)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    before, after = proc.stdout.splitlines()
    assert "swapsuite.models" not in before and "swapsuite.engine" not in before
    assert after == "swapsuite.provider swapsuite.models True"
    assert set(swapsuite.__all__) <= set(dir(swapsuite))
