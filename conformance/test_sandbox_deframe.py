"""The Deframe sandbox honours specs/deframe/openapi.yaml: schemathesis fuzzes every operation in-process with
positive and negative data, and hand-picked requests drive each success form (quote, the three bytecode forms,
every status) through the same schemathesis response validation, since random tokens never reach a route.

``positive_data_acceptance`` also accepts 400: a request that is well formed per the spec but names tokens Deframe
cannot route is answered ``NO_ROUTE_FOUND`` (400) by the real API too, and the fuzzer cannot invent real tokens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from swapsuite.sandbox.control import SandboxState
from swapsuite.sandbox.deframe import create_app

SPEC = Path(__file__).resolve().parent.parent / "specs" / "deframe" / "openapi.yaml"
KEY = {"x-api-key": "sandbox-key"}
EVM = "0xb794F5eA0ba39494cE839613fffBA74279579268"
SOL = "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU"
BTC = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
USDC_ETH = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
USDC_ARB = "0xaf88d065e77c8cC2239327C5EDb3A432268e5831"
USDC_SOL = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
USDC_BASE = "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"
NATIVE = "0x0000000000000000000000000000000000000000"
UNAVAILABLE = "PREFERRED_PROVIDER_QUOTE_UNAVAILABLE"
SOL_NATIVE = "So11111111111111111111111111111111111111112"

config = schemathesis.Config.from_dict(
    {
        "headers": KEY,
        "generation": {"mode": "all"},
        "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "404", "429", "5xx"]}},
    }
)
schema = schemathesis.openapi.from_path(SPEC, config=config)
schema.app = create_app(SandboxState("deframe"))


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()


# --- success forms, validated against the spec ------------------------------------------------------------------
@pytest.fixture
def state() -> SandboxState:
    return SandboxState("deframe")


@pytest.fixture
def app(state: SandboxState) -> Any:
    return create_app(state)


def validated(app: Any, method: str, path: str, **kwargs: Any) -> Any:
    """Call the app and validate the response with schemathesis' checks for that operation."""
    params: dict[str, Any] = {"headers": KEY, **kwargs}
    if "/status/" in path:
        path, quote_id = path.rsplit("/", 1)
        path, params["path_parameters"] = path + "/{quoteId}", {"quoteId": quote_id}
    case = schema[path][method].Case(**params)
    response = case.call(app=app)
    case.validate_response(response, transport_kwargs={"app": app})
    return response


def quote(app: Any, **query: str) -> Any:
    return validated(app, "GET", "/v2/swap/quote", query=query)


@pytest.mark.parametrize(
    "query",
    [
        {"originChain": "ethereum", "destinationChain": "arbitrum", "tokenIn": USDC_ETH, "tokenOut": NATIVE},
        {"chainIdIn": "1", "chainIdOut": "1", "tokenIn": NATIVE, "tokenOut": USDC_ETH, "slippage": "0.005"},
        {"originChain": "solana", "destinationChain": "solana", "tokenIn": USDC_SOL, "tokenOut": SOL_NATIVE},
        {"originChain": "bitcoin", "destinationChain": "ethereum", "tokenIn": "BTC", "tokenOut": USDC_ETH},
    ],
)
def test_quote_forms(app: Any, query: dict[str, str]) -> None:
    amount = "1000000" if query["tokenIn"] in (USDC_ETH, USDC_SOL) else "100000"
    if query["tokenIn"] == NATIVE:
        amount = "100000000000000000"
    body = quote(app, **query, amountIn=amount).json()["quote"]
    assert body["status"] == "pending" and int(body["tokenOut"]["minAmountOut"]) <= int(body["tokenOut"]["amount"])
    lines = {line["kind"]: line for line in body["feeBreakdown"]["lines"]}
    assert int(lines["pods"]["amountRaw"]) == int(amount) * 15 // 10_000


def test_exact_output_and_inline_transactions(app: Any) -> None:
    response = quote(
        app,
        originChain="ethereum",
        destinationChain="arbitrum",
        tokenIn=USDC_ETH,
        tokenOut=USDC_ARB,
        amountOut="25000000",
        originAddress=EVM,
        destinationAddress=EVM,
    ).json()
    assert response["quote"]["tokenOut"]["expectedAmountOut"] == "25000000"
    assert response["transactionData"][0]["data"].startswith("0x095ea7b3")
    qid = response["quote"]["quoteId"]
    assert validated(app, "GET", f"/v2/swap/status/{qid}").json()["status"] == "processing"


