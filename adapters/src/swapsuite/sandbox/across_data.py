"""Static data and pure helpers of the Across sandbox: catalogue, address checks, calldata and the fee model.

Fee model (Across's relayer-fee structure, in the bridge's input token): LP fee 4 bps + relayer capital fee 2 bps +
destination gas worth a fixed $0.30; every origin/destination swap leg costs 5 bps of price impact (the DEX fee);
an integrator ``appFee`` fraction comes off the output. Amounts are exact (Decimal/int), percentages 1e18-scaled.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal, localcontext

from ..base58 import b58decode, decoded_length, is_base58
from ..chains import CHAINS, SOLANA_ACROSS_CHAIN_ID
from . import market
from .market import MarketToken

SOLANA = SOLANA_ACROSS_CHAIN_ID
ZERO = "0x" + "0" * 40
WSOL = "So11111111111111111111111111111111111111112"  # Across names SOL by the wrapped-SOL mint
WAD = 10**18
UINT256_MAX = 2**256 - 1
LP_BPS, CAPITAL_BPS, SWAP_BPS = Decimal(4), Decimal(2), Decimal(5)
GAS_USD = Decimal("0.30")
MIN_DEPOSIT_USD, MAX_INSTANT_USD, MAX_DEPOSIT_USD = Decimal(1), Decimal(1_000_000), Decimal(3_000_000)
AUTO_SLIPPAGE_BPS = Decimal(50)
FILL_DEADLINE_S = 3 * 3600  # Across suggests a fill deadline a few hours out
BRIDGEABLE = frozenset({"ETH", "USDC", "USDT", "WBTC", "DAI"})

# EIP-55 spellings of the market's EVM token addresses (Across echoes checksummed addresses).
_CHECKSUMS = {
    a.lower(): a
    for a in (
        "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
        "0xdAC17F958D2ee523a2206206994597C13D831ec7",
        "0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599",
        "0x6B175474E89094C44Da98b954EedeAC495271d0F",
        "0xaf88d065e77c8cC2239327C5EDb3A432268e5831",
        "0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9",
        "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913",
        "0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85",
        "0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359",
    )
}
# Wrapped-ETH contracts: the bridge endpoints name ETH by them.
WETH = {
    1: "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2",
    10: "0x4200000000000000000000000000000000000006",
    8453: "0x4200000000000000000000000000000000000006",
    42161: "0x82aF49447D8a07e3bd95BD0d56f35241523fBab1",
}
# Real SpokePool deployments; other chains get a deterministic stand-in (see spoke_pool()).
_SPOKE_POOLS = {
    1: "0x5c7BCd6E7De5423a257D81B442095A1a6ced35C5",
    10: "0x6f26Bf09B1C792e3228e5467807a900A503c0281",
    137: "0x9295ee1d8C5b022Be115A2AD3c30C72E34e7F096",
    324: "0xE0B015E54d54fc84a6cB9B666099c46adE9335FF",
    8453: "0x09aea4b2242abC8bb4BB78D537A67a245A7bEC64",
    42161: "0xe35e9842fceaCA96570B734083f4a58e8F7C5f2A",
    59144: "0x7E63A5f1a8F0B4d0934B2f2327DAED3F6bb2ee75",
    SOLANA: "DLv3NggMiSaef97YCkew5xKUHDh13tVGZ7tydt3ZeAru",
}
PERIPHERY = "0x89415a82d909a7238d69094C3Dd1dCC1aCbDa85C"  # SpokePoolPeriphery (routes with an origin swap)
EXCLUSIVE_RELAYER = "0x394311A6Aaa0D8E3411D8b62DE4578D41322d1bD"
SEL_DEPOSIT, SEL_SWAP_AND_BRIDGE, SEL_APPROVE = "ad5425c6", "110560ad", "095ea7b3"
# (max fee per gas, priority fee) in wei per origin chain; L2s are cheap, mainnet and Polygon are not.
GAS_PRICES = {1: (2_000_000_000, 1_000_000_000), 137: (40_000_000_000, 30_000_000_000)}
L2_GAS_PRICE = (1_094_950, 1_000_000)
OP_STACK = frozenset({10, 8453, 34443, 480, 57073, 1868, 130, 7777777, 690, 1135})
_RPC = {
    1: ("https://mainnet.gateway.tenderly.co", "https://etherscan.io"),
    10: ("https://mainnet.optimism.io", "https://optimistic.etherscan.io"),
    56: ("https://bsc-dataseed1.binance.org", "https://bscscan.com"),
    137: ("https://polygon.drpc.org", "https://polygonscan.com"),
    8453: ("https://mainnet.base.org", "https://basescan.org"),
    42161: ("https://arb1.arbitrum.io/rpc", "https://arbiscan.io"),
    59144: ("https://rpc.linea.build", "https://lineascan.build"),
    SOLANA: ("https://api.mainnet-beta.solana.com", "https://solscan.io"),
}
_SOURCES_EVM = ("0x_rfq", "1inch", "balancer_v2", "curve", "sushiswap", "uniswap_v2", "uniswap_v3", "uniswap_v4")
_SOURCES_EXTRA = {10: ("velodrome_v2",), 137: ("quickswap_v3",), 8453: ("aerodrome",), 42161: ("camelot_v3",)}
_SOURCES_SOLANA = ("jupiter", "meteora", "orca", "phoenix", "raydium")
_NAMES = {"ETH": "Ether", "USDC": "USD Coin", "USDT": "Tether USD", "WBTC": "Wrapped BTC", "DAI": "Dai Stablecoin"}
_NAMES |= {"POL": "Polygon Ecosystem Token", "SOL": "Solana", "WETH": "Wrapped Ether"}

CHAIN_IDS = tuple(sorted(c.across for c in CHAINS if c.across is not None))
_CHAIN_NAMES = {c.across: c.name for c in CHAINS if c.across is not None}


@dataclass(frozen=True)
class Listed:
    """A market token as the Across Swap API names it: numeric chain id plus address (zero address = native)."""

    token: MarketToken
    chain_id: int
    address: str

    @property
    def family(self) -> str:
        """What it bridges as: wrapped and native ETH are one asset to Across."""
        return "ETH" if self.token.symbol == "WETH" else self.token.symbol

    def usd(self, amount: int) -> Decimal:
        """USD value of ``amount`` base units."""
        return Decimal(amount).scaleb(-self.token.decimals) * self.token.usd

    def units(self, usd: Decimal, rounding: str = ROUND_DOWN) -> int:
        """Base units worth ``usd``."""
        return int((usd / self.token.usd).scaleb(self.token.decimals).to_integral_value(rounding=rounding))

    def json(self, named: bool = True) -> dict[str, object]:
        """The spec's ``Token`` object."""
        out: dict[str, object] = {"address": self.address, "symbol": self.token.symbol}
        out |= {"decimals": self.token.decimals, "chainId": self.chain_id}
        if named:
            out["name"] = _NAMES.get(self.token.symbol, self.token.symbol)
        return out


