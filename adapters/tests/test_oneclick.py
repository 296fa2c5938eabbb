"""The 1Click adapter: pure mappings from the documented payloads, then whole flows through MockTransport.

Fixtures are the documented example payloads (see fixtures/oneclick/SOURCES.md). Where a test needs a variant
(another status, a null, an unknown chain code) it edits a copy of a fixture in the test, visibly.

The quote fixtures are signed with 1Click's *staging* key, so flows verify under ``STAGING_PUBLIC_KEY``. A flow whose
canned response cannot pass verification (an edited fixture, ``status.success.json`` whose signature is
illustrative, a response answering another request than the one the test sends) opts out with
``verify_signatures=False`` and says why; ``test_staging_signed_flow_is_verified`` runs the signed ones verified.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite.caip import AssetId
from swapsuite.engine import decode_json
from swapsuite.errors import (
    BadRequestError,
    NotFoundError,
    QuoteSignatureError,
    ResponseShapeError,
    UnauthorizedError,
    ValidationError,
)
from swapsuite.models import AppFee, Deposit, Fee, QuoteRequest, SwapState, SwapType, Token
from swapsuite.providers.oneclick import STAGING_PUBLIC_KEY, OneClickAdapter, ids, looks_like_jwt, mapping
from swapsuite_oneclick_client.models import GetExecutionStatusResponse, QuoteResponse, SubmitDepositTxResponse
from swapsuite_oneclick_client.models import SwapStatus as OneClickStatus

FIXTURES = Path(__file__).parent / "fixtures" / "oneclick"
BASE = "https://oneclick.test"
NOW = datetime(2025, 1, 1, tzinfo=UTC)
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwYXJ0bmVyIn0.c2lnbmF0dXJlLXNpZw"

WNEAR = AssetId.parse("near:mainnet/nep141:wrap.near")
ETH = AssetId.parse("eip155:1/slip44:60")
BTC = AssetId.parse("bip122:000000000019d6689c085ae165831e93/slip44:0")
WIF = AssetId.parse("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EKpQGSJtjMFqKZ9KQanSqYXRcF8fBopzLHYxdM65zcjm")
ARB = AssetId.parse("eip155:42161/erc20:0x912ce59144191c1204e64559fe8253a0e49e6548")
PEPE = AssetId.parse("eip155:1/erc20:0x6982508145454ce325ddbe47a25d4ec3d2311933")
OP_ETH_NEP245 = AssetId.unmapped("oneclick", "nep245:v2_1.omni.hot.tg:10_11111111111111111111")
USDT_STFT = AssetId.unmapped("oneclick", "nep141:eth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near")
DEPOSIT = "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw"
BTC_SENDER = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"  # the BIP-173 example address
# The SDK fixtures quote BTC under its 1cs_v1 id; passed as an unmapped 1Click id it goes through as it is.
BTC_1CS = AssetId.unmapped("oneclick", "1cs_v1:btc:native:coin")
# The integrator fee of the SDK fixtures' request.
SDK_APP_FEE = AppFee("5880ad2b362620fadf759cbceb1cd5737ce8c6ed7fb8e9942881e6731f9247dd", 10)
# Verification off, on purpose: the canned response cannot pass it (the reason is next to each use).
UNVERIFIED = {"verify_signatures": False}


def load(name: str) -> Any:
    return decode_json((FIXTURES / name).read_bytes())


def btc_request(**changes: Any) -> QuoteRequest:
    """BTC → USDT (the assets of the SDK quote fixtures), addressed like those fixtures."""
    args: dict[str, Any] = {
        "from_asset": BTC,
        "to_asset": USDT_STFT,
        "amount": 10_000,
        "recipient": "0xcac3C41676deF4FE375E57118f3eB83A99105577",
        "refund_to": "bc1q6mte80265ghwq4vsrpm9lnaz46uvdreu9z8wly",
        "dry": False,
    }
    return QuoteRequest(**{**args, **changes})


def token_list(name: str = "tokens.excerpt-2025-07-24.json", data: Any = None) -> list[Token]:
    data = load(name) if data is None else data
    return mapping.tokens(mapping.parse_token_list(data), data)


def status_data(**changes: Any) -> Any:
    data = load("status.success.json")
    data.update(changes)
    return data


# --- identities -----------------------------------------------------------------------------------------------
def test_token_excerpt_maps_to_caip19() -> None:
    assets = {t.native_id: str(t.asset) for t in token_list()}
    assert assets == {
        "nep141:wrap.near": str(WNEAR),
        "nep141:eth.omft.near": str(ETH),
        "nep141:btc.omft.near": str(BTC),
        "nep141:sol-b9c68f94ec8fd160137af8cdfe5e61cd68e2afba.omft.near": str(WIF),
        "nep141:arb-0x912ce59144191c1204e64559fe8253a0e49e6548.omft.near": str(ARB),
        "nep141:eth-0x6982508145454ce325ddbe47a25d4ec3d2311933.omft.near": str(PEPE),
        "nep245:v2_1.omni.hot.tg:10_11111111111111111111": str(OP_ETH_NEP245),
    }
    assert str(OP_ETH_NEP245) == "unmapped:oneclick/native:nep245%3Av2%5F1.omni.hot.tg%3A10%5F11111111111111111111"
    nep245 = token_list()[-1].asset
    assert not nep245.is_mapped and nep245.native_id == "nep245:v2_1.omni.hot.tg:10_11111111111111111111"


def test_token_fields_are_exact() -> None:
    wnear, eth, btc, wif, arb, pepe, _ = token_list()
    assert wnear == Token("oneclick", WNEAR, "wNEAR", 24, "nep141:wrap.near", None, Decimal("2.7"))
    assert [t.decimals for t in (eth, btc, wif, arb, pepe)] == [18, 8, 6, 18, 18]
    assert all(type(t.decimals) is int and type(t.price_usd) is Decimal for t in token_list())
    assert (eth.price_usd, btc.price_usd, arb.price_usd) == (Decimal("3649.37"), Decimal(118658), Decimal("0.432771"))
    assert type(pepe.price_usd) is Decimal and pepe.price_usd == Decimal("0.00001255")
    assert (wif.symbol, wif.chain_key, btc.chain_key) == ("$WIF", "solana", "bitcoin")


def test_null_contract_address_means_native_coin() -> None:
    wnear, eth, btc = token_list("tokens.docs-quickstart-2026-02.json")
    assert (wnear.asset, eth.asset, btc.asset) == (WNEAR, ETH, BTC)
    assert (eth.price_usd, btc.price_usd) == (Decimal("1947.28"), Decimal(66093))


@pytest.mark.parametrize("code", ["fogo", "brand-new-chain"])
def test_chain_code_swapsuite_does_not_know_is_unmapped(code: str) -> None:
    entry = {**load("tokens.excerpt-2025-07-24.json")[4], "blockchain": code}
    (parsed,) = mapping.parse_token_list([entry])
    assert parsed.blockchain.value == code  # the generated enum keeps the raw code
    assert mapping.token(parsed, entry).asset == AssetId.unmapped("oneclick", entry["assetId"])


@pytest.mark.parametrize(
    ("native", "blockchain", "address", "expected"),
    [
        ("1cs_v1:btc:native:coin", "btc", "coin", "bip122:000000000019d6689c085ae165831e93/slip44:0"),
        ("1cs_v1:eth:erc20:0xA0b8", "eth", "0xA0b8", "eip155:1/erc20:0xa0b8"),
        ("nep245:v2_1.omni.hot.tg:10_1", "op", "  ", "unmapped:oneclick/native:nep245%3Av2%5F1.omni.hot.tg%3A10%5F1"),
        ("nep141:usdt.tether-token.near", "near", None, "near:mainnet/nep141:usdt.tether-token.near"),
        ("nep141:sol.omft.near", "sol", None, "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501"),
    ],
)
def test_asset_rules(native: str, blockchain: str, address: str | None, expected: str) -> None:
    assert str(ids.asset_for_token(native, blockchain, address)) == expected


def _token(native: str, asset: AssetId = ETH) -> Token:
    return Token("oneclick", asset, "X", 18, native)


def test_index_prefers_nep141_then_the_first_listed() -> None:
    listed = [
        _token("nep245:v2_1.omni.hot.tg:1_1"),
        _token("nep141:eth.omft.near"),
        _token("nep141:eth.stft.near"),
        _token("nep245:other:1_2"),
        _token("nep245:v2_1.omni.hot.tg:10_1", OP_ETH_NEP245),
    ]
    assert ids.index_tokens(listed) == {ETH: "nep141:eth.omft.near"}
    assert ids.index_tokens([_token("nep245:a:1"), _token("nep245:b:1")]) == {ETH: "nep245:a:1"}


def test_reverse_lookup() -> None:
    index = ids.index_tokens(token_list())
    assert ids.native_id_for(ARB, index) == "nep141:arb-0x912ce59144191c1204e64559fe8253a0e49e6548.omft.near"
    assert ids.native_id_for(OP_ETH_NEP245, index) == "nep245:v2_1.omni.hot.tg:10_11111111111111111111"
    with pytest.raises(ValidationError, match="does not list"):
        ids.native_id_for(AssetId.parse("eip155:10/slip44:60"), index)
    with pytest.raises(ValidationError, match="across"):
        ids.native_id_for(AssetId.unmapped("across", "x"), index)
    assert ids.deposit_chain(OP_ETH_NEP245, "op") == "eip155:10"
    assert ids.deposit_chain(OP_ETH_NEP245, None) == "unmapped:oneclick"
    assert ids.deposit_chain(BTC, None) == BTC.chain_id


# --- quotes ---------------------------------------------------------------------------------------------------
def map_quote(request: QuoteRequest, data: Any, chain: str = BTC.chain_id) -> swapsuite.Quote:
    return mapping.quote(request, QuoteResponse.from_dict(data), data, chain, verified=False)


def test_firm_quote_field_by_field() -> None:
    data = load("quote-response.non-dry.json")
    quote = map_quote(btc_request(app_fees=(SDK_APP_FEE,)), data)
    assert quote.quote_id == DEPOSIT  # the signed deposit address, not the unsigned correlationId
    assert (quote.from_asset, quote.to_asset) == (BTC, USDT_STFT)
    assert (quote.amount_in, quote.amount_out, quote.min_amount_out) == (10_000, 5_931_560, 5_872_244)
    assert quote.expires_at == datetime(2026, 6, 26, 19, tzinfo=UTC) and quote.expires_at.utcoffset() is not None
    assert quote.estimated_duration_s == 812 and type(quote.estimated_duration_s) is int
    assert quote.fees == (
        Fee("app", BTC, None, Decimal(10)),
        Fee("withdraw", USDT_STFT, 300_000, None),
        Fee("refund", BTC, 1_900, None),
    )
    assert quote.actions == (Deposit(BTC.chain_id, DEPOSIT, BTC, 10_000, None),)
    assert (quote.status_ref, quote.dry, quote.raw) == (DEPOSIT, False, data)


def test_dry_quote_has_no_actions_or_expiry() -> None:
    quote = map_quote(btc_request(dry=True), load("quote-response.dry.json"))
    assert (quote.quote_id, quote.amount_out, quote.min_amount_out) == (
        "7d6d78f0-601f-4022-9735-854a22ed9dcb",
        5_935_024,
        5_875_673,
    )
    assert (quote.actions, quote.status_ref, quote.expires_at, quote.dry) == ((), None, None, True)


def test_firm_quote_needs_a_deposit_address_and_may_lack_a_correlation_id() -> None:
    data = load("quote-response.non-dry.json")
    del data["correlationId"]
    data["quote"]["depositMemo"] = "1111111"
    quote = map_quote(btc_request(), data)
    assert quote.quote_id == DEPOSIT and quote.actions[0].memo == "1111111"  # type: ignore[union-attr]
    del data["quote"]["depositAddress"]
    with pytest.raises(ResponseShapeError, match="depositAddress"):
        map_quote(btc_request(), data)


def test_numbers_are_read_exactly() -> None:
    assert mapping.whole_seconds(Decimal("812.2"), "t") == 813  # an estimate is rounded up, never down
    assert mapping.whole_number(Decimal("24.0"), "d") == 24
    assert mapping.exact_decimal("2.79", "price") == Decimal("2.79")  # the docs once showed prices as strings
    with pytest.raises(ValidationError):
        mapping.whole_number(Decimal("24.5"), "d")
    with pytest.raises(ValidationError):
        mapping.exact_decimal(True, "price")


# --- status ---------------------------------------------------------------------------------------------------
DOCUMENTED = [
    ("PENDING_DEPOSIT", SwapState.PENDING_DEPOSIT),
    ("KNOWN_DEPOSIT_TX", SwapState.PROCESSING),
    ("PROCESSING", SwapState.PROCESSING),
    ("SUCCESS", SwapState.SUCCESS),
    ("INCOMPLETE_DEPOSIT", SwapState.INCOMPLETE_DEPOSIT),
    ("REFUNDED", SwapState.REFUNDED),
    ("FAILED", SwapState.FAILED),
    ("SOMETHING_NEW", SwapState.UNKNOWN),
]


@pytest.mark.parametrize(("raw", "state"), DOCUMENTED)
def test_status_table(raw: str, state: SwapState) -> None:
    data = status_data(status=raw)
    report = mapping.status_report(GetExecutionStatusResponse.from_dict(data), data, "addr")
    assert (report.state, report.provider_status) == (state, raw)


def test_status_table_covers_the_generated_enum() -> None:
    assert set(mapping.STATUS_TABLE) == {member.value for member in OneClickStatus}


def test_success_status_field_by_field() -> None:
    data = load("status.success.json")
    report = mapping.status_report(GetExecutionStatusResponse.from_dict(data), data, "0x76b4")
    assert (report.provider, report.ref, report.state, report.is_terminal) == (
        "oneclick",
        "0x76b4",
        SwapState.SUCCESS,
        True,
    )
    assert (report.origin_tx_hashes, report.destination_tx_hashes, report.refund_tx_hashes) == (
        ("0x123abc456def789",),
        (),
        (),
    )
    assert (report.amount_in, report.amount_out, report.refunded_amount) == (1000, 9_950_000, 0)
    assert report.updated_at == datetime(2019, 8, 24, 14, 15, 22, tzinfo=UTC) and report.raw == data


def test_status_with_nulls() -> None:
    data = load("status.processing-with-nulls.json")
    for parse in (GetExecutionStatusResponse.from_dict, SubmitDepositTxResponse.from_dict):
        report = mapping.status_report(parse(data), data, DEPOSIT)
        assert (report.state, report.amount_in, report.amount_out, report.refunded_amount) == (
            SwapState.PROCESSING,
            None,
            None,
            0,
        )
        assert (report.origin_tx_hashes, report.updated_at) == ((), datetime(2026, 6, 23, 17, 12, tzinfo=UTC))
    del data["swapDetails"]["refundedAmount"]
    assert mapping.status_report(GetExecutionStatusResponse.from_dict(data), data, "a").refunded_amount is None


# --- errors, auth, request bodies -----------------------------------------------------------------------------
def test_parse_error() -> None:
    assert mapping.parse_error(load("error-400.bad-request-response.json")) == (None, "error message")
    live = load("error-400.amount-too-low.json")
    assert mapping.parse_error(live) == (None, "Amount is too low for bridge, try at least 132000")
    for bad, exc in (([], TypeError), ({"message": 1}, TypeError), ({"error": "x"}, KeyError)):
        with pytest.raises(exc):
            mapping.parse_error(bad)


class Api:
    """A fake 1Click: canned (status, fixture) per route; records every request."""

    def __init__(self, routes: dict[str, tuple[int, Any]] | None = None) -> None:
        self.routes = {"GET /v0/tokens": (200, "tokens.excerpt-2025-07-24.json"), **(routes or {})}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.routes[f"{request.method} {request.url.path}"]
        if isinstance(body, str):
            return httpx.Response(status, content=(FIXTURES / body).read_bytes())
        return httpx.Response(status, content=b"" if body is None else json.dumps(body).encode())

    @property
    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]

    def body(self, index: int = -1) -> Any:
        return decode_json(self.requests[index].content)


async def call(result: Any) -> Any:
    """Await an async provider's result; pass a sync provider's through."""
    return await result if inspect.isawaitable(result) else result


def run(mode: str, api: Api, scenario: Callable[[Any], Awaitable[Any]], **kwargs: Any) -> Any:
    """Run a scenario against a sync or async provider wired to ``api``."""
    args = {
        "base_url": BASE,
        "httpx_args": {"transport": httpx.MockTransport(api)},
        "env": {},
        "clock": lambda: NOW,
        "public_key": STAGING_PUBLIC_KEY,  # the key that signed the SDK quote fixtures
        **kwargs,
    }

    async def main() -> Any:
        if mode == "sync":
            with swapsuite.get_provider("oneclick", **args) as provider:
                return await scenario(provider)
        async with swapsuite.get_async_provider("oneclick", **args) as aprovider:
            return await scenario(aprovider)

    return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize(
    ("key", "env", "expected"),
    [
        (None, {}, {}),
        ("partner-key-123", {}, {"x-api-key": "partner-key-123"}),
        (JWT, {}, {"authorization": f"Bearer {JWT}"}),
        (None, {"ONECLICK_API_KEY": "from-env"}, {"x-api-key": "from-env"}),
    ],
)
def test_auth_headers(key: str | None, env: dict[str, str], expected: dict[str, str]) -> None:
    api = Api({"GET /v0/status": (200, "status.success.json")})
    # status.success.json is assembled from per-field examples: its signature is illustrative and does not verify.
    run("sync", api, lambda p: call(p.status("0x76b4")), api_key=key, env=env, **UNVERIFIED)
    sent = {name: api.requests[0].headers.get(name) for name in ("x-api-key", "authorization")}
    assert {k: v for k, v in sent.items() if v is not None} == expected
    assert looks_like_jwt(JWT) and not looks_like_jwt("a.b") and not looks_like_jwt("sk_live.with space.x")


def test_quote_body_matches_the_docs_quickstart_request() -> None:
    api = Api({"POST /v0/quote": (200, "quote-response.non-dry.json")})
    # The docs' placeholder recipient "0xYourArbitrumAddress" would (rightly) fail address validation.
    recipient = "0x2527d02599ba641c19fea793cd0f167589a0f10d"
    request = QuoteRequest(WNEAR, ARB, 10**23, recipient=recipient, refund_to="your-account.near", dry=False)
    # The canned response answers the SDK's BTC request, not this one; only the body sent is under test here.
    run("sync", api, lambda p: call(p.quote(request)), **UNVERIFIED)
    body = api.body()
    expected = {**load("quote-request.docs-quickstart.json"), "recipient": recipient}
    assert {**body, "deadline": None} == {**expected, "deadline": None}
    assert body["deadline"] == "2025-01-01T00:10:00+00:00"  # now + 10 minutes, ISO 8601, UTC
    assert type(body["slippageTolerance"]) is int and body["amount"] == "100000000000000000000000"
    assert api.requests[-1].headers["content-type"] == "application/json"


# --- flows, sync and async ------------------------------------------------------------------------------------
def test_tokens_are_cached(mode: str) -> None:
    api = Api()

    async def scenario(p: Any) -> tuple[Any, Any]:
        return await call(p.tokens()), await call(p.tokens())

    first, second = run(mode, api, scenario)
    assert first == second == token_list() and api.paths == ["GET /v0/tokens"]


def test_dry_quote_flow(mode: str) -> None:
    api = Api({"POST /v0/quote": (200, "quote-response.dry.json")})
    # The fixture echoes another originAsset (1cs_v1) and refundTo than this request sends: verification would
    # rightly refuse it (request-mismatch). The verified version of this flow is test_staging_signed_flow_is_verified.
    request = btc_request(dry=True, refund_to=None, sender=BTC_SENDER)
    quote = run(mode, api, lambda p: call(p.quote(request)), **UNVERIFIED)
    assert api.paths == ["GET /v0/tokens", "POST /v0/quote"]
    body = api.body()
    assert (body["dry"], body["originAsset"], body["destinationAsset"]) == (
        True,
        "nep141:btc.omft.near",
        USDT_STFT.native_id,
    )
    assert body["refundTo"] == BTC_SENDER  # refund_to falls back to the sender
    assert (quote.dry, quote.actions, quote.amount_out) == (True, (), 5_935_024)


def test_firm_quote_submit_and_status_flow(mode: str) -> None:
    api = Api(
        {
            "POST /v0/quote": (201, "quote-response.non-dry.json"),  # the spec declares 201 as well as 200
            "POST /v0/deposit/submit": (200, "status.processing-with-nulls.json"),
            "GET /v0/status": (200, "status.success.json"),
        }
    )

    async def scenario(p: Any) -> tuple[Any, Any, Any]:
        quote = await call(p.quote(btc_request()))
        submitted = await call(p.submit(quote.status_ref, tx_hash="0xabc"))
        return quote, submitted, await call(p.status(quote.status_ref, memo="42"))

    # The quote echoes another originAsset (1cs_v1) and status.success.json's signature is illustrative.
    quote, submitted, status = run(mode, api, scenario, **UNVERIFIED)
    assert quote.actions == (Deposit("bip122:000000000019d6689c085ae165831e93", DEPOSIT, BTC, 10_000),)
    assert api.body(2) == {"txHash": "0xabc", "depositAddress": DEPOSIT}
    assert dict(api.requests[3].url.params) == {"depositAddress": DEPOSIT, "depositMemo": "42"}
    assert (submitted.state, submitted.ref, status.state) == (SwapState.PROCESSING, DEPOSIT, SwapState.SUCCESS)


def test_exact_output_quote_deposits_amount_in(mode: str) -> None:
    response = load("quote-response.non-dry.json")
    response["quoteRequest"].update(swapType="EXACT_OUTPUT", amount="5931560")
    response["quote"].update(amountIn="10100", minAmountIn="10000")  # amountIn carries the slippage buffer
    api = Api({"POST /v0/quote": (200, response)})
    request = btc_request(swap_type=SwapType.EXACT_OUTPUT, amount=5_931_560)
    # An edited copy of a signed fixture: its signature no longer verifies.
    quote = run(mode, api, lambda p: call(p.quote(request)), **UNVERIFIED)
    assert (api.body()["swapType"], api.body()["amount"]) == ("EXACT_OUTPUT", "5931560")
    assert quote.actions[0].amount == 10_100 and quote.amount_in == 10_100


def test_unmapped_origin_passes_its_id_and_keeps_its_chain(mode: str) -> None:
    answer = load("quote-response.non-dry.json")
    answer["quote"]["depositAddress"] = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D"  # an address of its chain
    api = Api({"POST /v0/quote": (200, answer)})
    # The fixture answers a BTC request, not this nep245 one (request-mismatch:originAsset when verified).
    quote = run(mode, api, lambda p: call(p.quote(btc_request(from_asset=OP_ETH_NEP245))), **UNVERIFIED)
    assert api.body()["originAsset"] == OP_ETH_NEP245.native_id
    assert quote.actions[0].chain == "eip155:10"


def signed_flow_api() -> Api:
    """A fake 1Click answering the SDK's staging-signed fixtures, listing the 1cs_v1 BTC id they quote."""
    tokens = json.loads((FIXTURES / "tokens.excerpt-2025-07-24.json").read_bytes())
    tokens.append({**tokens[2], "assetId": BTC_1CS.native_id})  # BTC under its 1cs_v1 id, as 1Click lists it
    return Api(
        {
            "GET /v0/tokens": (200, tokens),
            "POST /v0/quote": (201, "quote-response.non-dry.json"),
            "POST /v0/deposit/submit": (200, "status.processing-with-nulls.json"),
            "GET /v0/status": (200, "status.processing-with-nulls.json"),
        }
    )


