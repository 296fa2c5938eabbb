"""Deframe sandbox: execution payloads and hashes — the EVM approve + swap calls, an ERC-4337 user operation, the
Solana bytecode form, Bitcoin deposit addresses, transaction ids and execution ids. Pure functions over the routes
and prices of :mod:`swapsuite.sandbox.deframe_data`."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from ..bech32 import encode_segwit
from .deframe_data import CHAIN_IDS, PROVIDERS, Pricing, Route, is_evm_address


def _word(value: int | str) -> str:
    """One 32-byte ABI word (an integer, or an address / hex string left-padded)."""
    if isinstance(value, int):
        return format(value % (1 << 256), "064x")
    return value.lower().removeprefix("0x").rjust(64, "0")[-64:]


def evm_transactions(
    quote_id: str, provider: str, route: Route, p: Pricing, origin_address: str, recipient: str, deadline: int
) -> list[dict[str, object]]:
    """``transactionData[]``: an ERC-20 ``approve`` to the provider's router first (ERC-20 input), then the swap."""
    chain_id = CHAIN_IDS[route.origin]
    router = PROVIDERS[provider].router
    txs: list[dict[str, object]] = []
    if route.token_in.address is not None:
        approve = "0x095ea7b3" + _word(router) + _word(p.amount_in)
        txs.append(
            {"chainId": chain_id, "to": route.token_in.address, "data": approve, "value": "0", "from": origin_address}
        )
    digest = hashlib.sha256(f"{quote_id}:calldata".encode()).hexdigest()
    selector = hashlib.sha256(provider.encode()).hexdigest()[:8]
    to_word = recipient if is_evm_address(recipient) else hashlib.sha256(recipient.encode()).hexdigest()
    data = "0x" + selector + _word(to_word) + _word(p.amount_in) + _word(p.min_out) + _word(deadline) + digest
    value = str(p.amount_in) if route.token_in.address is None else "0"
    txs.append({"chainId": chain_id, "to": router, "data": data, "value": value, "from": origin_address})
    return txs


def user_operation(sender: str, swap_tx: dict[str, object]) -> dict[str, object]:
    """An ERC-4337 user operation wrapping the swap call (``output: userOperation``; shape not documented)."""
    gas = {"callGasLimit": "0x493e0", "verificationGasLimit": "0x186a0", "preVerificationGas": "0xc350"}
    return {"sender": sender, "nonce": "0x0", "callData": swap_tx["data"], **gas, "signature": "0x"}


def solana_bytecode(quote_id: str, origin_address: str) -> dict[str, Any]:
    """The Solana bytecode form; the base64 transaction is deterministic bytes, not a signable transaction.

    The spec documents this form for same-chain Solana routes only; the sandbox also uses it for cross-chain
    routes leaving Solana, the only Solana shape documented.
    """
    blob = b"".join(hashlib.sha512(f"{quote_id}:{origin_address}:{i}".encode()).digest() for i in range(4))
    raw_tx = base64.b64encode(blob).decode()
    return {
        "type": "intra-chain-solana",
        "chainId": "solana",
        "transactionData": {"rawTransaction": raw_tx},
        "rawSwapData": {"transaction": raw_tx},
    }


def bitcoin_deposit_address(quote_id: str) -> str:
    """A valid P2WPKH (bech32, checksummed) deposit address for a Bitcoin-origin quote."""
    digest = hashlib.sha512(f"{quote_id}:btc-deposit".encode()).digest()
    return encode_segwit("bc", 0, digest[:20])


def execution_id(quote_id: str, seed: str, now: float) -> str:
    """A 24-hex execution id shaped like a Mongo ObjectId (timestamp first)."""
    return format(int(now) & 0xFFFFFFFF, "08x") + hashlib.sha256(f"{quote_id}:{seed}".encode()).hexdigest()[:16]
