"""Scenarios and how they run: constants, the Scenario/Outcome types, the drivers (one provider call each, the same code
sync and async) and the providers built for them.
"""

from __future__ import annotations

import inspect
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from swapsuite import AssetId, Quote, QuoteRequest, SwapsuiteError, SwapType, Token, registry
from swapsuite.models import AppFee
from swapsuite.provider import AsyncProvider, Provider, get_async_provider, get_provider
from swapsuite.retry import NO_RETRY

ROOT = Path(__file__).resolve().parents[2]


CASSETTES = ROOT / "cassettes"


FIXTURES = ROOT / "adapters" / "tests" / "fixtures"


PROVIDER_NAMES = registry.provider_names()  # one scenario module per registered provider (scenarios.py)


SANDBOX_BASE = "http://127.0.0.1:8765"


BUILD_KEY = "conformance-build-key"  # sent while building; scrubbed to REDACTED in the files


REPLAY_KEY = "replay-key"  # any key will do at replay: headers are not matched


MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body")


KEEP_REQUEST_HEADERS = ("accept", "content-type", "authorization", "x-api-key")


KEEP_RESPONSE_HEADERS = ("content-type", "retry-after", "www-authenticate")


with (ROOT / "specs" / "providers.toml").open("rb") as _fh:
    PRODUCTION = {name: table["base_url"] for name, table in tomllib.load(_fh).items()}


@dataclass(frozen=True)
class Served:
    """One documented payload served for one request of a documented scenario."""

    method: str
    path: str  # relative to the provider's base URL, without the query string
    fixture: str  # file under adapters/tests/fixtures/
    origin: str  # the public origin / reference file the fixture copies
    status: int = 200


@dataclass
class SandboxRun:
    """What a sandbox ``prepare`` step works with: the sandbox, a provider on it, the control API."""

    server: Any
    provider: Provider
    name: str

    def control(self, path: str, body: Mapping[str, Any] | None = None) -> Any:
        response = httpx.post(f"{self.server.base_url(self.name)}/_sandbox/{path}", json=dict(body or {}))
        response.raise_for_status()
        return response.json()


Prepare = Callable[[SandboxRun], dict[str, Any]]


@dataclass(frozen=True)
class Scenario:
    """One cassette: a driver with parameters, and where its responses come from."""

    provider: str
    name: str
    summary: str
    driver: str
    params: Mapping[str, Any] = field(default_factory=dict)
    served: tuple[Served, ...] = ()  # documented example
    prepare: Prepare | None = None  # sandbox recording
    expect_error: str | None = None  # the SwapsuiteError subclass the driver must raise
    expect_status: str | None = None  # the provider status a sandbox status recording must show
    record_key: str = "sandbox-key"  # the key used while recording from the sandbox
    live: bool = False  # only reads: may be recorded against the live API
    note: str = ""

    @property
    def kind(self) -> str:
        return "documented example" if self.served else "sandbox recording"

    @property
    def path(self) -> Path:
        return CASSETTES / self.provider / f"{self.name}.yaml"


@dataclass(frozen=True)
class Outcome:
    result: Any = None
    error: SwapsuiteError | None = None


def quote_request(params: Mapping[str, Any]) -> QuoteRequest:
    """The QuoteRequest a scenario's parameters describe."""
    return QuoteRequest(
        from_asset=AssetId.parse(params["from_asset"]),
        to_asset=AssetId.parse(params["to_asset"]),
        amount=int(params["amount"]),
        swap_type=SwapType(params.get("swap_type", "EXACT_INPUT")),
        sender=params.get("sender"),
        recipient=params.get("recipient"),
        refund_to=params.get("refund_to"),
        slippage_bps=int(params.get("slippage_bps", 100)),
        dry=bool(params.get("dry", True)),
        app_fees=tuple(AppFee(recipient, int(bps)) for recipient, bps in params.get("app_fees", ())),
        referral=params.get("referral"),
    )


def _changelly_docs_quote_tokens() -> list[Token]:
    """The two tokens of the documented Changelly quote (seed 001): USDT (token 278, 6 decimals, network 3) and
    SOL (token 678, 9 decimals, network 177). No documented token list lists them, so the quote cassettes seed the
    adapter's token cache with them instead of serving an invented list; network 3 is Ethereum and 177 Solana by
    our reading of that sample (a Permit2 domain with chainId 1; a 9-decimals coin and a base58 recipient)."""
    usdt = AssetId.parse("eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7")
    sol = AssetId.parse("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501")
    return [
        Token("changelly", usdt, "USDT", 6, "278", "Tether USD"),
        Token("changelly", sol, "SOL", 9, "678", "Solana"),
    ]


