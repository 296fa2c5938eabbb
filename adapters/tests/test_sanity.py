"""swapsuite.sanity: a quote whose amounts are out of range or whose actions are not executable never reaches a caller.

Unit cases on hand-built quotes, then the hostile-field cases from issue 12 through real adapters (Across, Deframe)
and the public sync and async API, with the documented payloads as the base (fixtures/*/SOURCES.md).
"""

from __future__ import annotations

import asyncio
import copy
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from swapsuite import errors, get_async_provider, get_provider
from swapsuite.caip import AssetId
from swapsuite.engine import decode_json, encode_json
from swapsuite.models import Deposit, Fee, Quote, QuoteRequest, SignTypedData, StatusReport, SwapState, Transaction
from swapsuite.sanity import MAX_UINT256, check_quote, check_result

FIXTURES = Path(__file__).parent / "fixtures"
USDC_ETH = AssetId.parse("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")
USDC_POLYGON = AssetId.parse("eip155:137/erc20:0x2791bca1f2de4661ed88a30c99a7a9449aa84174")
SOL = AssetId.parse("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501")
ROUTER = "0x1111111254eeb25477b68fb85ed929f73a960582"
SENDER = "0xb794F5eA0ba39494cE839613fffBA74279579268"
TX = Transaction("eip155:1", ROUTER, "0x12aa3caf", 0, gas=21_000)
QUOTE = Quote("test", "q-1", USDC_ETH, USDC_POLYGON, 1_000_000, 990_000, 980_000, actions=(TX,), dry=False)


def refused(quote: Quote, fragment: str) -> None:
    with pytest.raises(errors.ResponseShapeError, match="refused a firm quote") as caught:
        check_quote(quote)
    assert fragment in str(caught.value)


def test_a_sound_quote_passes_unchanged() -> None:
    assert check_quote(QUOTE) is QUOTE
    solana = Transaction(SOL.chain_id, None, "AQABAgMEBQYHCAkKCwwNDg8Q")  # a serialized transaction needs no `to`
    assert check_quote(replace(QUOTE, from_asset=SOL, actions=(solana,))).actions == (solana,)
    deposit = Deposit("eip155:1", SENDER, USDC_ETH, 1_000_000)
    sign = SignTypedData("eip155:1", {"types": {}}, "b9f5a3f8-2a4c-4c1e-9d3e-2f1f0d6a7e11")
    assert check_quote(replace(QUOTE, actions=(deposit, sign), min_amount_out=None)) is not None


@pytest.mark.parametrize(
    ("chain", "why"),
    [
        ("eip155:None", "no valid EVM chain id"),
        ("eip155:-1", "no valid EVM chain id"),
        ("eip155:NaN", "no valid EVM chain id"),
        ("eip155:01", "no valid EVM chain id"),
        ("eip155:1.5", "not a CAIP-2"),
        ("", "not a CAIP-2"),
        (None, "not a CAIP-2"),
        (1, "not a CAIP-2"),
        ("eip155:10", "input asset is on eip155:1"),
    ],
)
def test_transaction_chain_must_be_a_valid_caip2_on_the_input_chain(chain: Any, why: str) -> None:
    refused(replace(QUOTE, actions=(replace(TX, chain=chain),)), why)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"to": None}, "target None"),
        ({"to": 12}, "is not a string"),
        ({"to": "0xContractOrDepositAddress"}, "20-byte hex"),
        ({"to": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}, "EIP-55"),
        ({"data": "0x..."}, "not 0x-prefixed hex"),
        ({"data": "0x123"}, "not 0x-prefixed hex"),  # half a byte
        ({"data": 12}, "not 0x-prefixed hex"),
        ({"value": -1}, "value must be"),
        ({"value": MAX_UINT256 + 1}, "value must be"),
        ({"value": True}, "value must be"),
        ({"value": Decimal("NaN")}, "value must be"),
        ({"gas": 1.5}, "gas must be"),
        ({"max_fee_per_gas": -5}, "max_fee_per_gas must be"),
    ],
)
def test_evm_transaction_fields(change: dict[str, Any], why: str) -> None:
    refused(replace(QUOTE, actions=(replace(TX, **change),)), why)


