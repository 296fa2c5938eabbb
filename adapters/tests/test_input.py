"""Hostile input (issue 12, items 2 and 8): other scripts' digits, padding, huge numbers and strings, dot-segment refs,
wrong field types and malformed integrator extras are refused with a short ValidationError before any request."""

from __future__ import annotations

import time
from dataclasses import replace
from decimal import Decimal
from typing import Any

import httpx
import pytest
from swapsuite import AccountType, AppFee, SwapType, ValidationError, get_provider, registry
from swapsuite.caip import AssetId
from swapsuite.echo import echo
from swapsuite.models import QuoteRequest
from swapsuite.money import MAX_DECIMALS, MAX_UINT256, from_human, parse_base_units, parse_decimals, to_human
from swapsuite.validate import check_ref

PROVIDERS = list(registry.provider_names())
EVM = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
USDC_ARB = AssetId.parse("eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831")
USDC_BASE = AssetId.parse("eip155:8453/erc20:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913")
GOOD = QuoteRequest(USDC_ARB, USDC_BASE, 1_000_000, sender=EVM, recipient=EVM)


# --- money ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["١٢٣", "۱۲۳", "１２３", "²", "12³", " 123", "123 ", "\t1", "+1", "1_000", "0x10", "1e3", "", "−1"],
)
def test_base_units_are_ascii_digits_only(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_base_units(text)


@pytest.mark.parametrize("text", ["١٢٣", "１.５", "1.5 ", " 1.5", "1e100000", "NaN", "Infinity", "1,5", "٫5"])
def test_human_amounts_are_plain_ascii_decimals(text: str) -> None:
    with pytest.raises(ValidationError):
        from_human(text, 6)


def test_human_amounts_are_bounded_by_uint256() -> None:
    top = to_human(MAX_UINT256, 18)
    assert from_human(format(top, "f"), 18) == MAX_UINT256
    for too_big in ("1e100", format(to_human(MAX_UINT256 + 1, 18), "f"), "1" + "0" * 78):
        with pytest.raises(ValidationError, match="2\\^256-1"):
            from_human(too_big, 18)
    with pytest.raises(ValidationError):
        from_human("-1", 6)


def test_huge_exponents_are_refused_without_spending_cpu() -> None:
    start = time.perf_counter()
    for value in ("1e1000000", Decimal("1e1000000"), Decimal("1e-1000000"), "9" * 5000):
        with pytest.raises(ValidationError):
            from_human(value, 6)
    with pytest.raises(ValidationError):
        parse_base_units("9" * 100_000)
    assert time.perf_counter() - start < 0.5


def test_decimals_are_bounded() -> None:
    assert parse_decimals(MAX_DECIMALS) == 77 and parse_decimals(0) == 0
    assert 10**MAX_DECIMALS <= MAX_UINT256 < 10 ** (MAX_DECIMALS + 1)  # why 77: one whole token still fits
    for bad in (78, 255, -1, 10**1000, True, "6", Decimal(6)):
        with pytest.raises(ValidationError):
            parse_decimals(bad)
    with pytest.raises(ValidationError):
        from_human("1", 78)


def test_echoes_are_short() -> None:
    assert len(echo("x" * 100_000)) < 120 and "100000 characters" in echo("x" * 100_000)
    assert echo(10**5000) == "<an integer of 16610 bits>"  # repr() of it would raise
    with pytest.raises(ValidationError) as caught:
        parse_base_units("7" * 100_000)
    assert len(str(caught.value)) < 200


# --- refs ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("ref", [".", "..", "", " ", "a b", "a\nb", "é", "x" * 257, None, 12])
def test_bad_refs(ref: Any) -> None:
    with pytest.raises(ValidationError):
        check_ref(ref)


@pytest.mark.parametrize(
    "ref",
    [
        "550e8400-e29b-41d4-a716-446655440000",
        "0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "alice.near",
        "EQBvW8Z5huBkMJYdnfAEM5JqTNkuWX3diqYENkWsIL0XggGG",
        "a/b",  # percent-encoded by the generated clients
    ],
)
def test_good_refs(ref: str) -> None:
    assert check_ref(ref) == ref


def recording(name: str) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    return get_provider(name, api_key="k", httpx_args={"transport": httpx.MockTransport(handler)}), seen


@pytest.mark.parametrize("name", PROVIDERS)
@pytest.mark.parametrize("ref", [".", "..", "", "x" * 100_000])
def test_dot_segment_refs_never_reach_the_network(name: str, ref: str) -> None:
    provider, seen = recording(name)
    with provider:
        with pytest.raises(ValidationError) as caught:
            provider.status(ref)
        assert len(str(caught.value)) < 200
        with pytest.raises(ValidationError):
            provider.submit(ref, tx_hash="0xabc", signature="0x00")
    assert seen == []


# --- request fields ------------------------------------------------------------------------------------------------
BAD_FIELDS: dict[str, dict[str, Any]] = {
    "dry as text": {"dry": "no"},
    "dry as int": {"dry": 0},
    "amount as bool": {"amount": True},
    "amount as text": {"amount": "100"},
    "asset as text": {"from_asset": str(USDC_ARB)},
    "swap type as text": {"swap_type": "EXACT_INPUT"},
    "sender as int": {"sender": 12},
    "recipient empty": {"recipient": ""},
    "recipient huge": {"recipient": "x" * 100_000},
    "account type as text": {"recipient_type": "INTENTS"},
    "app fees as list": {"app_fees": [AppFee(EVM, 10)]},
    "app fees none": {"app_fees": None},
    "app fee not an AppFee": {"app_fees": ({"recipient": EVM, "bps": 10},)},
    "app fee bps negative": {"app_fees": (AppFee("fees.near", -1),)},
    "app fee bps above 100%": {"app_fees": (AppFee("fees.near", 10_001),)},
    "app fee bps as bool": {"app_fees": (AppFee("fees.near", True),)},  # type: ignore[arg-type]
    "app fee bps as decimal": {"app_fees": (AppFee("fees.near", Decimal("1.5")),)},  # type: ignore[arg-type]
    "app fee without recipient": {"app_fees": (AppFee("", 10),)},
    "app fees above 100% together": {"app_fees": (AppFee("a.near", 6000), AppFee("b.near", 5000))},
    "referral empty": {"referral": ""},
    "referral with space": {"referral": "my app"},
    "referral too long": {"referral": "r" * 65},
    "referral non-ascii": {"referral": "réf"},
    "integrator id short": {"integrator_id": "0x12"},
    "integrator id long": {"integrator_id": "0x12345"},
    "integrator id without 0x": {"integrator_id": "abcd"},
    "integrator id not hex": {"integrator_id": "0xzzzz"},
    "token address not an address": {"to_asset": AssetId.parse("eip155:8453/erc20:hello")},
    "token address wrong length": {"from_asset": AssetId.parse("eip155:42161/erc20:0xaf88d065e77c8cc2239327c5")},
    "intents recipient not a near account": {"recipient_type": AccountType.INTENTS, "recipient": "Not A Near"},
    "unmapped id with a space": {"to_asset": AssetId.unmapped("across", "288:0xa18b f3994")},
    "unmapped id with a newline": {"to_asset": AssetId.unmapped("deframe", "fiat:BRL\n")},
}


@pytest.mark.parametrize("name", PROVIDERS)
@pytest.mark.parametrize("case", sorted(BAD_FIELDS))
def test_malformed_requests_never_reach_the_network(name: str, case: str) -> None:
    provider, seen = recording(name)
    request = replace(GOOD, **BAD_FIELDS[case])
    with provider, pytest.raises(ValidationError) as caught:
        provider.quote(request)
    assert seen == []
    assert caught.value.provider == name and len(str(caught.value)) < 300


@pytest.mark.parametrize(
    "native", ["288:hello", "288:0xa18bF3994C0Cc6E3b63ac420308E5383f53120D", "x:0x" + "0" * 40, "288"]
)
def test_unmapped_across_tokens_must_be_evm_addresses(native: str) -> None:
    provider, seen = recording("across")
    with provider, pytest.raises(ValidationError, match="EVM token address"):
        provider.quote(replace(GOOD, to_asset=AssetId.unmapped("across", native)))
    assert seen == []


def test_well_formed_extras_pass_validation() -> None:
    from swapsuite.validate import check_quote_request

    extras = replace(
        GOOD,
        app_fees=(AppFee("fees.near", 25), AppFee("0" * 64, 10_000 - 25)),
        referral="my-app",
        integrator_id="0xABcd",
        recipient_type=AccountType.INTENTS,
        recipient="alice.near",
        swap_type=SwapType.EXACT_OUTPUT,
    )
    check_quote_request(extras)  # raises on any problem
    assert extras.integrator_id == "0xABcd"


def test_changelly_token_decimals_are_bounded_where_they_are_read() -> None:
    from swapsuite import errors
    from swapsuite.chains import BY_KEY
    from swapsuite.providers.changelly import ids
    from swapsuite_changelly_client.models import Token as ChangellyToken

    def token(decimals: int) -> ChangellyToken:
        return ChangellyToken(network_id=3, name="X", symbol="X", contract_address="0x1", decimals=decimals)

    assert ids.token_decimals(token(MAX_DECIMALS), BY_KEY["ethereum"]) == MAX_DECIMALS
    for bad in (MAX_DECIMALS + 1, 10**1000, -2):
        with pytest.raises(errors.ResponseShapeError):
            ids.token_decimals(token(bad), BY_KEY["ethereum"])
