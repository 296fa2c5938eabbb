"""The cassettes under ``cassettes/<provider>/``: their scenarios, and how each one is (re)built.

    python -m conformance.cassettes               # rebuild every documented-payload cassette (deterministic)
    python -m conformance.cassettes --check       # compare with the files instead of writing (exit 1 on a diff)
    python -m conformance.cassettes --sandbox     # re-record the sandbox cassettes too (new dates, new ids)
    python -m conformance.cassettes --sandbox --provider changelly --scenario status-finished

A *scenario* is one adapter operation (``tokens()``, ``quote()``, ``execute()``, ``submit()``, ``status()``) with
fixed inputs: a driver name plus parameters, stored in the cassette's provenance file so the replay test
(``conformance/test_cassettes.py``) repeats exactly the same calls. Every request in a cassette is what the adapter
itself sent, captured on the way out:

* **documented example** — the adapter runs against an ``httpx.MockTransport`` that serves, in order, the
  documented payloads listed for the scenario (files of ``adapters/tests/fixtures/<provider>/``, each a verbatim
  copy of a public docs sample, a spec example or a file of ``/work/shared``; see their ``SOURCES.md``). The
  transport checks that each request goes to the method and path the payload documents. Rebuilding is
  deterministic (fixed clock, no dates), so ``--check`` can prove the files are reproducible.
* **sandbox recording** — where no public payload exists for a scenario (most status states, several error
  responses), the adapter runs against the local sandboxes (``swapsuite.sandbox.SandboxServer``). A ``prepare``
  step brings the sandbox swap into the wanted state through the adapter and the ``/_sandbox`` control API
  without being recorded; then only the scenario's own calls are captured, from a fresh provider (cold token
  cache, as at replay). The loopback URL is rewritten to ``http://127.0.0.1:8765/<provider>`` (the sandbox's
  default port) so the files do not depend on the ephemeral port used.

Cassettes are written in vcrpy's YAML format (``version: 1``, ``interactions: [{request, response}]``), with JSON
bodies as block literals so they stay readable and line-scannable; every file is read back with vcrpy's own
deserializer before it is kept. Request headers kept: ``accept``, ``content-type`` and the credential headers,
whose values are scrubbed to ``REDACTED`` (:mod:`conformance.record`). Response headers kept: ``content-type``,
``retry-after``, ``www-authenticate``.

Each cassette has a ``<scenario>.provenance.toml``: provenance kind, base URL, driver and parameters, and per
interaction the fixture file and its public origin (documented) or the sandbox setup (recorded), plus the date of
recording. ``cassettes/README.md`` is the generated index.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import yaml
from swapsuite import AssetId, Quote, QuoteRequest, SwapsuiteError, SwapType, Token
from swapsuite.models import AppFee
from swapsuite.provider import AsyncProvider, Provider, get_async_provider, get_provider
from swapsuite.retry import NO_RETRY
from vcr.request import Request as VcrRequest
from vcr.serialize import deserialize, serialize
from vcr.serializers import yamlserializer

from conformance.record import scrub_request, scrub_response

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
FIXTURES = ROOT / "adapters" / "tests" / "fixtures"
PROVIDER_NAMES = ("oneclick", "across", "changelly", "deframe")
SANDBOX_BASE = "http://127.0.0.1:8765"
BUILD_KEY = "conformance-build-key"  # sent while building; scrubbed to REDACTED in the files
REPLAY_KEY = "replay-key"  # any key will do at replay: headers are not matched
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body")
KEEP_REQUEST_HEADERS = ("accept", "content-type", "authorization", "x-api-key")
KEEP_RESPONSE_HEADERS = ("content-type", "retry-after", "www-authenticate")

with (ROOT / "specs" / "providers.toml").open("rb") as _fh:
    PRODUCTION = {name: table["base_url"] for name, table in tomllib.load(_fh).items()}


# --- scenarios ------------------------------------------------------------------------------------------------
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


# --- drivers: each ends with exactly one provider call, so the same code runs sync and async -----------------
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


# --- documented payloads, per provider --------------------------------------------------------------------------
def _docs(provider: str, method: str, path: str, fixture: str, origin: str, status: int = 200) -> Served:
    return Served(method, path, f"{provider}/{fixture}", origin, status)


# 1Click: BTC → USDT (stft) as in the SDK quote fixtures; the deadline is the echoed request's (clock + 10 min).
# The request mirrors the echoed quoteRequest field by field, because the adapter checks the echo against what it
# sent (and the signature): these SDK fixtures are signed with 1Click's *staging* key.
ONECLICK_QUOTE = {
    "from_asset": str(AssetId.unmapped("oneclick", "1cs_v1:btc:native:coin")),
    "to_asset": str(AssetId.unmapped("oneclick", "nep141:eth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near")),
    "amount": 10_000,
    "recipient": "0xcac3C41676deF4FE375E57118f3eB83A99105577",
    "refund_to": "bc1q6mte80265ghwq4vsrpm9lnaz46uvdreu9z8wly",
    "slippage_bps": 100,
    "clock": "2026-06-23T18:50:00+00:00",
    "public_key": "ed25519:5J5tkaxyPoR3Q9S8LXfo5bWnXK5Z2bctJ4mB9gENh7co",  # STAGING_PUBLIC_KEY of the adapter
    # The fixtures' integrator fee: the adapter reports fees as sent and requires the echo to carry the same ones.
    "app_fees": [["5880ad2b362620fadf759cbceb1cd5737ce8c6ed7fb8e9942881e6731f9247dd", 10]],
}
ONECLICK_STAGING = {"public_key": ONECLICK_QUOTE["public_key"]}
ONECLICK_TOKENS = _docs(
    "oneclick",
    "GET",
    "/v0/tokens",
    "tokens.excerpt-2025-07-24.json",
    "/work/shared/upstream/oneclick/examples/tokens-response.excerpt-2025-07-24.json (captured /v0/tokens list, "
    "2025-07-24) = spec example getTokens 200 `captured-2025-07-24`",
)
SPEC_ONECLICK = "specs/oneclick/openapi.yaml"
ACROSS_QUOTE = {
    # The request of the docs sample (seed 002 curl): 1 USDC on Optimism → WETH on Arbitrum for this depositor.
    "from_asset": "eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85",
    "to_asset": "eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1",
    "amount": 1_000_000,
    "sender": "0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB",
    "slippage_bps": 100,
}
ACROSS_APPROVAL_DOCS = (
    "docs.across.to API reference sample of GET /swap/approval (/work/shared/seeds/002_c75c1b86648a79b6.txt, "
    "first JSON block) = spec components.examples.SwapApprovalOk"
)
CHANGELLY_QUOTE = {
    # The documented quote request (token 278 → 678, slippage "50"); 1 USDT = 1 000 000 base units, sent as "1".
    "from_asset": "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7",
    "to_asset": "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501",
    "amount": 1_000_000,
    "slippage_bps": 50,
    "prime_tokens": "changelly-docs-quote",
}
CHANGELLY_QUOTE_DOCS = (
    "the `quote` object of the documented POST /v1/intents/ sample response (/work/shared/seeds/"
    "001_2b0213ab538791bd.txt, defi-docs.changelly.com/defi-execution/api-intents) = spec createQuote 200 "
    "example `embeddedInIntent`"
)
EVM_WALLET = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D"
# The deposit of the documented /deposit/status samples (depositTxnRef of DepositStatusFilled and -Pending).
ACROSS_DEPOSIT_TX = "0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967"
SOLANA_WALLET = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"

DOCUMENTED: tuple[Scenario, ...] = (
    # --- 1Click ---
    Scenario("oneclick", "tokens", "GET /v0/tokens", "tokens", served=(ONECLICK_TOKENS,), live=True),
    Scenario(
        "oneclick",
        "quote-dry",
        "dry quote: token list, then POST /v0/quote (dry)",
        "quote",
        {**ONECLICK_QUOTE, "dry": True},
        served=(
            ONECLICK_TOKENS,
            _docs(
                "oneclick",
                "POST",
                "/v0/quote",
                "quote-response.dry.json",
                f"{SPEC_ONECLICK} components.examples.QuoteResponseDry (one-click-sdk-typescript 0.1.25 fixture)",
            ),
        ),
        live=True,
    ),
    Scenario(
        "oneclick",
        "quote-firm",
        "firm quote: token list, then POST /v0/quote (dry=false) with a deposit address",
        "quote",
        {**ONECLICK_QUOTE, "dry": False},
        served=(
            ONECLICK_TOKENS,
            _docs(
                "oneclick",
                "POST",
                "/v0/quote",
                "quote-response.non-dry.json",
                f"{SPEC_ONECLICK} components.examples.QuoteResponseNonDry (one-click-sdk-typescript 0.1.25 fixture)",
            ),
        ),
    ),
    Scenario(
        "oneclick",
        "submit",
        "execute step: POST /v0/deposit/submit with the deposit tx hash",
        "submit",
        # The deposit address of the documented reply (its status echo is checked against the address asked
        # about) and the tx hash of the documented request example `evm-deposit`.
        {"ref": "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw", "tx_hash": "0x123abc456def789", **ONECLICK_STAGING},
        served=(
            _docs(
                "oneclick",
                "POST",
                "/v0/deposit/submit",
                "status.processing-with-nulls.json",
                f"{SPEC_ONECLICK} components.examples.StatusProcessingWithNulls (the submitDepositTx 200 example)",
            ),
        ),
    ),
    Scenario(
        "oneclick",
        "status-success",
        "GET /v0/status → SUCCESS",
        "status",
        {"ref": "0x76b4c56085ED136a8744D52bE956396624a730E8", "verify_signatures": False},
        served=(
            _docs(
                "oneclick",
                "GET",
                "/v0/status",
                "status.success.json",
                f"{SPEC_ONECLICK} components.examples.StatusSuccess",
            ),
        ),
        live=True,
        note=(
            "The example's quoteResponse carries the signature of another example (it was assembled from upstream "
            "per-field examples), so it cannot verify under any key: replayed with verify_signatures=False."
        ),
    ),
    Scenario(
        "oneclick",
        "status-processing",
        "GET /v0/status → PROCESSING, with the nulls live responses carry",
        "status",
        {"ref": "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw", **ONECLICK_STAGING},
        served=(
            _docs(
                "oneclick",
                "GET",
                "/v0/status",
                "status.processing-with-nulls.json",
                f"{SPEC_ONECLICK} components.examples.StatusProcessingWithNulls",
            ),
        ),
    ),
    Scenario(
        "oneclick",
        "error-quote-400",
        "POST /v0/quote → 400 with 1Click's {message} envelope",
        "quote",
        {**ONECLICK_QUOTE, "dry": True},
        served=(
            ONECLICK_TOKENS,
            _docs(
                "oneclick",
                "POST",
                "/v0/quote",
                "error-400.amount-too-low.json",
                f"{SPEC_ONECLICK} /v0/quote 400 example `live-amount-too-low` (live API, Sep 2026)",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
    Scenario(
        "oneclick",
        "error-submit-400",
        "POST /v0/deposit/submit → 400 with the upstream BadRequestResponse example",
        "submit",
        {"ref": EVM_WALLET, "tx_hash": "0x123abc456def789"},
        served=(
            _docs(
                "oneclick",
                "POST",
                "/v0/deposit/submit",
                "error-400.bad-request-response.json",
                "/work/shared/upstream/oneclick/examples/error-400.bad-request-response.json (BadRequestResponse "
                "example of the upstream spec)",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
    # --- Across ---
    Scenario(
        "across",
        "tokens",
        "GET /swap/tokens",
        "tokens",
        served=(
            _docs(
                "across",
                "GET",
                "/swap/tokens",
                "swap_tokens.200.json",
                "/work/shared/upstream/across/examples/spec-example.get.swap-tokens.200.json (across-protocol/"
                "frontend docs @ bdcf46ce) = spec components.examples.SwapTokensOk",
            ),
        ),
        live=True,
    ),
    *(
        Scenario(
            "across",
            name,
            f"{kind} quote: GET /swap/approval (Across has one GET for both)",
            "quote",
            {**ACROSS_QUOTE, "dry": kind == "dry"},
            served=(_docs("across", "GET", "/swap/approval", "swap_approval.200.json", ACROSS_APPROVAL_DOCS),),
            live=kind == "dry",
        )
        for name, kind in (("quote-dry", "dry"), ("quote-firm", "firm"))
    ),
    Scenario(
        "across",
        "status-filled",
        "GET /deposit/status → filled",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.200.filled.json",
                "specs/across/openapi.yaml components.examples.DepositStatusFilled (upstream example, its "
                "YAML-typo `actionsSucceeded` corrected to null)",
            ),
        ),
        live=True,
    ),
    Scenario(
        "across",
        "status-pending",
        "GET /deposit/status → pending",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.200.pending.json",
                "/work/shared/upstream/across/examples/derived.get.deposit-status.200.pending.json = spec "
                "components.examples.DepositStatusPending (derived by the spec from the indexer's "
                "getDepositStatus())",
            ),
        ),
    ),
    *(
        Scenario(
            "across",
            f"error-quote-400-{slug}",
            f"GET /swap/approval → 400 AcrossApiError ({what})",
            "quote",
            {**ACROSS_QUOTE, "dry": True},
            served=(
                _docs(
                    "across",
                    "GET",
                    "/swap/approval",
                    fixture,
                    f"seed 002 ({block} JSON block) = spec components.examples.{example}",
                    400,
                ),
            ),
            expect_error="BadRequestError",
        )
        for slug, what, fixture, block, example in (
            (
                "invalid-depositor",
                "INVALID_PARAM",
                "swap_approval.400.invalid_depositor.json",
                "second",
                "SwapApprovalInvalidDepositor",
            ),
            (
                "relayer-lacks-funds",
                "relayer lacks funds",
                "swap_approval.400.relayer_lacks_funds.json",
                "third",
                "SwapApprovalRelayerLacksFunds",
            ),
        )
    ),
    Scenario(
        "across",
        "error-quote-500",
        "GET /swap/approval → 500 AcrossApiError",
        "quote",
        {**ACROSS_QUOTE, "dry": True},
        served=(
            _docs(
                "across",
                "GET",
                "/swap/approval",
                "error.500.json",
                "specs/across/openapi.yaml components.examples.InternalServerError (= upstream spec-example "
                "*.500.json)",
                500,
            ),
        ),
        expect_error="ServerError",
    ),
    Scenario(
        "across",
        "error-status-404",
        "GET /deposit/status → 404 with the indexer's {error, message} envelope",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.404.json",
                "/work/shared/upstream/across/examples/derived.get.deposit-status.404.json = spec "
                "components.examples.DepositNotFound",
                404,
            ),
        ),
        expect_error="NotFoundError",
    ),
    Scenario(
        "across",
        "error-status-400",
        "GET /deposit/status → 400 IncorrectQueryParamsException",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.400.json",
                "specs/across/openapi.yaml components.examples.DepositStatusIncorrectParams",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
    # --- Changelly ---
    Scenario(
        "changelly",
        "tokens",
        "GET /v1/networks, then GET /v1/tokens (one short page)",
        "tokens",
        served=(
            _docs(
                "changelly",
                "GET",
                "/v1/networks",
                "networks.docs.json",
                "/work/shared/upstream/changelly/examples/docs-older.get.networks.response.json (docs.changelly.com"
                "/defi/api, List networks) = spec listNetworks 200 example `olderDocs`",
            ),
            _docs(
                "changelly",
                "GET",
                "/v1/tokens",
                "tokens.docs.json",
                "/work/shared/upstream/changelly/examples/docs-older.get.tokens.response.json (docs.changelly.com"
                "/defi/api, List all tokens) = spec listTokens 200 example `olderDocs`",
            ),
        ),
        live=True,
    ),
    Scenario(
        "changelly",
        "quote-dry",
        "dry quote: POST /v1/quotes/ (token cache seeded with the two documented tokens)",
        "quote",
        {**CHANGELLY_QUOTE, "dry": True},
        served=(_docs("changelly", "POST", "/v1/quotes/", "quote.json", CHANGELLY_QUOTE_DOCS),),
    ),
    Scenario(
        "changelly",
        "quote-firm",
        "firm quote: POST /v1/quotes/, then the intent POST /v1/intents/ (execute step)",
        "quote",
        {**CHANGELLY_QUOTE, "dry": False, "sender": EVM_WALLET, "recipient": SOLANA_WALLET},
        served=(
            _docs("changelly", "POST", "/v1/quotes/", "quote.json", CHANGELLY_QUOTE_DOCS),
            _docs(
                "changelly",
                "POST",
                "/v1/intents/",
                "intent.json",
                "documented POST /v1/intents/ sample response 'EVM and Tron' (/work/shared/seeds/"
                "001_2b0213ab538791bd.txt) = spec createIntent 200 example `permit2`",
            ),
        ),
    ),
    Scenario(
        "changelly",
        "error-quote-400",
        "POST /v1/quotes/ → 400 with Changelly's {code, type, message} envelope",
        "quote",
        {**CHANGELLY_QUOTE, "dry": True},
        served=(
            _docs(
                "changelly",
                "POST",
                "/v1/quotes/",
                "error.validation.json",
                "/work/shared/upstream/changelly/examples/docs.error.validation.json (defi-docs.changelly.com/"
                "defi-development/errors) = spec components.responses.BadRequest example",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
    # --- Deframe ---
    Scenario(
        "deframe",
        "execute-evm",
        "execute step: POST /v2/swap/bytecode → EVM transactions; the docs elide the calldata as `0x...`, which is"
        " not hex, so the quote is not executable and swapsuite.sanity refuses it",
        "execute",
        {
            # The documented bytecode request (quoteId and both addresses); USDC on Ethereum → USDC on Polygon.
            "quote_id": "550e8400-e29b-41d4-a716-446655440000",
            "sender": "0xb794F5eA0ba39494cE839613fffBA74279579268",
            "recipient": "0xb794F5eA0ba39494cE839613fffBA74279579268",
            "from_asset": "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
            "to_asset": "eip155:137/erc20:0x2791bca1f2de4661ed88a30c99a7a9449aa84174",
            "amount": 1_000_000_000,
        },
        served=(
            _docs(
                "deframe",
                "POST",
                "/v2/swap/bytecode",
                "bytecode.evm.json",
                "/work/shared/upstream/deframe/examples/docs.post.v2-swap-bytecode.200.json (docs.deframe.io "
                "generate-transaction-bytecode) = spec createSwapBytecode 200 example `evm`",
            ),
        ),
        expect_error="ResponseShapeError",
    ),
    Scenario(
        "deframe",
        "execute-fiat-offramp",
        "execute step: POST /v2/swap/bytecode → BRL Pix off-ramp deposit transaction; the example's placeholders"
        " (`to` 0xContractOrDepositAddress, data `0x...`) are not executable, so swapsuite.sanity refuses it",
        "execute",
        {
            # The spec's `pixOfframp` bytecode request (Pods KYC demo off-ramp guide): USDC on Base → BRL.
            "quote_id": "QUOTE_ID",
            "sender": "0x0000000000000000000000000000000000000001",
            "recipient": "USER_PIX_KEY",
            "from_asset": "eip155:8453/erc20:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913",
            "to_asset": str(AssetId.unmapped("deframe", "fiat:BRL")),
            "amount": 10_000_000,
        },
        served=(
            _docs(
                "deframe",
                "POST",
                "/v2/swap/bytecode",
                "bytecode.fiat-offramp.json",
                "specs/deframe/openapi.yaml createSwapBytecode 200 example `pixOfframp` (pods-finance/"
                "pods-kyc-sdk-frontend-demo docs/customer-guides/offramp.md)",
            ),
        ),
        expect_error="ResponseShapeError",
    ),
    Scenario(
        "deframe",
        "status-fulfilled",
        "GET /v2/swap/status/{quoteId} → fulfilled (newest status vocabulary)",
        "status",
        {"ref": "550e8400-e29b-41d4-a716-446655440000"},
        served=(
            _docs(
                "deframe",
                "GET",
                "/v2/swap/status/550e8400-e29b-41d4-a716-446655440000",
                "status.fulfilled.json",
                "/work/shared/upstream/deframe/examples/docs.get.v2-swap-status.200.json (docs.deframe.io "
                "get-swap-status) = spec getSwapStatus 200 example `fulfilled`",
            ),
        ),
        live=True,
    ),
    Scenario(
        "deframe",
        "status-success-older",
        "GET /v2/swap/status/{quoteId} → success (older status vocabulary)",
        "status",
        {"ref": "550e8400-e29b-41d4-a716-446655440000"},
        served=(
            _docs(
                "deframe",
                "GET",
                "/v2/swap/status/550e8400-e29b-41d4-a716-446655440000",
                "status.older-success.json",
                "/work/shared/upstream/deframe/examples/docs-older.get.v2-swap-status.200.json (older copy of "
                "docs.deframe.io get-swap-status) = spec getSwapStatus 200 example `olderGeneration`",
            ),
        ),
    ),
    Scenario(
        "deframe",
        "error-status-404",
        "GET /v2/swap/status/{quoteId} → 404 QUOTE_NOT_FOUND in the {error: {code, message}} envelope",
        "status",
        {"ref": "550e8400-e29b-41d4-a716-446655440000"},
        served=(
            _docs(
                "deframe",
                "GET",
                "/v2/swap/status/550e8400-e29b-41d4-a716-446655440000",
                "error.quote-not-found.json",
                "/work/shared/upstream/deframe/examples/docs.error.envelope.json (docs.deframe.io/error-codes) = "
                "spec components.responses.QuoteNotFound example",
                404,
            ),
        ),
        expect_error="NotFoundError",
    ),
)


# --- sandbox recordings ---------------------------------------------------------------------------------------
ONECLICK_SANDBOX_REQUEST = {
    "from_asset": "eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831",  # USDC on Arbitrum
    "to_asset": "eip155:8453/slip44:60",  # ETH on Base
    "recipient": EVM_WALLET,
    "refund_to": EVM_WALLET,
    "dry": False,
}
DEPOSIT_TX = "0x" + "ab" * 32
SIGNATURE = "0x" + "5a" * 65


def _oneclick_swap(amount: int, *, submit: bool = False, advances: int = 0, outcome: str | None = None) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        quote = run.provider.quote(quote_request({**ONECLICK_SANDBOX_REQUEST, "amount": amount}))
        ref = quote.status_ref or ""
        if outcome:
            run.control(f"swaps/{ref}/outcome", {"outcome": outcome})
        if submit:
            run.provider.submit(ref, tx_hash=DEPOSIT_TX)
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        return {"ref": ref}

    prepare.__doc__ = (
        f"firm quote of {amount} USDC base units (Arbitrum) → ETH (Base)"
        + (f", outcome {outcome!r} chosen through /_sandbox" if outcome else "")
        + (", deposit tx submitted" if submit else "")
        + (f", {advances} lifecycle step(s) advanced through /_sandbox" if advances else "")
    )
    return prepare


def _across_swap(amount: int, *, advances: int = 0) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        from swapsuite.sandbox import market

        quote = run.provider.quote(
            quote_request({**ACROSS_QUOTE, "to_asset": "eip155:42161/slip44:60", "amount": amount, "dry": False})
        )
        ref = market.fake_hash(quote.actions[-1].data or "")  # the sandbox's deposit hash of this swapTx
        run.provider.status(ref)  # the first lookup is the sandbox's "broadcast": the swap starts
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        return {"ref": ref}

    prepare.__doc__ = (
        f"firm quote of {amount} USDC base units (Optimism) → ETH (Arbitrum), deposit hash = fake_hash(swapTx.data),"
        f" one status lookup (the sandbox's broadcast), {advances} lifecycle step(s) advanced through /_sandbox"
    )
    return prepare


CHANGELLY_SANDBOX_REQUEST = {
    "from_asset": "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",  # USDC on Ethereum
    "to_asset": "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501",  # SOL
    "sender": "0x1111111111111111111111111111111111111111",
    "recipient": SOLANA_WALLET,
    "slippage_bps": 50,
    "dry": False,
}


def _changelly_intent(amount: int, *, approve: bool = False, advances: int = 0, clock: int = 0) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        quote = run.provider.quote(quote_request({**CHANGELLY_SANDBOX_REQUEST, "amount": amount}))
        ref = quote.status_ref or ""
        if approve:
            run.provider.submit(ref, signature=SIGNATURE)
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        if clock:
            run.control("clock/advance", {"seconds": clock})
        return {"ref": ref}

    prepare.__doc__ = (
        f"firm quote (quote + intent) of {amount} USDC base units (Ethereum) → SOL"
        + (", approval submitted" if approve else "")
        + (f", {advances} lifecycle step(s) advanced through /_sandbox" if advances else "")
        + (f", sandbox clock advanced {clock} s" if clock else "")
    )
    return prepare


def _changelly_submit(run: SandboxRun) -> dict[str, Any]:
    """firm quote (quote + intent) of 10 000 000 USDC base units (Ethereum) → SOL; its intent id is the ref."""
    quote = run.provider.quote(quote_request({**CHANGELLY_SANDBOX_REQUEST, "amount": 10_000_000}))
    return {"ref": quote.status_ref or "", "signature": SIGNATURE}


DEFRAME_SANDBOX_REQUEST = {
    "from_asset": "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",  # USDC on Ethereum
    "to_asset": "eip155:42161/slip44:60",  # ETH on Arbitrum
    "slippage_bps": 100,
}
DEFRAME_SENDER = "0xb794F5eA0ba39494cE839613fffBA74279579268"


def _deframe_swap(amount: int, *, firm: bool, advances: int = 0, clock: int = 0) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        parties = {"sender": DEFRAME_SENDER, "recipient": DEFRAME_SENDER} if firm else {}
        params = {**DEFRAME_SANDBOX_REQUEST, **parties, "amount": amount, "dry": not firm}
        ref = run.provider.quote(quote_request(params)).status_ref or ""
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        if clock:
            run.control("clock/advance", {"seconds": clock})
        return {"ref": ref}

    prepare.__doc__ = (
        f"{'firm quote with both addresses (inline transactions: the swap starts)' if firm else 'dry quote'} of "
        f"{amount} USDC base units (Ethereum) → ETH (Arbitrum)"
        + (f", {advances} lifecycle step(s) advanced through /_sandbox" if advances else "")
        + (f", sandbox clock advanced {clock} s" if clock else "")
    )
    return prepare


def _no_setup(params: Mapping[str, Any]) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        return dict(params)

    prepare.__doc__ = "none"
    return prepare


def _status(provider: str, state: str, prepare: Prepare, *, live: bool = False) -> Scenario:
    return Scenario(
        provider,
        f"status-{state.lower().replace('_', '-')}",
        f"status() → {state}",
        "status",
        prepare=prepare,
        expect_status=state,
        live=live,
    )


SANDBOX: tuple[Scenario, ...] = (
    # --- 1Click: the states without a documented payload ---
    _status("oneclick", "PENDING_DEPOSIT", _oneclick_swap(5_000_000)),
    _status("oneclick", "KNOWN_DEPOSIT_TX", _oneclick_swap(5_000_000, submit=True)),
    _status("oneclick", "REFUNDED", _oneclick_swap(5_000_000, submit=True, advances=2, outcome="refund")),
    _status("oneclick", "FAILED", _oneclick_swap(5_000_000, submit=True, advances=2, outcome="fail")),
    Scenario(
        "oneclick",
        "error-status-404",
        "GET /v0/status → 404 for an unknown deposit address",
        "status",
        prepare=_no_setup({"ref": "0x" + "0" * 40}),
        expect_error="NotFoundError",
    ),
    Scenario(
        "oneclick",
        "error-status-401",
        "GET /v0/status with an invalid key → 401 (upstream documents no body)",
        "status",
        prepare=_no_setup({"ref": "0x" + "1" * 40}),
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
    # --- Across ---
    _status("across", "expired", _across_swap(250_000_302, advances=1)),
    _status("across", "refunded", _across_swap(250_000_302, advances=2)),
    Scenario(
        "across",
        "error-quote-401",
        "GET /swap/approval with an invalid key → 401 AcrossApiError without a code",
        "quote",
        {**ACROSS_QUOTE, "to_asset": "eip155:42161/slip44:60", "amount": 250_000_000, "dry": True},
        prepare=None,
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
    # --- Changelly: no documented intent-status payload exists, so every state is recorded ---
    Scenario(
        "changelly",
        "submit",
        "execute step: POST /v1/intents/{id}/approvals/ with the signature, then GET /v1/intents/{id}",
        "submit",
        prepare=_changelly_submit,
    ),
    _status("changelly", "created", _changelly_intent(10_000_000)),
    _status("changelly", "approved", _changelly_intent(10_000_000, approve=True)),
    _status("changelly", "verified", _changelly_intent(10_000_000, approve=True, advances=1)),
    _status("changelly", "deposited", _changelly_intent(10_000_000, approve=True, advances=2)),
    _status("changelly", "finished", _changelly_intent(10_000_000, approve=True, advances=3)),
    _status("changelly", "failed", _changelly_intent(10_000_404, approve=True, advances=1)),
    _status("changelly", "refunded", _changelly_intent(10_000_302, approve=True, advances=3)),
    _status("changelly", "expired", _changelly_intent(10_000_000, clock=7201)),
    Scenario(
        "changelly",
        "error-quote-422",
        "token list, then POST /v1/quotes/ → 422 amount_too_small",
        "quote",
        {**CHANGELLY_SANDBOX_REQUEST, "amount": 1, "dry": True},
        expect_error="UnprocessableError",
    ),
    Scenario(
        "changelly",
        "error-status-404",
        "GET /v1/intents/{id} → 404 for an unknown intent",
        "status",
        prepare=_no_setup({"ref": "00000000-0000-4000-8000-000000000000"}),
        expect_error="NotFoundError",
    ),
    Scenario(
        "changelly",
        "error-tokens-401",
        "GET /v1/networks with an invalid key → 401",
        "tokens",
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
    # --- Deframe: quotes (the documented quote samples are placeholders) and the undocumented states ---
    Scenario(
        "deframe",
        "quote-dry",
        "dry quote: GET /v2/swap/quote without addresses",
        "quote",
        {**DEFRAME_SANDBOX_REQUEST, "amount": 10_000_000, "dry": True},
        live=True,
    ),
    Scenario(
        "deframe",
        "quote-firm",
        "firm quote: GET /v2/swap/quote with both addresses → transactions inline",
        "quote",
        {
            **DEFRAME_SANDBOX_REQUEST,
            "amount": 10_000_000,
            "dry": False,
            "sender": DEFRAME_SENDER,
            "recipient": DEFRAME_SENDER,
        },
    ),
    Scenario(
        "deframe",
        "quote-firm-solana",
        "firm quote from Solana: GET /v2/swap/quote, then POST /v2/swap/bytecode (Solana transaction)",
        "quote",
        {
            **DEFRAME_SANDBOX_REQUEST,
            "from_asset": "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
            "amount": 20_000_000,
            "dry": False,
            "sender": "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU",
            "recipient": DEFRAME_SENDER,
        },
    ),
    _status("deframe", "pending", _deframe_swap(10_000_000, firm=False)),
    _status("deframe", "processing", _deframe_swap(10_000_000, firm=True)),
    _status("deframe", "refunded", _deframe_swap(10_000_302, firm=True, advances=1)),
    _status("deframe", "failed", _deframe_swap(10_000_404, firm=True, advances=1)),
    _status("deframe", "expired", _deframe_swap(10_000_000, firm=False, clock=301)),
    Scenario(
        "deframe",
        "error-quote-401",
        "GET /v2/swap/quote with an invalid key → 401",
        "quote",
        {**DEFRAME_SANDBOX_REQUEST, "amount": 10_000_000, "dry": True},
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
)

SCENARIOS: dict[tuple[str, str], Scenario] = {(s.provider, s.name): s for s in (*DOCUMENTED, *SANDBOX)}


def scenario(provider: str, name: str) -> Scenario:
    """A scenario by provider and name (a ``.live`` suffix names the live recording of the same scenario)."""
    try:
        return SCENARIOS[(provider, name.removesuffix(".live"))]
    except KeyError:
        known = ", ".join(n for p, n in SCENARIOS if p == provider)
        raise KeyError(f"no scenario {provider}/{name}; known: {known}") from None


def live_scenarios(provider: str) -> list[Scenario]:
    return [s for s in SCENARIOS.values() if s.provider == provider and s.live]


def live_params(scenario: Scenario, *, ref: str | None, memo: str | None, now: datetime) -> dict[str, Any]:
    """A scenario's parameters for a live recording: the caller's ref, today's clock, no seeded token list."""
    params = {key: value for key, value in scenario.params.items() if key != "prime_tokens"}
    if scenario.driver in ("status", "submit"):
        params["ref"] = ref
        if memo:
            params["memo"] = memo
    if "clock" in params:
        params["clock"] = now.replace(microsecond=0).isoformat()
    return params