@pytest.mark.parametrize(
    ("origin", "token_in", "amount", "sender", "expect"),
    [
        ("ethereum", USDC_ETH, "5000000", EVM, "transactionData"),
        ("solana", USDC_SOL, "5000000", SOL, "type"),
        ("bitcoin", "BTC", "100000", BTC, "depositAddress"),
    ],
)
def test_bytecode_forms_and_statuses(
    app: Any, state: SandboxState, origin: str, token_in: str, amount: str, sender: str, expect: str
) -> None:
    q = quote(app, originChain=origin, destinationChain="base", tokenIn=token_in, tokenOut=NATIVE, amountIn=amount)
    qid = q.json()["quote"]["quoteId"]
    assert validated(app, "GET", f"/v2/swap/status/{qid}").json()["status"] == "pending"
    body = {
        "quoteId": qid,
        "originAddress": sender,
        "destinationAddress": EVM,
        "rawQuote": q.json()["quote"].get("rawQuote"),
    }
    assert expect in validated(app, "POST", "/v2/swap/bytecode", body=body).json()
    state.clock.advance(120)
    final = validated(app, "GET", f"/v2/swap/status/{qid}").json()
    assert final["status"] == "fulfilled" and final["destinationTxUrl"]


@pytest.mark.parametrize(
    ("query", "status", "code"),
    [
        (
            {"tokenIn": USDC_ETH, "tokenOut": NATIVE, "originChain": "ethereum", "destinationChain": "base"},
            400,
            "MISSING_AMOUNT_PARAMS",
        ),
        ({"amountIn": "1", "amountOut": "1"}, 400, "INVALID_AMOUNT_PARAMS"),
        ({"amountIn": "999999"}, 400, "AMOUNT_IN_TOO_LOW"),
        ({"amountIn": "3000000001"}, 400, "AMOUNT_IN_TOO_HIGH"),
        ({"amountIn": "5000000", "preferredProvider": "teleswap"}, 400, "PREFERRED_PROVIDER_NOT_ELIGIBLE"),
        ({"amountIn": "5000000", "preferredProvider": "nope"}, 400, "INVALID_PREFERRED_PROVIDER"),
        ({"amountIn": "5000000", "slippage": "0.9"}, 400, "INVALID_SLIPPAGE"),
        ({"amountIn": "5000000", "tokenOut": "0x1234"}, 400, "NO_ROUTE_FOUND"),
        ({"amountIn": "5000000", "destinationChain": "gnosis"}, 404, "PROVIDER_NOT_FOUND"),
        ({"amountIn": "5000000", "originAddress": "not-an-address"}, 400, "TRANSFER_VALIDATION_FAILED"),
        ({"amountIn": "5x"}, 422, "QUOTE_VALIDATION_ERROR"),
        (
            {"amountIn": "5000000", "destinationChain": "solana", "tokenOut": SOL_NATIVE, "preferredProvider": "mayan"},
            400,
            UNAVAILABLE,
        ),
        ({"amountOut": "5000000", "destinationChain": "bitcoin", "tokenOut": "BTC"}, 400, "QUOTE_GENERATION_FAILED"),
        ({"amountIn": "9000", "originChain": "bitcoin", "tokenIn": "BTC"}, 400, "INSUFFICIENT_AMOUNT_FOR_REFUND"),
        ({"amountIn": "5000000", "chainIdIn": "10"}, 400, "QUOTE_VALIDATION_ERROR"),
    ],
)
def test_documented_errors(app: Any, query: dict[str, str], status: int, code: str) -> None:
    base = {"tokenIn": USDC_ETH, "tokenOut": NATIVE, "originChain": "ethereum", "destinationChain": "base"}
    response = validated(app, "GET", "/v2/swap/quote", query={**base, **query})
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)


def test_bytecode_errors(app: Any, state: SandboxState) -> None:
    missing = {"quoteId": "00000000-0000-0000-0000-000000000000", "originAddress": EVM, "destinationAddress": EVM}
    assert validated(app, "POST", "/v2/swap/bytecode", body=missing).status_code == 404
    q = quote(
        app,
        originChain="base",
        destinationChain="base",
        tokenIn=NATIVE,
        tokenOut=USDC_BASE,
        amountIn="1000000000000000",
    )
    qid = q.json()["quote"]["quoteId"]
    unauthorized = validated(app, "GET", f"/v2/swap/status/{qid}", headers={"x-api-key": "wrong"})
    assert unauthorized.status_code == 401
    bad_address = validated(app, "POST", "/v2/swap/bytecode", body={**missing, "quoteId": qid, "originAddress": "x"})
    assert bad_address.json()["error"]["code"] == "TRANSFER_VALIDATION_FAILED"
    stale = validated(app, "POST", "/v2/swap/bytecode", body={**missing, "quoteId": qid, "rawQuote": "{}"})
    assert stale.json()["error"]["code"] == "QUOTE_VALIDATION_ERROR"
    state.clock.advance(301)
    expired = validated(app, "POST", "/v2/swap/bytecode", body={**missing, "quoteId": qid})
    assert (expired.status_code, expired.json()["error"]["code"]) == (400, "QUOTE_EXPIRED")
    assert validated(app, "GET", f"/v2/swap/status/{qid}").json()["status"] == "expired"
    bad = validated(app, "POST", "/v2/swap/bytecode", body={"quoteId": 7})
    assert bad.status_code == 422 and len(bad.json()["error"]["details"]["errors"]) == 3


