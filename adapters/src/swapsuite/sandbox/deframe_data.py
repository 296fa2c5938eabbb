"""Deframe sandbox: chains, tokens, the providers Deframe routes through, pricing and execution payloads.

Pure functions only (no HTTP): :mod:`swapsuite.sandbox.deframe` validates requests and calls these; execution
payloads and hashes are in :mod:`swapsuite.sandbox.deframe_execution`.

Fee model (per quote, all in integer base units):

* ``pods`` — the Pods platform fee, 15 bps of the input, taken from ``tokenIn`` before any provider is asked;
* ``customer`` — the integrator's markup on ``tokenIn``, 0 bps unless the app was built with one;
* ``bridgeAndSlippage`` — the chosen provider's cost, measured on ``tokenOut`` against the spot-price output of the
  input left after platform fees (``reference.amountOutRaw``). Each provider has its own rate (``PROVIDERS``), about
  5 bps for the default picks; the amount is positive (worse than spot), as the spec's sign convention says.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from ..base58 import b58encode, is_base58
from . import market
from .control import iso_utc
from .market import MarketToken

PODS_FEE_BPS = 15
MIN_AMOUNT_USD = Decimal(1)  # AMOUNT_IN_TOO_LOW below this
MAX_AMOUNT_USD = Decimal(3000)  # AMOUNT_IN_TOO_HIGH above this
QUOTE_TTL_S = 300  # quotes are valid for 5 minutes
DEFAULT_SLIPPAGE = Decimal("0.01")
CUSTOMER = "sandbox-customer"
BRIDGE_RAW_QUOTE = frozenset({"relay", "lifi", "mayan"})  # providers whose quote carries a stringified rawQuote
BTC_REFUND_MIN_SATS = 10_000  # a smaller Bitcoin deposit cannot pay for its own refund transaction
MAX_AMOUNT_DIGITS = 60  # longer amount strings are far beyond any limit: answered without arithmetic

# Deframe chain names (the spec's ChainName enum) → numeric chain id (None: the chain has no numeric id).
CHAIN_IDS: dict[str, int | None] = {
    "ethereum": 1,
    "optimism": 10,
    "gnosis": 100,
    "polygon": 137,
    "monad": 143,
    "hyperevm": 999,
    "base": 8453,
    "arbitrum": 42161,
    "solana": None,
    "bitcoin": None,
    "fiat": None,
}
BY_CHAIN_ID = {chain_id: name for name, chain_id in CHAIN_IDS.items() if chain_id is not None}
EVM_CHAINS = frozenset(name for name, chain_id in CHAIN_IDS.items() if chain_id is not None)
# Chains the sandbox can route: the ones market.TOKENS lists assets on. gnosis, hyperevm, monad and the BRL Pix
# pseudo-chain `fiat` are valid names without any provider here (PROVIDER_NOT_FOUND).
SERVED_CHAINS = frozenset(t.chain_key for t in market.TOKENS) & frozenset(CHAIN_IDS)

EVM_NATIVES = ("0x0000000000000000000000000000000000000000", "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee")
SOLANA_NATIVE = "So11111111111111111111111111111111111111112"  # wrapped-SOL mint, as the adapter sends it
BITCOIN_NATIVE = "BTC"

EXPLORERS = {
    "ethereum": "https://etherscan.io/tx/",
    "optimism": "https://optimistic.etherscan.io/tx/",
    "polygon": "https://polygonscan.com/tx/",
    "base": "https://basescan.org/tx/",
    "arbitrum": "https://arbiscan.io/tx/",
    "solana": "https://solscan.io/tx/",
    "bitcoin": "https://mempool.space/tx/",
}
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


@dataclass(frozen=True)
class Route:
    """A resolved swap request: chains by Deframe name and the market tokens on each side."""

    origin: str
    destination: str
    token_in: MarketToken
    token_out: MarketToken

    @property
    def same_chain(self) -> bool:
        """Both legs on one chain (a plain swap, no bridge)."""
        return self.origin == self.destination

    @property
    def evm_only(self) -> bool:
        """Both legs on EVM chains."""
        return self.origin in EVM_CHAINS and self.destination in EVM_CHAINS


@dataclass(frozen=True)
class SwapProvider:
    """One of the providers Deframe aggregates, as the sandbox models it."""

    bps: int  # bridgeAndSlippage impact on tokenOut
    serves: Callable[[Route], bool]
    dwell: float  # seconds per lifecycle step once the swap is executed
    exact_output: bool = True
    min_usd: Decimal = MIN_AMOUNT_USD
    router: str = ""  # EVM contract the swap transaction calls (and ERC-20 approvals name as spender)


def _usdc_bridge(route: Route) -> bool:
    return not route.same_chain and route.token_in.symbol == route.token_out.symbol == "USDC"


def _bitcoin_leg(route: Route) -> bool:
    return not route.same_chain and "bitcoin" in (route.origin, route.destination)


def _same_chain_evm(route: Route) -> bool:
    return route.same_chain and route.origin in EVM_CHAINS


def _cross_chain(route: Route) -> bool:
    return not route.same_chain and not _bitcoin_leg(route)


def _solana_bridge(route: Route) -> bool:
    return _cross_chain(route) and "solana" in (route.origin, route.destination)


def _bitcoin_evm(route: Route) -> bool:
    return _bitcoin_leg(route) and "solana" not in (route.origin, route.destination)


def _fake_address(seed: str) -> str:
    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]


# Ranked by expected output (lowest bps wins); dict order breaks ties. Router addresses are the providers' public
# contracts where one is well known, else a stable sandbox address.
PROVIDERS: dict[str, SwapProvider] = {
    "uniswap": SwapProvider(5, _same_chain_evm, 2.0, router="0x66a9893cc07d91d95644aedd05d03f95e1dba8af"),
    "1inch": SwapProvider(6, _same_chain_evm, 2.0, router="0x111111125421ca6dc452d289314280a0f8842a65"),
    "jupiter": SwapProvider(5, lambda r: r.same_chain and r.origin == "solana", 2.0),
    "relay": SwapProvider(5, _cross_chain, 3.0, router="0xa5f565650890fba1824ee0f21ebbbf660a179934"),
    "lifi": SwapProvider(7, lambda r: not _bitcoin_leg(r), 5.0, router="0x1231deb6f5749ef6ce6943a275a1d3e7486f4eae"),
    "mayan": SwapProvider(
        8, _solana_bridge, 5.0, min_usd=Decimal(10), router="0x337685fdab40d39bd02028545a4ffa7d287cc3e2"
    ),
    "cctp": SwapProvider(1, _usdc_bridge, 5.0, router="0xbd3fa81b58ba92a82136038b25adec7066af3155"),
    "deframe": SwapProvider(6, lambda r: _usdc_bridge(r) and r.evm_only, 3.0, router=_fake_address("deframe-bridge")),
    "teleswap": SwapProvider(10, _bitcoin_evm, 30.0, exact_output=False, router=_fake_address("teleswap")),
    "symbiosis-bitcoin": SwapProvider(
        12, _bitcoin_leg, 30.0, exact_output=False, router=_fake_address("symbiosis-bitcoin")
    ),
}
CCTP_STANDARD_BPS, CCTP_STANDARD_DWELL = 0, 20.0  # standard CCTP transfers are free but wait for finality


def provider_bps(name: str, transfer_speed: str) -> int:
    """The provider's impact rate; CCTP's depends on the transfer speed."""
    return CCTP_STANDARD_BPS if name == "cctp" and transfer_speed == "standard" else PROVIDERS[name].bps


def provider_dwell(name: str, transfer_speed: str) -> float:
    """Seconds the provider's swap sits in each lifecycle state."""
    return CCTP_STANDARD_DWELL if name == "cctp" and transfer_speed == "standard" else PROVIDERS[name].dwell