# --- capture ----------------------------------------------------------------------------------------------------
@dataclass
class Exchange:
    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes


class Capture(httpx.BaseTransport):
    """Wraps a transport and keeps every request/response pair while ``active``."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.active = True
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        response = self.inner.handle_request(request)
        body = response.read()  # decoded; the response handed on below carries no content-encoding any more
        response.close()
        if self.active:
            self.exchanges.append(
                Exchange(
                    request.method,
                    str(request.url),
                    [(k.decode(), v.decode()) for k, v in request.headers.raw],
                    content,
                    response.status_code,
                    response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code),
                    [(k.decode(), v.decode()) for k, v in response.headers.raw],
                    body,
                )
            )
        drop = (b"content-encoding", b"content-length", b"transfer-encoding")
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in drop]
        return httpx.Response(response.status_code, headers=headers, content=body)

    def close(self) -> None:
        self.inner.close()


class DocumentedApi:
    """An httpx.MockTransport handler serving a scenario's documented payloads, in order, to the expected routes."""

    def __init__(self, base_url: str, served: Sequence[Served]) -> None:
        self.base_path = httpx.URL(base_url).path.rstrip("/")
        self.queue = list(served)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if not self.queue:
            raise AssertionError(f"unexpected extra request {request.method} {request.url}")
        item = self.queue.pop(0)
        path = request.url.path
        if request.method != item.method or path != self.base_path + item.path:
            raise AssertionError(f"expected {item.method} {item.path} for {item.fixture}, got {request.method} {path}")
        content = (FIXTURES / item.fixture).read_bytes()
        return httpx.Response(item.status, headers={"Content-Type": "application/json"}, content=content)


