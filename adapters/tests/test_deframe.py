"""Deframe adapter: pure mapping from the documented payloads, request building, and sync/async flows.

No network: every HTTP exchange goes through ``httpx.MockTransport`` passed as ``httpx_args={"transport": ...}``.
Fixtures and their origin: ``fixtures/deframe/SOURCES.md``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import (
    AssetId,
    BadRequestError,
    ConfigurationError,
    Deposit,
    Fee,
    NotFoundError,
    Quote,
    QuoteRequest,
    ResponseShapeError,
    SwapState,
    SwapType,
    Transaction,
    ValidationError,
)
from swapsuite.caip import native_asset
from swapsuite.chains import BY_KEY
from swapsuite.engine import Call, Reply, decode_json, encode_json, request_args
from swapsuite.providers import deframe
from swapsuite_deframe_client.models import FeeBreakdown, QuoteResponse, SwapStatusResponse

mapping = deframe.mapping
ids = deframe.ids

FIXTURES = Path(__file__).parent / "fixtures" / "deframe"
BASE_URL = "https://deframe.test"
QUOTE_ID = "550e8400-e29b-41d4-a716-446655440000"
SENDER = "0xb794F5eA0ba39494cE839613fffBA74279579268"
RECIPIENT = "0x00000000000000000000000000000000000000aa"
ROUTER = "0x1111111254eeb25477b68fb85ed929f73a960582"

USDC_ETH = AssetId.parse("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")
USDCE_POLYGON = AssetId.parse("eip155:137/erc20:0x2791bca1f2de4661ed88a30c99a7a9449aa84174")
ETH = native_asset(BY_KEY["ethereum"])
SOLANA = BY_KEY["solana"].caip2


def raw(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def load(name: str) -> Any:
    """A fixture decoded the way the engine decodes bodies (JSON fractions as Decimal)."""
    return decode_json(raw(name))


# The documented EVM bytecode elides its calldata as "0x...", which swapsuite.sanity refuses (not hex); calls
# through a provider get this hex stand-in (an ERC-20 transfer selector) so the quote is executable.
EXECUTABLE_DATA = "0xa9059cbb"


def executable_bytecode() -> bytes:
    return raw("bytecode.evm.json").replace(b'"0x..."', f'"{EXECUTABLE_DATA}"'.encode())


def request(**overrides: Any) -> QuoteRequest:
    fields: dict[str, Any] = {"from_asset": USDC_ETH, "to_asset": USDCE_POLYGON, "amount": 1_000_000_000}
    return QuoteRequest(**{**fields, **overrides})


def firm(**overrides: Any) -> QuoteRequest:
    return request(dry=False, sender=SENDER, recipient=RECIPIENT, **overrides)


def mapped_quote(name: str, req: QuoteRequest) -> Quote:
    data = load(name)
    return mapping.quote_from_response(QuoteResponse.from_dict(data), data, req)


# --- transport harness ---------------------------------------------------------------------------------------
Step = tuple[str, str, int, bytes]


class Script:
    """A MockTransport handler that expects the given (method, path) requests in order and records them."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, req: httpx.Request) -> httpx.Response:
        self.requests.append(req)
        assert self.steps, f"unexpected request {req.method} {req.url}"
        method, path, status, body = self.steps.pop(0)
        assert (req.method, req.url.path) == (method, path)
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})


def provider_args(handler: Script, **extra: Any) -> dict[str, Any]:
    return {
        "api_key": "test-key",
        "base_url": BASE_URL,
        "httpx_args": {"transport": httpx.MockTransport(handler)},
        **extra,
    }


