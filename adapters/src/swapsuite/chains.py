"""The chains swapsuite knows, with each provider's name for them.

One row per chain: its CAIP-2 id, the SLIP-44 coin type of its native asset, the namespace its fungible tokens use
in CAIP-19, and the native identifiers each provider uses (1Click ``blockchain`` code, Across numeric chain id,
Deframe chain name, Changelly network name). A chain missing here still works end to end: adapters keep the
provider's own identifier as an *unmapped* asset (see ``swapsuite.caip``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Chain:
    """A chain and its aliases. ``key`` is swapsuite's friendly name (``USDC@arbitrum``)."""

    key: str
    caip2: str
    name: str
    native_symbol: str
    native_slip44: int
    native_decimals: int
    token_namespace: str
    oneclick: str | None = None
    across: int | None = None
    deframe: str | None = None
    aliases: tuple[str, ...] = field(default=())

    @property
    def namespace(self) -> str:
        return self.caip2.split(":", 1)[0]


def _evm(
    key: str,
    chain_id: int,
    name: str,
    *,
    native: str = "ETH",
    slip44: int = 60,
    oneclick: str | None = None,
    across: bool = True,
    deframe: str | None = None,
    aliases: tuple[str, ...] = (),
) -> Chain:
    return Chain(
        key,
        f"eip155:{chain_id}",
        name,
        native,
        slip44,
        18,
        "erc20",
        oneclick,
        chain_id if across else None,
        deframe,
        aliases,
    )


SOLANA_ACROSS_CHAIN_ID = 34268394551451

