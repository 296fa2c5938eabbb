"""The public provider objects: :class:`Provider` (sync) and :class:`AsyncProvider` (async), same method names.

Both wrap an :class:`~swapsuite.adapter.Adapter` and the provider's generated client; every call runs the adapter's
plan through ``swapsuite.engine``.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx

from . import engine
from .adapter import REGISTRY, Adapter
from .errors import ConfigurationError
from .models import Quote, QuoteRequest, StatusReport, Token
from .providers import NAMES

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def adapter_class(name: str) -> type[Adapter]:
    """The registered adapter class for a provider name (imported on first use)."""
    if name not in NAMES:
        raise ConfigurationError(f"unknown provider {name!r}; choose from {', '.join(NAMES)}")
    importlib.import_module(f"{__package__}.providers.{name}")  # registers the adapter
    return REGISTRY[name]


def _adapter(name: str, **kwargs: Any) -> Adapter:
    return adapter_class(name)(**kwargs)


def _client_args(
    adapter: Adapter, timeout: httpx.Timeout | float | None, httpx_args: dict[str, Any] | None
) -> dict[str, Any]:
    args = dict(httpx_args or {})
    headers = {**adapter.auth_headers(), **args.pop("headers", {})}
    return {
        "base_url": adapter.base_url,
        "headers": headers,
        "timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
        **args,
    }


class Provider:
    """A synchronous provider. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        adapter: Adapter,
        *,
        timeout: httpx.Timeout | float | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.adapter = adapter
        self.name = adapter.name
        self._http = httpx.Client(**_client_args(adapter, timeout, httpx_args))

    def __repr__(self) -> str:
        return f"<Provider {self.adapter!r}>"

    def __enter__(self) -> Provider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _run(self, plan: engine.Plan[Any]) -> Any:
        return engine.run_sync(
            plan, self.name, lambda call: engine.send_sync(self._http, call, self.adapter.parse_error)
        )

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
        return self._run(  # type: ignore[no-any-return]
            self.adapter.submit_plan(ref, tx_hash=tx_hash, signature=signature, memo=memo)
        )

    def status(self, ref: str, *, memo: str | None = None) -> StatusReport:
        """The swap's current state."""
        return self._run(self.adapter.status_plan(ref, memo=memo))  # type: ignore[no-any-return]


class AsyncProvider:
    """The async twin of :class:`Provider`."""

    def __init__(
        self,
        adapter: Adapter,
        *,
        timeout: httpx.Timeout | float | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.adapter = adapter
        self.name = adapter.name
        self._http = httpx.AsyncClient(**_client_args(adapter, timeout, httpx_args))

    def __repr__(self) -> str:
        return f"<AsyncProvider {self.adapter!r}>"

    async def __aenter__(self) -> AsyncProvider:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _run(self, plan: engine.Plan[Any]) -> Any:
        return await engine.run_async(
            plan, self.name, lambda call: engine.send_async(self._http, call, self.adapter.parse_error)
        )

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
        return await self._run(  # type: ignore[no-any-return]
            self.adapter.submit_plan(ref, tx_hash=tx_hash, signature=signature, memo=memo)
        )

    async def status(self, ref: str, *, memo: str | None = None) -> StatusReport:
        return await self._run(self.adapter.status_plan(ref, memo=memo))  # type: ignore[no-any-return]


def get_provider(
    name: str,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    httpx_args: dict[str, Any] | None = None,
    timeout: httpx.Timeout | float | None = None,
    **adapter_args: Any,
) -> Provider:
    """A sync provider by name (``oneclick``, ``across``, ``changelly``, ``deframe``).

    The API key comes from ``api_key``, else the provider's environment variable (see README), else — where the
    provider requires one — a :class:`ConfigurationError` naming that variable.
    """
    adapter = _adapter(name, api_key=api_key, base_url=base_url, **adapter_args)
    return Provider(adapter, timeout=timeout, httpx_args=httpx_args)


def get_async_provider(
    name: str,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    httpx_args: dict[str, Any] | None = None,
    timeout: httpx.Timeout | float | None = None,
    **adapter_args: Any,
) -> AsyncProvider:
    """The async twin of :func:`get_provider`."""
    adapter = _adapter(name, api_key=api_key, base_url=base_url, **adapter_args)
    return AsyncProvider(adapter, timeout=timeout, httpx_args=httpx_args)