# --- cassette files ---------------------------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):
    """Block literals for multi-line strings (the JSON bodies), so the files stay readable and line-scannable."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_str)


class _Serializer:
    @staticmethod
    def serialize(data: Any) -> str:
        return yaml.dump(data, Dumper=_Dumper, sort_keys=True, allow_unicode=True, width=120)

    @staticmethod
    def deserialize(text: str) -> Any:
        return yamlserializer.deserialize(text)


def to_vcr(
    exchange: Exchange, *, secrets: Sequence[str] = (), rewrite: tuple[str, str] | None = None
) -> tuple[VcrRequest, dict[str, Any]]:
    """A captured exchange as vcrpy's request object and response dict, scrubbed, headers trimmed."""
    url = exchange.url if rewrite is None else exchange.url.replace(rewrite[0], rewrite[1], 1)
    headers = {name: value for name, value in exchange.headers if name.lower() in KEEP_REQUEST_HEADERS}
    request = scrub_request(VcrRequest(exchange.method, url, exchange.content, headers), secrets)
    response_headers: dict[str, list[str]] = {}
    for name, value in exchange.response_headers:
        if name.lower() in KEEP_RESPONSE_HEADERS:
            response_headers.setdefault(name, []).append(value)
    response = {
        "status": {"code": exchange.status, "message": exchange.reason},
        "headers": response_headers,
        "body": {"string": exchange.body},
    }
    return request, scrub_response(response, secrets)


