"""CAIP-2/CAIP-19 identities: parsing, formatting, native and token assets, unmapped round-trips."""

from __future__ import annotations

import pytest
from swapsuite.caip import AssetId, native_asset, parse_chain_id, token_address, token_asset
from swapsuite.chains import BY_ACROSS, BY_DEFRAME, BY_ONECLICK, CHAINS, find_chain
from swapsuite.errors import ValidationError


@pytest.mark.parametrize(
    "text",
    [
        "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7",
        "eip155:42161/slip44:60",
        "bip122:000000000019d6689c085ae165831e93/slip44:0",
        "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
        "near:mainnet/nep141:wrap.near",
    ],
)
def test_caip19_round_trip(text: str) -> None:
    asset = AssetId.parse(text)
    assert str(asset) == text
    assert asset.is_mapped


@pytest.mark.parametrize("bad", ["", "eth", "eip155:1", "eip155:1/erc20", "EIP155:1/erc20:0x1", "a:b/c:d"])
def test_invalid_caip19_is_a_validation_error(bad: str) -> None:
    with pytest.raises(ValidationError):
        AssetId.parse(bad)


def test_native_and_token_assets() -> None:
    arbitrum = find_chain("arbitrum")
    assert arbitrum is not None
    assert str(native_asset(arbitrum)) == "eip155:42161/slip44:60"
    usdc = token_asset(arbitrum, "0xaf88d065e77c8cC2239327C5EDb3A432268e5831")
    assert str(usdc) == "eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831"
    assert token_address(usdc) == "0xaf88d065e77c8cc2239327c5edb3a432268e5831"
    assert token_address(native_asset(arbitrum)) is None
    assert usdc.chain is arbitrum


def test_non_evm_token_addresses_keep_their_case() -> None:
    solana = find_chain("solana")
    assert solana is not None
    mint = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
    assert token_address(token_asset(solana, mint)) == mint


@pytest.mark.parametrize(
    "native", ["nep245:v2_1.omni.hot.tg:10_11111111111111111111", "1cs_v1:btc:native:coin", "weird id/with:stuff%"]
)
def test_unmapped_assets_round_trip_through_text(native: str) -> None:
    asset = AssetId.unmapped("oneclick", native)
    again = AssetId.parse(str(asset))
    assert again == asset
    assert not again.is_mapped
    assert again.unmapped_provider == "oneclick"
    assert again.native_id == native


def test_mapped_asset_has_no_native_id() -> None:
    with pytest.raises(ValueError, match="mapped"):
        _ = AssetId.parse("eip155:1/slip44:60").native_id


def test_chain_table_is_consistent() -> None:
    caip2 = [c.caip2 for c in CHAINS]
    assert len(caip2) == len(set(caip2))
    for chain in CHAINS:
        parse_chain_id(chain.caip2)
    assert BY_ACROSS[34268394551451].key == "solana"
    assert BY_ONECLICK["arb"].key == "arbitrum"
    assert BY_DEFRAME["polygon"].caip2 == "eip155:137"


@pytest.mark.parametrize(
    ("name", "key"),
    [("Arbitrum", "arbitrum"), ("BNB Smart Chain", "bsc"), ("eip155:8453", "base"), ("ETH", "ethereum")],
)
def test_find_chain_by_any_name(name: str, key: str) -> None:
    chain = find_chain(name)
    assert chain is not None
    assert chain.key == key


def test_find_chain_unknown() -> None:
    assert find_chain("atlantis") is None
