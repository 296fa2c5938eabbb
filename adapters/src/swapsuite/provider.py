"""The public provider objects: :class:`Provider` (sync) and :class:`AsyncProvider` (async), same method names.

Both wrap an :class:`~swapsuite.adapter.Adapter` and the provider's generated client; every call runs the adapter's
plan through ``swapsuite.engine``. Timeouts default to :data:`DEFAULT_TIMEOUT` (connect 5 s, read/write/pool
10 s), configurable per provider (``get_provider(timeout=…)``) and per call (``provider.with_options(timeout=…)``);
retries follow :class:`~swapsuite.retry.RetryPolicy` (``retry=``), idempotent calls only.

Every public call also has a wall-clock ``deadline`` (seconds, covering all its requests, retries and waits):
by default ``attempts × (connect + read)`` of the call's timeout and retry policy (45 s with the defaults, 12 s
with ``timeout=2``), settable per provider (``get_provider(deadline=…)``) and per call (``with_options``).
Credentials are attached by one request hook that refuses any request off the ``base_url`` origin, redirect
hops included (see ``swapsuite.transport``). A provider cannot be used after ``close()``; an
:class:`AsyncProvider` belongs to the first event loop it runs in. Misuse raises ``LifecycleError``.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from typing import Any, Self, Unpack

import httpx

from . import engine, registry, sanity
from .adapter import Adapter
from .engine import CallerClient
from .errors import ConfigurationError, LifecycleError
from .history import SwapCriteria
from .history_walk import AsyncSwapIterator, SwapIterator, start
from .models import Quote, QuoteRequest, StatusReport, Token
from .retry import RetryPolicy
from .transport import Deadline, async_hook, credential_hook, default_deadline
from .validate import check_ref

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_RETRY = RetryPolicy()
Timeout = httpx.Timeout | float | None


def adapter_class(name: str) -> type[Adapter]:
    """The registered adapter class for a provider name (imported on first use; see :mod:`swapsuite.registry`)."""
    return registry.adapter_class(name)


def _client_args(
    adapter: Adapter, timeout: Timeout, httpx_args: dict[str, Any] | None, *, is_async: bool
) -> dict[str, Any]:
    """httpx client arguments. Credentials are *not* default headers: the request hook adds them per request,
    after checking its origin (httpx would copy default headers onto a redirect to any host)."""
    args = dict(httpx_args or {})
    hook = credential_hook(adapter.name, adapter.base_url, adapter.auth_headers, adapter.operation_headers)
    hooks = dict(args.pop("event_hooks", None) or {})
    hooks["request"] = [async_hook(hook) if is_async else hook, *hooks.get("request", [])]
    return {
        "base_url": adapter.base_url,
        "timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
        **args,
        "event_hooks": hooks,
    }


def _caller_client(adapter: Adapter, client: Any, cls: type, httpx_args: dict[str, Any] | None) -> CallerClient:
    """Check a caller's own client (``http_client=``) and describe how requests go through it."""
    if not isinstance(client, cls):
        raise ConfigurationError(f"http_client must be an {cls.__module__}.{cls.__qualname__}, got {type(client)!r}")
    if httpx_args:
        raise ConfigurationError("give httpx_args or http_client, not both: configure your own client yourself")
    hook = credential_hook(adapter.name, adapter.base_url, adapter.auth_headers, adapter.operation_headers)
    return CallerClient(adapter.base_url, hook)


def _check_deadline(deadline: float | None) -> float | None:
    if deadline is not None and not (
        isinstance(deadline, int | float) and not isinstance(deadline, bool) and 0 < deadline < float("inf")
    ):
        raise ConfigurationError(f"deadline must be a positive number of seconds, got {deadline!r}")
    return deadline