def run(mode: str, handler: Script, first: Callable[[Any], Any], *then: Callable[[Any, Any], Any]) -> Any:
    """Run ``first(provider)`` then each ``step(provider, previous)`` on a sync or async provider."""
    if mode == "sync":
        with swapsuite.get_provider("deframe", **provider_args(handler)) as sync_provider:
            result = first(sync_provider)
            for step in then:
                result = step(sync_provider, result)
            return result

    async def main() -> Any:
        async with swapsuite.get_async_provider("deframe", **provider_args(handler)) as async_provider:
            result = await first(async_provider)
            for step in then:
                result = await step(async_provider, result)
            return result

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


# --- tokens and ids ------------------------------------------------------------------------------------------
def test_builtin_tokens_are_the_documented_set() -> None:
    tokens = {t.native_id: t for t in mapping.builtin_tokens()}
    assert len(tokens) == len(ids.KNOWN_TOKENS) == 19
    usdc = tokens["ethereum:0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"]
    assert (usdc.provider, usdc.asset, usdc.symbol, usdc.decimals) == ("deframe", USDC_ETH, "USDC", 6)
    eth = tokens["ethereum:0x0000000000000000000000000000000000000000"]
    assert (eth.asset, eth.symbol, eth.decimals) == (ETH, "ETH", 18)
    pol = tokens["polygon:0x0000000000000000000000000000000000000000"]
    assert (pol.asset, pol.symbol) == (native_asset(BY_KEY["polygon"]), "POL")
    sol = tokens["solana:So11111111111111111111111111111111111111112"]
    assert (sol.asset, sol.symbol, sol.decimals) == (native_asset(BY_KEY["solana"]), "SOL", 9)
    usdc_sol = tokens["solana:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"]
    assert str(usdc_sol.asset) == f"{SOLANA}/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
    btc = tokens["bitcoin:BTC"]
    assert (str(btc.asset), btc.decimals) == ("bip122:000000000019d6689c085ae165831e93/slip44:0", 8)
    assert {t.chain_key for t in tokens.values()} == {"ethereum", "polygon", "arbitrum", "base", "solana", "bitcoin"}


