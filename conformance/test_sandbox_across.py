"""The Across sandbox against its contract: schemathesis (positive and negative data) plus targeted happy paths.

Across validates much the schema cannot express (address formats per chain, token existence, amount limits), so a
schema-valid request may be a documented 400: ``positive_data_acceptance`` accepts 400 here. Every other default
check runs as is.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from swapsuite.sandbox import across_data, market
from swapsuite.sandbox.across import create_app
from swapsuite.sandbox.control import SandboxState

SPEC = Path(__file__).resolve().parent.parent / "specs" / "across" / "openapi.yaml"
CONFIG = schemathesis.Config.from_dict(
    {
        "base-url": "http://testserver",  # the sandbox serves the API at its root, not under the spec's /api
        "headers": {"Authorization": "Bearer sandbox-key"},
        "generation": {"mode": "all"},  # positive and negative data
        "checks": {
            "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "403", "404", "409", "429", "5xx"]}
        },
    }
)
STATE = SandboxState("across")
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schema.app = create_app(STATE)

DEPOSITOR = "0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB"
SOL_RECIPIENT = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"
USDC = {1: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 10: "0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85"}
USDC |= {
    34268394551451: "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
    42161: "0xaf88d065e77c8cC2239327C5EDb3A432268e5831",
}
ZERO = "0x0000000000000000000000000000000000000000"
WSOL = "So11111111111111111111111111111111111111112"


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_conforms(case: Any) -> None:
    case.call_and_validate()


def approval(**query: Any) -> dict[str, Any]:
    base = {"tradeType": "exactInput", "amount": "250000000", "depositor": DEPOSITOR}
    base |= {"originChainId": 10, "inputToken": USDC[10], "destinationChainId": 42161, "outputToken": ZERO}
    return base | query


HAPPY = [
    ("/swap/approval", "GET", approval(), None),
    ("/swap/approval", "GET", approval(outputToken=USDC[42161], integratorId="0xdead"), None),  # bridge only
    ("/swap/approval", "GET", approval(inputToken=ZERO, amount="1000000000000000000"), None),  # native, two legs
    (
        "/swap/approval",
        "GET",
        approval(tradeType="exactOutput", amount="100000000000000000", skipOriginTxEstimation="true"),
        None,
    ),
    ("/swap/approval", "GET", approval(tradeType="minOutput", amount="50000000000000000", slippage="0.01"), None),
    ("/swap/approval", "GET", approval(appFee="0.01", appFeeRecipient=DEPOSITOR, refundOnOrigin="false"), None),
    (
        "/swap/approval",
        "GET",
        approval(originChainId=34268394551451, inputToken=WSOL, depositor=SOL_RECIPIENT, recipient=DEPOSITOR),
        None,
    ),
    (
        "/swap/approval",
        "POST",
        approval(),
        {"actions": [{"target": DEPOSITOR, "functionSignature": "function f(uint256 a)", "args": [{"value": "1"}]}]},
    ),
    ("/swap/chains", "GET", {}, None),
    ("/swap/tokens", "GET", {"chainId": [1, 10]}, None),
    ("/swap/sources", "GET", {"chainId": 8453}, None),
    (
        "/suggested-fees",
        "GET",
        {
            "inputToken": USDC[1],
            "outputToken": USDC[10],
            "originChainId": 1,
            "destinationChainId": 10,
            "amount": "5000000000",
        },
        None,
    ),
    (
        "/limits",
        "GET",
        {
            "inputToken": USDC[1],
            "outputToken": USDC[34268394551451],
            "originChainId": 1,
            "destinationChainId": 34268394551451,
        },
        None,
    ),
    ("/available-routes", "GET", {"originChainId": 1}, None),
    ("/chains", "GET", {}, None),
    ("/chains", "GET", {"chainId": [1, 10, 42161], "inputTokenSymbol": "usdc", "omitTokens": "false"}, None),
    ("/chains", "GET", {"outputTokenSymbol": "WETH", "omitTokens": "true"}, None),
]


@pytest.mark.parametrize(("path", "method", "query", "body"), HAPPY)
def test_happy_paths_validate(path: str, method: str, query: dict[str, Any], body: Any) -> None:
    """Realistic requests reach the 200 shapes random data rarely reaches; the checks validate them."""
    operation = schema[path][method]
    case = operation.Case(query=query, body=body) if body is not None else operation.Case(query=query)
    response = case.call_and_validate()
    assert response.status_code == 200, response.text


def test_deposit_endpoints_validate() -> None:
    """A recorded deposit through /deposit/status (every lookup) and /deposits, checked against the spec."""
    quote = schema["/swap/approval"]["GET"].Case(query=approval(amount="77000000")).call_and_validate().json()
    ref = market.fake_hash(quote["swapTx"]["data"])
    status = schema["/deposit/status"]["GET"]
    first = status.Case(query={"depositTxnRef": ref}).call_and_validate().json()
    assert first["status"] == "pending"
    by_id = {"depositId": first["depositId"], "originChainId": 10}
    assert status.Case(query=by_id).call_and_validate().json()["depositTxnRef"] == ref
    STATE.clock.advance(60)
    assert status.Case(query={"depositTxHash": ref}).call_and_validate().json()["status"] == "filled"
    listed = schema["/deposits"]["GET"].Case(query={"depositor": DEPOSITOR}).call_and_validate().json()
    assert ref in [item["depositTxnRef"] for item in listed]
    relay = listed[[item["depositTxnRef"] for item in listed].index(ref)]["relayHash"]
    assert status.Case(query={"relayDataHash": relay}).call_and_validate().json()["fillTxnRef"]


@pytest.mark.parametrize("source", across_data.LISTED, ids=lambda t: f"{t.token.symbol}@{t.token.chain_key}")
def test_every_route_validates(source: across_data.Listed) -> None:
    """$500 from one token to every other: each answer is a 200 (any route shape) or ROUTE_NOT_ENABLED (same chain)."""
    operation = schema["/swap/approval"]["GET"]
    for target in across_data.LISTED + across_data.WRAPPED:
        query = approval(amount=str(source.units(across_data.Decimal(500))), inputToken=source.address)
        query |= {
            "originChainId": source.chain_id,
            "outputToken": target.address,
            "destinationChainId": target.chain_id,
        }
        query |= {"depositor": SOL_RECIPIENT if source.chain_id == across_data.SOLANA else DEPOSITOR}
        query |= {"recipient": SOL_RECIPIENT if target.chain_id == across_data.SOLANA else DEPOSITOR}
        response = operation.Case(query=query).call_and_validate()
        same_chain = source.chain_id == target.chain_id
        assert response.status_code == (400 if same_chain else 200), response.text
        if same_chain:
            assert response.json()["code"] == "ROUTE_NOT_ENABLED"


def test_chains_serve_what_the_app_sdk_reads() -> None:
    """``getChainInfo`` asks for its configured chains by repeated ``chainId`` and reads each one's ``spokePool``."""
    operation = schema["/chains"]["GET"]
    answer = operation.Case(query={"chainId": [1, 10, 42161]}).call_and_validate().json()
    assert [chain["chainId"] for chain in answer] == [1, 10, 42161]
    assert [chain["spokePool"] for chain in answer] == [across_data.spoke_pool(c) for c in (1, 10, 42161)]
    usdc = [t for t in answer[0]["inputTokens"] if t["symbol"] == "USDC"]
    assert [t["address"] for t in usdc] == [USDC[1]]
    eth = {t["symbol"]: t["address"] for t in answer[0]["outputTokens"] if t["symbol"] in ("ETH", "WETH")}
    assert eth == {"ETH": across_data.WETH[1], "WETH": across_data.WETH[1]}  # ETH is listed by its WETH address
    bare = operation.Case(query={"chainId": [10], "omitTokens": "true"}).call_and_validate().json()
    assert bare[0]["inputTokens"] == bare[0]["outputTokens"] == []
    assert operation.Case(query={"inputTokenSymbol": "NOPE"}).call_and_validate().json() == []
    bad = operation.Case(query={"chainId": ["ten"]}).call_and_validate()
    assert (bad.status_code, bad.json()["code"]) == (400, "INVALID_PARAM")