def _listed(token: MarketToken) -> Listed | None:
    chain_id = token.chain.across
    if chain_id is None:
        return None
    if token.address is None:
        return Listed(token, chain_id, WSOL if chain_id == SOLANA else ZERO)
    return Listed(token, chain_id, _CHECKSUMS.get(token.address.lower(), token.address))


LISTED = tuple(x for x in map(_listed, market.TOKENS) if x is not None)
# WETH is not in the shared market's list (so /swap/tokens leaves it out) but Across routes it, and the bridge
# endpoints name ETH by it: accepted wherever a token address is, priced as ETH.
WRAPPED = tuple(
    Listed(
        MarketToken("WETH", x.token.chain_key, WETH[x.chain_id].lower(), 18, x.token.usd), x.chain_id, WETH[x.chain_id]
    )
    for x in LISTED
    if x.token.symbol == "ETH" and x.chain_id in WETH
)


def same_address(a: str, b: str) -> bool:
    """Addresses compare case-insensitively on EVM (hex) and exactly on Solana (base58)."""
    return a.lower() == b.lower() if a.startswith("0x") else a == b


def find(chain_id: int, address: str) -> Listed | None:
    """The token at ``address`` on ``chain_id`` (listed or WETH), if Across knows it."""
    return next((x for x in LISTED + WRAPPED if x.chain_id == chain_id and same_address(x.address, address)), None)


def counterpart(family: str, chain_id: int) -> Listed | None:
    """The token of a bridgeable family on a chain, if listed."""
    if family not in BRIDGEABLE:
        return None
    return next((x for x in LISTED if x.chain_id == chain_id and x.family == family), None)


def native_of(chain_id: int) -> Listed:
    """The chain's native coin (every origin chain of the market lists one)."""
    return next(x for x in LISTED if x.chain_id == chain_id and x.token.address is None)


def chain_json(chain_id: int) -> dict[str, object]:
    """One ``/swap/chains`` entry."""
    name = _CHAIN_NAMES[chain_id]
    rpc, explorer = _RPC.get(chain_id, (f"https://rpc.{chain_id}.example-rpc.org", f"https://explorer.{chain_id}.org"))
    slug = name.lower().replace(" ", "-")
    logo = f"https://raw.githubusercontent.com/across-protocol/frontend/master/scripts/chain-configs/{slug}/logo.svg"
    return {"chainId": chain_id, "name": name, "publicRpcUrl": rpc, "explorerUrl": explorer, "logoUrl": logo}


