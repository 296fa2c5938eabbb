"""The 1Click sandbox against its contract: schemathesis drives every operation of ``specs/oneclick/openapi.yaml``
in-process with positive and negative data and runs its default checks on every answer.

Before generation starts the sandbox is seeded with firm quotes in every lifecycle state; schemathesis draws deposit
addresses and asset ids from those seeds most of the time, so status, submit and withdrawal calls reach real swaps
and quotes get priced instead of all ending in "not found" / "tokenIn is not valid".
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import schemathesis
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, settings
from swapsuite.sandbox import market
from swapsuite.sandbox import oneclick_crypto as crypto
from swapsuite.sandbox import oneclick_data as data
from swapsuite.sandbox.control import SandboxState
from swapsuite.sandbox.oneclick import create_app, quote_response, validate_quote

SPEC = Path(__file__).resolve().parent.parent / "specs" / "oneclick" / "openapi.yaml"
STATE = SandboxState("oneclick")
APP = create_app(STATE)
# EVM market assets only, so that the EVM addresses below fit both ends of a drawn pair.
EVM_IDS = [t.asset_id for t in data.TOKENS if t.market is not None and data.CHAINS[t.blockchain].kind == "evm"]
ADDRESSES = {"evm": "0x2527D02599Ba641c19FEa793cD0F167589a0f10D", "sol": "13QkxhNMrTPxoCkRdYdJ65tFuwXPhL5gLS2Z5Nr6gjRK"}
ADDRESSES |= {"btc": "bc1q6mte80265ghwq4vsrpm9lnaz46uvdreu9z8wly", "near": "alice.near"}


def _firm(origin: data.ListedToken, destination: data.ListedToken, amount: int, swap_type: str) -> str:
    """Reserve a deposit address for one firm quote and return it."""
    body = _body(origin, destination, amount, swap_type)
    return str(quote_response(STATE, validate_quote(body, True))["quote"]["depositAddress"])


def _body(origin: data.ListedToken, destination: data.ListedToken, amount: int, swap_type: str) -> dict[str, Any]:
    return {
        "dry": False,
        "swapType": swap_type,
        "slippageTolerance": 100,
        "originAsset": origin.asset_id,
        "depositType": "ORIGIN_CHAIN",
        "destinationAsset": destination.asset_id,
        "amount": str(amount),
        "refundTo": ADDRESSES[data.CHAINS[origin.blockchain].kind],
        "refundType": "ORIGIN_CHAIN",
        "recipient": ADDRESSES[data.CHAINS[destination.blockchain].kind],
        "recipientType": "DESTINATION_CHAIN",
        "deadline": "2030-01-01T00:00:00Z",
    }


def _seed() -> list[str]:
    """One firm quote per market token, spread over every state of 1Click's lifecycle."""
    now = STATE.clock.now()
    usdc = next(t for t in data.TOKENS if t.symbol == "USDC" and t.blockchain == "arb")
    addresses = []
    for index, origin in enumerate(t for t in data.TOKENS if t.market is not None):
        # About $50, ending in 000 (success), 302 (refund) or 404 (fail).
        amount = data.usd_to_units(Decimal(50), origin) // 1000 * 1000 + (0, 302, 404)[index % 3]
        address = _firm(origin, usdc if origin is not usdc else data.TOKENS[0], amount, "EXACT_INPUT")
        # Staggered starts: waiting, just deposited, processing and settled (success / refunded / failed).
        if index % 4:
            STATE.swaps[address].start(now - 2.0 * (index % 4 - 1) - 0.5)
        addresses.append(address)
    addresses.append(_firm(usdc, data.TOKENS[0], 30_000_000_000_000_000, "EXACT_OUTPUT"))
    # A quote funded from NEAR Intents (generate-intent / submit-intent reach it) by the session's account.
    intents = validate_quote(
        {
            **_body(usdc, usdc, 50_000_000, "EXACT_INPUT"),
            "depositType": "INTENTS",
            "refundTo": SESSION_ACCOUNT,
            "refundType": "INTENTS",
        },
        True,
    )
    addresses.append(str(quote_response(STATE, intents)["quote"]["depositAddress"]))
    return addresses


