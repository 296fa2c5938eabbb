"""The public provider objects: :class:`Provider` (sync) and :class:`AsyncProvider` (async), same method names.

Both wrap an :class:`~swapsuite.adapter.Adapter` and the provider's generated client; every call runs the adapter's
plan through ``swapsuite.engine``. Timeouts default to :data:`DEFAULT_TIMEOUT` (connect 5 s, read/write/pool
10 s), configurable per provider (``get_provider(timeout=…)``) and per call (``provider.with_options(timeout=…)``);
retries follow :class:`~swapsuite.retry.RetryPolicy` (``retry=``), idempotent calls only.
"""

from __future__ import annotations

import copy
import importlib
from typing import Any, Self

import httpx

from . import engine
from .adapter import REGISTRY, Adapter
from .errors import ConfigurationError
from .models import Quote, QuoteRequest, StatusReport, Token
from .providers import NAMES
from .retry import RetryPolicy

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_RETRY = RetryPolicy()
Timeout = httpx.Timeout | float | None


def adapter_class(name: str) -> type[Adapter]:
    """The registered adapter class for a provider name (imported on first use)."""
    if name not in NAMES:
        raise ConfigurationError(f"unknown provider {name!r}; choose from {', '.join(NAMES)}")
    importlib.import_module(f"{__package__}.providers.{name}")  # registers the adapter
    return REGISTRY[name]


def _client_args(adapter: Adapter, timeout: Timeout, httpx_args: dict[str, Any] | None) -> dict[str, Any]:
    args = dict(httpx_args or {})
    headers = {**adapter.auth_headers(), **args.pop("headers", {})}
    return {
        "base_url": adapter.base_url,
        "headers": headers,
        "timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
        **args,
    }


class _Options:
    """What sync and async providers share: the adapter, the retry policy and per-call options."""

    def __init__(self, adapter: Adapter, retry: RetryPolicy | None) -> None:
        self.adapter = adapter
        self.name = adapter.name
        self.retry = DEFAULT_RETRY if retry is None else retry
        self._call_timeout: Timeout = None

    def with_options(self, *, timeout: Timeout = None, retry: RetryPolicy | None = None) -> Self:
        """A view of this provider (same connection pool and token cache) with other per-call options."""
        clone = copy.copy(self)
        if timeout is not None:
            clone._call_timeout = timeout
        if retry is not None:
            clone.retry = retry
        return clone

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.adapter!r}>"


class Provider(_Options):
    """A synchronous provider. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        adapter: Adapter,
        *,
        timeout: Timeout = None,
        httpx_args: dict[str, Any] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__(adapter, retry)
        self._http = httpx.Client(**_client_args(adapter, timeout, httpx_args))

    def __enter__(self) -> Provider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _run(self, plan: engine.Plan[Any]) -> Any:
        def send(call: engine.Call) -> engine.Reply:
            return engine.send_sync(
                self._http, call, self.adapter.parse_error, retry=self.retry, timeout=self._call_timeout
            )

        return engine.run_sync(plan, self.name, send)

    def tokens(self) -> list[Token]:
        """Supported tokens (cached for the adapter's TTL)."""
        return self._run(self.adapter.tokens_plan())  # type: ignore[no-any-return]

    def quote(self, request: QuoteRequest) -> Quote:
        """A dry or firm quote."""
        self.adapter.check_request(request)
        return self._run(self.adapter.quote_plan(request))  # type: ignore[no-any-return]

    def execute(self, quote: Quote) -> Quote:
        """Run the provider's post-quote step (Changelly intent, Deframe bytecode) and return the executable quote."""
        return self._run(self.adapter.execute_plan(quote))  # type: ignore[no-any-return]

    def submit(
        self, ref: str, *, tx_hash: str | None = None, signature: Any = None, memo: str | None = None
    ) -> StatusReport:
        """Report the user's deposit transaction (1Click) or signature (Changelly)."""
        plan = self.adapter.submit_plan(ref, tx_hash=tx_hash, signature=signature, memo=memo)
        return self._run(plan)  # type: ignore[no-any-return]

    def status(self, ref: str, *, memo: str | None = None) -> StatusReport:
        """The swap's current state."""
        return self._run(self.adapter.status_plan(ref, memo=memo))  # type: ignore[no-any-return]


class AsyncProvider(_Options):
    """The async twin of :class:`Provider`."""

    def __init__(
        self,
        adapter: Adapter,
        *,
        timeout: Timeout = None,
        httpx_args: dict[str, Any] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__(adapter, retry)
        self._http = httpx.AsyncClient(**_client_args(adapter, timeout, httpx_args))

    async def __aenter__(self) -> AsyncProvider:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _run(self, plan: engine.Plan[Any]) -> Any:
        async def send(call: engine.Call) -> engine.Reply:
            return await engine.send_async(
                self._http, call, self.adapter.parse_error, retry=self.retry, timeout=self._call_timeout
            )

        return await engine.run_async(plan, self.name, send)

    async def tokens(self) -> list[Token]:
        return await self._run(self.adapter.tokens_plan())  # type: ignore[no-any-return]

    async def quote(self, request: QuoteRequest) -> Quote:
        self.adapter.check_request(request)
        return await self._run(self.adapter.quote_plan(request))  # type: ignore[no-any-return]

    async def execute(self, quote: Quote) -> Quote:
        return await self._run(self.adapter.execute_plan(quote))  # type: ignore[no-any-return]

    async def submit(
        self, ref: str, *, tx_hash: str | None = None, signature: Any = None, memo: str | None = None
    ) -> StatusReport:
        plan = self.adapter.submit_plan(ref, tx_hash=tx_hash, signature=signature, memo=memo)
        return await self._run(plan)  # type: ignore[no-any-return]

    async def status(self, ref: str, *, memo: str | None = None) -> StatusReport:
        return await self._run(self.adapter.status_plan(ref, memo=memo))  # type: ignore[no-any-return]


def get_provider(
    name: str,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    httpx_args: dict[str, Any] | None = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
    **adapter_args: Any,
) -> Provider:
    """A sync provider by name (``oneclick``, ``across``, ``changelly``, ``deframe``).

    The API key comes from ``api_key``, else the provider's environment variable (see README), else — where the
    provider requires one — a :class:`ConfigurationError` naming that variable.
    """
    adapter = adapter_class(name)(api_key=api_key, base_url=base_url, **adapter_args)
    return Provider(adapter, timeout=timeout, httpx_args=httpx_args, retry=retry)


def get_async_provider(
    name: str,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    httpx_args: dict[str, Any] | None = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
    **adapter_args: Any,
) -> AsyncProvider:
    """The async twin of :func:`get_provider`."""
    adapter = adapter_class(name)(api_key=api_key, base_url=base_url, **adapter_args)
    return AsyncProvider(adapter, timeout=timeout, httpx_args=httpx_args, retry=retry)
