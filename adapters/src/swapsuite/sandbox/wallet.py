"""A pretend wallet for the sandboxes: carries out a quote's actions the way a user's wallet would.

It never touches a chain. Transactions are "broadcast" by deriving their hash (the same derivation the sandboxes
use to recognise them), deposits are "sent" the same way, and typed data is "signed" with a deterministic
signature. It works from the common actions only — no provider-specific code.
"""

from __future__ import annotations

import base64
import hashlib
import json

from ..models import Deposit, Quote, SignTypedData, StatusReport, Transaction
from ..provider import Provider
from .market import fake_hash


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
