"""Static data and pure helpers of the 1Click sandbox: token list, chain facts, JSON numbers, quote signatures.

Nothing here touches sandbox state. ``oneclick`` (the routes) uses it to list tokens, price quotes, invent
chain-shaped addresses and hashes, and sign quotes the way the real 1Click service does.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..bech32 import encode_segwit

# The scheme's names re-exported (``X as X``): the sandbox's routes and the conformance tests use them from here.
from ..providers.oneclick import signature
from ..providers.oneclick.signature import AMOUNT_KEYS as AMOUNT_KEYS
from ..providers.oneclick.signature import PRODUCTION_PUBLIC_KEY as PRODUCTION_PUBLIC_KEY
from ..providers.oneclick.signature import STAGING_PUBLIC_KEY as STAGING_PUBLIC_KEY
from ..providers.oneclick.signature import as_double as as_double
from ..providers.oneclick.signature import b58encode as b58encode
from ..providers.oneclick.signature import dumps as dumps
from ..providers.oneclick.signature import quote_hash as quote_hash
from . import market

# --- quote signatures ---------------------------------------------------------------------------------------
# The scheme itself (payload, canonical JSON, hash, Base58, verification) lives in the 1Click adapter, once:
# swapsuite.providers.oneclick.signature. The sandbox only holds its own key and signs with it.
# Fixed so signatures are reproducible; a sandbox key, never a secret. SANDBOX_PUBLIC_KEY verifies its quotes.
SANDBOX_SIGNING_SEED = hashlib.sha256(b"swapsuite 1Click sandbox quote-signing key v1").digest()
_SIGNER = Ed25519PrivateKey.from_private_bytes(SANDBOX_SIGNING_SEED)
SANDBOX_PUBLIC_KEY = "ed25519:AVVHZP5A5BU6ND2w7uShn9rP626TtpcJGXwPTvbnzQS1"


def sign_quote(response: Mapping[str, Any]) -> str:
    """``ed25519:<base58>`` signature of the sandbox key over the ASCII text of the quote hash."""
    return "ed25519:" + b58encode(_SIGNER.sign(quote_hash(response).encode()))


def verify_quote_signature(response: Mapping[str, Any], public_key: str = SANDBOX_PUBLIC_KEY) -> bool:
    """True when ``response['signature']`` verifies under ``public_key`` (the sandbox key unless told otherwise)."""
    return signature.verify_quote_signature(response, public_key)


# --- chains -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainFacts:
    """What the sandbox needs to know about one quotable 1Click chain."""

    kind: str  # address / hash flavour: evm, sol, btc, near
    explorer: str  # transaction URL prefix
    fee_usd: Decimal  # cost of one withdrawal (or refund) to an address on this chain
    seconds: int  # deposit confirmation / withdrawal time, for timeEstimate


CHAINS: dict[str, ChainFacts] = {
    "eth": ChainFacts("evm", "https://etherscan.io/tx/", Decimal("0.30"), 40),
    "arb": ChainFacts("evm", "https://arbiscan.io/tx/", Decimal("0.02"), 12),
    "base": ChainFacts("evm", "https://basescan.org/tx/", Decimal("0.02"), 12),
    "op": ChainFacts("evm", "https://optimistic.etherscan.io/tx/", Decimal("0.02"), 12),
    "pol": ChainFacts("evm", "https://polygonscan.com/tx/", Decimal("0.01"), 20),
    "sol": ChainFacts("sol", "https://solscan.io/tx/", Decimal("0.01"), 8),
    "btc": ChainFacts("btc", "https://mempool.space/tx/", Decimal("1.50"), 600),
    "near": ChainFacts("near", "https://nearblocks.io/txns/", Decimal("0.001"), 3),
}
ADDRESS = {
    "evm": re.compile(r"0x[0-9a-fA-F]{40}"),
    "sol": re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}"),
    "btc": re.compile(r"bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}"),
    "near": re.compile(r"(?=.{2,64}$)(([a-z\d]+[-_])*[a-z\d]+\.)*([a-z\d]+[-_])*[a-z\d]+"),
}


def digest(seed: str, size: int = 32) -> bytes:
    """``size`` deterministic bytes for ``seed``."""
    return hashlib.shake_256(seed.encode()).digest(size)


def deposit_address(kind: str, seed: str) -> str:
    """A fresh-looking deposit address of the chain's flavour (``near`` = 64-hex implicit account)."""
    raw = digest(seed)
    if kind == "evm":
        return "0x" + raw[:20].hex()
    if kind == "sol":
        return b58encode(raw)
    if kind == "btc":
        return encode_segwit("bc", 0, digest(seed, 20))  # a checksummed P2WPKH address
    return raw.hex()


