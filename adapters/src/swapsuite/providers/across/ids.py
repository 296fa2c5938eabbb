"""Across asset identifiers ↔ CAIP-19.

Across names an asset by a numeric chain id (EVM chain ids; Solana ``34268394551451``, HyperCore ``1337``) plus a
token address (EVM hex, checksummed, or a Solana base58 mint). swapsuite writes that pair as the native id
``"<chainId>:<address>"`` — e.g. ``"10:0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85"`` — and an asset on a chain
``swapsuite.chains`` does not know travels as ``AssetId.unmapped("across", "<chainId>:<address>")``.

Native coins:

* The Swap API names a chain's native token by the zero address ``0x000…000`` (spec conventions; ``/swap/tokens``
  lists native ETH, BNB… that way). Inbound, the zero address on any chain is that chain's native coin; outbound,
  a native coin is sent as the zero address — on EVM chains and on HyperCore, whose Across token addresses are hex.
* Solana is the exception: Across names SOL by the wrapped-SOL mint ``So11111111111111111111111111111111111111112``
  (``TOKEN_SYMBOLS_MAP.SOL`` on chain 34268394551451 in across-protocol/constants; the Jupiter list that feeds
  ``/swap/tokens`` uses the same id), and its SVM spoke pool only moves SPL tokens, wrapping SOL on the way. So
  native SOL goes out as that mint, and that mint comes back as native SOL: one Solana SOL asset in the suite, and
  the round trip is the identity. ``…/token:So111…112`` still works outbound (it is the same address).
"""

from __future__ import annotations

from typing import Final

from swapsuite.caip import AssetId, native_asset, token_address, token_asset
from swapsuite.chains import BY_ACROSS, SOLANA_ACROSS_CHAIN_ID, Chain
from swapsuite.errors import ValidationError

PROVIDER: Final = "across"
NATIVE_ADDRESS: Final = "0x0000000000000000000000000000000000000000"
SOLANA_NATIVE_MINT: Final = "So11111111111111111111111111111111111111112"


def chain_for(chain_id: int) -> Chain | None:
    """The swapsuite chain Across numbers ``chain_id``, if known."""
    return BY_ACROSS.get(chain_id)


def caip2_for(chain_id: int) -> str:
    """The CAIP-2 id of an Across chain.

    Across gives its non-EVM chains (Solana, HyperCore) synthetic ids, all of which are in the chain table; any
    other id is an EVM chain id, so ``eip155:<id>`` is right even for an EVM chain swapsuite has no row for.
    """
    chain = chain_for(chain_id)
    return chain.caip2 if chain else f"eip155:{chain_id}"


def native_id(chain_id: int, address: str) -> str:
    """The ``"<chainId>:<address>"`` native id."""
    return f"{chain_id}:{address}"


def split_native_id(value: str) -> tuple[int, str]:
    """``"<chainId>:<address>"`` → (chain id, address); raise ValidationError for anything else."""
    chain_text, sep, address = value.partition(":")
    if not sep or not chain_text.isdigit() or not address:
        raise ValidationError(f"not an Across asset id (<chainId>:<address>): {value!r}", provider=PROVIDER)
    return int(chain_text), address


def _is_native(chain_id: int, address: str) -> bool:
    if address == NATIVE_ADDRESS:
        return True
    return chain_id == SOLANA_ACROSS_CHAIN_ID and address == SOLANA_NATIVE_MINT


def asset_for(chain_id: int, address: str) -> AssetId:
    """The CAIP-19 id of an Across (chain id, token address); unmapped when the chain is unknown."""
    chain = chain_for(chain_id)
    if chain is None:
        return AssetId.unmapped(PROVIDER, native_id(chain_id, address))
    if _is_native(chain_id, address):
        return native_asset(chain)
    return token_asset(chain, address)


def native_address(chain: Chain) -> str:
    """The address Across uses for ``chain``'s native coin (see the module docstring)."""
    return SOLANA_NATIVE_MINT if chain.across == SOLANA_ACROSS_CHAIN_ID else NATIVE_ADDRESS


def to_across(asset: AssetId) -> tuple[int, str]:
    """(chain id, token address) for a quote parameter; unmapped Across ids pass through unchanged."""
    if not asset.is_mapped:
        if asset.unmapped_provider != PROVIDER:
            raise ValidationError(f"{asset} belongs to {asset.unmapped_provider}, not Across", provider=PROVIDER)
        return split_native_id(asset.native_id)
    chain = asset.chain
    if chain is None or chain.across is None:
        raise ValidationError(f"Across does not serve the chain of {asset}", provider=PROVIDER)
    address = native_address(chain) if asset.is_native else token_address(asset)
    if address is None:  # pragma: no cover - token_address only returns None for native assets
        raise ValidationError(f"{asset} has no token address", provider=PROVIDER)
    return chain.across, address
