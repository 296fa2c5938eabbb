"""Bad input is rejected with a clear ValidationError before any HTTP request is sent."""

from __future__ import annotations

import httpx
import pytest
from swapsuite import SwapType, ValidationError, get_provider, registry
from swapsuite.caip import AssetId
from swapsuite.keccak import keccak256
from swapsuite.models import QuoteRequest
from swapsuite.validate import address_problem, eip55_ok

EVM = "eip155:1"
SOL = "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp"
BTC = "bip122:000000000019d6689c085ae165831e93"
USDC_ARB = AssetId.parse("eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831")
USDC_BASE = AssetId.parse("eip155:8453/erc20:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913")
SOL_NATIVE = AssetId.parse(f"{SOL}/slip44:501")
GOOD_EVM = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # the EIP-55 test vector


def test_keccak_known_vectors() -> None:
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"


@pytest.mark.parametrize(
    "address",
    [
        GOOD_EVM,
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        GOOD_EVM.lower(),
        "0x" + GOOD_EVM[2:].upper(),
    ],
)
def test_eip55_accepts_valid_and_single_case(address: str) -> None:
    assert eip55_ok(address)
    assert address_problem(EVM, address) is None


@pytest.mark.parametrize(
    ("chain", "address", "why"),
    [
        (EVM, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "EIP-55"),
        (EVM, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea", "20-byte"),
        (EVM, "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "20-byte"),  # a Solana address on an EVM chain
        (SOL, GOOD_EVM, "base58"),
        (SOL, "0OIl" + "1" * 40, "base58"),
        (BTC, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "Bitcoin"),  # last character changed: bad checksum
        (BTC, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx", "bech32"),
        (BTC, GOOD_EVM, "Bitcoin"),
        ("near:mainnet", "Alice.near", "NEAR"),
        ("near:mainnet", "a", "NEAR"),
        ("tron:0x2b6653dc", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv9", "Tron"),
        (EVM, " 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "whitespace"),
    ],
)
def test_bad_addresses_are_named(chain: str, address: str, why: str) -> None:
    problem = address_problem(chain, address)
    assert problem is not None and why in problem


@pytest.mark.parametrize(
    ("chain", "address"),
    [
        (BTC, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),  # P2PKH
        (BTC, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),  # P2SH
        (BTC, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),  # bech32 (BIP-173)
        (BTC, "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"),  # bech32m (BIP-350)
        (SOL, "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"),
        ("near:mainnet", "alice.near"),
        ("near:mainnet", "relay.tg"),
        ("near:mainnet", "98793cd91a3f870fb126f66285808c7e094afcfc4eda8a970f6648cdf0dbd6de"),  # implicit account
        ("tron:0x2b6653dc", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"),
    ],
)
def test_good_addresses(chain: str, address: str) -> None:
    assert address_problem(chain, address) is None


def offline(name: str) -> tuple[object, list[httpx.Request]]:
    """A provider whose transport records requests (there must be none)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    return get_provider(name, api_key="k", httpx_args={"transport": httpx.MockTransport(handler)}), seen


BAD_REQUESTS = {
    "zero amount": QuoteRequest(USDC_ARB, USDC_BASE, 0, sender=GOOD_EVM, recipient=GOOD_EVM),
    "negative amount": QuoteRequest(USDC_ARB, USDC_BASE, -5, sender=GOOD_EVM, recipient=GOOD_EVM),
    "float amount": QuoteRequest(USDC_ARB, USDC_BASE, 1.5, sender=GOOD_EVM, recipient=GOOD_EVM),  # type: ignore[arg-type]
    "amount above uint256": QuoteRequest(USDC_ARB, USDC_BASE, 2**256, sender=GOOD_EVM, recipient=GOOD_EVM),
    "same assets": QuoteRequest(USDC_ARB, USDC_ARB, 10, sender=GOOD_EVM, recipient=GOOD_EVM),
    "slippage too high": QuoteRequest(USDC_ARB, USDC_BASE, 10, sender=GOOD_EVM, recipient=GOOD_EVM, slippage_bps=9000),
    "negative slippage": QuoteRequest(USDC_ARB, USDC_BASE, 10, sender=GOOD_EVM, recipient=GOOD_EVM, slippage_bps=-1),
    "bad checksum": QuoteRequest(USDC_ARB, USDC_BASE, 10, sender=GOOD_EVM[:-1] + "D", recipient=GOOD_EVM),
    "wrong-chain recipient": QuoteRequest(USDC_ARB, SOL_NATIVE, 10, sender=GOOD_EVM, recipient=GOOD_EVM),
    "solana refund on evm": QuoteRequest(
        USDC_ARB, USDC_BASE, 10, sender=GOOD_EVM, recipient=GOOD_EVM, refund_to=SOL_NATIVE.reference
    ),
    "foreign unmapped asset": QuoteRequest(
        AssetId.unmapped("elsewhere", "x"), USDC_BASE, 10, sender=GOOD_EVM, recipient=GOOD_EVM
    ),
}


@pytest.mark.parametrize("name", registry.provider_names())
@pytest.mark.parametrize("case", sorted(BAD_REQUESTS))
def test_bad_requests_never_reach_the_network(name: str, case: str) -> None:
    provider, seen = offline(name)
    with pytest.raises(ValidationError) as caught:
        provider.quote(BAD_REQUESTS[case])  # type: ignore[attr-defined]
    assert seen == []
    assert caught.value.provider == name
    assert "\n" not in str(caught.value)


def test_exact_output_where_unsupported() -> None:
    provider, seen = offline("changelly")
    request = QuoteRequest(USDC_ARB, USDC_BASE, 10, swap_type=SwapType.EXACT_OUTPUT, sender=GOOD_EVM)
    with pytest.raises(ValidationError, match="exact-output"):
        provider.quote(request)  # type: ignore[attr-defined]
    assert seen == []