@pytest.mark.parametrize(
    ("asset", "expected"),
    [
        # A listed token is sent with its EIP-55 spelling, an unlisted one as its CAIP-19 (lower-case) address.
        (USDC_ETH, ("ethereum", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")),
        (
            AssetId.parse("eip155:8453/erc20:0xabc0000000000000000000000000000000000def"),
            ("base", "0xabc0000000000000000000000000000000000def"),
        ),
        (native_asset(BY_KEY["arbitrum"]), ("arbitrum", "0x0000000000000000000000000000000000000000")),
        (native_asset(BY_KEY["solana"]), ("solana", "So11111111111111111111111111111111111111112")),
        (native_asset(BY_KEY["bitcoin"]), ("bitcoin", "BTC")),
        (AssetId.unmapped("deframe", "fiat:BRL"), ("fiat", "BRL")),
        (AssetId.unmapped("deframe", "hyperevm:0xdef"), ("hyperevm", "0xdef")),
    ],
)
def test_to_deframe(asset: AssetId, expected: tuple[str, str]) -> None:
    assert ids.to_deframe(asset) == expected


@pytest.mark.parametrize(
    "asset",
    [
        AssetId.unmapped("deframe", "no-chain-name"),
        AssetId.unmapped("oneclick", "nep141:wrap.near"),  # another provider's id
        AssetId.parse("eip155:324/erc20:0xabc0000000000000000000000000000000000def"),  # zkSync: no Deframe name
        native_asset(BY_KEY["tron"]),  # Deframe serves Tron, but its name for TRX is unknown
    ],
)
def test_to_deframe_refuses(asset: AssetId) -> None:
    with pytest.raises(ValidationError):
        ids.to_deframe(asset)


# --- request building ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("bps", "fraction"), [(1, "0.0001"), (5, "0.0005"), (50, "0.005"), (100, "0.01"), (250, "0.025"), (5000, "0.5")]
)
def test_slippage_fraction_is_exact(bps: int, fraction: str) -> None:
    assert mapping.slippage_fraction(bps) == fraction


@pytest.mark.parametrize("bps", [0, -1, 5001, 10_000])
def test_slippage_out_of_range(bps: int) -> None:
    with pytest.raises(ValidationError):
        mapping.slippage_fraction(bps)


def test_dry_quote_query_string_and_auth_header() -> None:
    script = Script(("GET", "/v2/swap/quote", 200, raw("quote.dry.json")))
    run("sync", script, lambda p: p.quote(request(slippage_bps=50)))
    (sent,) = script.requests
    assert sent.url.host == "deframe.test"
    assert dict(sent.url.params) == {
        "originChain": "ethereum",
        "destinationChain": "polygon",
        "tokenIn": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
        "tokenOut": "0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174",
        "amountIn": "1000000000",
        "slippage": "0.005",
    }
    assert sent.headers["x-api-key"] == "test-key"


def test_exact_output_sends_amount_out() -> None:
    script = Script(("GET", "/v2/swap/quote", 200, raw("quote.dry.json")))
    run("sync", script, lambda p: p.quote(request(amount=996_501_500, swap_type=SwapType.EXACT_OUTPUT)))
    params = script.requests[0].url.params
    assert params["amountOut"] == "996501500"
    assert "amountIn" not in params
    assert params["slippage"] == "0.01"


def test_firm_quote_sends_all_addresses() -> None:
    script = Script(("GET", "/v2/swap/quote", 200, raw("quote.inline-transactions.json")))
    run("sync", script, lambda p: p.quote(firm(refund_to="0x00000000000000000000000000000000000000bb")))
    params = script.requests[0].url.params
    assert (params["originAddress"], params["destinationAddress"]) == (SENDER, RECIPIENT)
    assert params["refundAddress"] == "0x00000000000000000000000000000000000000bb"


def test_idempotency_flags() -> None:
    adapter = deframe.DeframeAdapter(api_key="k")
    assert next(adapter.quote_plan(request())).idempotent is True
    # Both addresses make the quote call create an execution record, like the bytecode call.
    assert next(adapter.quote_plan(firm())).idempotent is False
    plan = adapter.quote_plan(firm())
    next(plan)
    data = load("quote.dry.json")
    bytecode_call = plan.send(Reply(QuoteResponse.from_dict(data), data, 200))
    assert (bytecode_call.operation, bytecode_call.idempotent) == ("createSwapBytecode", False)


# --- quote mapping -------------------------------------------------------------------------------------------
def test_quote_with_inline_transactions_field_by_field() -> None:
    data = load("quote.inline-transactions.json")
    quote = mapping.quote_from_response(QuoteResponse.from_dict(data), data, firm())
    assert quote.provider == "deframe"
    assert quote.quote_id == quote.status_ref == QUOTE_ID
    assert (quote.from_asset, quote.to_asset) == (USDC_ETH, USDCE_POLYGON)
    assert (quote.amount_in, quote.amount_out, quote.min_amount_out) == (1_000_000_000, 996_501_500, 986_536_485)
    assert quote.expires_at == datetime(2024, 1, 20, 12, 30, tzinfo=UTC)
    assert quote.expires_at.tzinfo is UTC
    assert quote.estimated_duration_s is None
    assert quote.dry is False
    assert quote.raw is data
    assert quote.fees == (
        Fee("platform", USDC_ETH, 2_500_000, Decimal(25)),
        Fee("app", USDC_ETH, 500_000, Decimal(5)),
        Fee("bridge", USDCE_POLYGON, 498_500, Decimal(5)),  # 5 bps of the spot reference 997000000
    )
    assert all(isinstance(f.bps, Decimal) for f in quote.fees)
    approve, swap = quote.actions
    assert isinstance(approve, Transaction)
    assert isinstance(swap, Transaction)
    assert (approve.chain, approve.to, approve.value, approve.purpose) == (
        "eip155:1",
        "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
        0,
        "approval",
    )
    assert approve.data is not None
    assert approve.data.startswith("0x095ea7b3")
    assert (swap.chain, swap.to, swap.data, swap.value, swap.purpose) == ("eip155:1", ROUTER, "0x12aa3caf", 0, "swap")
    assert swap.raw["from"] == SENDER


def test_dry_quote_has_no_actions() -> None:
    quote = mapped_quote("quote.dry.json", request())
    assert (quote.actions, quote.dry, quote.amount_out) == ((), True, 996_501_500)


def test_fiat_onramp_quote() -> None:
    monad_usdc = AssetId.parse("eip155:143/erc20:0x00000000000000000000000000000000000000c1")
    req = QuoteRequest(AssetId.unmapped("deframe", "fiat:BRL"), monad_usdc, 1000)
    quote = mapped_quote("quote.fiat-onramp.json", req)
    assert (quote.quote_id, quote.amount_in, quote.amount_out, quote.min_amount_out) == (
        "QUOTE_ID",
        1000,
        1768913,
        None,
    )
    assert quote.fees == ()  # `charges: []`
    # No deadline on this route: the Pix payment expiry bounds the quote.
    assert quote.expires_at == datetime(2026, 6, 25, 15, 31, 33, 110000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"deadline": None}, datetime(2024, 1, 20, 12, 30, tzinfo=UTC)),  # deadlineDate only
        ({"deadline": "2024-01-20T12:30:00.000Z", "deadlineDate": None}, datetime(2024, 1, 20, 12, 30, tzinfo=UTC)),
        ({"deadline": None, "deadlineDate": None}, None),
    ],
)
def test_expiry_sources(changes: dict[str, Any], expected: datetime | None) -> None:
    data = load("quote.dry.json")
    for key, value in changes.items():
        if value is None:
            del data["quote"][key]
        else:
            data["quote"][key] = value
    assert mapping.expires_at(QuoteResponse.from_dict(data)) == expected