class _Options:
    """What sync and async providers share: the adapter, the retry policy and per-call options."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(self, adapter: Adapter, retry: RetryPolicy | None, deadline: float | None) -> None:
        self.adapter = adapter
        self.name = adapter.name
        self.retry = DEFAULT_RETRY if retry is None else retry
        self._call_timeout: Timeout = None
        self._deadline = _check_deadline(deadline)
        self._closed = False  # close() of a provider on a caller's http_client
        self._caller: CallerClient | None = None

    def with_options(
        self, *, timeout: Timeout = None, retry: RetryPolicy | None = None, deadline: float | None = None
    ) -> Self:
        """A view of this provider (same connection pool and token cache) with other per-call options."""
        clone = copy.copy(self)
        if timeout is not None:
            clone._call_timeout = timeout
        if retry is not None:
            clone.retry = retry
        if deadline is not None:
            clone._deadline = _check_deadline(deadline)
        return clone

    def deadline_seconds(self) -> float:
        """The wall-clock budget of one call: the ``deadline`` set, else derived from the timeout and retries."""
        if self._deadline is not None:
            return self._deadline
        timeout = self._http.timeout if self._call_timeout is None else httpx.Timeout(self._call_timeout)
        return default_deadline(timeout, self.retry.attempts)

    def _check_open(self) -> None:
        if self._closed or self._http.is_closed:
            raise LifecycleError(f"this {self.name} provider is closed: create a new one", provider=self.name)

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
        deadline: float | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(adapter, retry, deadline)
        self._caller = None if http_client is None else _caller_client(adapter, http_client, httpx.Client, httpx_args)
        if http_client is not None and timeout is not None:
            self._call_timeout = timeout  # the caller's client keeps its own default
        self._http: httpx.Client = http_client or httpx.Client(
            **_client_args(adapter, timeout, httpx_args, is_async=False)
        )

    def __enter__(self) -> Provider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool (a caller's own ``http_client`` stays open: it is the caller's)."""
        if self._caller is None:
            self._http.close()
        else:
            self._closed = True

    def _run(self, plan: engine.Plan[Any]) -> Any:
        self._check_open()
        deadline = Deadline(self.deadline_seconds())

        def send(call: engine.Call) -> engine.Reply:
            return engine.send_sync(
                self._http,
                call,
                self.adapter.parse_error,
                retry=self.retry,
                timeout=self._call_timeout,
                deadline=deadline,
                caller=self._caller,
            )

        return engine.run_sync(sanity.checked(plan, self.name), self.name, send)  # results pass sanity

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
        ref = check_ref(ref, provider=self.name)  # refs go into URLs: `..` would move the request to another route
        plan = self.adapter.submit_plan(ref, tx_hash=tx_hash, signature=signature, memo=memo)
        return self._run(plan)  # type: ignore[no-any-return]

    def status(self, ref: str, *, memo: str | None = None) -> StatusReport:
        """The swap's current state."""
        return self._run(self.adapter.status_plan(check_ref(ref, provider=self.name), memo=memo))  # type: ignore[no-any-return]

    def swaps(self, **criteria: Unpack[SwapCriteria]) -> SwapIterator:
        """Past swaps, newest first where the provider orders them, fetched lazily page by page as you iterate.

        Criteria (``address``, ``state``, ``since``/``until``, ``from_asset``/``to_asset``, provider ``params``) are
        checked now, before any request; ``max_items`` bounds the walk, ``page_size`` the requests, ``resume=``
        continues a failed walk (``HistoryWalkError.progress``). See ``swapsuite.history_walk`` for the guarantees.
        """
        return SwapIterator(self._run, start(self.adapter, **criteria))


class _LoopBinding:
    """An AsyncClient and the event loop it belongs to (its pooled connections live in that loop).

    A provider may move on to a new loop once its loop is closed (``asyncio.run`` per call): the old client's
    connections died with that loop, so a fresh client replaces it. Using it from two live loops is refused.
    """

    def __init__(self, make: Callable[[], httpx.AsyncClient]) -> None:
        self.make = make
        self.client = make()
        self.loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop, name: str) -> None:
        if self.loop is None or self.loop is loop:
            self.loop = loop
            return
        if not self.loop.is_closed():
            raise LifecycleError(
                f"this async {name} provider is in use in another, still running event loop (its connections live "
                "there): create one provider per event loop",
                provider=name,
            )
        self.client, self.loop = self.make(), loop