def find_token(chain: str, token: str) -> MarketToken | None:
    """The market token a Deframe ``tokenIn``/``tokenOut`` string names on a chain (natives per the adapter's ids)."""
    if chain in EVM_CHAINS:
        if token.lower() in EVM_NATIVES:
            return market.find_on_chain(chain, None)
        if not is_evm_address(token):
            return None
        return market.find_on_chain(chain, token)
    if chain == "solana":
        if token == SOLANA_NATIVE:
            return market.find_on_chain(chain, None)
        return next((t for t in market.TOKENS if t.chain_key == chain and t.address == token), None)
    if chain == "bitcoin" and token.upper() == BITCOIN_NATIVE:
        return market.find_on_chain(chain, None)
    return None


def is_evm_address(value: str) -> bool:
    """0x plus 40 hex digits."""
    return len(value) == 42 and value[:2] == "0x" and all(c in "0123456789abcdefABCDEF" for c in value[2:])


def valid_address(chain: str, value: str) -> bool:
    """Whether ``value`` has the address format of ``chain`` (format only, no checksum)."""
    if chain in EVM_CHAINS:
        return is_evm_address(value)
    if chain == "solana":
        return 32 <= len(value) <= 44 and is_base58(value)
    if chain == "bitcoin":
        lower = value.lower()
        if lower.startswith("bc1"):
            return 14 <= len(value) <= 74 and all(c in _BECH32 for c in lower[3:])
        return value[:1] in ("1", "3") and 26 <= len(value) <= 35 and is_base58(value)
    return False


