"""1Click ``1cs_v1`` asset ids ↔ CAIP-19, and which id a quote uses when the token list holds several for one asset.

The two-BTC token list is the one cow-sdk's NearIntentsApi test serves (the deprecated POA id listed first, then the
current ``1cs_v1`` id with ``contractAddress: "coin"``): cowprotocol/cow-sdk
packages/bridging/src/providers/near-intents/NearIntentsApi.test.ts @ 8a756e813dd51dcaa815278f71f8880ddc5044f2,
also kept as conformance/evidence/oneclick/tokens-cow-sdk-omni-btc.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from swapsuite import AssetId, QuoteRequest, SwapsuiteError, Token, get_provider
from swapsuite.caip import native_asset, token_asset
from swapsuite.chains import CHAINS
from swapsuite.providers.oneclick import ids, mapping

EVIDENCE = Path(__file__).resolve().parents[2] / "conformance" / "evidence" / "oneclick"
BTC = AssetId.parse("bip122:000000000019d6689c085ae165831e93/slip44:0")
ETH = AssetId.parse("eip155:1/slip44:60")
ONECLICK_CHAINS = [chain for chain in CHAINS if chain.oneclick]


def cow_tokens() -> list[dict[str, object]]:
    return list(json.loads((EVIDENCE / "tokens-cow-sdk-omni-btc.json").read_text())["body"])


def mapped(data: list[dict[str, object]]) -> list[Token]:
    return mapping.tokens(mapping.parse_token_list(data), data)


@pytest.mark.parametrize(
    ("native", "expected"),
    [
        ("1cs_v1:btc:native:coin", str(BTC)),
        ("1cs_v1:eth:native:coin", str(ETH)),
        (
            "1cs_v1:eth:erc20:0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
            "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
        ),
        ("1cs_v1:hypercore:native:coin", "hlcore:mainnet/slip44:2457"),
        ("1cs_v1:near:nep141:usdt.tether-token.near", "near:mainnet/nep141:usdt.tether-token.near"),
        (
            "1cs_v1:tron:trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
            "tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        ),
    ],
)
def test_1cs_ids_map_by_their_grammar(native: str, expected: str) -> None:
    # contractAddress is ignored for 1cs_v1 ids: 1Click lists native BTC with contractAddress "coin".
    assert str(ids.asset_for_token(native, "whatever", "coin")) == expected


@pytest.mark.parametrize(
    "native",
    [
        "1cs_v1:eth-sepolia:erc721:0xAbcDEF1234567890abcdef1234567890ABCDef12:42",  # an NFT, and an unknown chain
        "1cs_v1:near:near-nft:apes.coolnft.near:series.1%3Ablue%2F42",
        "1cs_v1:aptos:aptos-fa:0x0b0b819dcf8d9517ed14195a95adfae6a49bfdb49de33a532ca0aa7ee588e8e0",
        "1cs_v1:fiat:iso4217:EUR",
        "1cs_v1:eth:native:eth",  # only native:coin is the native coin
        "1cs_v1:any",  # the ANY_INPUT pseudo-asset
        "1cs_v1:BTC:native:coin",  # upper case is outside the grammar
        "1cs_v1:btc:native:co in",
    ],
)
def test_1cs_ids_outside_the_mapping_stay_unmapped(native: str) -> None:
    assert ids.asset_for_token(native, "btc", None) == AssetId.unmapped("oneclick", native)


def test_schema_examples_follow_the_grammar() -> None:
    schema = json.loads((Path(__file__).parent / "fixtures" / "oneclick" / "1cs_v1-string.schema.json").read_text())
    parsed = [ids.parse_1cs(example) for example in schema["examples"]]
    assert all(parsed)
    assert parsed[2] == ids.OneCsId("near", "near-nft", "apes.coolnft.near", "series.1:blue/42")
    assert [str(item) for item in parsed] == schema["examples"]  # decoding and encoding round-trip


@pytest.mark.parametrize("chain", ONECLICK_CHAINS, ids=[c.key for c in ONECLICK_CHAINS])
def test_native_coin_of_every_1click_chain_round_trips(chain: object) -> None:
    asset = native_asset(chain)  # type: ignore[arg-type]
    spelled = ids.to_1cs(asset)
    assert spelled == f"1cs_v1:{chain.oneclick}:native:coin"  # type: ignore[attr-defined]
    assert ids.asset_for_1cs(spelled) == asset


@pytest.mark.parametrize("chain", ONECLICK_CHAINS, ids=[c.key for c in ONECLICK_CHAINS])
@given(reference=st.text(alphabet="abcdefABCDEF0123456789.-_:/ %", min_size=1, max_size=40).filter(str.strip))
def test_tokens_of_every_1click_chain_round_trip(chain: object, reference: str) -> None:
    asset = token_asset(chain, reference)  # type: ignore[arg-type]
    spelled = ids.to_1cs(asset)
    assert spelled is not None and ids.parse_1cs(spelled) is not None
    assert ids.asset_for_1cs(spelled) == asset


def test_chains_without_a_1click_code_have_no_1cs_spelling() -> None:
    others = [chain for chain in CHAINS if not chain.oneclick]
    assert others, "every chain has a 1Click code: this test checks nothing"
    assert all(ids.to_1cs(native_asset(chain)) is None for chain in others)
    assert ids.to_1cs(AssetId.unmapped("oneclick", "nep141:wrap.near")) is None


def test_the_current_1cs_id_wins_and_the_deprecated_one_stays_reachable() -> None:
    tokens = mapped(cow_tokens())
    assert [(t.native_id, str(t.asset)) for t in tokens] == [
        ("nep141:btc.omft.near", "unmapped:oneclick/native:nep141%3Abtc.omft.near"),
        ("1cs_v1:btc:native:coin", str(BTC)),
    ]
    index = ids.index_tokens(tokens)
    assert ids.native_id_for(BTC, index) == "1cs_v1:btc:native:coin"
    assert ids.native_id_for(AssetId.parse(str(tokens[0].asset)), index) == "nep141:btc.omft.near"


def test_preference_is_1cs_then_nep141_then_first_listed() -> None:
    data = [
        {
            "assetId": "nep245:v2_1.omni.hot.tg:1_1",
            "decimals": 18,
            "blockchain": "eth",
            "symbol": "ETH",
            "price": 1,
            "priceUpdatedAt": "2026-01-01T00:00:00Z",
        },
        {
            "assetId": "nep141:eth.omft.near",
            "decimals": 18,
            "blockchain": "eth",
            "symbol": "ETH",
            "price": 1,
            "priceUpdatedAt": "2026-01-01T00:00:00Z",
        },
        {
            "assetId": "nep141:eth.other.near",
            "decimals": 18,
            "blockchain": "eth",
            "symbol": "ETH",
            "price": 1,
            "priceUpdatedAt": "2026-01-01T00:00:00Z",
        },
    ]
    assert ids.index_tokens(mapped(data)) == {ETH: "nep141:eth.omft.near"}
    data.append({**data[0], "assetId": "1cs_v1:eth:native:coin"})
    tokens = mapped(data)
    assert ids.index_tokens(tokens) == {ETH: "1cs_v1:eth:native:coin"}
    assert sum(t.asset == ETH for t in tokens) == 1  # every other id of the asset became unmapped


@pytest.mark.parametrize(
    "chosen", ["bip122:000000000019d6689c085ae165831e93/slip44:0", "unmapped:oneclick/native:nep141%3Abtc.omft.near"]
)
def test_quotes_send_the_id_of_the_chosen_asset(chosen: str) -> None:
    sent: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v0/tokens":
            return httpx.Response(200, json=cow_tokens())
        sent.append(json.loads(request.content))
        return httpx.Response(400, json={"message": "tokenOut is not valid"})

    with get_provider("oneclick", env={}, httpx_args={"transport": httpx.MockTransport(handler)}) as provider:
        request = QuoteRequest(
            AssetId.parse(chosen),
            AssetId.unmapped("oneclick", "nep141:eth.omft.near"),  # not in this list: passed as its own id
            10_000,
            recipient="0x" + "1" * 40,
            refund_to="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        )
        with pytest.raises(SwapsuiteError, match="tokenOut is not valid"):
            provider.quote(request)
    expected = "1cs_v1:btc:native:coin" if chosen.startswith("bip122") else "nep141:btc.omft.near"
    assert sent[0]["originAsset"] == expected