def cassette_text(interactions: Sequence[tuple[VcrRequest, dict[str, Any]]]) -> str:
    """vcrpy YAML for the interactions, verified by reading it back with vcrpy's own deserializer."""
    requests, responses = [r for r, _ in interactions], [r for _, r in interactions]
    expected = [(r.method, r.uri, _bytes(r.body)) for r in requests]
    expected_responses = [(r["status"], _bytes(r["body"]["string"])) for r in responses]
    # vcrpy's serialize() converts the bodies it is given to text in place: compare as bytes, taken beforehand.
    text = serialize({"requests": requests, "responses": responses}, _Serializer)
    loaded_requests, loaded_responses = deserialize(text, yamlserializer)
    assert [(r.method, r.uri, _bytes(r.body)) for r in loaded_requests] == expected, "a request did not survive"
    loaded = [(r["status"], _bytes(r["body"]["string"])) for r in loaded_responses]
    assert loaded == expected_responses, "a response did not survive the YAML round trip"
    return text


def _bytes(value: Any) -> bytes | None:
    return value.encode("utf-8") if isinstance(value, str) else value


def read_cassette(path: Path) -> tuple[list[VcrRequest], list[dict[str, Any]]]:
    """The requests and responses of a cassette file, as vcrpy reads them."""
    requests, responses, *_ = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    return requests, responses


