"""The generated models check JSON types against the spec (issue 17; issue 12 item 6: ``quote_id=12``, ``to=12``,
``symbol=12`` used to pass straight through).

A wrong type raises the generated package's ``TypeMismatch`` (a ``ValueError``) naming the JSON path; an absent
required property raises ``MissingProperty`` (also a ``KeyError``). Through a provider, the engine's choke point
turns either into ``ResponseShapeError`` with the path in its message — shown here for every provider on its dry
quote, served by the sandbox and altered in one field on the way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import swapsuite_across_client.models as across
import swapsuite_changelly_client.models as changelly
import swapsuite_deframe_client.models as deframe
import swapsuite_oneclick_client.models as oneclick
from swapsuite import errors
from swapsuite.sandbox import SandboxServer
from swapsuite_oneclick_client.errors import MissingProperty, TypeMismatch

from . import hostile
from .hostile import HostileNet
from .test_changelly import load
from .test_hostile import quote_request

TOKEN = {
    "assetId": "nep141:wrap.near",
    "decimals": 24,
    "blockchain": "near",
    "symbol": "wNEAR",
    "price": 2.79,
    "priceUpdatedAt": "2025-03-28T12:23:00.070Z",
    "contractAddress": "wrap.near",
}


def token(**changes: Any) -> dict[str, Any]:
    return {**TOKEN, **changes}


def mismatch(call: Any, *args: Any) -> Any:
    """The error ``call`` raises: each generated package has its own ``TypeMismatch`` class."""
    with pytest.raises(ValueError, match=r"^\$") as caught:  # the message starts with the JSON path
        call(*args)
    error = caught.value
    assert type(error).__name__ in ("TypeMismatch", "MissingProperty"), repr(error)
    assert type(error).__module__.endswith("_client.errors")
    return error


# --- one field of every scalar kind -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("symbol", 12, "string"),  # string
        ("symbol", None, "string"),  # not nullable
        ("decimals", "24", "integer"),  # integer
        ("decimals", True, "integer"),  # bool is not an integer
        ("decimals", 24.0, "integer"),
        ("decimals", Decimal("24.5"), "integer"),
        ("price", True, "number | string"),  # number (or string, by the spec's own union)
        ("price", [2.79], "number | string"),
        ("priceUpdatedAt", 1743164580, "date-time string"),  # formatted string: the type first
        ("priceUpdatedAt", "yesterday", "date-time string"),  # ... then the format
        ("blockchain", 7, "string"),  # enum
        ("contractAddress", 5, "string | null"),  # nullable string
    ],
)
def test_wrong_scalar_is_refused_with_its_path(field: str, value: Any, expected: str) -> None:
    error = mismatch(oneclick.TokenResponse.from_dict, token(**{field: value}))
    assert (error.path, error.expected, error.value) == (f"$.{field}", expected, value)
    assert str(error).startswith(f"$.{field}: expected {expected}, got {type(value).__name__}")
    assert isinstance(error, TypeMismatch)


@pytest.mark.parametrize("price", [2, 2.79, Decimal("2.790000000000000000001"), "2.79"])
def test_number_accepts_int_float_and_exact_decimal(price: Any) -> None:
    parsed = oneclick.TokenResponse.from_dict(token(price=price))
    assert parsed.price == price and type(parsed.price) is type(price)


def test_boolean_and_number_fields() -> None:
    body = {"quoteId": "q-1", "feeSponsorship": True, "slippage": Decimal("0.5")}
    quote = deframe.SwapQuote.from_dict(body)
    assert (quote.fee_sponsorship, quote.slippage) == (True, Decimal("0.5"))
    assert mismatch(deframe.SwapQuote.from_dict, {**body, "feeSponsorship": "true"}).path == "$.feeSponsorship"
    assert mismatch(deframe.SwapQuote.from_dict, {**body, "feeSponsorship": 1}).expected == "boolean"
    assert mismatch(deframe.SwapQuote.from_dict, {**body, "slippage": "0.5"}).expected == "number"
    assert mismatch(deframe.SwapQuote.from_dict, {**body, "slippage": False}).expected == "number"


def test_nullable_accepts_null_and_absent() -> None:
    assert oneclick.TokenResponse.from_dict(token(contractAddress=None)).contract_address is None
    absent = {k: v for k, v in TOKEN.items() if k != "contractAddress"}
    parsed = oneclick.TokenResponse.from_dict(absent)
    assert "contractAddress" not in parsed.to_dict()


def test_missing_required_property() -> None:
    absent = {k: v for k, v in TOKEN.items() if k != "symbol"}
    error = mismatch(oneclick.TokenResponse.from_dict, absent)
    assert isinstance(error, MissingProperty) and isinstance(error, KeyError)
    assert str(error) == "$.symbol: required property is missing"


def test_not_an_object() -> None:
    assert str(mismatch(oneclick.TokenResponse.from_dict, ["x"])) == "$: expected object, got list ['x']"


def test_unknown_enum_value_keeps_the_raw_string() -> None:
    parsed = oneclick.TokenResponse.from_dict(token(blockchain="somechain2027"))
    assert parsed.blockchain.value == "somechain2027" and not parsed.blockchain.is_known
    assert parsed.blockchain == "somechain2027" and parsed.to_dict()["blockchain"] == "somechain2027"
    assert oneclick.TokenResponse.from_dict(token()).blockchain is oneclick.Blockchain.NEAR


def test_extra_properties_are_kept() -> None:
    parsed = oneclick.TokenResponse.from_dict(token(listedSince=2027, logo={"url": "x"}))
    assert parsed.additional_properties == {"listedSince": 2027, "logo": {"url": "x"}}
    assert parsed.to_dict() == token(listedSince=2027, logo={"url": "x"})


# --- paths through nested models, lists and unions ----------------------------------------------------------------
def test_nested_paths() -> None:
    quote = load("quote.json")  # Changelly's documented quote sample
    assert changelly.Quote.from_dict(quote).to_dict() == quote
    quote["fees"]["changelly"]["decimals"] = "18"
    error = mismatch(changelly.Quote.from_dict, quote)
    assert error.path == "$.fees.changelly.decimals" and error.expected == "integer"


def test_list_item_paths() -> None:
    types = {"Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": 7}]}
    error = mismatch(across.Eip712TypedDataTypes.from_dict, types)
    assert error.path == "$.Permit[1].type" and error.expected == "string"
    parsed = across.Eip712TypedDataTypes.from_dict({"Permit": types["Permit"][:1]})
    assert parsed.to_dict() == {"Permit": types["Permit"][:1]}


def test_union_dispatches_on_the_json_type() -> None:
    base = {"quoteId": "q-1"}
    assert deframe.SwapQuote.from_dict({**base, "deadline": 1796296340}).deadline == 1796296340
    parsed = deframe.SwapQuote.from_dict({**base, "deadline": "2026-12-03T11:12:20.000Z"})
    assert parsed.deadline.year == 2026 and parsed.to_dict()["deadline"] == "2026-12-03T11:12:20.000Z"
    error = mismatch(deframe.SwapQuote.from_dict, {**base, "deadline": True})
    assert (error.path, error.expected) == ("$.deadline", "integer | date-time string")


# --- through a provider: the engine's choke point -------------------------------------------------------------------
# provider -> (operation of its dry quote, where to plant a wrong type, the path the error must name)
PLANTS: dict[str, tuple[str, tuple[str | int, ...], str]] = {
    "oneclick": ("getQuote", ("quote", "amountOut"), "$.quote.amountOut"),
    "across": ("getSwapApproval", ("approvalTxns", 0, "to"), "$.approvalTxns[0].to"),
    "changelly": ("createQuote", ("to", "amount"), "$.to.amount"),
    "deframe": ("getSwapQuote", ("quote", "tokenOut", "symbol"), "$.quote.tokenOut.symbol"),
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def _planted(where: tuple[str | int, ...]) -> hostile.Attack:
    def attack(real: httpx.Response, request: httpx.Request) -> httpx.Response:
        body = real.json()
        node = body
        for key in where[:-1]:
            node = node[key]
        assert isinstance(node[where[-1]], str), f"{where} is not a string in the sandbox's answer"
        node[where[-1]] = 12
        return httpx.Response(200, headers={"content-type": "application/json"}, content=json.dumps(body).encode())

    return attack


@pytest.mark.parametrize("name", list(PLANTS))
def test_wrong_type_is_a_response_shape_error_naming_the_path(sandbox: SandboxServer, name: str) -> None:
    operation, where, path = PLANTS[name]
    net = HostileNet(sandbox, name)
    try:
        with hostile.provider(net) as p:
            request = quote_request(p, dry=True)
            net.arm(operation, _planted(where))
            with pytest.raises(errors.ResponseShapeError) as caught:
                p.quote(request)
    finally:
        net.close()
    assert f"TypeMismatch: {path}: expected string, got int 12" in str(caught.value)
    assert isinstance(caught.value.__cause__, ValueError)