def test_staging_signed_flow_is_verified(mode: str) -> None:
    """The request the fixtures answer, sent for real: every signature and echo checks out under the staging key."""
    api = signed_flow_api()

    async def scenario(p: Any) -> tuple[Any, Any, Any]:
        quote = await call(p.quote(btc_request(app_fees=(SDK_APP_FEE,))))
        submitted = await call(p.submit(quote.status_ref, tx_hash="0xabc"))
        return quote, submitted, await call(p.status(quote.status_ref))

    quote, submitted, status = run(mode, api, scenario)
    # native BTC (CAIP-19) is sent as the current 1cs_v1 id the token list holds, not the deprecated nep141 one
    assert api.body(1)["originAsset"] == BTC_1CS.native_id and api.body(1)["amount"] == "10000"
    assert api.body(1)["appFees"] == [{"recipient": SDK_APP_FEE.recipient, "fee": 10}]
    assert quote.actions == (Deposit(BTC.chain_id, DEPOSIT, BTC, 10_000),)
    assert quote.signed_fields is not None and {"actions", "expires_at", "amount_out"} <= quote.signed_fields
    assert (submitted.state, status.state) == (SwapState.PROCESSING, SwapState.PROCESSING)
    # The same responses under the default (production) key are refused: staging did not sign with it.
    with pytest.raises(QuoteSignatureError) as caught:
        run(mode, signed_flow_api(), lambda p: call(p.quote(btc_request(app_fees=(SDK_APP_FEE,)))), public_key=None)
    assert caught.value.check == "signature" and caught.value.status_code == 201