def test_fee_lines_signed_zero_unknown_and_charges() -> None:
    breakdown = FeeBreakdown.from_dict(
        {
            "chargeableAmountInRaw": "1000000000",
            "reference": {"amountOutRaw": "997000000", "source": "spotUsdAtQuoteTime"},
            "charges": [
                {"kind": "pods", "label": "Pods fee", "amountRaw": "2500000", "decimals": 6, "symbol": "USDC",
                 "amountInUSD": Decimal("2.5")},  # no `asset`: pods fees are taken from tokenIn
                {"kind": "customer", "label": "Customer fee", "amountRaw": "0", "decimals": 6, "symbol": "USDC",
                 "asset": "tokenIn", "amountInUSD": 0},  # a zero line is "no fee"
                {"kind": "bridgeAndSlippage", "label": "Bridge", "amountRaw": "-997000", "decimals": 6,
                 "symbol": "USDC", "asset": "tokenOut", "amountInUSD": Decimal("-0.997"), "signed": True},
                {"kind": "gasSponsor", "label": "Gas", "amountRaw": "7", "decimals": 18, "symbol": "ETH",
                 "amountInUSD": Decimal("0.01")},
            ],
        }
    )  # fmt: skip
    assert mapping.fees(breakdown, USDC_ETH, USDCE_POLYGON, 1_000_000_000) == (
        Fee("platform", USDC_ETH, 2_500_000, Decimal(25)),
        Fee("bridge", USDCE_POLYGON, -997_000, Decimal(-10)),  # better than spot
        Fee("gassponsor", None, None, None),  # undocumented kind without `asset`: denomination unknown
    )


def test_fee_on_tokenout_without_spot_reference_has_no_bps() -> None:
    breakdown = FeeBreakdown.from_dict(
        {
            "reference": {"amountOutRaw": None, "source": "unavailable"},
            "lines": [{"kind": "bridgeAndSlippage", "label": "Bridge", "amountRaw": "10", "decimals": 6,
                       "symbol": "USDC", "asset": "tokenOut", "amountInUSD": 0}],
        }
    )  # fmt: skip
    assert mapping.fees(breakdown, USDC_ETH, USDCE_POLYGON, 1000) == (Fee("bridge", USDCE_POLYGON, 10, None),)