def rewrite_recording(raw: Path, out: Path, *, secrets: Sequence[str]) -> None:
    """Re-write a cassette vcrpy recorded in this suite's style: scrubbed again, headers trimmed, block literals."""
    requests, responses = read_cassette(raw)
    interactions = []
    for request, response in zip(requests, responses, strict=True):
        request.headers = {k: v for k, v in request.headers.items() if k.lower() in KEEP_REQUEST_HEADERS}
        kept = {k: v for k, v in response["headers"].items() if k.lower() not in ("date", "set-cookie")}
        interactions.append((scrub_request(request, secrets), scrub_response({**response, "headers": kept}, secrets)))
    out.write_text(cassette_text(interactions), encoding="utf-8")


# --- provenance files -------------------------------------------------------------------------------------------
def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} to TOML")


def toml_text(data: Mapping[str, Any]) -> str:
    """A small TOML writer: scalars first, then tables, then arrays of tables (all this module needs)."""
    lines = [f"{key} = {_toml_value(value)}" for key, value in data.items() if not isinstance(value, Mapping | list)]
    lines += [
        f"{key} = {_toml_value(value)}"
        for key, value in data.items()
        if isinstance(value, list) and not (value and isinstance(value[0], Mapping))
    ]
    for key, value in data.items():
        if isinstance(value, Mapping):
            lines += ["", f"[{key}]", *(f"{k} = {_toml_value(v)}" for k, v in value.items() if v is not None)]
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], Mapping):
            for item in value:
                lines += ["", f"[[{key}]]", *(f"{k} = {_toml_value(v)}" for k, v in item.items() if v is not None)]
    return "\n".join(lines) + "\n"


