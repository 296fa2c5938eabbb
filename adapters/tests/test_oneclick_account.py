"""The 1Click sandbox's newer operations, statefully: sign in, swap into NEAR Intents, see the balance, fund a second
quote from it with a generated and signed intent, see both swaps in the history, attest a deposit address.

Requests follow one-click-sdk-typescript 0.1.25's models (OneClickService / AccountService / UserAuthService) and
cow-sdk's /v0/attestation call; every answer is checked against specs/oneclick/openapi.yaml.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from starlette.testclient import TestClient
from swapsuite.base58 import b58encode
from swapsuite.keccak import keccak256
from swapsuite.sandbox import oneclick_crypto as crypto
from swapsuite.sandbox import oneclick_data as data
from swapsuite.sandbox.control import SandboxState
from swapsuite.sandbox.oneclick import create_app

from conformance.specschema import body_errors, json_body_schema, oas_schema

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "oneclick" / "openapi.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text())
KEY = {"X-API-Key": "sandbox-key"}
USDC = next(t for t in data.TOKENS if t.symbol == "USDC" and t.blockchain == "arb")
ETH = next(t for t in data.TOKENS if t.symbol == "ETH" and t.blockchain == "arb")
EVM = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D"


class Wallet:
    """An Ed25519 wallet: its NEAR implicit account and raw_ed25519 / NEP-413 signatures."""

    def __init__(self, seed: bytes) -> None:
        self.key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed).digest())
        raw = self.key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.account, self.public = raw.hex(), "ed25519:" + b58encode(raw)

    def sign(self, payload: Any, standard: str = "raw_ed25519") -> dict[str, Any]:
        message = crypto.nep413_digest(payload) if standard == "nep413" else payload.encode()
        signature = b58encode(self.key.sign(message))
        return {"standard": standard, "payload": payload, "public_key": self.public, "signature": signature}


def checked(response: Any, path: str, method: str = "post", status: int = 200) -> Any:
    """The JSON body, after checking status and body against the spec."""
    assert response.status_code == status, response.text
    documented = SPEC["paths"][path][method]["responses"][str(status)]
    if "$ref" in documented:
        documented = SPEC["components"]["responses"][documented["$ref"].rsplit("/", 1)[1]]
    schema = json_body_schema(SPEC, documented)
    assert body_errors(oas_schema(SPEC, schema), response.json()) == []
    return response.json()


@pytest.fixture
def sandbox() -> tuple[TestClient, SandboxState]:
    state = SandboxState("oneclick")
    return TestClient(create_app(state)), state


def firm(client: TestClient, **changes: Any) -> dict[str, Any]:
    body = {
        "dry": False,
        "swapType": "EXACT_INPUT",
        "slippageTolerance": 100,
        "originAsset": ETH.asset_id,
        "depositType": "ORIGIN_CHAIN",
        "destinationAsset": USDC.asset_id,
        "amount": str(data.usd_to_units(Decimal(100), ETH) // 1000 * 1000),
        "refundTo": EVM,
        "refundType": "ORIGIN_CHAIN",
        "recipient": EVM,
        "recipientType": "DESTINATION_CHAIN",
        "deadline": "2030-01-01T00:00:00Z",
        **changes,
    }
    return checked(client.post("/v0/quote", json=body, headers=KEY), "/v0/quote", status=201)


def sign_in(client: TestClient, wallet: Wallet) -> dict[str, Any]:
    signed = wallet.sign("Sign in to the 1Click sandbox")
    return checked(client.post("/v0/auth/authenticate", json={"signedData": signed}), "/v0/auth/authenticate")


def test_sessions_are_issued_refreshed_and_checked(sandbox: tuple[TestClient, SandboxState]) -> None:
    client, state = sandbox
    wallet = Wallet(b"alice")
    tokens = sign_in(client, wallet)
    assert crypto.check_token(tokens["accessToken"], "access", state.clock.now()) == wallet.account
    refreshed = checked(
        client.post("/v0/auth/refresh", json={"refreshToken": tokens["refreshToken"]}), "/v0/auth/refresh"
    )
    bearer = {"Authorization": f"Bearer {refreshed['accessToken']}"}
    assert checked(client.get("/v0/account/balances", headers=bearer), "/v0/account/balances", "get") == {
        "balances": []
    }
    # An access token is no refresh token (and the reverse); a forged or tampered signature fails.
    assert client.post("/v0/auth/refresh", json={"refreshToken": tokens["accessToken"]}).status_code == 401
    wrong = {"Authorization": f"Bearer {tokens['refreshToken']}"}
    assert client.get("/v0/account/balances", headers=wrong).status_code == 401
    forged = {**wallet.sign("Sign in"), "payload": "Sign in, changed"}
    assert client.post("/v0/auth/authenticate", json={"signedData": forged}).status_code == 401
    # Expiry follows the sandbox clock.
    state.clock.advance(3601)
    assert client.get("/v0/account/balances", headers=bearer).status_code == 401


def test_erc191_sign_in_yields_the_evm_address(sandbox: tuple[TestClient, SandboxState]) -> None:
    client, _ = sandbox
    secret = int.from_bytes(hashlib.sha256(b"bob").digest(), "big") % crypto.N
    message = b"Sign in to the 1Click sandbox"
    digest = keccak256(b"\x19Ethereum Signed Message:\n" + str(len(message)).encode() + message)
    signed = {
        "standard": "erc191",
        "payload": message.decode(),
        "signature": "0x" + crypto.secp_sign(secret, digest).hex(),
    }
    tokens = checked(client.post("/v0/auth/authenticate", json={"signedData": signed}), "/v0/auth/authenticate")
    assert crypto.check_token(tokens["accessToken"], "access", 0) == crypto.eth_address(crypto.secp_public(secret))


def test_secp256k1_recovery_agrees_with_an_independent_signer() -> None:
    """Signatures from `cryptography`'s ECDSA recover (for one of the two parities) to its own public key."""
    for index in range(5):
        private = ec.derive_private_key(1000 + index, ec.SECP256K1())
        point = private.public_key().public_numbers()
        message = f"message {index}".encode()
        r, s = decode_dss_signature(private.sign(message, ec.ECDSA(hashes.SHA256())))
        digest = hashlib.sha256(message).digest()
        raw = r.to_bytes(32, "big") + s.to_bytes(32, "big")
        recovered = {crypto.secp_recover(digest, raw + bytes([v])) for v in (27, 28)}
        assert (point.x, point.y) in recovered


