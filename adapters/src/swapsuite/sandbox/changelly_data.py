"""Changelly sandbox data: networks, listed tokens, addresses, amounts and the swap view (``params_to_sign``:
:mod:`swapsuite.sandbox.changelly_signing`).

Network ids are Changelly-internal integers, not EVM chain ids. The docs name 1 Ethereum, 2 Tron and 4 Solana; the
rest are the sandbox's own choice: 5 Arbitrum, 6 Optimism, 7 Polygon, 8 Base, 9 Bitcoin. Tron (2) is not served
because the shared sandbox market holds no Tron asset. Token ids reuse the documented samples where one exists
(USDT 278, SOL 678) and are invented otherwise; a market token this table does not name gets ``100000 + index``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from ..base58 import b58encode, decoded_length
from . import market
from .control import SandboxState
from .control import iso_utc as iso

PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
ZERO_ADDRESS = "0x" + "0" * 40
ICON = "https://cdn.changelly.com/defi/icons/{network}/tokens/{symbol}.png"


@dataclass(frozen=True)
class Network:
    """A served network: Changelly id, swapsuite chain key, display name, family, EVM chain id, wrapped coin."""

    id: int
    chain_key: str
    name: str
    type: str
    evm_chain_id: int | None = None
    wrapped: str | None = None

    @property
    def approval_type(self) -> str:
        """Fixed by the source chain: Permit2 on EVM, co-signed transaction on Solana, HTLC PSBT on Bitcoin."""
        return {"EVM": "permit2", "SOLANA": "cosign", "BITCOIN": "htlc"}[self.type]

    def to_json(self) -> dict[str, Any]:
        """The ``GET /v1/networks`` item."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "supports_optimized_swap": self.type == "EVM",
            "icon_url": ICON.format(network=self.id, symbol=self.name.lower()),
            "supports_custom_tokens": False,
        }


NETWORKS: tuple[Network, ...] = (
    Network(1, "ethereum", "Ethereum", "EVM", 1, "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"),
    Network(4, "solana", "Solana", "SOLANA"),
    Network(5, "arbitrum", "Arbitrum", "EVM", 42161, "0x82aF49447D8a07e3bd95BD0d56f35241523fBab1"),
    Network(6, "optimism", "Optimism", "EVM", 10, "0x4200000000000000000000000000000000000006"),
    Network(7, "polygon", "Polygon", "EVM", 137, "0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270"),
    Network(8, "base", "Base", "EVM", 8453, "0x4200000000000000000000000000000000000006"),
    Network(9, "bitcoin", "Bitcoin", "BITCOIN"),
)
NETWORK_BY_ID = {n.id: n for n in NETWORKS}
_NETWORK_BY_CHAIN = {n.chain_key: n for n in NETWORKS}

_TOKEN_IDS: dict[tuple[str, str], int] = {
    ("ethereum", "ETH"): 1,
    ("ethereum", "USDT"): 278,
    ("ethereum", "USDC"): 254,
    ("ethereum", "WBTC"): 312,
    ("ethereum", "DAI"): 96,
    ("solana", "SOL"): 678,
    ("solana", "USDC"): 702,
    ("arbitrum", "ETH"): 1450,
    ("arbitrum", "USDC"): 1461,
    ("arbitrum", "USDT"): 1462,
    ("optimism", "ETH"): 1802,
    ("optimism", "USDC"): 1810,
    ("polygon", "POL"): 906,
    ("polygon", "USDC"): 915,
    ("base", "ETH"): 2101,
    ("base", "USDC"): 2113,
    ("bitcoin", "BTC"): 3001,
}
_NAMES = {
    "ETH": "Ether",
    "USDC": "USD Coin",
    "USDT": "Tether USD",
    "WBTC": "Wrapped BTC",
    "DAI": "Dai Stablecoin",
    "POL": "Polygon Ecosystem Token",
    "SOL": "Solana",
    "BTC": "Bitcoin",
}