def test_placeholder_amount_is_rejected() -> None:
    data = load("quote.dry.json")
    data["quote"]["tokenIn"]["amount"] = "<string>"  # what the raw documentation sample carries
    with pytest.raises(ValidationError):
        mapping.quote_from_response(QuoteResponse.from_dict(data), data, request())


def test_older_quote_without_breakdown_or_status_and_with_iso_deadline() -> None:
    """The two older reference copies: no feeBreakdown, no status, `deadline` an ISO string (tolerant reader)."""
    data = load("quote.dry.json")
    for key in ("feeBreakdown", "status", "deadlineDate"):
        del data["quote"][key]
    data["quote"]["deadline"] = "2024-01-20T12:30:00.000Z"
    quote = mapping.quote_from_response(QuoteResponse.from_dict(data), data, request())
    assert (quote.fees, quote.expires_at) == ((), datetime(2024, 1, 20, 12, 30, tzinfo=UTC))
    assert quote.amount_out == 996_501_500


@pytest.mark.parametrize("side", ["tokenIn", "tokenOut"])
def test_quote_without_a_side_is_a_shape_error(side: str) -> None:
    """The spec leaves both sides optional (Pods' on-ramp reader test has no tokenIn); the adapter needs them."""
    data = load("quote.dry.json")
    del data["quote"][side]
    with pytest.raises(ResponseShapeError, match=side):
        mapping.quote_from_response(QuoteResponse.from_dict(data), data, request())


def test_per_key_platform_fees_from_the_summary_when_lines_are_missing() -> None:
    breakdown = FeeBreakdown.from_dict(
        {"chargeableAmountInRaw": "1000000000", "summary": {"platformFeesTotalInRaw": "3000000"}}
    )
    assert mapping.fees(breakdown, USDC_ETH, USDCE_POLYGON, 1_000_000_000) == (
        Fee("platform", USDC_ETH, 3_000_000, Decimal(30)),
    )
    zero = FeeBreakdown.from_dict({"summary": {"platformFeesTotalInRaw": "0"}, "lines": []})
    assert mapping.fees(zero, USDC_ETH, USDCE_POLYGON, 1000) == ()


def test_payment_rail_line_without_decimals() -> None:
    """A fee line as Pods' own reader test sends it: paymentRail kind, no decimals."""
    line = {"amountInUSD": Decimal("0.14"), "amountRaw": "77", "asset": "tokenIn", "kind": "paymentRail",
            "label": "Pix fee", "symbol": "BRL"}  # fmt: skip
    breakdown = FeeBreakdown.from_dict({"charges": [line]})
    assert mapping.fees(breakdown, USDC_ETH, USDCE_POLYGON, 1000) == (Fee("payment_rail", USDC_ETH, 77, Decimal(770)),)


# --- bytecode mapping ----------------------------------------------------------------------------------------
def test_bytecode_evm() -> None:
    quote = mapped_quote("quote.dry.json", request())
    parsed = mapping.parse_bytecode(load("bytecode.evm.json"))
    tx = load("bytecode.evm.json")["transactionData"][0]
    assert mapping.bytecode_actions(parsed, quote) == (
        Transaction("eip155:1", SENDER, "0x...", 0, purpose="swap", raw=tx),
    )


def test_bytecode_solana() -> None:
    sol_quote = mapped_quote("quote.dry.json", request(from_asset=native_asset(BY_KEY["solana"])))
    (action,) = mapping.bytecode_actions(mapping.parse_bytecode(load("bytecode.solana.json")), sol_quote)
    assert isinstance(action, Transaction)
    assert (action.chain, action.to, action.data, action.value) == (SOLANA, None, "AQABAgMEBQYHCAkKCwwNDg8Q", 0)


