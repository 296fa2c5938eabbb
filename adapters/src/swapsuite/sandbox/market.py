"""The sandboxes' shared market: one token and price table, the same for every provider, and exact pricing.

Every sandbox lists the same real assets (so a best-quote comparison is meaningful) and prices them from the same
USD table; each provider applies its own fee model, so the quotes differ the way real ones do.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from ..caip import AssetId, native_asset, token_asset
from ..chains import BY_KEY, Chain


@dataclass(frozen=True)
class MarketToken:
    """A token the sandboxes know: chain key, contract address (None = native coin), decimals, USD price."""

    symbol: str
    chain_key: str
    address: str | None
    decimals: int
    usd: Decimal

    @property
    def chain(self) -> Chain:
        return BY_KEY[self.chain_key]

    @property
    def asset(self) -> AssetId:
        return native_asset(self.chain) if self.address is None else token_asset(self.chain, self.address)


_PRICES = {
    "ETH": Decimal(3000),
    "USDC": Decimal(1),
    "USDT": Decimal(1),
    "WBTC": Decimal(90000),
    "BTC": Decimal(90000),
    "SOL": Decimal(150),
    "NEAR": Decimal(3),
    "wNEAR": Decimal(3),
    "POL": Decimal("0.25"),
    "DAI": Decimal(1),
    "WETH": Decimal(3000),
}


def _t(symbol: str, chain: str, address: str | None, decimals: int) -> MarketToken:
    return MarketToken(symbol, chain, address, decimals, _PRICES[symbol])


# Real contract addresses of the assets every sandbox lists.
TOKENS: tuple[MarketToken, ...] = (
    _t("ETH", "ethereum", None, 18),
    _t("USDC", "ethereum", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", 6),
    _t("USDT", "ethereum", "0xdac17f958d2ee523a2206206994597c13d831ec7", 6),
    _t("WBTC", "ethereum", "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599", 8),
    _t("DAI", "ethereum", "0x6b175474e89094c44da98b954eedeac495271d0f", 18),
    _t("ETH", "arbitrum", None, 18),
    _t("USDC", "arbitrum", "0xaf88d065e77c8cc2239327c5edb3a432268e5831", 6),
    _t("USDT", "arbitrum", "0xfd086bc7cd5c481dcc9c85ebe478a1c0b69fcbb9", 6),
    _t("ETH", "base", None, 18),
    _t("USDC", "base", "0x833589fcd6edb6e08f4c7c32d4f71b54bda02913", 6),
    _t("ETH", "optimism", None, 18),
    _t("USDC", "optimism", "0x0b2c639c533813f4aa9d7837caf62653d097ff85", 6),
    _t("POL", "polygon", None, 18),
    _t("USDC", "polygon", "0x3c499c542cef5e3811e1192ce70d8cc03d5c3359", 6),
    _t("SOL", "solana", None, 9),
    _t("USDC", "solana", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", 6),
    _t("BTC", "bitcoin", None, 8),
    _t("wNEAR", "near", "wrap.near", 24),
)


def find(asset: AssetId) -> MarketToken | None:
    """The market token for a CAIP-19 asset."""
    return next((t for t in TOKENS if t.asset == asset), None)


def find_on_chain(chain_key: str, address: str | None) -> MarketToken | None:
    """The market token with this contract address (None or a zero/native marker = native coin) on a chain."""
    wanted = None if address is None else address.lower()
    for token in TOKENS:
        have = None if token.address is None else token.address.lower()
        if token.chain_key == chain_key and have == wanted:
            return token
    return None


def convert(amount: int, source: MarketToken, target: MarketToken, fee_bps: Decimal = Decimal(0)) -> int:
    """Exact exact-input pricing: ``amount`` base units of ``source`` → base units of ``target`` after fees."""
    value = Decimal(amount).scaleb(-source.decimals) * source.usd / target.usd
    value *= 1 - fee_bps / Decimal(10_000)
    return int(value.scaleb(target.decimals).to_integral_value(rounding=ROUND_DOWN))


def convert_back(amount_out: int, source: MarketToken, target: MarketToken, fee_bps: Decimal = Decimal(0)) -> int:
    """Exact-output pricing: the input (base units of ``source``) needed to receive ``amount_out`` of ``target``."""
    value = Decimal(amount_out).scaleb(-target.decimals) * target.usd / source.usd
    value /= 1 - fee_bps / Decimal(10_000)
    return int(value.scaleb(source.decimals).to_integral_value(rounding="ROUND_CEILING"))


def apply_slippage(amount: int, slippage_bps: Decimal) -> int:
    """The minimum out for an expected out and a slippage tolerance."""
    return int((Decimal(amount) * (1 - slippage_bps / Decimal(10_000))).to_integral_value(rounding=ROUND_DOWN))


def fake_hash(seed: str, length: int = 64) -> str:
    """A deterministic hex "transaction hash" for sandbox records."""
    import hashlib

    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:length]