def write_provenance(path: Path, data: Mapping[str, Any]) -> None:
    path.write_text(toml_text(data), encoding="utf-8")


def read_provenance(cassette: Path) -> dict[str, Any]:
    """The provenance of a cassette (``<name>.yaml`` → ``<name>.provenance.toml``)."""
    with cassette.with_name(cassette.name.removesuffix(".yaml") + ".provenance.toml").open("rb") as fh:
        return tomllib.load(fh)


def provenance_for(
    scenario: Scenario,
    kind: str,
    base_url: str,
    params: Mapping[str, Any],
    *,
    recorded_on: str | None = None,
    interactions: Sequence[Mapping[str, Any]] = (),
    setup: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "provider": scenario.provider,
        "scenario": scenario.name,
        "summary": scenario.summary,
        "provenance": kind,
    }
    if recorded_on:
        data["recorded_on"] = recorded_on
    data["base_url"] = base_url
    data["driver"] = scenario.driver
    data["expect"] = f"error {scenario.expect_error}" if scenario.expect_error else "result"
    if kind == "documented example":
        data["built_by"] = "python -m conformance.cassettes (deterministic; --check compares)"
    elif kind == "sandbox recording":
        data["recorded_by"] = "python -m conformance.cassettes --sandbox"
        data["sandbox"] = (
            f"swapsuite.sandbox.SandboxServer, {scenario.provider} sandbox on an ephemeral loopback port; URIs "
            f"rewritten to {SANDBOX_BASE}/{scenario.provider}; "
            f"{'an invalid key' if scenario.record_key != 'sandbox-key' else 'the sandbox key'} (scrubbed)"
        )
        data["setup"] = setup or "none"
    else:
        data["recorded_by"] = "python -m conformance.record (nox -s record)"
    if scenario.note:
        data["note"] = scenario.note
    data["params"] = {key: value for key, value in params.items() if value is not None}
    if interactions:
        data["interactions"] = list(interactions)
    return data