def test_fee_model_determinism_and_markup(state: SandboxState, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state.clock, "now", lambda: 1_800_000_000.25)  # both calls in one clock second
    query = {"originChain": "ethereum", "destinationChain": "base", "tokenIn": USDC_ETH, "tokenOut": USDC_BASE}
    plain = quote(create_app(state), **query, amountIn="1000000000").json()["quote"]
    again = quote(create_app(state), **query, amountIn="1000000000").json()["quote"]
    assert plain == again  # same request, same clock second: the same saved quote
    lines = {line["kind"]: line["amountRaw"] for line in plain["feeBreakdown"]["lines"]}
    assert lines == {"pods": "1500000", "customer": "0", "bridgeAndSlippage": "99850"}  # cctp, 1 bps
    assert plain["provider"] == "cctp" and plain["tokenOut"]["amount"] == "998400150"
    marked = create_app(SandboxState("deframe"), customer_markup_bps=20)
    sponsored = quote(marked, **query, amountIn="1000000000", preferredProvider="deframe", feeSponsorship="true")
    body = sponsored.json()["quote"]
    assert body["feeBreakdown"]["lines"][1]["amountRaw"] == "2000000" and body["feeSponsorship"] is True


def test_btc_tx_hash_starts_a_bitcoin_swap(app: Any) -> None:
    q = quote(app, originChain="bitcoin", destinationChain="ethereum", tokenIn="BTC", tokenOut=NATIVE, amountIn="50000")
    qid = q.json()["quote"]["quoteId"]
    txid = "ab" * 32
    started = validated(app, "GET", f"/v2/swap/status/{qid}", query={"btcTxHash": txid}).json()
    assert started["status"] == "processing" and started["originTxHash"] == txid
    wrong = validated(app, "GET", f"/v2/swap/status/{qid}", query={"btcTxHash": "nope"})
    assert wrong.json()["error"]["code"] == "TRANSFER_VALIDATION_FAILED"


# --- the older reference generation, served by the same sandbox ------------------------------------------------
older_schema = schemathesis.openapi.from_path(SPEC, config=config)
older_schema.app = create_app(SandboxState("deframe"), generation="older")


@older_schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_older_generation_sandbox_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()


def test_older_generation_shapes_validate_and_drive_the_adapter() -> None:
    """ISO deadline, no feeBreakdown/status, older status words, flat errors: all within the spec and the adapter."""
    from swapsuite import AssetId, QuoteRequest, SwapState
    from swapsuite.providers.deframe import mapping
    from swapsuite_deframe_client.models import QuoteResponse, SwapStatusResponse

    state = SandboxState("deframe")
    app = create_app(state, generation="older")
    query = {"originChain": "ethereum", "destinationChain": "arbitrum", "tokenIn": USDC_ETH, "tokenOut": USDC_ARB}
    before = state.clock.now()
    response = quote(app, **query, amountIn="5000000")
    after = state.clock.now()  # the deadline is read from the clock in between (a second boundary may pass)
    body = response.json()
    assert isinstance(body["quote"]["deadline"], str) and "feeBreakdown" not in body["quote"]
    assert "status" not in body["quote"] and "priceUSD" not in body["quote"]["tokenIn"]
    request = QuoteRequest(
        AssetId.parse(f"eip155:1/erc20:{USDC_ETH.lower()}"),
        AssetId.parse(f"eip155:42161/erc20:{USDC_ARB.lower()}"),
        5_000_000,
    )
    mapped = mapping.quote_from_response(QuoteResponse.from_dict(body), body, request)
    assert (mapped.amount_in, mapped.fees) == (5_000_000, ())
    assert mapped.expires_at is not None
    assert before // 1 + 300 <= int(mapped.expires_at.timestamp()) <= after // 1 + 300
    qid = body["quote"]["quoteId"]
    validated(app, "POST", "/v2/swap/bytecode", body={"quoteId": qid, "originAddress": EVM, "destinationAddress": EVM})
    words = []
    for _ in range(3):
        status = validated(app, "GET", f"/v2/swap/status/{qid}").json()
        words.append(status["status"])
        state.clock.advance(120)
    assert words[0] == "crossing" and words[-1] == "success"
    report = mapping.status_report(SwapStatusResponse.from_dict(status), status, qid)
    assert report.state is SwapState.SUCCESS
    missing = validated(app, "GET", "/v2/swap/status/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404
    assert missing.json() == {"code": "QUOTE_NOT_FOUND", "message": "Quote not found or expired", "httpStatus": 404,
                              "details": None}  # fmt: skip
    assert mapping.parse_error(missing.json()) == ("QUOTE_NOT_FOUND", "Quote not found or expired")