@pytest.mark.parametrize("fixture", ["error-400.amount-too-low.json", "error-400.bad-request-response.json"])
def test_400_is_a_bad_request_error(mode: str, fixture: str) -> None:
    api = Api({"POST /v0/quote": (400, fixture)})
    with pytest.raises(BadRequestError) as caught:
        run(mode, api, lambda p: call(p.quote(btc_request(dry=True))))
    error = caught.value
    assert (error.status_code, error.code, error.body) == (400, None, (FIXTURES / fixture).read_bytes())
    assert error.provider_message == load(fixture)["message"] and error.provider == "oneclick"


def test_404_and_401_on_status(mode: str) -> None:
    api = Api({"GET /v0/status": (404, {"message": "Deposit address test not found"})})
    with pytest.raises(NotFoundError) as caught:
        run(mode, api, lambda p: call(p.status("test")))
    assert caught.value.provider_message == "Deposit address test not found"
    with pytest.raises(UnauthorizedError):
        run(mode, Api({"GET /v0/status": (401, None)}), lambda p: call(p.status("test")), api_key="bad")


@pytest.mark.parametrize(
    ("request_changes", "match", "paths"),
    [
        ({"recipient": None, "dry": True}, "recipient", []),
        ({"refund_to": None, "sender": None, "dry": True}, "refund_to", []),
        ({"amount": 0}, "amount", []),
        ({"to_asset": AssetId.parse("eip155:10/slip44:60")}, "does not list", ["GET /v0/tokens"]),
    ],
)
def test_invalid_quotes_fail_before_the_quote_call(
    mode: str, request_changes: dict[str, Any], match: str, paths: list[str]
) -> None:
    api = Api()
    with pytest.raises(ValidationError, match=match):
        run(mode, api, lambda p: call(p.quote(btc_request(**request_changes))))
    assert api.paths == paths