def tx_hash(kind: str, seed: str) -> str:
    """A transaction hash of the chain's flavour."""
    if kind == "evm":
        return "0x" + digest(seed).hex()
    if kind == "btc":
        return digest(seed).hex()
    return b58encode(digest(seed, 64 if kind == "sol" else 32))


def correlation_id(seed: str) -> str:
    """A UUID (version 4 layout) derived from ``seed``."""
    return str(uuid.UUID(bytes=digest(seed, 16), version=4))


def chain_of(token: ListedToken | None, on_chain: bool) -> ChainFacts:
    """Where a deposit, refund or withdrawal happens: the token's chain, or NEAR for Intents-internal moves."""
    return CHAINS[token.blockchain] if on_chain and token is not None else CHAINS["near"]


def tx(facts: ChainFacts, seed: str, given: str | None = None) -> dict[str, str]:
    """A TransactionDetails entry on a chain."""
    hash_ = given or tx_hash(facts.kind, seed)
    return {"hash": hash_, "explorerUrl": facts.explorer + hash_}


# --- tokens -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ListedToken:
    """One ``/v0/tokens`` entry; ``market`` is set for the quotable assets shared by every sandbox."""

    asset_id: str
    blockchain: str
    symbol: str
    decimals: int
    price: Decimal
    contract_address: str | None
    coingecko_id: str | None = None
    market: market.MarketToken | None = None

    def entry(self, price_updated_at: str) -> dict[str, Any]:
        """The JSON object of this token. Like the real API, optional fields without a value are left out (the
        official SDK's TokenResponse type has no null for them)."""
        entry = {
            "assetId": self.asset_id,
            "decimals": self.decimals,
            "blockchain": self.blockchain,
            "symbol": self.symbol,
            "price": self.price,
            "priceUpdatedAt": price_updated_at,
            "contractAddress": self.contract_address,
            "coingeckoId": self.coingecko_id,
        }
        return {key: value for key, value in entry.items() if value is not None}