def test_non_evm_transaction_needs_its_serialized_data() -> None:
    bare = Transaction(SOL.chain_id, None, None)
    refused(replace(QUOTE, from_asset=SOL, actions=(bare,)), "no serialized transaction data")
    wrong_target = Transaction(SOL.chain_id, SENDER, "AQAB")
    refused(replace(QUOTE, from_asset=SOL, actions=(wrong_target,)), "base58 Solana address")


@pytest.mark.parametrize(
    ("deposit", "why"),
    [
        (Deposit("eip155:1", "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw", USDC_ETH, 1), "20-byte hex"),
        (Deposit("eip155:1", "", USDC_ETH, 1), "empty"),
        (Deposit("eip155:1", SENDER, USDC_ETH, 0), "amount must be an integer from 1"),
        (Deposit("eip155:1", SENDER, USDC_ETH, MAX_UINT256 + 1), "amount must be"),
        (Deposit("eip155:1", SENDER, USDC_POLYGON, 5), "quote's input is"),
        (Deposit("eip155:x y", SENDER, USDC_ETH, 5), "not a CAIP-2"),
        (Deposit("eip155:1", SENDER, USDC_ETH, 5, memo=""), "memo"),
    ],
)
def test_deposit_must_be_payable(deposit: Deposit, why: str) -> None:
    refused(replace(QUOTE, actions=(deposit,)), why)


@pytest.mark.parametrize(
    ("action", "why"),
    [
        (SignTypedData("eip155:1", ["not", "a", "mapping"], "ref"), "payload is not an object"),
        (SignTypedData("eip155:1", {}, ""), "no submit_ref"),
        (SignTypedData("eip155:1", {}, ".."), "not a valid reference"),
        (SignTypedData("eip155:None", {}, "ref"), "no valid EVM chain id"),
        ("transfer everything", "not an action"),
    ],
)
def test_sign_actions_and_strangers(action: Any, why: str) -> None:
    refused(replace(QUOTE, actions=(action,)), why)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"amount_in": 0}, "amount_in must be"),
        ({"amount_out": 0}, "amount_out must be"),
        ({"amount_out": MAX_UINT256 + 1}, "amount_out must be"),
        ({"amount_out": "990000"}, "amount_out must be"),
        ({"min_amount_out": 990_001}, "min_amount_out must be"),
        ({"min_amount_out": -1}, "min_amount_out must be"),
        ({"fees": (Fee("network", None, 2**300, None),)}, "fee amount"),
        ({"estimated_duration_s": 2**4000}, "estimated_duration_s"),
        ({"quote_id": 12}, "quote_id must be a non-empty string"),
        ({"status_ref": ".."}, "not a valid reference"),
        ({"actions": [TX]}, "actions is not a tuple"),
    ],
)
def test_amounts_and_refs(change: dict[str, Any], why: str) -> None:
    refused(replace(QUOTE, **change), why)


def test_a_quote_for_other_assets_than_requested_is_refused() -> None:
    asked = QuoteRequest(USDC_ETH, USDC_POLYGON, 1_000_000)
    assert check_quote(replace(QUOTE, request=asked)) is not None
    refused(replace(QUOTE, request=replace(asked, to_asset=SOL)), "not the requested assets")


def test_status_amounts_are_bounded_and_other_results_pass() -> None:
    report = StatusReport("test", "ref", SwapState.SUCCESS, "done", amount_out=MAX_UINT256 + 1)
    with pytest.raises(errors.ResponseShapeError, match="amount_out"):
        check_result(report, "test")
    assert check_result([1, 2], "test") == [1, 2]