@dataclass(frozen=True)
class Listed:
    """A market token as Changelly lists it."""

    token_id: int
    network: Network
    token: market.MarketToken

    @property
    def contract_address(self) -> str | None:
        """None for a network's coin."""
        return self.token.address

    @property
    def decimals(self) -> int:
        """Decimals of the token's base unit."""
        return self.token.decimals

    def to_json(self) -> dict[str, Any]:
        """The ``GET /v1/tokens`` item (``token_id`` and ``decimals`` as the newer docs name them)."""
        symbol = self.token.symbol
        return {
            "token_id": self.token_id,
            "network_id": self.network.id,
            "name": _NAMES.get(symbol, symbol),
            "symbol": symbol,
            "contract_address": self.contract_address,
            "decimals": self.decimals,
            "icon_url": ICON.format(network=self.network.id, symbol=symbol.lower()),
            # Native EVM coins go through Permit2 as their wrapped token, which the token list says this way.
            "wrapped_token_address": self.network.wrapped if self.contract_address is None else None,
        }

    def side(self) -> dict[str, Any]:
        """The token fields every quote/swap side and fee item repeats."""
        return {
            "network_id": self.network.id,
            "token_id": self.token_id,
            "contract_address": self.contract_address,
            "decimals": self.decimals,
        }


def _listed() -> tuple[Listed, ...]:
    listed = []
    for index, token in enumerate(market.TOKENS):
        network = _NETWORK_BY_CHAIN.get(token.chain_key)
        if network is not None:
            token_id = _TOKEN_IDS.get((token.chain_key, token.symbol), 100_000 + index)
            listed.append(Listed(token_id, network, token))
    return tuple(listed)


LISTED: tuple[Listed, ...] = _listed()
TOKEN_BY_ID = {t.token_id: t for t in LISTED}


def find_by_address(network_id: int, contract_address: str) -> Listed | None:
    """A listed token by network and contract; the EVM zero address names the network's coin."""
    wanted = contract_address.strip()
    native = wanted.lower() in ("", ZERO_ADDRESS)
    for token in LISTED:
        if token.network.id != network_id:
            continue
        address = token.contract_address
        if address is None and native:
            return token
        if address is not None and (address == wanted or (address.startswith("0x") and address == wanted.lower())):
            return token
    return None


def search(query: str | None, network_id: int | None) -> list[Listed]:
    """Tokens matching the free-text ``q`` (symbol, name, contract address) and the network filter."""
    needle = (query or "").strip().lower()
    found = []
    for token in LISTED:
        if network_id is not None and token.network.id != network_id:
            continue
        item = token.to_json()
        haystack = (item["symbol"], item["name"], item["contract_address"] or "")
        if needle and not any(needle in str(value).lower() for value in haystack):
            continue
        found.append(token)
    return found


# --- addresses and amounts -----------------------------------------------------------------------------------------
_ADDRESS = {
    "EVM": re.compile(r"^0x[0-9a-fA-F]{40}$"),
    "SOLANA": re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"),
    "BITCOIN": re.compile(r"^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$"),
}
BITCOIN_PUBLIC_KEY = re.compile(r"^0[23][0-9a-fA-F]{64}$")
_HUMAN = re.compile(r"^[0-9]{1,40}(\.[0-9]{1,40})?$")


def valid_address(network: Network, address: str) -> bool:
    """Whether ``address`` has the address format of the network's family (a Solana key decodes to 32 bytes)."""
    if not _ADDRESS[network.type].match(address):
        return False
    if network.type != "SOLANA":
        return True
    return decoded_length(address) == 32


def human_to_base(text: str, decimals: int) -> int | None:
    """A human decimal string ("12.5") → exact base units, or None when malformed or finer than ``decimals``."""
    if not _HUMAN.match(text):
        return None
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    if len(fraction) > decimals:
        return None
    scale: int = 10**decimals
    return int(whole) * scale + int(fraction.ljust(decimals, "0") or "0")