def test_bytecode_solana_falls_back_to_raw_swap_data() -> None:
    quote = mapped_quote("quote.dry.json", request())
    body = load("bytecode.solana.json")
    body["transactionData"] = {}
    body["rawSwapData"]["transaction"] = "BBBB"
    (action,) = mapping.bytecode_actions(mapping.parse_bytecode(body), quote)
    assert isinstance(action, Transaction)
    assert action.data == "BBBB"
    del body["rawSwapData"]
    with pytest.raises(ResponseShapeError):
        mapping.bytecode_actions(mapping.parse_bytecode(body), quote)


def test_bytecode_fiat_offramp() -> None:
    quote = mapped_quote("quote.dry.json", request())
    body = load("bytecode.fiat-offramp.json")
    (action,) = mapping.bytecode_actions(mapping.parse_bytecode(body), quote)
    assert isinstance(action, Transaction)
    assert (action.chain, action.to, action.data, action.value) == (
        "eip155:1",
        "0xContractOrDepositAddress",
        "0x...",
        0,
    )
    del body["transaction"]
    (deposit,) = mapping.bytecode_actions(mapping.parse_bytecode(body), quote)
    assert deposit == Deposit("eip155:1", "0xDepositAddressForUSDC", USDC_ETH, 1_000_000_000)


@pytest.mark.parametrize(
    ("chain_id", "expected"),
    [(137, "eip155:137"), ("137", "eip155:137"), ("polygon", "eip155:137"), ("solana", SOLANA), ("mars", "eip155:1")],
)
def test_transaction_chain(chain_id: object, expected: str) -> None:
    assert mapping.tx_chain(chain_id, "eip155:1") == expected


def test_raw_quote_echo_is_exact() -> None:
    body = mapping.bytecode_request(QUOTE_ID, SENDER, RECIPIENT, load("quote.dry.json"))
    kwargs = request_args(Call("deframe", "createSwapBytecode", {"method": "post", "json": body.to_dict()}, dict))
    assert "json" not in kwargs
    assert b'"feeRate":0.0025' in kwargs["content"]
    assert json.loads(kwargs["content"], parse_float=Decimal)["rawQuote"] == {
        "route": "cctp",
        "feeRate": Decimal("0.0025"),
        "nonce": 7,
    }
    assert encode_json([Decimal("1E+2"), "\x00"]) == b'[1E+2,"\\u0000"]'


def test_bytecode_request_omits_absent_raw_quote() -> None:
    data = load("quote.dry.json")
    del data["quote"]["rawQuote"]
    assert mapping.bytecode_request(QUOTE_ID, SENDER, RECIPIENT, data).to_dict() == {
        "quoteId": QUOTE_ID,
        "originAddress": SENDER,
        "destinationAddress": RECIPIENT,
    }


# --- status and errors ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "state"),
    [
        ("pending", SwapState.PENDING_DEPOSIT),
        ("confirmed", SwapState.PROCESSING),
        ("processing", SwapState.PROCESSING),
        ("crossing", SwapState.PROCESSING),
        ("propagated", SwapState.PROCESSING),
        ("stalled", SwapState.PROCESSING),
        ("fulfilled", SwapState.SUCCESS),
        ("success", SwapState.SUCCESS),
        ("failed", SwapState.FAILED),
        ("expired", SwapState.EXPIRED),
        ("refunded", SwapState.REFUNDED),
        ("on_hold", SwapState.UNKNOWN),  # undocumented
    ],
)
def test_status_table(status: str, state: SwapState) -> None:
    data = {"status": status, "originTxHash": None, "provider": "relay"}
    report = mapping.status_report(SwapStatusResponse.from_dict(data), data, QUOTE_ID)
    assert (report.state, report.provider_status, report.ref) == (state, status, QUOTE_ID)
    assert (report.origin_tx_hashes, report.destination_tx_hashes) == ((), ())
    assert report.raw is data