def asgi(method: str, path: str) -> httpx.Response:
    """One request straight to a fresh sandbox app (paths the spec does not know)."""

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(SandboxState("across")))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, path)

    return asyncio.run(go())


def test_unknown_routes_answer_json() -> None:
    """An unknown path or method is a JSON ``AcrossApiError`` (the SDK decodes every body), never plain text."""
    missing = asgi("GET", "/no/such/route")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/json"
    assert missing.json() == {"type": "AcrossApiError", "status": 404, "message": "No route for GET /no/such/route"}
    wrong = asgi("DELETE", "/chains")
    assert (wrong.status_code, wrong.json()["status"]) == (405, 405)
    assert set(wrong.headers["allow"].split(", ")) == {"GET", "HEAD"}


def test_deposits_filters_and_paging() -> None:
    """Every indexer filter of ``/deposits`` narrows the list; ``skip``/``limit`` page it; bad values are 400s."""
    state = SandboxState("across")
    local = schemathesis.openapi.from_path(SPEC, config=CONFIG)
    local.app = create_app(state)
    approve, status = local["/swap/approval"]["GET"], local["/deposit/status"]["GET"]
    refs = []
    for amount, extra in (
        ("71000000", {"integratorId": "0xdead"}),
        ("72000000", {"destinationChainId": 1}),
        ("73000000", {}),
    ):
        query = approval(amount=amount, outputToken=USDC[extra.get("destinationChainId", 42161)]) | extra
        ref = market.fake_hash(approve.Case(query=query).call_and_validate().json()["swapTx"]["data"])
        if refs:
            state.clock.advance(30)  # the earlier deposits fill meanwhile; the last one stays pending
        status.Case(query={"depositTxnRef": ref}).call_and_validate()  # broadcast
        refs.append(ref)
    listing = local["/deposits"]["GET"]

    def listed(**query: Any) -> list[str]:
        response = listing.Case(query=query).call_and_validate()
        assert response.status_code == 200, response.text
        return [item["depositTxnRef"] for item in response.json()]

    assert listed() == refs[::-1]  # newest first
    assert listed(integratorId="0xDEAD") == [refs[0]]
    assert listed(destinationChainId=1) == [refs[1]]
    assert listed(outputToken=USDC[42161].lower(), originChainId=10) == [refs[2], refs[0]]
    assert listed(recipient=DEPOSITOR, inputToken=USDC[10]) == refs[::-1]
    assert listed(status="filled") == refs[:2][::-1] and listed(status="unfilled") == [refs[2]]
    assert listed(depositType="cctp") == [] and listed(depositType="across") == refs[::-1]
    records = {item["depositTxnRef"]: item for item in listing.Case(query={}).call_and_validate().json()}
    first_block = records[refs[0]]["depositBlockNumber"]
    assert listed(startBlock=first_block + 1) == [refs[2], refs[1]]
    assert listed(endBlock=first_block) == [refs[0]]
    fill = records[refs[1]]["fillBlockNumber"]
    assert listed(startFillBlock=fill) == [refs[1]]  # unfilled deposits have no fill block
    assert listed(startFillBlock=0, endFillBlock=fill - 1) == [refs[0]]
    assert listed(skip=1, limit=1) == [refs[1]]
    for bad in ({"status": "pending"}, {"limit": 1001}, {"depositType": "wormhole"}, {"startBlock": -1}):
        answer = listing.Case(query=bad).call_and_validate()
        assert (answer.status_code, answer.json()["error"]) == (400, "ValidationError"), bad


def test_hypercore_lookups_are_not_found() -> None:
    """The HyperCore nonce lookups exist (the sandbox bridges no HyperCore, so they find nothing)."""
    status = schema["/deposit/status"]["GET"]
    withdrawal = status.Case(query={"from": DEPOSITOR, "hypercoreWithdrawalNonce": "7"}).call_and_validate()
    assert (withdrawal.status_code, withdrawal.json()["error"]) == (404, "HyperliquidWithdrawalNotFoundException")
    deposit = status.Case(query={"recipient": DEPOSITOR, "hypercoreDepositNonce": "7"}).call_and_validate()
    assert (deposit.status_code, deposit.json()["error"]) == (404, "HyperliquidDepositNotFoundException")
    lone = status.Case(query={"hypercoreDepositNonce": "7"}).call_and_validate()
    assert (lone.status_code, lone.json()["error"]) == (400, "IncorrectQueryParamsException")