# The account endpoints see the swaps of this account (the seeds' EVM recipient) through a session token.
SESSION_ACCOUNT = ADDRESSES["evm"].lower()


SEEDED = _seed()
CONFIG = schemathesis.Config.from_dict(
    {
        # A valid key: the sandbox then charges no unauthenticated fee and allows ANY_INPUT quotes.
        "headers": {"X-API-Key": "sandbox-key"},
        # The account endpoints' user session (schemathesis also tries them with a broken token: 401 expected).
        "auth": {"openapi": {"UserSession": {"bearer": crypto.issue_token(SESSION_ACCOUNT, "access", 2**40)}}},
        "generation": {"mode": "all", "with-security-parameters": False},
        "dictionaries": {
            "assets": {"values": EVM_IDS},
            "evm": {"values": [ADDRESSES["evm"], "0xcac3C41676deF4FE375E57118f3eB83A99105577"]},
            # 50 USDC, 0.02 ETH, 1 ETH: sensible for some of the drawn assets, too small or too big for others.
            "amounts": {"values": ["50000000", "20000000000000000", "1000000000000000000"]},
            "bps": {"values": [50, 100, 300]},
            "origin": {"values": ["ORIGIN_CHAIN"]},
            "destination": {"values": ["DESTINATION_CHAIN"]},
            "deposits": {"values": SEEDED},
        },
        "parameters": {
            **{
                f"body.{name}": {"dictionary": "assets", "probability": 0.8}
                for name in ("originAsset", "destinationAsset")
            },
            **{f"body.{name}": {"dictionary": "evm", "probability": 0.8} for name in ("recipient", "refundTo")},
            "body.amount": {"dictionary": "amounts", "probability": 0.8},
            "body.slippageTolerance": {"dictionary": "bps", "probability": 0.8},
            **{f"body.{name}": {"dictionary": "origin", "probability": 0.8} for name in ("depositType", "refundType")},
            "body.recipientType": {"dictionary": "destination", "probability": 0.8},
            "body.depositAddress": {"dictionary": "deposits", "probability": 0.7},
            "query.depositAddress": {"dictionary": "deposits", "probability": 0.7},
        },
        "checks": {
            # A schema-valid request can still be one 1Click rejects with 400 (an asset it does not list, an address
            # that does not fit the chain, an amount below the bridge minimum, an unknown deposit address): the
            # contract cannot express those rules, so 400 is an acceptable answer to positive data.
            "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "404"]},
        },
    }
)
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schema.app = APP


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_conforms(case: schemathesis.Case) -> None:
    """Every generated request gets a documented status code and a body that validates against the spec."""
    case.call_and_validate()


def test_quote_signatures_follow_the_real_scheme() -> None:
    """The sandbox signs like 1Click: the staging-signed spec fixtures verify with the same code path, and so do the
    sandbox's own quotes (including their echo in /v0/status) under SANDBOX_PUBLIC_KEY."""
    with SPEC.open(encoding="utf-8") as fh:
        examples = yaml.safe_load(fh)["components"]["examples"]
    for name in ("QuoteResponseNonDry", "QuoteResponseDry"):
        fixture = examples[name]["value"]
        assert data.verify_quote_signature(fixture, data.STAGING_PUBLIC_KEY)
        assert not data.verify_quote_signature(fixture, data.SANDBOX_PUBLIC_KEY)
        tampered = {**fixture, "quote": {**fixture["quote"], "amountOut": "1"}}
        assert not data.verify_quote_signature(tampered, data.STAGING_PUBLIC_KEY)
    signer = Ed25519PrivateKey.from_private_bytes(data.SANDBOX_SIGNING_SEED)
    public = signer.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert "ed25519:" + data.b58encode(public) == data.SANDBOX_PUBLIC_KEY
    record = STATE.records[SEEDED[0]]
    assert data.verify_quote_signature(record["response"])
    # The shared market comes first (the quotable assets), then the synthetic long tail.
    assert [token.market for token in data.TOKENS[: len(market.TOKENS)]] == list(market.TOKENS)
    assert len(data.TOKENS) == len(market.TOKENS) + data.LONG_TAIL_SIZE