PRIMED_TOKENS: dict[str, Callable[[], list[Token]]] = {"changelly-docs-quote": _changelly_docs_quote_tokens}


def _drive_tokens(provider: Any, params: Mapping[str, Any]) -> Any:
    return provider.tokens()


def _drive_quote(provider: Any, params: Mapping[str, Any]) -> Any:
    if params.get("prime_tokens"):
        provider.adapter.tokens_cache.set(PRIMED_TOKENS[params["prime_tokens"]]())
    return provider.quote(quote_request(params))


def _drive_status(provider: Any, params: Mapping[str, Any]) -> Any:
    return provider.status(params["ref"], memo=params.get("memo"))


def _drive_submit(provider: Any, params: Mapping[str, Any]) -> Any:
    return provider.submit(
        params["ref"], tx_hash=params.get("tx_hash"), signature=params.get("signature"), memo=params.get("memo")
    )


def _drive_execute(provider: Any, params: Mapping[str, Any]) -> Any:
    """``execute()`` of a Deframe quote without actions (its bytecode call). The bytecode call needs the parties of
    the quote's request, which the adapter remembers per quoteId for the quotes it returned: the driver stands in
    for that earlier quote() — it registers the parties as quote_plan does and passes the quote it would have
    returned (amounts are not part of the bytecode request)."""
    provider.adapter._remember(params["quote_id"], params["sender"], params["recipient"])
    quote = Quote(
        provider=provider.name,
        quote_id=params["quote_id"],
        from_asset=AssetId.parse(params["from_asset"]),
        to_asset=AssetId.parse(params["to_asset"]),
        amount_in=int(params["amount"]),
        amount_out=1,  # any positive amount: swapsuite.sanity refuses a quote that pays nothing
        min_amount_out=None,
        status_ref=params["quote_id"],
        raw=None,
    )
    return provider.execute(quote)


DRIVERS: dict[str, Callable[[Any, Mapping[str, Any]], Any]] = {
    "tokens": _drive_tokens,
    "quote": _drive_quote,
    "status": _drive_status,
    "submit": _drive_submit,
    "execute": _drive_execute,
}


def make_provider(
    name: str,
    base_url: str,
    params: Mapping[str, Any],
    *,
    api_key: str | None = None,
    transport: httpx.BaseTransport | None = None,
    httpx_args: Mapping[str, Any] | None = None,
) -> Provider:
    """A sync provider as the scenarios use it: no retries, no environment keys, the scenario's clock."""
    return get_provider(name, **_provider_args(name, base_url, params, api_key, transport, httpx_args))


def make_async_provider(
    name: str, base_url: str, params: Mapping[str, Any], *, api_key: str | None = None
) -> AsyncProvider:
    """The async twin of :func:`make_provider`."""
    return get_async_provider(name, **_provider_args(name, base_url, params, api_key, None, None))


def _provider_args(
    name: str,
    base_url: str,
    params: Mapping[str, Any],
    api_key: str | None,
    transport: Any,
    httpx_args: Mapping[str, Any] | None,
) -> dict[str, Any]:
    args: dict[str, Any] = {"base_url": base_url, "retry": NO_RETRY, "env": {}, "api_key": api_key}
    extra = dict(httpx_args or {})
    if transport is not None:
        extra["transport"] = transport
    if extra:
        args["httpx_args"] = extra
    if "clock" in params:
        instant = datetime.fromisoformat(params["clock"])
        args["clock"] = lambda: instant
    for key in ADAPTER_PARAMS:  # 1Click quote verification: the signing key, or verification off
        if key in params:
            args[key] = params[key]
    return args


ADAPTER_PARAMS = ("public_key", "verify_signatures")


# Adapter parameters the sandboxes need: the 1Click sandbox signs its quotes with its own key.
SANDBOX_ADAPTER_PARAMS: dict[str, dict[str, Any]] = {
    "oneclick": {"public_key": "ed25519:AVVHZP5A5BU6ND2w7uShn9rP626TtpcJGXwPTvbnzQS1"}  # SANDBOX_PUBLIC_KEY
}


def run(scenario: Scenario, provider: Provider, params: Mapping[str, Any]) -> Outcome:
    """Drive a sync provider through a scenario; typed errors are part of the outcome."""
    with provider:
        try:
            return Outcome(result=DRIVERS[scenario.driver](provider, params))
        except SwapsuiteError as exc:
            return Outcome(error=exc)


async def arun(scenario: Scenario, provider: AsyncProvider, params: Mapping[str, Any]) -> Outcome:
    """Drive an async provider through a scenario."""
    async with provider:
        try:
            result = DRIVERS[scenario.driver](provider, params)
            return Outcome(result=await result if inspect.isawaitable(result) else result)
        except SwapsuiteError as exc:
            return Outcome(error=exc)
