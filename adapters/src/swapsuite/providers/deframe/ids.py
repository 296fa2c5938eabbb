"""Deframe asset identifiers ↔ CAIP-19, and the built-in token list.

Deframe names an asset by a chain *name* (``originChain`` / ``destinationChain``: ``ethereum``, ``polygon``,
``solana``, ``bitcoin``, ``fiat``…) plus a token string (``tokenIn`` / ``tokenOut``: a contract address, a Solana
mint, or an ISO currency code on the BRL Pix ramps). swapsuite writes that pair as the native id
``"<chainName>:<token>"`` — e.g. ``"ethereum:0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"`` or ``"fiat:BRL"`` — and
an asset swapsuite cannot map travels as ``AssetId.unmapped("deframe", "<chainName>:<token>")``.

Chains are always sent by name, never by numeric ``chainIdIn`` / ``chainIdOut``: names cover every chain Deframe
serves (Solana and Bitcoin have no numeric id there, and ``fiat`` is a name only), so one rule serves all routes.

Native coins: Deframe documents no representation for them. swapsuite assumes
* EVM chains: the zero address (the usual aggregator convention; an assumption, not documented by Deframe);
* Solana: the wrapped-SOL mint ``So11111111111111111111111111111111111111112`` (Jupiter's id for SOL; Pods' own
  demo uses ``So111...`` as its Solana token placeholder);
* Bitcoin: the ticker ``BTC`` (by analogy with the documented ISO code ``BRL`` on fiat legs; an assumption).
A native coin of any other chain is refused with a hint to pass an unmapped ``"<chainName>:<token>"`` id instead.
"""

from __future__ import annotations

from typing import Final

from swapsuite.caip import AssetId, native_asset, token_address, token_asset
from swapsuite.chains import BY_DEFRAME, BY_KEY, Chain
from swapsuite.errors import ValidationError

PROVIDER = "deframe"
EVM_NATIVE: Final = "0x0000000000000000000000000000000000000000"
SOLANA_NATIVE: Final = "So11111111111111111111111111111111111111112"
BITCOIN_NATIVE: Final = "BTC"
NATIVE_BY_CHAIN: Final[dict[str, str]] = {"solana": SOLANA_NATIVE, "bitcoin": BITCOIN_NATIVE}

# Deframe publishes no token list: this is the set swapsuite knows — the tokens the Deframe docs use in their
# examples (USDC/USDT/WETH and the native coin on Ethereum, Polygon, Arbitrum and Base; SOL and USDC on Solana;
# BTC on Bitcoin). Any other token still works: pass its CAIP-19 id (the contract is sent as is) or an unmapped
# "<chainName>:<token>" id. Rows: (chain key, contract — None for the native coin, symbol, decimals, name).
KNOWN_TOKENS: Final[tuple[tuple[str, str | None, str, int, str], ...]] = (
    ("ethereum", None, "ETH", 18, "Ether"),
    ("ethereum", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", "USDC", 6, "USD Coin"),
    ("ethereum", "0xdAC17F958D2ee523a2206206994597C13D831ec7", "USDT", 6, "Tether USD"),
    ("ethereum", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "WETH", 18, "Wrapped Ether"),
    ("polygon", None, "POL", 18, "Polygon Ecosystem Token"),
    ("polygon", "0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359", "USDC", 6, "USD Coin"),
    # The Deframe quote guide's "USDC" on Polygon is this bridged USDC.e contract.
    ("polygon", "0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174", "USDC.e", 6, "Bridged USD Coin (PoS)"),
    ("polygon", "0xc2132D05D31c914a87C6611C10748AEb04B58e8F", "USDT", 6, "Tether USD (PoS)"),
    ("polygon", "0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619", "WETH", 18, "Wrapped Ether (PoS)"),
    ("arbitrum", None, "ETH", 18, "Ether"),
    ("arbitrum", "0xaf88d065e77c8cC2239327C5EDb3A432268e5831", "USDC", 6, "USD Coin"),
    ("arbitrum", "0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9", "USDT", 6, "Tether USD"),
    ("arbitrum", "0x82aF49447D8a07e3bd95BD0d56f35241523fBab1", "WETH", 18, "Wrapped Ether"),
    ("base", None, "ETH", 18, "Ether"),
    ("base", "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "USDC", 6, "USD Coin"),
    ("base", "0x4200000000000000000000000000000000000006", "WETH", 18, "Wrapped Ether"),
    ("solana", None, "SOL", 9, "Solana"),
    ("solana", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "USDC", 6, "USD Coin"),
    ("bitcoin", None, "BTC", 8, "Bitcoin"),
)


def native_token(chain: Chain) -> str:
    """The token string swapsuite sends for a chain's native coin (see the module docstring)."""
    if chain.namespace == "eip155":
        return EVM_NATIVE
    try:
        return NATIVE_BY_CHAIN[chain.key]
    except KeyError:
        raise ValidationError(
            f"how Deframe names native {chain.native_symbol} on {chain.name} is unknown; "
            f'pass AssetId.unmapped("deframe", "{chain.deframe}:<token>")',
            provider=PROVIDER,
        ) from None


def native_id(chain_name: str, token: str) -> str:
    """The ``"<chainName>:<token>"`` native id."""
    return f"{chain_name}:{token}"


def split_native_id(value: str) -> tuple[str, str]:
    """``"<chainName>:<token>"`` → (chain name, token); raise ValidationError for anything else."""
    chain_name, sep, token = value.partition(":")
    if not sep or not chain_name or not token:
        raise ValidationError(f"not a Deframe asset id (<chainName>:<token>): {value!r}", provider=PROVIDER)
    return chain_name, token


def asset_for(chain: Chain, token: str | None) -> AssetId:
    """The CAIP-19 id of a token (contract / mint) or, for None, the native coin of a known chain."""
    return native_asset(chain) if token is None else token_asset(chain, token)


def _known_contract(asset: AssetId) -> str | None:
    """The contract as spelled in :data:`KNOWN_TOKENS` (EIP-55 case), if the asset is listed there."""
    for key, contract, *_ in KNOWN_TOKENS:
        if contract is not None and asset_for(BY_KEY[key], contract) == asset:
            return contract
    return None


def to_deframe(asset: AssetId) -> tuple[str, str]:
    """(chain name, token string) for a quote parameter; unmapped Deframe ids pass through unchanged."""
    if not asset.is_mapped:
        if asset.unmapped_provider != PROVIDER:
            raise ValidationError(f"{asset} belongs to {asset.unmapped_provider}, not {PROVIDER}", provider=PROVIDER)
        return split_native_id(asset.native_id)
    chain = asset.chain
    if chain is None or chain.deframe is None:
        raise ValidationError(f"Deframe does not serve the chain of {asset}", provider=PROVIDER)
    if asset.is_native:
        return chain.deframe, native_token(chain)
    contract = _known_contract(asset) or token_address(asset)
    if contract is None:  # pragma: no cover - token_address only returns None for native assets
        raise ValidationError(f"{asset} has no token address", provider=PROVIDER)
    return chain.deframe, contract


def chain_for_name(name: str) -> Chain | None:
    """The swapsuite chain Deframe calls ``name``, if known."""
    return BY_DEFRAME.get(name)