def test_swap_into_intents_then_fund_a_quote_with_a_signed_intent(sandbox: tuple[TestClient, SandboxState]) -> None:
    client, state = sandbox
    wallet = Wallet(b"carol")
    bearer = {"Authorization": f"Bearer {sign_in(client, wallet)['accessToken']}"}
    # 1. ETH on Arbitrum → USDC delivered into carol's NEAR Intents account.
    first = firm(client, recipient=wallet.account, recipientType="INTENTS")
    deposit = first["quote"]["depositAddress"]
    client.post("/v0/deposit/submit", json={"txHash": "0x" + "ab" * 32, "depositAddress": deposit}, headers=KEY)
    state.clock.advance(30)
    balances = checked(client.get("/v0/account/balances", headers=bearer), "/v0/account/balances", "get")["balances"]
    held = int(first["quote"]["amountOut"])
    assert balances == [{"tokenId": USDC.asset_id, "available": str(held), "source": "private"}]
    # 2. A quote funded from that balance: generate the intent, sign it, submit it.
    amount = str(held // 2 // 1000 * 1000)
    second = firm(
        client,
        originAsset=USDC.asset_id,
        destinationAsset=ETH.asset_id,
        amount=amount,
        depositType="INTENTS",
        refundTo=wallet.account,
        refundType="INTENTS",
    )
    address = second["quote"]["depositAddress"]
    ask = {"type": "swap_transfer", "standard": "raw_ed25519", "signerId": wallet.account, "depositAddress": address}
    intent = checked(client.post("/v0/generate-intent", json=ask, headers=KEY), "/v0/generate-intent")["intent"]
    assert intent["standard"] == "raw_ed25519" and address in intent["payload"]
    signed = {"type": "swap_transfer", "signedData": wallet.sign(intent["payload"])}
    tampered = {
        "type": "swap_transfer",
        "signedData": {**signed["signedData"], "signature": Wallet(b"eve").sign("x")["signature"]},
    }
    assert client.post("/v0/submit-intent", json=tampered, headers=KEY).status_code == 400
    answer = checked(client.post("/v0/submit-intent", json=signed, headers=KEY), "/v0/submit-intent")
    assert answer["intentHash"] == crypto.intent_hash(signed["signedData"])
    status = client.get("/v0/status", params={"depositAddress": address}, headers=KEY).json()
    assert status["status"] in ("KNOWN_DEPOSIT_TX", "PROCESSING")
    assert client.post("/v0/submit-intent", json=signed, headers=KEY).status_code == 400  # not twice
    left = checked(
        client.get("/v0/account/balances", params={"tokenIds": USDC.asset_id}, headers=bearer),
        "/v0/account/balances",
        "get",
    )["balances"]
    assert left == [
        {"tokenId": USDC.asset_id, "available": str(held - int(second["quote"]["amountIn"])), "source": "private"}
    ]
    # 3. Both swaps are in carol's history, newest first, one page at a time.
    page = checked(client.get("/v0/account/history", params={"limit": 1}, headers=bearer), "/v0/account/history", "get")
    assert [item["depositAddress"] for item in page["items"]] == [address]
    older = client.get("/v0/account/history", params={"limit": 1, "prevCursor": page["prevCursor"]}, headers=bearer)
    assert [item["depositAddress"] for item in checked(older, "/v0/account/history", "get")["items"]] == [deposit]
    only = client.get("/v0/account/history", params={"depositType": "INTENTS"}, headers=bearer).json()
    assert [item["depositAddress"] for item in only["items"]] == [address]
    # A stranger sees nothing.
    stranger = {"Authorization": f"Bearer {sign_in(client, Wallet(b'dave'))['accessToken']}"}
    assert client.get("/v0/account/history", headers=stranger).json() == {"items": []}


def test_nep413_intent_and_refusals(sandbox: tuple[TestClient, SandboxState]) -> None:
    client, _ = sandbox
    wallet = Wallet(b"erin")
    plain = firm(client)["quote"]["depositAddress"]  # an ORIGIN_CHAIN quote cannot be funded by an intent
    ask = {"type": "swap_transfer", "standard": "nep413", "signerId": wallet.account, "depositAddress": plain}
    assert "not INTENTS" in client.post("/v0/generate-intent", json=ask, headers=KEY).json()["message"]
    address = firm(client, depositType="INTENTS", refundTo=wallet.account, refundType="INTENTS")["quote"][
        "depositAddress"
    ]
    intent = client.post("/v0/generate-intent", json={**ask, "depositAddress": address}, headers=KEY).json()["intent"]
    assert set(intent["payload"]) == {"message", "nonce", "recipient"}
    signed = {"type": "swap_transfer", "signedData": wallet.sign(intent["payload"], "nep413")}
    refused = client.post("/v0/submit-intent", json=signed, headers=KEY).json()["message"]
    assert "Insufficient balance" in refused  # the signature checked out; erin holds nothing


def test_attestation_signs_the_quote_hash_of_a_known_deposit_address(sandbox: tuple[TestClient, SandboxState]) -> None:
    client, _ = sandbox
    response = firm(client, originAsset=USDC.asset_id, destinationAsset=ETH.asset_id, amount="50000000")
    address = response["quote"]["depositAddress"]
    quote_hash = crypto.attestation_quote_hash(response)
    body = checked(
        client.post("/v0/attestation", json={"depositAddress": address, "quoteHash": quote_hash}), "/v0/attestation"
    )
    message = crypto.ATTESTATION_PREFIX + crypto.ATTESTATION_VERSION + bytes.fromhex(address[2:] + quote_hash[2:])
    point = crypto.secp_recover(keccak256(message), bytes.fromhex(body["signature"][2:]))
    assert body["version"] == 1 and crypto.eth_address(point) == crypto.ATTESTOR_ADDRESS
    wrong = client.post("/v0/attestation", json={"depositAddress": address, "quoteHash": "0x" + "00" * 32})
    assert (wrong.status_code, wrong.json()["message"]) == (400, "Invalid quote hash")
    unknown = client.post("/v0/attestation", json={"depositAddress": EVM, "quoteHash": quote_hash})
    assert unknown.status_code == 400 and "not found" in unknown.json()["message"]