_COINGECKO = {
    "ETH": "ethereum",
    "USDC": "usd-coin",
    "USDT": "tether",
    "WBTC": "wrapped-bitcoin",
    "BTC": "bitcoin",
    "SOL": "solana",
    "wNEAR": "wrapped-near",
    "POL": "polygon-ecosystem-token",
    "DAI": "dai",
}
# Bridged Solana assets are named by an opaque hash, not by their mint: USDC's is the real one the docs quote, any
# other is derived from the mint.
_KNOWN_IDS = {("sol", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"): "sol-5ce3bf3a31af18be40ba30f721101b4341690186"}


def _market_entry(token: market.MarketToken) -> ListedToken:
    code = token.chain.oneclick
    assert code is not None, f"{token.chain_key} has no 1Click code"
    if token.address is None:
        account = f"{code}.omft.near"  # bridged natives: nep141:eth.omft.near, btc.omft.near, sol.omft.near…
    elif code == "near":
        account = token.address  # on NEAR the token contract is the asset: nep141:wrap.near
    elif code == "sol":
        account = (_KNOWN_IDS.get((code, token.address)) or f"sol-{digest(token.address, 20).hex()}") + ".omft.near"
    else:
        account = f"{code}-{token.address.lower()}.omft.near"
    return ListedToken(
        f"nep141:{account}",
        code,
        token.symbol,
        token.decimals,
        token.usd,
        token.address,
        _COINGECKO.get(token.symbol),
        token,
    )


# The spec's blockchain codes minus the UTXO chains (btc, ltc, doge, bch, dash, zec have no tokens to list): the
# synthetic long tail is spread over them.
_EVM_CODES = {"eth", "base", "arb", "gnosis", "bera", "bsc", "pol", "op", "avax", "xlayer", "monad", "plasma"}
_EVM_CODES |= {"scroll", "adi", "hlevm", "hood"}
LONG_TAIL_CODES = (
    *("near", "eth", "base", "arb", "sol", "ton", "xrp", "gnosis", "bera", "bsc", "pol", "tron", "sui", "movement"),
    *("op", "avax", "stellar", "aptos", "cardano", "xlayer", "monad", "adi", "plasma", "scroll", "starknet"),
    *("aleo", "hypercore", "fogo"),
)  # hood and hlevm appear only as chain deposit addresses, never as token chains (the SDK's enum rejects them there)
LONG_TAIL_SIZE = 300
_SYLLABLES = ("BA", "KO", "ZU", "RI", "MEX", "TAL", "VO", "NY", "QUA", "DRE", "PI", "LUX", "SO", "FEN", "GRO", "WI")


def _long_tail_entry(index: int, taken: set[str]) -> ListedToken:
    code = LONG_TAIL_CODES[index % len(LONG_TAIL_CODES)]
    raw = digest(f"oneclick-long-tail-{index}")
    symbol = "".join(_SYLLABLES[b % len(_SYLLABLES)] for b in raw[: 2 + raw[2] % 2])
    while symbol in taken:
        symbol += str(raw[3] % 10)
        raw = raw[1:] + raw[:1]
    taken.add(symbol)
    # Up to six significant digits, from 1e-8 to ~1e4 USD: the spread of a real long tail.
    price = Decimal(int.from_bytes(raw[4:7], "big") % 999_999 + 1).scaleb(-(raw[7] % 11 + 2))
    hex40 = raw[8:28].hex()
    if code in _EVM_CODES:
        asset, contract, decimals = f"nep141:{code}-0x{hex40}.omft.near", f"0x{hex40}", (18, 6)[raw[28] % 2]
    elif code == "sol":
        asset, contract, decimals = f"nep141:sol-{hex40}.omft.near", b58encode(raw[:32]), (6, 9)[raw[28] % 2]
    elif code == "near":
        contract = f"{symbol.lower()}-{hex40[:6]}.tkn.near"
        asset, decimals = f"nep141:{contract}", (18, 24)[raw[28] % 2]
    else:  # HOT-bridged multi-tokens on the other chains carry their reference in the nep245 token id
        asset, contract, decimals = f"nep245:v2_1.omni.hot.tg:{index + 1000}_{b58encode(raw[8:28])}", hex40, 8
    return ListedToken(asset, code, symbol, decimals, price, contract)


def _build() -> tuple[ListedToken, ...]:
    listed = [_market_entry(token) for token in market.TOKENS]
    taken = {token.symbol for token in listed}
    return (*listed, *(_long_tail_entry(i, taken) for i in range(LONG_TAIL_SIZE)))


TOKENS: tuple[ListedToken, ...] = _build()
BY_ASSET_ID: dict[str, ListedToken] = {token.asset_id: token for token in TOKENS}


# --- amounts ------------------------------------------------------------------------------------------------
def formatted(amount: int, decimals: int) -> str:
    """Base units as a whole-token decimal string without exponent (``10000`` sats → ``"0.0001"``)."""
    return format(Decimal(amount).scaleb(-decimals).normalize(), "f")


def usd(amount: int, token: ListedToken) -> str:
    """USD value of ``amount`` base units, 12 decimal places like the live API (``"6.237600000000"``)."""
    value = Decimal(amount).scaleb(-token.decimals) * token.price
    return format(value.quantize(Decimal("1e-12"), rounding=ROUND_HALF_EVEN), "f")


def usd_to_units(value: Decimal, token: ListedToken) -> int:
    """Base units of ``token`` worth ``value`` USD, rounded up (fees never round in the user's favour)."""
    return int((value / token.price).scaleb(token.decimals).to_integral_value(rounding="ROUND_CEILING"))


_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)")


def parse_date_time(text: str) -> datetime | None:
    """An RFC 3339 date-time, or None."""
    if not _DATE_TIME.fullmatch(text):
        return None
    text = re.sub(r"(\.\d{6})\d+", r"\1", text.upper().replace("Z", "+00:00"))
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def amounts(prefix: str, amount: int, token: ListedToken) -> dict[str, str]:
    """``<prefix>``, ``<prefix>Formatted`` and ``<prefix>Usd`` of an amount."""
    return {
        prefix: str(amount),
        f"{prefix}Formatted": formatted(amount, token.decimals),
        f"{prefix}Usd": usd(amount, token),
    }