# --- hostile fields through the real adapters --------------------------------------------------------------------
def _nan_marked(value: Any) -> Any:
    if isinstance(value, Decimal) and value.is_nan():
        return "__NaN__"
    if isinstance(value, dict):
        return {key: _nan_marked(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_nan_marked(item) for item in value]
    return value


def _serve(body: Any) -> dict[str, Any]:
    """A transport answering ``body``; Decimal NaN goes out as the bare ``NaN`` token Python's JSON reader takes."""
    content = encode_json(_nan_marked(body)).replace(b'"__NaN__"', b"NaN")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    return {"transport": httpx.MockTransport(handler)}


def _quote_both_ways(name: str, body: Any, request: QuoteRequest) -> list[BaseException | Quote]:
    """The outcome of ``quote(request)`` through the sync and the async provider, each answered ``body``."""
    outcomes: list[BaseException | Quote] = []
    with get_provider(name, api_key="k", httpx_args=_serve(body)) as provider:
        try:
            outcomes.append(provider.quote(request))
        except Exception as exc:
            outcomes.append(exc)

    async def run() -> None:
        async with get_async_provider(name, api_key="k", httpx_args=_serve(body)) as provider:
            try:
                outcomes.append(await provider.quote(request))
            except Exception as exc:
                outcomes.append(exc)

    asyncio.run(run())
    return outcomes


HOSTILE_VALUES = [None, "NaN", Decimal("NaN"), -1, Decimal("1.5"), "1.5", 12, "", True, {"x": 1}, [1]]


def _across_body() -> Any:
    return decode_json((FIXTURES / "across" / "swap_approval.200.json").read_bytes())


ACROSS_REQUEST = QuoteRequest(
    AssetId.parse("eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85"),
    AssetId.parse("eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1"),
    1_000_000,
    sender="0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB",
)


def test_across_documented_sample_passes() -> None:
    for outcome in _quote_both_ways("across", _across_body(), ACROSS_REQUEST):
        assert isinstance(outcome, Quote) and outcome.actions


@pytest.mark.parametrize("field", ["chainId", "to", "data", "value", "gas"])
@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=repr)
def test_across_swap_tx_garbage_never_becomes_an_action(field: str, value: Any) -> None:
    body = _across_body()
    body["swapTx"][field] = value
    for outcome in _quote_both_ways("across", body, ACROSS_REQUEST):
        if isinstance(outcome, Quote):  # tolerated only when the action is still executable
            (tx,) = outcome.actions
            assert isinstance(tx, Transaction) and tx.chain == "eip155:10" and isinstance(tx.to, str)
            assert tx.data is None or tx.data.startswith("0x")
            assert 0 <= tx.value <= MAX_UINT256
        else:
            assert isinstance(outcome, errors.SwapsuiteError), repr(outcome)


@pytest.mark.parametrize("value", [None, Decimal("NaN"), -1, Decimal("1.5"), 0])
def test_across_bad_chain_id_is_refused(value: Any) -> None:
    body = _across_body()
    body["swapTx"]["chainId"] = value
    for outcome in _quote_both_ways("across", body, ACROSS_REQUEST):
        assert isinstance(outcome, errors.ResponseShapeError), repr(outcome)


@pytest.mark.parametrize("value", [None, 12, "0xnot-an-address"])
def test_across_bad_target_is_refused(value: Any) -> None:
    body = _across_body()
    body["swapTx"]["to"] = value
    for outcome in _quote_both_ways("across", body, ACROSS_REQUEST):
        assert isinstance(outcome, errors.ResponseShapeError), repr(outcome)


DEFRAME_REQUEST = QuoteRequest(
    USDC_ETH, USDC_POLYGON, 1_000_000_000, sender=SENDER, recipient="0x00000000000000000000000000000000000000aa"
)
FIRM_DEFRAME = replace(DEFRAME_REQUEST, dry=False)


def _deframe_body() -> Any:
    return json.loads((FIXTURES / "deframe" / "quote.inline-transactions.json").read_bytes(), parse_float=Decimal)


def test_deframe_documented_inline_transactions_pass() -> None:
    for outcome in _quote_both_ways("deframe", _deframe_body(), FIRM_DEFRAME):
        assert isinstance(outcome, Quote) and len(outcome.actions) == 2