class AsyncProvider(_Options):
    """The async twin of :class:`Provider`."""

    def __init__(
        self,
        adapter: Adapter,
        *,
        timeout: Timeout = None,
        httpx_args: dict[str, Any] | None = None,
        retry: RetryPolicy | None = None,
        deadline: float | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(adapter, retry, deadline)
        if http_client is not None:  # the caller's client: it is theirs to bind to a loop and to close
            self._caller = _caller_client(adapter, http_client, httpx.AsyncClient, httpx_args)
            self._call_timeout = timeout
            self._binding = _LoopBinding(lambda: http_client)
            return
        args = _client_args(adapter, timeout, httpx_args, is_async=True)
        self._binding = _LoopBinding(lambda: httpx.AsyncClient(**args))  # shared with with_options() views

    @property
    def _http(self) -> httpx.AsyncClient:  # type: ignore[override]
        return self._binding.client

    def _check_loop(self) -> None:
        self._binding.bind(asyncio.get_running_loop(), self.name)

    async def __aenter__(self) -> AsyncProvider:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a caller's own ``http_client`` stays open: it is the caller's)."""
        if self._caller is None:
            await self._http.aclose()
        else:
            self._closed = True

    async def _run(self, plan: engine.Plan[Any]) -> Any:
        self._check_open()
        self._check_loop()
        deadline = Deadline(self.deadline_seconds())

        async def send(call: engine.Call) -> engine.Reply:
            return await engine.send_async(
                self._http,
                call,
                self.adapter.parse_error,
                retry=self.retry,
                timeout=self._call_timeout,
                deadline=deadline,
                caller=self._caller,
            )

        return await engine.run_async(sanity.checked(plan, self.name), self.name, send)  # results pass sanity

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
        ref = check_ref(ref, provider=self.name)  # refs go into URLs: `..` would move the request to another route
        plan = self.adapter.submit_plan(ref, tx_hash=tx_hash, signature=signature, memo=memo)
        return await self._run(plan)  # type: ignore[no-any-return]

    async def status(self, ref: str, *, memo: str | None = None) -> StatusReport:
        return await self._run(self.adapter.status_plan(check_ref(ref, provider=self.name), memo=memo))  # type: ignore[no-any-return]

    def swaps(self, **criteria: Unpack[SwapCriteria]) -> AsyncSwapIterator:
        """The async twin of :meth:`Provider.swaps` (``async for``); criteria are checked at the call."""
        return AsyncSwapIterator(self._run, start(self.adapter, **criteria))


def get_provider(
    name: str,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    httpx_args: dict[str, Any] | None = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
    deadline: float | None = None,
    http_client: httpx.Client | None = None,
    **adapter_args: Any,
) -> Provider:
    """A sync provider by name: any of ``swapsuite.registry.provider_names()`` — the built-in ones (``oneclick``
    and the others) and those other packages register.

    The API key comes from ``api_key``, else the provider's environment variable (see README), else — where the
    provider requires one — a :class:`ConfigurationError` naming that variable.

    ``http_client`` runs the provider on your own ``httpx.Client`` (proxies, mTLS, transports, shared pools): its
    timeouts apply unless ``timeout``/``with_options`` say otherwise, credentials are still attached per request
    only for the provider's ``base_url`` origin, redirects are not followed, and ``close()`` leaves it open.
    """
    adapter = adapter_class(name)(api_key=api_key, base_url=base_url, **adapter_args)
    return Provider(
        adapter, timeout=timeout, httpx_args=httpx_args, retry=retry, deadline=deadline, http_client=http_client
    )


def get_async_provider(
    name: str,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    httpx_args: dict[str, Any] | None = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
    deadline: float | None = None,
    http_client: httpx.AsyncClient | None = None,
    **adapter_args: Any,
) -> AsyncProvider:
    """The async twin of :func:`get_provider` (``http_client``: your own ``httpx.AsyncClient``)."""
    adapter = adapter_class(name)(api_key=api_key, base_url=base_url, **adapter_args)
    return AsyncProvider(
        adapter, timeout=timeout, httpx_args=httpx_args, retry=retry, deadline=deadline, http_client=http_client
    )
