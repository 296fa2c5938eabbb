"""Across adapter: pure mappings from the documented payloads, and full flows through MockTransport (no network).

Fixtures and their sources: fixtures/across/SOURCES.md.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import errors
from swapsuite.caip import AssetId
from swapsuite.chains import SOLANA_ACROSS_CHAIN_ID
from swapsuite.engine import decode_json, encode_json
from swapsuite.models import Fee, QuoteRequest, SwapState, SwapType, Transaction
from swapsuite.money import bps_from_wad
from swapsuite.providers.across import AcrossAdapter, ids, mapping
from swapsuite_across_client.models import DepositStatusResponse, SwapApprovalResponse, SwapFees

FIXTURES = Path(__file__).parent / "fixtures" / "across"
BASE = "https://across.test"

DEPOSITOR = "0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB"
SPENDER = "0x89415a82d909a7238d69094C3Dd1dCC1aCbDa85C"
USDC_OP = AssetId.parse("eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85")
WETH_OP = AssetId.parse("eip155:10/erc20:0x4200000000000000000000000000000000000006")
WETH_ARB = AssetId.parse("eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1")
ETH_OP = AssetId.parse("eip155:10/slip44:60")
ETH_ARB = AssetId.parse("eip155:42161/slip44:60")
SOLANA = "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp"
USDC_MINT = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
DEPOSIT_TX = "0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967"
FILL_TX = "0x0e7b85f1c49c4c89f3b381f12a24d6838be16a41021ab16645bae9dcd1278238"

APPROVE_ZERO = "0x095ea7b3" + SPENDER[2:].lower().rjust(64, "0") + "0" * 64
APPROVE_AMOUNT = "0x095ea7b3" + SPENDER[2:].lower().rjust(64, "0") + format(1_000_000, "x").rjust(64, "0")


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture(name: str) -> Any:
    return decode_json(fixture_bytes(name))


encode = encode_json  # writes Decimals back as the same JSON numbers


def request(**overrides: Any) -> QuoteRequest:
    args: dict[str, Any] = {"from_asset": USDC_OP, "to_asset": WETH_ARB, "amount": 1_000_000, "sender": DEPOSITOR}
    return QuoteRequest(**{**args, **overrides})


# --- variants of the documented sample (see SOURCES.md) ----------------------------------------------------------
def with_approvals(sample: dict[str, Any]) -> dict[str, Any]:
    body = copy.deepcopy(sample)
    body["checks"]["allowance"]["actual"] = "0"
    usdc = body["inputToken"]["address"]
    body["approvalTxns"] = [
        {"chainId": 10, "to": usdc, "data": APPROVE_ZERO},
        {"chainId": 10, "to": usdc, "data": APPROVE_AMOUNT},
    ]
    return body


def with_svm_origin(sample: dict[str, Any]) -> dict[str, Any]:
    body = copy.deepcopy(sample)
    body["swapTx"] = {
        "ecosystem": "svm",
        "simulationSuccess": False,
        "chainId": SOLANA_ACROSS_CHAIN_ID,
        "to": "DLv3NggMiSaef97YCkew5xKUHDh13tVGZ7tydt3ZeAru",
        "data": "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
    }
    return body


# --- ids ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("chain_id", "address", "caip19", "outbound"),
    [
        (10, "0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85", str(USDC_OP), "0x0b2c639c533813f4aa9d7837caf62653d097ff85"),
        (42161, ids.NATIVE_ADDRESS, str(ETH_ARB), ids.NATIVE_ADDRESS),
        (56, ids.NATIVE_ADDRESS, "eip155:56/slip44:714", ids.NATIVE_ADDRESS),
        (SOLANA_ACROSS_CHAIN_ID, USDC_MINT, f"{SOLANA}/token:{USDC_MINT}", USDC_MINT),
        (SOLANA_ACROSS_CHAIN_ID, ids.SOLANA_NATIVE_MINT, f"{SOLANA}/slip44:501", ids.SOLANA_NATIVE_MINT),
        (
            1337,
            "0x2000000000000000000000000000000000000000",
            "hlcore:mainnet/token:0x2000000000000000000000000000000000000000",
            "0x2000000000000000000000000000000000000000",
        ),
    ],
)
def test_ids_map_both_ways(chain_id: int, address: str, caip19: str, outbound: str) -> None:
    asset = ids.asset_for(chain_id, address)
    assert str(asset) == caip19
    assert ids.to_across(AssetId.parse(caip19)) == (chain_id, outbound)


def test_zero_address_on_solana_is_native_sol_too() -> None:
    assert str(ids.asset_for(SOLANA_ACROSS_CHAIN_ID, ids.NATIVE_ADDRESS)) == f"{SOLANA}/slip44:501"


def test_unknown_chain_is_unmapped_and_round_trips() -> None:
    asset = ids.asset_for(288, "0xa18bF3994C0Cc6E3b63ac420308E5383f53120D7")
    assert not asset.is_mapped
    assert asset == AssetId.unmapped("across", "288:0xa18bF3994C0Cc6E3b63ac420308E5383f53120D7")
    assert ids.to_across(AssetId.parse(str(asset))) == (288, "0xa18bF3994C0Cc6E3b63ac420308E5383f53120D7")
    assert ids.caip2_for(288) == "eip155:288"
    assert ids.caip2_for(SOLANA_ACROSS_CHAIN_ID) == SOLANA


@pytest.mark.parametrize(
    "asset",
    [
        AssetId.parse("eip155:100/slip44:700"),  # Gnosis: not an Across chain
        AssetId.parse("bip122:000000000019d6689c085ae165831e93/slip44:0"),
        AssetId.unmapped("oneclick", "nep141:wrap.near"),
        AssetId.unmapped("across", "not-a-chain:0xabc"),
    ],
)
def test_assets_across_cannot_take_are_validation_errors(asset: AssetId) -> None:
    with pytest.raises(errors.ValidationError):
        ids.to_across(asset)


# --- tokens ------------------------------------------------------------------------------------------------------
def test_tokens_from_the_spec_example() -> None:
    data = fixture("swap_tokens.200.json")
    tokens = mapping.tokens(mapping.parse_swap_tokens(data), data)
    assert [str(t.asset) for t in tokens] == [
        "eip155:1/erc20:0x111111111117dc0aa78b770fa6a738034120c302",
        "eip155:1/erc20:0xb98d4c97425d9908e66e53a6fdf673acca0be986",
        "eip155:1/erc20:0xed04915c23f00a313a544955524eb7dbd823143d",
    ]
    first = tokens[0]
    assert (first.provider, first.symbol, first.decimals, first.name) == ("across", "1INCH", 18, "1inch")
    assert first.native_id == "1:0x111111111117dC0aa78b770fA6A738034120C302"
    assert first.price_usd == Decimal("0.2530907825982632")
    assert tokens[2].decimals == 8 and tokens[2].price_usd == Decimal("0.02048510218654289")


def test_tokens_native_solana_unknown_chain_and_exact_prices() -> None:
    body = (
        b'[{"chainId": 42161, "address": "0x0000000000000000000000000000000000000000", "symbol": "ETH",'
        b' "decimals": 18, "name": "Ether", "priceUsd": "3746.9406687316323"},'
        b' {"chainId": 34268394551451, "address": "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "symbol": "USDC",'
        b' "decimals": 6, "priceUsd": "0.99987654321012345678"},'
        b' {"chainId": 34268394551451, "address": "So11111111111111111111111111111111111111112", "symbol": "SOL",'
        b' "decimals": 9, "priceUsd": null},'
        b' {"chainId": 288, "address": "0xa18bF3994C0Cc6E3b63ac420308E5383f53120D7", "symbol": "BOBA",'
        b' "decimals": 18}]'
    )
    data = decode_json(body)
    eth, usdc, sol, boba = mapping.tokens(mapping.parse_swap_tokens(data), data)
    assert (eth.asset, eth.chain_key, eth.price_usd) == (ETH_ARB, "arbitrum", Decimal("3746.9406687316323"))
    assert str(usdc.asset) == f"{SOLANA}/token:{USDC_MINT}"  # the mint keeps its case
    assert usdc.native_id == f"34268394551451:{USDC_MINT}" and usdc.name is None
    # all 20 digits kept (a JSON number here is refused by the generated model: the spec says decimal string)
    assert usdc.price_usd == Decimal("0.99987654321012345678")
    assert (str(sol.asset), sol.price_usd) == (f"{SOLANA}/slip44:501", None)
    assert boba.asset == AssetId.unmapped("across", "288:0xa18bF3994C0Cc6E3b63ac420308E5383f53120D7")


def test_encode_keeps_numbers_exact() -> None:
    sample = fixture("swap_approval.200.json")
    assert decode_json(encode(sample)) == sample
    assert b'"slippage":0.0075' in encode(sample)


def test_token_list_must_be_an_array() -> None:
    with pytest.raises(TypeError):
        mapping.parse_swap_tokens({"tokens": []})


# --- quote request -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("bps", "fraction"), [(100, "0.01"), (50, "0.005"), (1, "0.0001"), (0, "0"), (250, "0.025"), (5000, "0.5")]
)
def test_slippage_is_an_exact_fraction(bps: int, fraction: str) -> None:
    assert mapping.slippage_fraction(bps) == fraction


@pytest.mark.parametrize("bps", [-1, 5001, 10_000])
def test_slippage_outside_what_across_accepts(bps: int) -> None:
    with pytest.raises(errors.ValidationError, match="slippage"):
        mapping.slippage_fraction(bps)


def test_request_params() -> None:
    kwargs = mapping.approval_request(request(recipient="0x718648C8c531F91b528A7757dD2bE813c3940608", slippage_bps=50))
    assert kwargs == {
        "method": "get",
        "url": "/swap/approval",
        "params": {
            "tradeType": "exactInput",
            "amount": "1000000",
            "inputToken": "0x0b2c639c533813f4aa9d7837caf62653d097ff85",
            "outputToken": "0x82af49447d8a07e3bd95bd0d56f35241523fbab1",
            "originChainId": 10,
            "destinationChainId": 42161,
            "depositor": DEPOSITOR,
            "recipient": "0x718648C8c531F91b528A7757dD2bE813c3940608",
            "slippage": "0.005",
        },
    }


def test_native_and_solana_request_params() -> None:
    sol_request = request(
        from_asset=ETH_OP,
        to_asset=AssetId.parse(f"{SOLANA}/slip44:501"),
        recipient="9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM",
    )
    params = mapping.approval_request(sol_request)["params"]
    assert (params["inputToken"], params["originChainId"]) == (ids.NATIVE_ADDRESS, 10)
    assert (params["outputToken"], params["destinationChainId"]) == (ids.SOLANA_NATIVE_MINT, SOLANA_ACROSS_CHAIN_ID)


@pytest.mark.parametrize(
    ("overrides", "word"),
    [
        ({"sender": None}, "sender"),
        ({"amount": 0}, "amount"),
        ({"to_asset": AssetId.parse(f"{SOLANA}/token:{USDC_MINT}")}, "recipient"),
    ],
)
def test_request_validation(overrides: dict[str, Any], word: str) -> None:
    with pytest.raises(errors.ValidationError, match=word):
        mapping.approval_request(request(**overrides))


# --- quote response ----------------------------------------------------------------------------------------------
def parse_quote(body: dict[str, Any], req: QuoteRequest | None = None) -> swapsuite.Quote:
    return mapping.quote(req or request(), SwapApprovalResponse.from_dict(body), body)


SAMPLE_FEES = (
    Fee("swap_impact", USDC_OP, -2490, Decimal("-24.90491832281262")),
    Fee("app", WETH_ARB, 0, Decimal(0)),
    Fee("lp", WETH_OP, 22509171302, Decimal("0.47781206864712")),
    Fee("relayer", WETH_OP, 46867294561, Decimal("0.99487265282377")),
    Fee("gas", ETH_ARB, 4260773033213, Decimal("90.44530114951359")),
    Fee("network", ETH_OP, 626037662500, None),
)


def test_quote_from_the_documented_sample() -> None:
    body = fixture("swap_approval.200.json")
    quote = parse_quote(body)
    assert quote.provider == "across" and quote.quote_id == "vqhfb-1770675636494-01dc8983f2fc"
    assert (quote.from_asset, quote.to_asset) == (USDC_OP, WETH_ARB)
    assert (quote.amount_in, quote.amount_out, quote.min_amount_out) == (1_000_000, 467917612181896, 464434354522974)
    assert quote.expires_at == datetime(2026, 2, 9, 23, 17, 23, tzinfo=UTC)
    assert quote.estimated_duration_s == 2
    assert quote.status_ref is None and quote.dry is True
    assert quote.fees == SAMPLE_FEES
    assert quote.actions == (
        Transaction(
            chain="eip155:10",
            to=SPENDER,
            data="0x110560ad0000000000000000000000000000000000000000000000000000000000000020",  # docs elide the rest
            value=0,
            gas=571750,
            max_fee_per_gas=1094950,
            max_priority_fee_per_gas=1000000,
            purpose="swap",
            raw=body["swapTx"],
        ),
    )
    assert quote.raw is body


def test_fee_leaves_add_up_to_the_total_without_double_counting() -> None:
    body = fixture("swap_approval.200.json")
    leaves = [fee for fee in parse_quote(body).fees if fee.kind != "network"]
    total_bps = bps_from_wad(body["fees"]["total"]["pct"])
    assert total_bps == Decimal("67.01306754817189")
    assert abs(sum(fee.bps for fee in leaves if fee.bps is not None) - total_bps) < Decimal("1e-12")
    bridge = body["fees"]["total"]["details"]["bridge"]
    assert sum(fee.amount or 0 for fee in leaves if fee.kind in {"lp", "relayer", "gas"}) == int(bridge["amount"])


def test_total_without_breakdown_is_one_fee() -> None:
    usdc = {"address": "0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85", "symbol": "USDC", "decimals": 6, "chainId": 10}
    fees = SwapFees.from_dict({"total": {"amount": "19338", "pct": "19338767572622738", "token": usdc}})
    assert mapping.quote_fees(fees) == (Fee("total", USDC_OP, 19338, Decimal("193.38767572622738")),)


def test_bridge_without_breakdown_is_one_fee() -> None:
    body = fixture("swap_approval.200.json")
    body["fees"]["total"]["details"]["bridge"]["details"] = None
    fees = parse_quote(body).fees
    assert [fee.kind for fee in fees] == ["swap_impact", "app", "bridge", "network"]
    assert fees[2] == Fee("bridge", WETH_OP, 4330149499076, Decimal("91.91798587098451"))


def test_unpriced_fees_and_no_expiry() -> None:
    body = fixture("swap_approval.200.json")
    body["fees"] = {}
    body["quoteExpiryTimestamp"] = 0
    quote = parse_quote(body)
    assert quote.fees == () and quote.expires_at is None
    del body["quoteExpiryTimestamp"], body["id"]
    quote = parse_quote(body)
    assert quote.expires_at is None and quote.quote_id is None


def test_approvals_come_first_then_the_swap() -> None:
    body = with_approvals(fixture("swap_approval.200.json"))
    quote = parse_quote(body, request(dry=False))
    usdc = body["inputToken"]["address"]
    assert all(isinstance(action, Transaction) for action in quote.actions)
    assert [action.purpose for action in quote.actions if isinstance(action, Transaction)] == [
        "approval",
        "approval",
        "swap",
    ]
    assert quote.actions[:2] == (
        Transaction("eip155:10", usdc, APPROVE_ZERO, purpose="approval", raw=body["approvalTxns"][0]),
        Transaction("eip155:10", usdc, APPROVE_AMOUNT, purpose="approval", raw=body["approvalTxns"][1]),
    )
    assert quote.dry is False


def test_svm_swap_tx_is_the_serialized_transaction() -> None:
    body = with_svm_origin(fixture("swap_approval.200.json"))
    (action,) = parse_quote(body).actions
    assert isinstance(action, Transaction)
    assert (action.chain, action.to, action.data) == (SOLANA, body["swapTx"]["to"], body["swapTx"]["data"])
    assert (action.value, action.gas, action.max_fee_per_gas, action.max_priority_fee_per_gas) == (0, None, None, None)


def test_firm_quote_without_swap_tx_is_a_shape_error() -> None:
    body = fixture("swap_approval.200.json")
    del body["swapTx"]
    assert parse_quote(body).actions == ()  # fine for a dry quote
    with pytest.raises(errors.ResponseShapeError, match="swapTx"):
        parse_quote(body, request(dry=False))


# --- status ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "state"),
    [
        ("pending", SwapState.PROCESSING),
        ("filled", SwapState.SUCCESS),
        ("slowFillRequested", SwapState.PROCESSING),
        ("slowFilled", SwapState.SUCCESS),
        ("expired", SwapState.PROCESSING),  # refund follows automatically
        ("refunded", SwapState.REFUNDED),
        ("deposit-pending", SwapState.PENDING_DEPOSIT),
        ("deposit-failed", SwapState.FAILED),
        ("unfilled", SwapState.UNKNOWN),
        ("teleported", SwapState.UNKNOWN),
    ],
)
def test_status_table(raw: str, state: SwapState) -> None:
    body = fixture("deposit_status.200.pending.json") | {"status": raw}
    report = mapping.status_report(DEPOSIT_TX, DepositStatusResponse.from_dict(body), body)
    assert (report.state, report.provider_status) == (state, raw)


def test_every_documented_status_is_in_the_table() -> None:
    from swapsuite_across_client.models import DepositStatus

    assert set(mapping.STATUS_TABLE) == {member.value for member in DepositStatus}


def test_filled_status_report() -> None:
    body = fixture("deposit_status.200.filled.json")
    report = mapping.status_report(DEPOSIT_TX, DepositStatusResponse.from_dict(body), body)
    assert (report.provider, report.ref, report.state, report.is_terminal) == ("across", DEPOSIT_TX, "SUCCESS", True)
    assert report.origin_tx_hashes == (DEPOSIT_TX,)
    assert report.destination_tx_hashes == (FILL_TX,)
    assert report.refund_tx_hashes == ()
    assert report.raw is body


def test_pending_status_report_reads_legacy_and_current_keys_once() -> None:
    body = fixture("deposit_status.200.pending.json")
    report = mapping.status_report(DEPOSIT_TX, DepositStatusResponse.from_dict(body), body)
    assert (report.state, report.origin_tx_hashes, report.destination_tx_hashes) == ("PROCESSING", (DEPOSIT_TX,), ())
    refunded = body | {"status": "refunded", "depositRefundTxHash": FILL_TX, "depositRefundTxnRef": FILL_TX}
    report = mapping.status_report(DEPOSIT_TX, DepositStatusResponse.from_dict(refunded), refunded)
    assert (report.state, report.refund_tx_hashes) == (SwapState.REFUNDED, (FILL_TX,))


# --- error envelopes ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            fixture("swap_approval.400.invalid_depositor.json"),
            ("INVALID_PARAM", "Invalid parameter at path 'depositor'. Expected type 'validAddress'"),
        ),
        (fixture("error.500.json"), ("INTERNAL_SERVER_ERROR", "Internal server error")),
        ({"type": "AcrossApiError", "status": 401, "message": "Unauthorized"}, ("AcrossApiError", "Unauthorized")),
        ({"type": "AcrossApiError", "code": "NEW_CODE", "status": 400, "message": "m"}, ("NEW_CODE", "m")),
        (
            fixture("deposit_status.404.json"),
            ("DepositNotFoundException", "Deposit not found given the provided constraints"),
        ),
        (fixture("deposit_status.400.json"), ("IncorrectQueryParamsException", "Incorrect query params provided")),
    ],
)
def test_parse_error(body: Any, expected: tuple[str, str]) -> None:
    assert AcrossAdapter(env={}).parse_error(body) == expected


@pytest.mark.parametrize(("body", "exc"), [({"detail": "nope"}, KeyError), (["x"], TypeError), ("text", TypeError)])
def test_parse_error_rejects_other_bodies(body: Any, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        AcrossAdapter(env={}).parse_error(body)


# --- full flows (sync and async) ---------------------------------------------------------------------------------
Handler = Callable[[httpx.Request], httpx.Response]


def run(mode: str, handler: Handler, steps: Sequence[tuple[str, tuple[Any, ...]]], **provider_args: Any) -> list[Any]:
    """Call provider methods in order on one provider (sync or async) talking to ``handler``."""
    args: dict[str, Any] = {"base_url": BASE, "env": {}, "httpx_args": {"transport": httpx.MockTransport(handler)}}
    args.update(provider_args)
    if mode == "sync":
        with swapsuite.get_provider("across", **args) as provider:
            return [getattr(provider, name)(*call_args) for name, call_args in steps]

    async def main() -> list[Any]:
        async with swapsuite.get_async_provider("across", **args) as provider:
            return [await getattr(provider, name)(*call_args) for name, call_args in steps]

    return asyncio.run(main())


class Server:
    """Records requests and answers each path with a fixed (status, body)."""

    def __init__(self, routes: dict[str, tuple[int, bytes]]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.routes[request.url.path]
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_tokens_flow_is_cached(mode: str) -> None:
    server = Server({"/swap/tokens": (200, fixture_bytes("swap_tokens.200.json"))})
    first, second = run(mode, server, [("tokens", ()), ("tokens", ())])
    assert first == second and len(first) == 3
    assert [str(r.url) for r in server.requests] == [f"{BASE}/swap/tokens"]  # the 2nd call made 0 requests


@MODES
def test_dry_quote_flow_sends_the_exact_query(mode: str) -> None:
    server = Server({"/swap/approval": (200, fixture_bytes("swap_approval.200.json"))})
    (quote,) = run(mode, server, [("quote", (request(),))])
    (sent,) = server.requests
    assert sent.method == "GET" and sent.url.path == "/swap/approval"
    assert sent.url.query.decode() == (
        "tradeType=exactInput&amount=1000000&inputToken=0x0b2c639c533813f4aa9d7837caf62653d097ff85"
        "&outputToken=0x82af49447d8a07e3bd95bd0d56f35241523fbab1&originChainId=10&destinationChainId=42161"
        f"&depositor={DEPOSITOR}&slippage=0.01"
    )
    assert "authorization" not in sent.headers
    assert quote.dry and quote.amount_out == 467917612181896 and quote.fees == SAMPLE_FEES
    assert quote.raw["steps"]["originSwap"]["slippage"] == Decimal("0.0075")  # the exact JSON number


@MODES
def test_firm_quote_flow_with_approvals_and_key(mode: str) -> None:
    body = encode(with_approvals(fixture("swap_approval.200.json")))
    server = Server({"/swap/approval": (200, body)})
    firm = request(dry=False, recipient=DEPOSITOR, refund_to="0x718648C8c531F91b528A7757dD2bE813c3940608")
    (quote,) = run(mode, server, [("quote", (firm,))], api_key="across-key")
    (sent,) = server.requests
    assert sent.headers["authorization"] == "Bearer across-key"
    assert sent.url.params["recipient"] == DEPOSITOR
    assert sent.url.params["refundAddress"] == "0x718648C8c531F91b528A7757dD2bE813c3940608"
    assert not quote.dry and [a.purpose for a in quote.actions] == ["approval", "approval", "swap"]
    assert [a.data for a in quote.actions[:2]] == [APPROVE_ZERO, APPROVE_AMOUNT]


@MODES
def test_exact_output_quote_flow(mode: str) -> None:
    body = fixture("swap_approval.200.json") | {"amountType": "exactOutput"}
    server = Server({"/swap/approval": (200, encode(body))})
    wanted = request(swap_type=SwapType.EXACT_OUTPUT, amount=464434354522974, slippage_bps=30)
    (quote,) = run(mode, server, [("quote", (wanted,))])
    params = server.requests[0].url.params
    assert (params["tradeType"], params["amount"], params["slippage"]) == ("exactOutput", "464434354522974", "0.003")
    assert quote.amount_in == 1_000_000 and quote.min_amount_out == 464434354522974


@MODES
def test_status_flow(mode: str) -> None:
    server = Server({"/deposit/status": (200, fixture_bytes("deposit_status.200.filled.json"))})
    (report,) = run(mode, server, [("status", (DEPOSIT_TX,))])
    assert server.requests[0].url.query.decode() == f"depositTxnRef={DEPOSIT_TX}"
    assert (report.state, report.destination_tx_hashes) == (SwapState.SUCCESS, (FILL_TX,))


@MODES
def test_dry_quote_without_sender_fails_before_any_request(mode: str) -> None:
    server = Server({})
    with pytest.raises(errors.ValidationError, match="sender"):
        run(mode, server, [("quote", (request(sender=None),))])
    assert server.requests == []


@MODES
@pytest.mark.parametrize(
    "name", ["swap_approval.400.invalid_depositor.json", "swap_approval.400.relayer_lacks_funds.json"]
)
def test_quote_400_is_a_bad_request_error(mode: str, name: str) -> None:
    body = fixture_bytes(name)
    server = Server({"/swap/approval": (400, body)})
    with pytest.raises(errors.BadRequestError) as caught:
        run(mode, server, [("quote", (request(),))])
    error = caught.value
    assert (error.code, error.status_code, error.body, error.provider) == ("INVALID_PARAM", 400, body, "across")
    assert error.provider_message == json.loads(body)["message"]


@MODES
def test_tokens_500_is_a_server_error(mode: str) -> None:
    server = Server({"/swap/tokens": (500, fixture_bytes("error.500.json"))})
    with pytest.raises(errors.ServerError) as caught:
        run(mode, server, [("tokens", ())])
    assert (caught.value.code, caught.value.provider_message) == ("INTERNAL_SERVER_ERROR", "Internal server error")


@MODES
def test_unknown_deposit_is_not_found(mode: str) -> None:
    body = fixture_bytes("deposit_status.404.json")
    server = Server({"/deposit/status": (404, body)})
    with pytest.raises(errors.NotFoundError) as caught:
        run(mode, server, [("status", ("0xdeadbeef",))])
    error = caught.value
    assert (error.code, error.status_code, error.body) == ("DepositNotFoundException", 404, body)
    assert error.provider_message == "Deposit not found given the provided constraints"


@MODES
def test_status_400_uses_the_indexer_envelope(mode: str) -> None:
    server = Server({"/deposit/status": (400, fixture_bytes("deposit_status.400.json"))})
    with pytest.raises(errors.BadRequestError) as caught:
        run(mode, server, [("status", ("0x1",))])
    assert caught.value.code == "IncorrectQueryParamsException"


def test_blank_status_ref_is_a_validation_error() -> None:
    server = Server({})
    with pytest.raises(errors.ValidationError):
        run("sync", server, [("status", ("  ",))])
    assert server.requests == []


def test_adapter_registration_and_config() -> None:
    assert swapsuite.REGISTRY["across"] is AcrossAdapter
    adapter = AcrossAdapter(env={"ACROSS_API_KEY": "from-env"})
    assert adapter.base_url == "https://app.across.to/api"
    assert adapter.auth_headers() == {"Authorization": "Bearer from-env"}
    assert AcrossAdapter(env={}).auth_headers() == {}
    assert AcrossAdapter.supports_exact_output and not AcrossAdapter.api_key_required
