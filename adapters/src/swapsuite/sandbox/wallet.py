"""A pretend wallet for the sandboxes: carries out a quote's actions the way a user's wallet would.

It never touches a chain. Transactions are "broadcast" by deriving their hash (the same derivation the sandboxes
use to recognise them), deposits are "sent" the same way, and typed data is "signed" with a deterministic
signature. It works from the common actions only — no provider-specific code.

It can also sign in where a provider lists a signed-in user's swaps (1Click's account history): :func:`sign_in`
signs the sign-in message with ERC-191 under a key of its own, whose address is :data:`SIGNER_ADDRESS` (the
default sandbox address ``0x2527…`` is a documentation address whose key nobody has). Sandbox keys protect nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from ..keccak import keccak256
from ..models import Deposit, Quote, SignTypedData, StatusReport, Transaction
from ..provider import Provider
from ..providers.oneclick.session import OneClickSession, SignIn
from .market import fake_hash
from .oneclick_crypto import N, eth_address, secp_public, secp_sign

SIGNER_SECRET = int.from_bytes(hashlib.sha256(b"swapsuite sandbox wallet signer v1").digest(), "big") % N
SIGNER_ADDRESS = eth_address(secp_public(SIGNER_SECRET))  # lower-case 0x address


def sign_in(request: SignIn) -> dict[str, Any]:
    """The sign-in message signed the way an EVM wallet's ``personal_sign`` does (ERC-191), by the signer key."""
    raw = request.message.encode()
    digest = keccak256(b"\x19Ethereum Signed Message:\n" + str(len(raw)).encode() + raw)
    return {
        "standard": "erc191",
        "payload": request.message,
        "signature": "0x" + secp_sign(SIGNER_SECRET, digest).hex(),
    }


def oneclick_session() -> OneClickSession:
    """A 1Click session of the sandbox wallet (signs in as :data:`SIGNER_ADDRESS` on first use)."""
    return OneClickSession(sign=sign_in)


def transaction_hash(action: Transaction) -> str:
    """The hash a sandbox assigns to a broadcast transaction: derived from its calldata."""
    return fake_hash(action.data or "")


def deposit_hash(action: Deposit) -> str:
    return fake_hash(f"deposit:{action.address}:{action.amount}")


def signature(action: SignTypedData) -> str:
    """A deterministic signature in the form the approval type expects."""
    digest = hashlib.sha256(json.dumps(action.payload, sort_keys=True, default=str).encode()).hexdigest()
    if action.approval_type == "cosign":
        return base64.b64encode(json.dumps({"transaction": digest}).encode()).decode()
    if action.approval_type == "htlc":
        return base64.b64encode(b"psbt\xff" + bytes.fromhex(digest)).decode()
    return "0x" + (digest * 3)[:130]


def perform(provider: Provider, quote: Quote) -> tuple[str, StatusReport | None]:
    """Carry out every action of a firm quote; return the swap's status ref and the last submit's report."""
    ref = quote.status_ref
    report: StatusReport | None = None
    for action in quote.actions:
        if isinstance(action, Deposit):
            report = provider.submit(ref or action.address, tx_hash=deposit_hash(action), memo=action.memo)
            ref = ref or action.address
        elif isinstance(action, SignTypedData):
            report = provider.submit(action.submit_ref, signature=signature(action))
            ref = ref or action.submit_ref
        elif isinstance(action, Transaction) and action.purpose != "approval":
            # Providers that track swaps by the origin transaction (Across) have no ref before this point.
            ref = ref or transaction_hash(action)
    if ref is None:
        raise ValueError(f"{quote.provider} quote has no actions to perform")
    return ref, report