def sources(chain_id: int | None) -> list[str]:
    """Liquidity source names, sorted: one chain's or all of them."""
    if chain_id is None:
        return sorted({s for c in CHAIN_IDS for s in sources(c)})
    if chain_id == SOLANA:
        return list(_SOURCES_SOLANA)
    return sorted(_SOURCES_EVM + _SOURCES_EXTRA.get(chain_id, ()))


def spoke_pool(chain_id: int) -> str:
    """The chain's SpokePool (a deterministic stand-in where no real address is on file)."""
    return _SPOKE_POOLS.get(chain_id) or "0x" + market.fake_hash(f"spoke:{chain_id}")[-40:]


# --- addresses and encoding ----------------------------------------------------------------------------------
_EVM = re.compile(r"^0x[0-9a-fA-F]{40}$")


def is_address(chain_id: int, text: str) -> bool:
    """EVM hex on EVM chains; a 32-byte base58 key on Solana."""
    if chain_id != SOLANA:
        return bool(_EVM.match(text))
    return 32 <= len(text) <= 44 and decoded_length(text) == 32


def is_any_address(text: str) -> bool:
    """Valid on some chain (used where the chain is not known)."""
    return is_address(1, text) or is_address(SOLANA, text)


def word32(address: str) -> bytes:
    """An address as the SpokePool's bytes32 (EVM left-padded, Solana raw)."""
    if address.startswith("0x"):
        return bytes.fromhex(address[2:])[-32:].rjust(32, b"\0")
    return (b58decode(address) if is_base58(address) else b"")[-32:].rjust(32, b"\0")


def abi_words(*values: int | bytes) -> str:
    """ABI head words: ints as uint256, bytes left-padded to 32."""
    return "".join(format(v, "064x") if isinstance(v, int) else v.rjust(32, b"\0").hex() for v in values)


def approve_data(spender: str, amount: int) -> str:
    """``approve(spender, amount)`` calldata."""
    return "0x" + SEL_APPROVE + abi_words(word32(spender), amount)


def svm_transaction(*fields: int | bytes) -> str:
    """A deterministic stand-in for a serialized Solana transaction: base64 of the deposit's fields."""
    return base64.b64encode(b"\x01across-sandbox-deposit" + bytes.fromhex(abi_words(*fields))).decode()


# --- numbers -------------------------------------------------------------------------------------------------
def pct(part_usd: Decimal, whole_usd: Decimal) -> str:
    """``part / whole`` as a 1e18-scaled integer string (rounded toward zero)."""
    if whole_usd == 0:
        return "0"
    with localcontext() as ctx:
        ctx.prec = 80
        return str(int(part_usd * WAD / whole_usd))