def test_submit_needs_a_tx_hash(mode: str) -> None:
    api = Api()
    with pytest.raises(ValidationError, match="tx_hash"):
        run(mode, api, lambda p: call(p.submit(DEPOSIT)))
    with pytest.raises(ValidationError, match=r"deposit address|ref"):  # the adapter's or the shared ref check
        run(mode, api, lambda p: call(p.status("")))
    assert api.requests == []


def test_malformed_token_list_is_a_shape_error(mode: str) -> None:
    with pytest.raises(ResponseShapeError):
        run(mode, Api({"GET /v0/tokens": (200, {"tokens": []})}), lambda p: call(p.tokens()))


def test_only_dry_quotes_and_status_are_idempotent() -> None:
    adapter = OneClickAdapter(env={}, clock=lambda: NOW)
    adapter.tokens_cache.set(token_list())
    assert next(adapter.quote_plan(btc_request(dry=True))).idempotent is True
    assert next(adapter.quote_plan(btc_request(dry=False))).idempotent is False
    assert next(adapter.submit_plan(DEPOSIT, tx_hash="0x1")).idempotent is False
    assert next(adapter.status_plan(DEPOSIT)).idempotent is True


def test_submit_body_matches_the_documented_example() -> None:
    example = load("submit-request.evm-deposit.json")
    step = next(OneClickAdapter(env={}).submit_plan(example["depositAddress"], tx_hash=example["txHash"]))
    assert (step.request["url"], step.request["json"]) == ("/v0/deposit/submit", example)
    with_memo = next(OneClickAdapter(env={}).submit_plan("addr", tx_hash="0x1", memo="123456"))
    assert with_memo.request["json"] == {"txHash": "0x1", "depositAddress": "addr", "memo": "123456"}


def test_reverse_index_is_built_once_per_token_list() -> None:
    adapter = OneClickAdapter(env={})
    tokens = token_list()
    first = adapter._asset_index(tokens)
    assert adapter._asset_index(tokens) is first
    assert adapter._asset_index(copy.copy(tokens)) is not first