# --- hashes and times ----------------------------------------------------------------------------------------------
def tx_hash(network: Network, seed: str) -> str:
    """A deterministic transaction id in the network's own format."""
    if network.type == "SOLANA":
        return b58encode(hashlib.sha512(seed.encode()).digest())
    if network.type == "BITCOIN":
        return market.fake_hash(seed)[2:]
    return market.fake_hash(seed)


def fake_address(seed: str) -> str:
    """A deterministic lower-case EVM address (contract or resolver deposit address)."""
    return market.fake_hash(seed, 40)


def micros(timestamp: float) -> int:
    """Unix seconds → Unix microseconds."""
    return round(timestamp * 1_000_000)


# --- swaps -----------------------------------------------------------------------------------------------------------
def swap_status(state: SandboxState, intent_id: str, clock: float) -> str:
    """The lifecycle state, or ``expired`` for an intent left unapproved past its expiry."""
    lifecycle = state.swaps[intent_id]
    idle = lifecycle.started_at is None and lifecycle.manual_steps == 0
    if idle and clock >= state.records[intent_id]["expires_at"]:
        return "expired"
    return lifecycle.state(clock)


def swap_json(state: SandboxState, intent_id: str) -> dict[str, Any]:
    """One swap as ``GET /v1/swaps`` lists it; ``GET /v1/intents/{id}`` answers the same superset of its schema."""
    record = state.records[intent_id]
    lifecycle = state.swaps[intent_id]
    quote = record["quote"]
    source: Listed = quote["source"]
    target: Listed = quote["target"]
    clock = state.clock.now()
    status = swap_status(state, intent_id, clock)
    path = list(lifecycle.path())
    step = path.index(status) + 1 if status in path else 0

    def reached(name: str) -> float | None:
        """When the swap entered state ``name`` (None when it has not)."""
        if name not in path or step < path.index(name) + 1:
            return None
        if lifecycle.started_at is None:
            return float(record["created_at"])
        return max(
            lifecycle.started_at, lifecycle.started_at + (path.index(name) - lifecycle.manual_steps) * lifecycle.dwell
        )

    def tx(network: Network, name: str, what: str) -> dict[str, Any]:
        at = reached(name)
        if at is None:
            return {"tx": None}
        return {"tx": tx_hash(network, f"changelly:{intent_id}:{what}"), "tx_at": iso(at)}

    updated = reached(status) if step else None
    if status == "expired":
        updated = float(record["expires_at"])
    priced = quote["quote"]["to"]
    return {
        "intent_id": intent_id,
        "status": status,
        "approval_mechanism": record["response"]["approval_type"],
        "from": {
            "address": record["from_address"],
            **tx(source.network, "deposited", "deposit"),
            **source.side(),
            "amount": str(quote["amount"]),
        },
        "to": {
            "address": record["to_address"],
            **tx(target.network, "finished", "fill"),
            **target.side(),
            "min_amount": priced["min_amount"],
            "max_amount": priced["amount"],
            "amount_expected": priced["amount"],
        },
        "refund": {"address": record["refund_address"], **tx(source.network, "refunded", "refund")},
        "fees": quote["quote"]["fees"],
        "intent_created_at": micros(record["created_at"]),
        "swap_created_at": micros(record["created_at"]),
        "swap_updated_at": micros(updated if updated is not None else record["created_at"]),
    }


def matches(swap: dict[str, Any], values: dict[str, Any], status: str | None) -> bool:
    """Whether a listed swap passes the query's filters."""
    if status is not None and swap["status"] != status:
        return False
    for side in ("from", "to"):
        if values[f"{side}_token_id"] is not None and swap[side]["token_id"] != values[f"{side}_token_id"]:
            return False
        if values[f"{side}_network_id"] is not None and swap[side]["network_id"] != values[f"{side}_network_id"]:
            return False
        wanted = values[f"{side}_contract_address"]
        if wanted is not None and (swap[side]["contract_address"] or "").lower() != wanted.lower():
            return False
    start, end = values["swap_created_from"], values["swap_created_to"]
    return start is None or start <= swap["swap_created_at"] <= end