# --- building -----------------------------------------------------------------------------------------------------
def build_documented(scenario: Scenario) -> dict[Path, str]:
    """The cassette and provenance texts of a documented-example scenario (nothing is written)."""
    base_url = PRODUCTION[scenario.provider]
    api = DocumentedApi(base_url, scenario.served)
    capture = Capture(httpx.MockTransport(api))
    provider = make_provider(scenario.provider, base_url, scenario.params, api_key=BUILD_KEY, transport=capture)
    outcome = run(scenario, provider, scenario.params)
    _check_outcome(scenario, outcome)
    if api.queue:
        raise AssertionError(f"{scenario.provider}/{scenario.name}: payloads never requested: {api.queue}")
    interactions = [to_vcr(exchange, secrets=[BUILD_KEY]) for exchange in capture.exchanges]
    listed = [
        {
            "request": f"{exchange.method} {httpx.URL(exchange.url).path}",
            "status": exchange.status,
            "fixture": f"adapters/tests/fixtures/{item.fixture}",
            "source": item.origin,
        }
        for exchange, item in zip(capture.exchanges, scenario.served, strict=True)
    ]
    provenance = provenance_for(scenario, scenario.kind, base_url, scenario.params, interactions=listed)
    return {
        scenario.path: cassette_text(interactions),
        scenario.path.with_name(f"{scenario.name}.provenance.toml"): toml_text(provenance),
    }