CHAINS: tuple[Chain, ...] = (
    _evm("ethereum", 1, "Ethereum", oneclick="eth", deframe="ethereum", aliases=("eth", "mainnet")),
    _evm("optimism", 10, "Optimism", oneclick="op", deframe="optimism", aliases=("op",)),
    _evm(
        "bsc",
        56,
        "BNB Smart Chain",
        native="BNB",
        slip44=714,
        oneclick="bsc",
        deframe="bsc",
        aliases=("bnb", "binance"),
    ),
    _evm("gnosis", 100, "Gnosis", native="XDAI", slip44=700, oneclick="gnosis", across=False, deframe="gnosis"),
    _evm("unichain", 130, "Unichain"),
    _evm(
        "polygon", 137, "Polygon", native="POL", slip44=966, oneclick="pol", deframe="polygon", aliases=("matic", "pol")
    ),
    _evm("monad", 143, "Monad", native="MON", slip44=268435779, oneclick="monad", deframe="monad"),
    _evm("xlayer", 196, "X Layer", native="OKB", slip44=996, oneclick="xlayer", across=False),
    _evm("lens", 232, "Lens", native="GHO", slip44=60),
    _evm("zksync", 324, "zkSync", aliases=("zksync-era",)),
    _evm("worldchain", 480, "World Chain", aliases=("world-chain",)),
    _evm("redstone", 690, "Redstone"),
    _evm("lisk", 1135, "Lisk"),
    _evm("soneium", 1868, "Soneium"),
    _evm("hyperevm", 999, "HyperEVM", native="HYPE", slip44=2457, across=True),
    _evm("base", 8453, "Base", oneclick="base", deframe="base"),
    _evm("plasma", 9745, "Plasma", native="XPL", slip44=9745, oneclick="plasma", across=False),
    _evm("mode", 34443, "Mode"),
    _evm("arbitrum", 42161, "Arbitrum One", oneclick="arb", deframe="arbitrum", aliases=("arb", "arbitrum-one")),
    _evm(
        "avalanche",
        43114,
        "Avalanche C-Chain",
        native="AVAX",
        slip44=9000,
        oneclick="avax",
        across=False,
        deframe="avalanche",
        aliases=("avax",),
    ),
    _evm("ink", 57073, "Ink"),
    _evm("linea", 59144, "Linea", deframe="linea"),
    _evm("berachain", 80094, "Berachain", native="BERA", slip44=8008, oneclick="bera", across=False, aliases=("bera",)),
    _evm("blast", 81457, "Blast"),
    _evm("scroll", 534352, "Scroll", oneclick="scroll"),
    _evm("zora", 7777777, "Zora"),
    _evm("aleph-zero", 41455, "Aleph Zero", native="AZERO", slip44=643),
    Chain(
        "solana",
        "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp",
        "Solana",
        "SOL",
        501,
        9,
        "token",
        "sol",
        SOLANA_ACROSS_CHAIN_ID,
        "solana",
        ("sol",),
    ),
    Chain(
        "bitcoin",
        "bip122:000000000019d6689c085ae165831e93",
        "Bitcoin",
        "BTC",
        0,
        8,
        "token",
        "btc",
        None,
        "bitcoin",
        ("btc",),
    ),
    Chain(
        "litecoin", "bip122:12a765e31ffd4059bada1e25190f6e98", "Litecoin", "LTC", 2, 8, "token", "ltc", aliases=("ltc",)
    ),
    Chain(
        "dogecoin",
        "bip122:1a91e3dace36e2be3bf030a65679fe82",
        "Dogecoin",
        "DOGE",
        3,
        8,
        "token",
        "doge",
        aliases=("doge",),
    ),
    Chain(
        "bitcoin-cash",
        "bip122:000000000000000000651ef99cb9fcbe",
        "Bitcoin Cash",
        "BCH",
        145,
        8,
        "token",
        "bch",
        aliases=("bch",),
    ),
    Chain("dash", "bip122:00000ffd590b1485b3caadc19b22e637", "Dash", "DASH", 5, 8, "token", "dash"),
    Chain("zcash", "bip122:00040fe8ec8471911baa1db1266ea15d", "Zcash", "ZEC", 133, 8, "token", "zec", aliases=("zec",)),
    Chain("near", "near:mainnet", "NEAR", "NEAR", 397, 24, "nep141", "near"),
    Chain("tron", "tron:0x2b6653dc", "Tron", "TRX", 195, 6, "trc20", "tron", deframe="tron", aliases=("trx",)),
    Chain("ton", "ton:mainnet", "TON", "TON", 607, 9, "jetton", "ton"),
    Chain("xrp", "xrpl:0", "XRP Ledger", "XRP", 144, 6, "token", "xrp", aliases=("ripple",)),
    Chain("stellar", "stellar:pubnet", "Stellar", "XLM", 148, 7, "token", "stellar", aliases=("xlm",)),
    Chain("sui", "sui:mainnet", "Sui", "SUI", 784, 9, "coin", "sui"),
    Chain("aptos", "aptos:1", "Aptos", "APT", 637, 8, "coin", "aptos"),
    Chain("cardano", "cip34:1-764824073", "Cardano", "ADA", 1815, 6, "token", "cardano", aliases=("ada",)),
    Chain("starknet", "starknet:SN_MAIN", "Starknet", "STRK", 9004, 18, "erc20", "starknet"),
    Chain("hypercore", "hlcore:mainnet", "HyperCore", "USDC", 2457, 8, "token", "hypercore", 1337),
    Chain("movement", "movement:mainnet", "Movement", "MOVE", 1000, 8, "coin", "movement"),
    Chain("aleo", "aleo:mainnet", "Aleo", "ALEO", 683, 6, "token", "aleo"),
)

BY_KEY: dict[str, Chain] = {c.key: c for c in CHAINS}
BY_CAIP2: dict[str, Chain] = {c.caip2: c for c in CHAINS}
BY_ONECLICK: dict[str, Chain] = {c.oneclick: c for c in CHAINS if c.oneclick}
BY_ACROSS: dict[int, Chain] = {c.across: c for c in CHAINS if c.across is not None}
BY_DEFRAME: dict[str, Chain] = {c.deframe: c for c in CHAINS if c.deframe}
BY_EVM_ID: dict[int, Chain] = {int(c.caip2.split(":")[1]): c for c in CHAINS if c.namespace == "eip155"}


def _names() -> dict[str, Chain]:
    names: dict[str, Chain] = {}
    for chain in CHAINS:
        for name in (chain.key, chain.name, *chain.aliases):
            names.setdefault(name.lower().replace(" ", "-"), chain)
    return names


BY_NAME = _names()


def find_chain(name: str) -> Chain | None:
    """A chain by friendly key, display name, alias or CAIP-2 id (case-insensitive), or None."""
    if name in BY_CAIP2:
        return BY_CAIP2[name]
    return BY_NAME.get(name.strip().lower().replace(" ", "-"))