@pytest.mark.parametrize(
    ("field", "value"),
    [("chainId", -1), ("chainId", 0), ("chainId", 137), ("to", None), ("to", 12), ("to", "0xnope"), ("data", "0x...")],
)
def test_deframe_garbage_transactions_are_refused(field: str, value: Any) -> None:
    body = _deframe_body()
    body["transactionData"] = copy.deepcopy(body["transactionData"])
    body["transactionData"][1][field] = value
    for outcome in _quote_both_ways("deframe", body, FIRM_DEFRAME):
        assert isinstance(outcome, errors.SwapsuiteError), repr(outcome)


# 1Click: the SDK's firm BTC quote (fixtures/oneclick/SOURCES.md), verification off so the deposit address can be
# changed; the BTC origin makes the deposit a Bitcoin one.
def _oneclick_body() -> Any:
    return decode_json((FIXTURES / "oneclick" / "quote-response.non-dry.json").read_bytes())


def _oneclick(body: Any, request: QuoteRequest) -> list[BaseException | Quote]:
    tokens = (FIXTURES / "oneclick" / "tokens.excerpt-2025-07-24.json").read_bytes()
    quote = encode_json(body)

    def handler(sent: httpx.Request) -> httpx.Response:
        content = tokens if sent.url.path == "/v0/tokens" else quote
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    outcomes: list[BaseException | Quote] = []
    args = {"api_key": "k", "httpx_args": {"transport": httpx.MockTransport(handler)}, "verify_signatures": False}
    with get_provider("oneclick", **args) as provider:
        try:
            outcomes.append(provider.quote(request))
        except Exception as exc:
            outcomes.append(exc)
    return outcomes


def test_oneclick_documented_firm_quote_is_a_bitcoin_deposit() -> None:
    from .test_oneclick import btc_request

    (quote,) = _oneclick(_oneclick_body(), btc_request())
    assert isinstance(quote, Quote)
    (deposit,) = quote.actions
    assert isinstance(deposit, Deposit) and deposit.chain == "bip122:000000000019d6689c085ae165831e93"


@pytest.mark.parametrize(
    "address",
    [12, "", "0x2527D02599Ba641c19FEa793cD0F167589a0f10D", "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnx", ".."],
)
def test_oneclick_deposit_to_a_non_address_is_refused(address: Any) -> None:
    from .test_oneclick import btc_request

    body = _oneclick_body()
    body["quote"]["depositAddress"] = address
    (outcome,) = _oneclick(body, btc_request())
    assert isinstance(outcome, errors.SwapsuiteError), repr(outcome)


# --- field-by-field mutation (hypothesis): whatever one field becomes, only typed errors or sound quotes ----------
def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _leaf_paths(item, (*path, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _leaf_paths(item, (*path, index))]
    return [path]


def _set(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(body)
    target = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


MUTATIONS = [
    None,
    "",
    12,
    -1,
    0,
    True,
    Decimal("1.5"),
    Decimal("1e80"),
    "0x...",
    "1e1000",
    str(MAX_UINT256 + 1),
    [],
    {},
]


def _independently_sound(quote: Quote) -> None:
    """The properties the issue asks for, checked without swapsuite.sanity."""
    for amount in (quote.amount_in, quote.amount_out):
        assert type(amount) is int and 0 < amount <= MAX_UINT256
    low = quote.min_amount_out
    assert low is None or (type(low) is int and 0 <= low <= quote.amount_out)
    for action in quote.actions:
        assert isinstance(action, Transaction)
        assert action.chain == quote.from_asset.chain_id == "eip155:10"
        assert isinstance(action.to, str) and len(action.to) == 42 and int(action.to, 16) >= 0
        assert action.data is None or (isinstance(action.data, str) and len(action.data) % 2 == 0)
        assert type(action.value) is int and 0 <= action.value <= MAX_UINT256


ACROSS_PATHS = _leaf_paths(_across_body())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(ACROSS_PATHS), value=st.sampled_from(MUTATIONS))
def test_across_single_field_mutations(path: tuple[Any, ...], value: Any) -> None:
    body = _set(_across_body(), path, value)
    with get_provider("across", api_key="k", httpx_args=_serve(body)) as provider:
        try:
            quote = provider.quote(ACROSS_REQUEST)
        except errors.SwapsuiteError:
            return
    _independently_sound(quote)