def test_status_table_covers_the_spec_enum() -> None:
    from swapsuite_deframe_client.models import SwapStatus

    assert set(mapping.STATUS_TABLE) == {s.value for s in SwapStatus}


def test_older_status_sample() -> None:
    data = load("status.older-success.json")
    report = mapping.status_report(SwapStatusResponse.from_dict(data), data, QUOTE_ID)
    assert (report.state, report.origin_tx_hashes, report.destination_tx_hashes) == (
        SwapState.SUCCESS,
        ("0x...",),
        ("0x...",),
    )
    assert report.is_terminal


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": {"code": "QUOTE_NOT_FOUND", "message": "Quote not found or expired"}},
         ("QUOTE_NOT_FOUND", "Quote not found or expired")),
        ({"error": {"code": "X", "message": "m", "details": {"errors": [{"path": ["amountIn"], "message": "bad"}]}}},
         ("X", "m")),
        ({"code": "QUOTE_NOT_FOUND", "message": "Quote not found or expired", "httpStatus": 404, "details": None},
         ("QUOTE_NOT_FOUND", "Quote not found or expired")),
    ],
)  # fmt: skip
def test_parse_error(body: Any, expected: tuple[str, str]) -> None:
    assert mapping.parse_error(body) == expected


@pytest.mark.parametrize(
    ("body", "exc"),
    [({"message": "Forbidden"}, KeyError), ({"error": "text"}, KeyError), ([], TypeError), ("x", TypeError)],
)
def test_parse_error_refuses_other_bodies(body: Any, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        mapping.parse_error(body)


# --- full flows, sync and async ------------------------------------------------------------------------------
@MODES
def test_tokens_need_no_request(mode: str) -> None:
    script = Script()
    tokens = run(mode, script, lambda p: p.tokens(), lambda p, _: p.tokens())
    assert len(tokens) == 19
    assert script.requests == []


@MODES
def test_dry_quote_flow(mode: str) -> None:
    script = Script(("GET", "/v2/swap/quote", 200, raw("quote.dry.json")))
    quote = run(mode, script, lambda p: p.quote(request()))
    assert (quote.quote_id, quote.amount_out, quote.min_amount_out, quote.actions) == (
        QUOTE_ID,
        996_501_500,
        986_536_485,
        (),
    )
    assert len(script.requests) == 1


@MODES
def test_firm_quote_with_inline_transactions(mode: str) -> None:
    script = Script(("GET", "/v2/swap/quote", 200, raw("quote.inline-transactions.json")))
    quote = run(mode, script, lambda p: p.quote(firm()))
    assert [a.purpose for a in quote.actions] == ["approval", "swap"]
    assert quote.dry is False
    assert len(script.requests) == 1  # no bytecode call needed


@MODES
def test_firm_quote_needing_bytecode(mode: str) -> None:
    script = Script(
        ("GET", "/v2/swap/quote", 200, raw("quote.dry.json")),
        ("POST", "/v2/swap/bytecode", 200, executable_bytecode()),
    )
    quote = run(mode, script, lambda p: p.quote(firm()))
    tx = decode_json(executable_bytecode())["transactionData"][0]
    assert quote.actions == (Transaction("eip155:1", SENDER, EXECUTABLE_DATA, 0, raw=tx),)
    assert (quote.dry, quote.status_ref, quote.amount_in) == (False, QUOTE_ID, 1_000_000_000)
    post = script.requests[1]
    assert post.headers["x-api-key"] == "test-key"
    assert post.headers["content-type"] == "application/json"
    assert json.loads(post.content, parse_float=Decimal) == {
        "quoteId": QUOTE_ID,
        "originAddress": SENDER,
        "destinationAddress": RECIPIENT,
        "rawQuote": {"route": "cctp", "feeRate": Decimal("0.0025"), "nonce": 7},
    }


@MODES
def test_execute_uses_the_original_request_addresses(mode: str) -> None:
    script = Script(
        ("GET", "/v2/swap/quote", 200, raw("quote.dry.json")),
        ("POST", "/v2/swap/bytecode", 200, executable_bytecode()),
    )
    req = request(sender=SENDER, recipient=RECIPIENT)
    quote = run(mode, script, lambda p: p.quote(req), lambda p, q: p.execute(q))
    assert (len(quote.actions), quote.dry) == (1, False)
    body = json.loads(script.requests[1].content)
    assert (body["originAddress"], body["destinationAddress"]) == (SENDER, RECIPIENT)


@MODES
def test_execute_without_known_addresses_is_refused(mode: str) -> None:
    script = Script(("GET", "/v2/swap/quote", 200, raw("quote.dry.json")))
    with pytest.raises(ValidationError, match="sender"):
        run(mode, script, lambda p: p.quote(request()), lambda p, q: p.execute(q))
    assert [r.method for r in script.requests] == ["GET"]


@MODES
def test_execute_of_an_executable_quote_is_a_no_op(mode: str) -> None:
    quote = mapped_quote("quote.inline-transactions.json", firm())
    script = Script()
    assert run(mode, script, lambda p: p.execute(quote)) is quote
    assert script.requests == []


@MODES
def test_firm_quote_without_addresses_fails_before_http(mode: str) -> None:
    script = Script()
    with pytest.raises(ValidationError, match="sender and recipient"):
        run(mode, script, lambda p: p.quote(request(dry=False, sender=SENDER)))
    assert script.requests == []


@MODES
def test_status_flow(mode: str) -> None:
    script = Script(("GET", f"/v2/swap/status/{QUOTE_ID}", 200, raw("status.fulfilled.json")))
    report = run(mode, script, lambda p: p.status(QUOTE_ID))
    assert (report.provider, report.state, report.provider_status) == ("deframe", SwapState.SUCCESS, "fulfilled")
    assert report.origin_tx_hashes == ("0x...",)


@MODES
def test_documented_not_found_error(mode: str) -> None:
    body = raw("error.quote-not-found.json")
    script = Script(("GET", f"/v2/swap/status/{QUOTE_ID}", 404, body))
    with pytest.raises(NotFoundError) as caught:
        run(mode, script, lambda p: p.status(QUOTE_ID))
    error = caught.value
    assert (error.code, error.provider_message, error.status_code) == (
        "QUOTE_NOT_FOUND",
        "Quote not found or expired",
        404,
    )
    assert (error.body, error.provider) == (body, "deframe")


@MODES
def test_older_flat_error_envelope(mode: str) -> None:
    script = Script(
        ("GET", "/v2/swap/quote", 400, b'{"code": "NO_ROUTE_FOUND", "message": "No route", "httpStatus": 400}')
    )
    with pytest.raises(BadRequestError) as caught:
        run(mode, script, lambda p: p.quote(request()))
    assert (caught.value.code, caught.value.provider_message) == ("NO_ROUTE_FOUND", "No route")


@pytest.mark.parametrize("factory", [swapsuite.get_provider, swapsuite.get_async_provider])
def test_missing_api_key(factory: Callable[..., Any]) -> None:
    with pytest.raises(ConfigurationError, match="DEFRAME_API_KEY"):
        factory("deframe", env={})


def test_api_key_from_environment() -> None:
    script = Script(("GET", f"/v2/swap/status/{QUOTE_ID}", 200, raw("status.fulfilled.json")))
    args = provider_args(script, env={"DEFRAME_API_KEY": "from-env"})
    del args["api_key"]
    with swapsuite.get_provider("deframe", **args) as provider:
        provider.status(QUOTE_ID)
    assert script.requests[0].headers["x-api-key"] == "from-env"
    assert "from-env" not in repr(provider.adapter)