def usd_value(amount: int, token: MarketToken) -> Decimal:
    """Exact USD value of ``amount`` base units."""
    return Decimal(amount).scaleb(-token.decimals) * token.usd


def usd_number(value: Decimal) -> Decimal:
    """A USD amount as the API shows it: 6 decimal places, trailing zeros dropped."""
    quantized = value.quantize(Decimal("0.000001"), rounding=ROUND_HALF_EVEN)
    return quantized.normalize() if quantized else Decimal(0)


def price_string(token: MarketToken) -> str:
    """``priceUSD`` as a decimal string with at least two decimals (``"1.00"``, ``"0.25"``)."""
    return str(token.usd.quantize(Decimal("0.01")) if token.usd == token.usd.quantize(Decimal("0.01")) else token.usd)


@dataclass(frozen=True)
class Pricing:
    """Every amount of a quote, in base units."""

    amount_in: int
    pods_fee: int
    customer_fee: int
    after_fees: int
    spot_out: int
    expected_out: int
    min_out: int

    @property
    def impact(self) -> int:
        """The bridgeAndSlippage amount: spot output minus expected output (positive = worse than spot)."""
        return self.spot_out - self.expected_out


def _forward(amount_in: int, route: Route, bps: int, customer_bps: int) -> tuple[int, int, int, int, int]:
    pods = amount_in * PODS_FEE_BPS // 10_000
    customer = amount_in * customer_bps // 10_000
    after = amount_in - pods - customer
    spot = market.convert(after, route.token_in, route.token_out)
    expected = market.convert(after, route.token_in, route.token_out, Decimal(bps))
    return pods, customer, after, spot, expected


