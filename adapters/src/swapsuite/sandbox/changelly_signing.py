"""Changelly sandbox: ``params_to_sign``, the chain-specific payload ``createIntent`` returns (the EVM one follows the
documented Permit2 sample), and the check of what ``createIntentApproval`` receives signed."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any

from ..base58 import b58encode
from . import market
from .changelly_data import PERMIT2, ZERO_ADDRESS, Listed, fake_address

_PERMIT2_TYPES = {
    "DepositWitness": [
        {"name": "resolverDepositAddress", "type": "address"},
        {"name": "secretHash", "type": "bytes32"},
        {"name": "deadline", "type": "uint256"},
    ],
    "TokenPermissions": [{"name": "token", "type": "address"}, {"name": "amount", "type": "uint256"}],
    "PermitWitnessTransferFrom": [
        {"name": "permitted", "type": "TokenPermissions"},
        {"name": "spender", "type": "address"},
        {"name": "nonce", "type": "uint256"},
        {"name": "deadline", "type": "uint256"},
        {"name": "witness", "type": "DepositWitness"},
    ],
}
_WITNESS_TYPE_STRING = (
    "DepositWitness witness)DepositWitness(address resolverDepositAddress,bytes32 secretHash,uint256 deadline)"
    "TokenPermissions(address token,uint256 amount)"
)


def params_to_sign(intent_id: str, source: Listed, amount: int, deadline: int, secret_hash: str, sender: str) -> Any:
    """The chain-specific payload of ``createIntent``; the EVM one follows the documented Permit2 sample."""
    network = source.network
    resolver = fake_address(f"changelly-resolver:{intent_id}")
    nonce = int(hashlib.sha256(f"changelly-nonce:{intent_id}".encode()).hexdigest()[:12], 16)
    if network.type == "EVM":
        escrow = fake_address(f"changelly-escrow:{network.id}")
        witness = {"deadline": hex(deadline), "secretHash": secret_hash, "resolverDepositAddress": resolver}
        token = source.contract_address or network.wrapped or ZERO_ADDRESS
        # "version" is in the documented sample although Permit2's own domain has none: the docs are followed.
        domain = {"name": "Permit2", "chainId": network.evm_chain_id, "version": "1", "verifyingContract": PERMIT2}
        message = {
            "permitted": {"token": token, "amount": str(amount)},
            "spender": escrow,
            "nonce": str(nonce),
            "deadline": str(deadline),
            "witness": witness,
        }
        return {
            "nonce": nonce,
            "additional_data": {
                "types": _PERMIT2_TYPES,
                "domain": domain,
                "primaryType": "PermitWitnessTransferFrom",
                "message": message,
                "witness": witness,
                "witness_hash": market.fake_hash(f"changelly-witness:{intent_id}"),
                "witness_type_string": _WITNESS_TYPE_STRING,
            },
            "escrow_contract_address": escrow,
            "permit2_contract_address": PERMIT2,
            "resolver_deposit_address": resolver,
        }
    digest = hashlib.sha256(f"changelly-tx:{intent_id}:{amount}".encode()).digest()
    if network.type == "SOLANA":
        transaction = {"message": base64.b64encode(digest * 4).decode(), "fee_payer": sender}
        return {
            "transaction": base64.b64encode(json.dumps(transaction).encode()).decode(),
            "user_address": sender,
            "escrow_program_id": b58encode(hashlib.sha256(b"changelly-escrow-program").digest()),
            "nonce": nonce,
            "deadline": deadline,
        }
    return {
        "psbt": base64.b64encode(b"psbt\xff" + digest * 3).decode(),
        "htlc_address": "bc1q" + hashlib.sha256(f"changelly-htlc:{intent_id}".encode()).hexdigest()[:38],
        "secret_hash": secret_hash,
        "locktime": deadline,
    }


_BASE64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
_PERMIT2_SIGNATURE = re.compile(r"^0x[0-9a-fA-F]{130}$")


def signature_ok(approval_type: str, signed_data: object) -> bool:
    """Whether ``signed_data`` has the form its approval type needs (65-byte hex, base64 tx or base64 PSBT)."""
    if approval_type == "permit2":
        return isinstance(signed_data, str) and bool(_PERMIT2_SIGNATURE.match(signed_data))
    if approval_type == "cosign" and isinstance(signed_data, dict):
        return isinstance(signed_data.get("transaction"), str) and bool(signed_data["transaction"])
    if not isinstance(signed_data, str) or not _BASE64.match(signed_data):
        return False
    return approval_type == "cosign" or signed_data.startswith("cHNid")