def _check_outcome(scenario: Scenario, outcome: Outcome) -> None:
    got = type(outcome.error).__name__ if outcome.error else None
    if got != scenario.expect_error:
        raise AssertionError(f"{scenario.provider}/{scenario.name}: expected {scenario.expect_error}, got {outcome}")
    if scenario.expect_status and outcome.result.provider_status != scenario.expect_status:
        raise AssertionError(
            f"{scenario.provider}/{scenario.name}: recorded {outcome.result.provider_status}, "
            f"wanted {scenario.expect_status}"
        )


def record_sandbox(scenario: Scenario, server: Any, recorded_on: str) -> dict[Path, str]:
    """Record one scenario from the running sandboxes (see the module docstring)."""
    base_url = server.base_url(scenario.provider)
    adapter_params = SANDBOX_ADAPTER_PARAMS.get(scenario.provider, {})
    setup_provider = make_provider(scenario.provider, base_url, adapter_params, api_key="sandbox-key")
    with setup_provider:
        httpx.post(f"{base_url}/_sandbox/reset", json={}).raise_for_status()  # control calls must be JSON
        prepare = scenario.prepare or _no_setup({})
        params = {
            **scenario.params,
            **prepare(SandboxRun(server, setup_provider, scenario.provider)),
            **adapter_params,
        }
    capture = Capture(httpx.HTTPTransport())
    provider = make_provider(scenario.provider, base_url, params, api_key=scenario.record_key, transport=capture)
    outcome = run(scenario, provider, params)
    _check_outcome(scenario, outcome)
    rewrite = (server.url, SANDBOX_BASE)
    interactions = [to_vcr(e, secrets=["sandbox-key", "wrong-key"], rewrite=rewrite) for e in capture.exchanges]
    provenance = provenance_for(
        scenario,
        scenario.kind,
        f"{SANDBOX_BASE}/{scenario.provider}",
        params,
        recorded_on=recorded_on,
        setup=(prepare.__doc__ or "").strip().splitlines()[0],
    )
    return {
        scenario.path: cassette_text(interactions),
        scenario.path.with_name(f"{scenario.name}.provenance.toml"): toml_text(provenance),
    }


def index_text(cassette_dir: Path = CASSETTES) -> str:
    """``cassettes/README.md``: one row per cassette with its provenance."""
    rows = [
        "# Cassettes",
        "",
        "vcrpy cassettes of every adapter operation, replayed by `conformance/test_cassettes.py` and validated",
        "against the current specs by `conformance/test_cassette_conformance.py`. Built by `python -m",
        "conformance.cassettes` (documented examples: deterministic; `--sandbox` re-records the sandbox ones); live",
        "recordings (`nox -s record`) are `*.live.yaml`. Each cassette's `.provenance.toml` has the details.",
        "",
        "States no public payload shows and no sandbox produces have no cassette: 1Click `INCOMPLETE_DEPOSIT`;",
        "Across `slowFillRequested`, `slowFilled`, `deposit-pending`, `deposit-failed`; Deframe `confirmed`,",
        '`crossing`, `propagated`, `stalled`. The Deframe quote samples are placeholders (`"<string>"`), so Deframe',
        "quotes are sandbox recordings; the older flat Deframe error envelope is not in the current spec.",
        "",
        "| cassette | provenance | what | source |",
        "|---|---|---|---|",
    ]
    for path in sorted(cassette_dir.glob("*/*.yaml")):
        prov = read_provenance(path)
        kind = prov["provenance"] + (f" ({prov['recorded_on']})" if prov.get("recorded_on") else "")
        sources = "; ".join(item["source"] for item in prov.get("interactions", []))
        source = sources or prov.get("setup", "")
        rel = path.relative_to(cassette_dir)
        rows.append(f"| `{rel}` | {kind} | {prov['summary']} | {source.replace('|', '/')} |")
    return "\n".join(rows) + "\n"


def _selected(provider: str | None, names: Sequence[str]) -> Iterator[Scenario]:
    for item in SCENARIOS.values():
        if (provider is None or item.provider == provider) and (not names or item.name in names):
            yield item


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.cassettes", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the documented cassettes instead of writing")
    parser.add_argument("--sandbox", action="store_true", help="also re-record the sandbox cassettes")
    parser.add_argument("--provider", choices=PROVIDER_NAMES)
    parser.add_argument("--scenario", action="append", default=[])
    args = parser.parse_args(argv)
    texts: dict[Path, str] = {}
    for item in _selected(args.provider, args.scenario):
        if item.served:
            texts.update(build_documented(item))
    if args.sandbox and not args.check:
        from swapsuite.sandbox import SandboxServer

        today = datetime.now(UTC).date().isoformat()
        with SandboxServer() as server:
            for item in _selected(args.provider, args.scenario):
                if not item.served:
                    texts.update(record_sandbox(item, server, today))
    if args.check:
        texts[CASSETTES / "README.md"] = index_text()
        stale = [path for path, text in texts.items() if not path.exists() or path.read_text("utf-8") != text]
        for path in stale:
            print(f"differs: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in texts.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    (CASSETTES / "README.md").write_text(index_text(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