def usd_text(value: Decimal) -> str:
    """A USD decimal string, 12 places at most, without trailing zeros."""
    text = format(value.quantize(Decimal("1e-12"), rounding=ROUND_DOWN), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def bps_of(amount: int, bps: Decimal) -> int:
    """``amount × bps / 10⁴``, rounded down."""
    return int((Decimal(amount) * bps / 10_000).to_integral_value(rounding=ROUND_DOWN))


def ceil_div_fraction(amount: int, keep: Decimal) -> int:
    """The smallest x with ``x × keep ≥ amount``."""
    with localcontext() as ctx:
        ctx.prec = 80
        return int((Decimal(amount) / keep).to_integral_value(rounding=ROUND_CEILING))


def fill_time(origin: int, destination: int, swap_legs: int) -> int:
    """Expected seconds to fill: relayers wait for origin finality (mainnet, Solana) and swap legs add a bit."""
    seconds = 2 + 4 * swap_legs
    if origin == 1:
        seconds += 10
    if SOLANA in (origin, destination):
        seconds += 12
    return seconds


# --- routes and pricing --------------------------------------------------------------------------------------
class ApiError(Exception):
    """An ``AcrossApiError`` to answer with (``code`` absent for 401/404, as Across does)."""

    def __init__(self, status: int, message: str, code: str | None = None, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.param = status, message, code, param


@dataclass(frozen=True)
class Route:
    """How Across gets from ``src`` to ``dst``: optional origin swap → bridge ``bridge_in``→``bridge_out`` → optional
    destination swap."""

    kind: str
    src: Listed
    dst: Listed
    bridge_in: Listed
    bridge_out: Listed

    @property
    def origin_swap(self) -> bool:
        return self.src != self.bridge_in

    @property
    def dest_swap(self) -> bool:
        return self.bridge_out != self.dst

    @property
    def legs(self) -> int:
        return int(self.origin_swap) + int(self.dest_swap)


def plan_route(src: Listed, dst: Listed) -> Route | None:
    """Bridge the same asset directly; otherwise swap into a bridgeable asset on one side (USDC on both, failing
    that). None for same-chain requests, which Across does not route."""
    if src.chain_id == dst.chain_id:
        return None
    if src.family == dst.family and src.family in BRIDGEABLE:
        return Route("bridgeableToBridgeable", src, dst, src, dst)
    via_src = counterpart(src.family, dst.chain_id)
    if via_src is not None:
        return Route("bridgeableToAny", src, dst, src, via_src)
    via_dst = counterpart(dst.family, src.chain_id)
    if via_dst is not None:
        return Route("anyToBridgeable", src, dst, via_dst, dst)
    usdc_src, usdc_dst = counterpart("USDC", src.chain_id), counterpart("USDC", dst.chain_id)
    if usdc_src is None or usdc_dst is None:
        return None
    return Route("anyToAny", src, dst, usdc_src, usdc_dst)


@dataclass(frozen=True)
class Priced:
    """One priced route: every intermediate amount in base units of its token."""

    route: Route
    amount_in: int
    bridge_in: int
    lp: int
    capital: int
    gas: int
    bridge_out: int
    out: int  # delivered by the last leg, before the app fee
    app: int

    @property
    def bridge_fee(self) -> int:
        return self.lp + self.capital + self.gas

    @property
    def expected(self) -> int:
        return self.out - self.app


def price(route: Route, amount_in: int, app_fee: Decimal) -> Priced:
    """Exact-input pricing of a route (raises ``AMOUNT_TOO_LOW`` when the fees eat the deposit)."""
    bridge_in = amount_in
    if route.origin_swap:
        bridge_in = market.convert(amount_in, route.src.token, route.bridge_in.token, SWAP_BPS)
    lp, capital = bps_of(bridge_in, LP_BPS), bps_of(bridge_in, CAPITAL_BPS)
    gas = route.bridge_in.units(GAS_USD, ROUND_CEILING)
    net = bridge_in - lp - capital - gas
    if net <= 0 or route.bridge_in.usd(bridge_in) < MIN_DEPOSIT_USD:
        raise ApiError(400, "Sent amount is too low relative to fees", "AMOUNT_TOO_LOW", "amount")
    bridge_out = market.convert(net, route.bridge_in.token, route.bridge_out.token)
    out = bridge_out
    if route.dest_swap:
        out = market.convert(bridge_out, route.bridge_out.token, route.dst.token, SWAP_BPS)
    app = int((Decimal(out) * app_fee).to_integral_value(rounding=ROUND_DOWN))
    return Priced(route, amount_in, bridge_in, lp, capital, gas, bridge_out, out, app)


def min_out(priced: Priced, slippage_bps: Decimal) -> int:
    """Guaranteed output: a pure bridge delivers exactly its quote, swap legs may slip."""
    return market.apply_slippage(priced.expected, slippage_bps) if priced.route.legs else priced.expected


def solve_input(route: Route, target: int, app_fee: Decimal, slippage_bps: Decimal, guarantee: bool) -> Priced:
    """The smallest input whose expected (``guarantee``: minimum) output reaches ``target`` — exactOutput/minOutput."""
    need = ceil_div_fraction(target, 1 - app_fee)
    if guarantee and route.legs:
        need = ceil_div_fraction(need, 1 - slippage_bps / 10_000)
    bridge_out = need
    if route.dest_swap:
        bridge_out = market.convert_back(need, route.bridge_out.token, route.dst.token, SWAP_BPS)
    net = market.convert_back(bridge_out, route.bridge_in.token, route.bridge_out.token)
    gas = route.bridge_in.units(GAS_USD, ROUND_CEILING)
    amount = ceil_div_fraction(net + gas, 1 - (LP_BPS + CAPITAL_BPS) / 10_000)
    if route.origin_swap:
        amount = market.convert_back(amount, route.src.token, route.bridge_in.token, SWAP_BPS)
    for _ in range(64):  # rounding can leave it a few units short
        priced = price(route, amount, app_fee)
        if (min_out(priced, slippage_bps) if guarantee else priced.expected) >= target:
            return priced
        amount += max(1, amount // 100_000)
    raise ApiError(400, "No quote available for this output amount", "SWAP_QUOTE_UNAVAILABLE", "amount")