def price(route: Route, amount: int, exact_output: bool, bps: int, customer_bps: int, slippage: Decimal) -> Pricing:
    """Price a swap. Exact output solves for the smallest input whose output reaches ``amount``."""
    if exact_output:
        after_needed = market.convert_back(amount, route.token_in, route.token_out, Decimal(bps))
        keep = 10_000 - PODS_FEE_BPS - customer_bps
        amount_in = -(-after_needed * 10_000 // keep)
        # Fee rounding can leave the output a unit short: step the input up until it reaches the target.
        for _ in range(1_000):  # a few steps at most; bounded so no input can spin
            if not amount or _forward(amount_in, route, bps, customer_bps)[4] >= amount:
                break
            amount_in += 1
        pods, customer, after, spot, _ = _forward(amount_in, route, bps, customer_bps)
        expected = amount  # the surplus dust of the rounding stays with the provider
    else:
        amount_in = amount
        pods, customer, after, spot, expected = _forward(amount_in, route, bps, customer_bps)
    min_out = market.apply_slippage(expected, slippage * 10_000)
    return Pricing(amount_in, pods, customer, after, spot, expected, min_out)


def iso(ts: float, millis: bool = False) -> str:
    """ISO 8601 UTC (``Z``), optionally with milliseconds like ``deadlineDate``."""
    return iso_utc(ts, millis=millis)


def _line(kind: str, label: str, amount: int, token: MarketToken, side: str, signed: bool) -> dict[str, object]:
    return {
        "kind": kind,
        "label": label,
        "amountRaw": str(amount),
        "decimals": token.decimals,
        "symbol": token.symbol,
        "asset": side,
        "amountInUSD": usd_number(usd_value(amount, token)),
        "signed": signed,
    }


def fee_breakdown(route: Route, p: Pricing, priced_at: float) -> dict[str, object]:
    """The spec's ``FeeBreakdown``: chargeable input, the three fee lines, the spot reference and the totals."""
    tin, tout = route.token_in, route.token_out
    platform = p.pods_fee + p.customer_fee
    return {
        "chargeableAmountInRaw": str(p.amount_in),
        "amountInAfterPlatformFeesRaw": str(p.after_fees),
        "reference": {
            "amountOutRaw": str(p.spot_out),
            "source": "spotUsdAtQuoteTime",
            "pricedAt": iso(priced_at),
            "tokenInPriceInUSD": tin.usd,
            "tokenOutPriceInUSD": tout.usd,
            "amountInAfterPlatformFeesRaw": str(p.after_fees),
        },
        "lines": [
            _line("pods", "Pods fee", p.pods_fee, tin, "tokenIn", False),
            _line("customer", "Customer fee", p.customer_fee, tin, "tokenIn", False),
            _line("bridgeAndSlippage", "Bridge & slippage", p.impact, tout, "tokenOut", True),
        ],
        "summary": {
            "platformFeesTotalInRaw": str(platform),
            "platformFeesTotalInUSD": usd_number(usd_value(platform, tin)),
            "bridgeAndSlippageImpactOutRaw": str(p.impact),
            "bridgeAndSlippageImpactOutUSD": usd_number(usd_value(p.impact, tout)),
        },
    }


def _side(token: MarketToken, chain: str, contract: str, amount: int) -> dict[str, Any]:
    out: dict[str, Any] = {"contract": contract, "symbol": token.symbol, "decimals": token.decimals}
    out.update(amount=str(amount), priceUSD=price_string(token))
    if CHAIN_IDS[chain] is not None:
        out["chainId"] = CHAIN_IDS[chain]
    return out


def quote_body(qid: str, route: Route, query: Any, provider: str, p: Pricing, now: float) -> dict[str, Any]:
    """The spec's ``SwapQuote`` for a priced route (token strings echoed as the caller sent them)."""
    deadline = int(now) + QUOTE_TTL_S
    token_out = _side(route.token_out, route.destination, query["tokenOut"], p.expected_out)
    token_out.update(expectedAmountOut=str(p.expected_out), minAmountOut=str(p.min_out))
    quote: dict[str, Any] = {
        "id": qid,
        "quoteId": qid,
        "originChain": route.origin,
        "destinationChain": route.destination,
        "tokenIn": _side(route.token_in, route.origin, query["tokenIn"], p.amount_in),
        "tokenOut": token_out,
        "provider": provider,
        "deadline": deadline,
        "deadlineDate": iso(deadline, millis=True),
        "feeBreakdown": fee_breakdown(route, p, now),
        "status": "pending",
        "feeSponsorship": query.get("feeSponsorship") == "true" and provider == "deframe",
        "customer": CUSTOMER,
    }
    for key, chain in (("chainIdIn", route.origin), ("chainIdOut", route.destination)):
        if CHAIN_IDS[chain] is not None:
            quote[key] = CHAIN_IDS[chain]
    if provider in BRIDGE_RAW_QUOTE:
        raw = {"provider": provider, "requestId": tx_hash("ethereum", qid), "minAmountOut": str(p.min_out)}
        quote["rawQuote"] = json.dumps({**raw, "deadline": deadline})
    if query.get("slippage") is not None:
        quote["slippage"] = Decimal(query["slippage"])
    return quote


def tx_hash(chain: str, seed: str) -> str:
    """A transaction id in the chain's own format: 0x-hex (EVM), base58 signature (Solana), bare hex (Bitcoin)."""
    if chain == "solana":
        return b58encode(hashlib.sha512(seed.encode()).digest())
    if chain == "bitcoin":
        return market.fake_hash(seed)[2:]
    return market.fake_hash(seed)
