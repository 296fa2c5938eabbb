"""Changelly adapter: pure mappings from the documented payloads, and full flows through MockTransport (no network).

Fixture provenance: fixtures/changelly/SOURCES.md.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import sys
import types
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import errors
from swapsuite.caip import AssetId
from swapsuite.chains import BY_KEY
from swapsuite.models import Fee, QuoteRequest, SignTypedData, SwapState
from swapsuite_changelly_client.models import Intent, IntentStatus, TokenList
from swapsuite_changelly_client.models import Quote as ChangellyQuote
from swapsuite_changelly_client.models import Token as ChangellyToken


def _import_adapter() -> types.ModuleType:
    try:
        importlib.import_module("swapsuite.providers")
    except ImportError:
        # The other adapters are written concurrently: until all four import, load this one on its own.
        package = types.ModuleType("swapsuite.providers")
        package.__path__ = [str(Path(swapsuite.__file__).parent / "providers")]
        sys.modules["swapsuite.providers"] = package
        swapsuite.providers = package
    return importlib.import_module("swapsuite.providers.changelly")


changelly = _import_adapter()
ids = importlib.import_module("swapsuite.providers.changelly.ids")
mapping = importlib.import_module("swapsuite.providers.changelly.mapping")

FIXTURES = Path(__file__).parent / "fixtures" / "changelly"
BASE = "https://changelly.test"
INTENT_ID = "bf53a856-46aa-4865-8d66-a649a9d5b169"
QUOTE_ID = "f5a68149-e20c-4774-9494-16d3cee0f84d"
REFUND = "0x00000000000000000000000000000000000000f1"
# The docs mask their sample addresses ("0xbe7A42Af09C2.....C064f5Bd98a88c8EE"); requests need real-shaped ones.
SENDER, RECIPIENT = "0xbe7a42af09c2d6d1f1b4c2e0c064f5bd98a88c8e", "B69793d1kDnoBN1GQoh3f7D1rbfn2vZ5aYFrChkQEr5D"

ETH = BY_KEY["ethereum"]
USDT = AssetId("eip155:1", "erc20", "0xdac17f958d2ee523a2206206994597c13d831ec7")
WETH = AssetId("eip155:1", "erc20", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2")
SOL = AssetId(BY_KEY["solana"].caip2, "slip44", "501")


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(), parse_float=Decimal)


def utc(year: int, month: int, day: int, hour: int, minute: int, second: int, micro: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


def listed_tokens() -> list[swapsuite.Token]:
    chains = ids.network_chains(ids.parse_networks(load("networks.json")))
    pages = [TokenList.from_dict(load(f"tokens.page{n}.json")) for n in (1, 2)]
    return [ids.map_token(item, chains) for page in pages for item in page.data]


def echo_amount(quote: Any, request: httpx.Request) -> Any:
    """The documented quote, with ``from.amount`` echoing the request's human amount in base units (as the API does)."""
    human = Decimal(json.loads(request.content)["amount"])
    quote["from"]["amount"] = str(int(human.scaleb(quote["from"]["decimals"])))
    return quote


# --- fake API --------------------------------------------------------------------------------------------------------
class FakeChangelly:
    """Routes requests by method and path to fixture replies and records them."""

    def __init__(self, overrides: dict[tuple[str, str], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.overrides = overrides or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, request.url.path)
        if key in self.overrides:
            return self.overrides[key]
        replies: dict[tuple[str, str], Callable[[], Any]] = {
            ("GET", "/v1/networks"): lambda: load("networks.json"),
            ("GET", "/v1/tokens"): lambda: load(
                "tokens.page1.json" if request.url.params["offset"] == "0" else "tokens.page2.json"
            ),
            ("POST", "/v1/quotes/"): lambda: echo_amount(load("quote.json"), request),
            ("POST", "/v1/intents/"): lambda: load("intent.json"),
            ("POST", f"/v1/intents/{INTENT_ID}/approvals/"): lambda: {"intent_id": INTENT_ID},
            ("GET", f"/v1/intents/{INTENT_ID}"): lambda: load("intent_status.finished.json"),
        }
        return httpx.Response(200, text=json.dumps(replies[key](), default=str))

    def bodies(self, path: str) -> list[Any]:
        return [json.loads(r.content) for r in self.requests if r.url.path == path]


class Client:
    """One sync or async provider over a fake API; calls look the same in both modes."""

    def __init__(self, mode: str, api: FakeChangelly) -> None:
        self.mode, self.api = mode, api
        factory = swapsuite.get_provider if mode == "sync" else swapsuite.get_async_provider
        self.provider: Any = factory(
            "changelly", api_key="test-key", base_url=BASE, httpx_args={"transport": httpx.MockTransport(api)}
        )

    def __getattr__(self, method: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            result = getattr(self.provider, method)(*args, **kwargs)
            return asyncio.run(result) if self.mode == "async" else result

        return call


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


def usdt_to_sol(
    amount: int = 1_000_000,
    *,
    sender: str | None = None,
    recipient: str | None = None,
    refund_to: str | None = None,
    dry: bool = True,
) -> QuoteRequest:
    return QuoteRequest(
        USDT, SOL, amount, sender=sender, recipient=recipient, refund_to=refund_to, slippage_bps=50, dry=dry
    )


# --- ids: networks, tokens, selectors --------------------------------------------------------------------------------
def test_networks_map_by_name() -> None:
    assert ids.network_chains(ids.parse_networks(load("networks.docs.json"))) == {1: ETH}
    chains = ids.network_chains(ids.parse_networks(load("networks.json")))
    assert chains == {3: ETH, 177: BY_KEY["solana"], 999: None}
    with pytest.raises(TypeError):
        ids.parse_networks({"data": []})


def test_documented_token_without_id_or_decimals() -> None:
    page = TokenList.from_dict(load("tokens.docs.json"))
    (token,) = [ids.map_token(item, {1: ETH}) for item in page.data]
    assert token.asset == USDT
    assert token.native_id == "1:0xdac17f958d2ee523a2206206994597c13d831ec7"
    assert token.decimals == ids.UNKNOWN_DECIMALS
    assert (token.symbol, token.name, token.provider) == ("USDT", "Tether USD", "changelly")


def test_listed_tokens_field_by_field() -> None:
    usdt, weth, eth, sol, mys = listed_tokens()
    assert (usdt.asset, usdt.native_id, usdt.decimals, usdt.symbol) == (USDT, "278", 6, "USDT")
    assert (weth.asset, weth.native_id, weth.decimals) == (WETH, "4669", 18)  # EVM address lower-cased
    assert (eth.asset, eth.native_id, eth.decimals) == (AssetId("eip155:1", "slip44", "60"), "1", 18)
    assert (sol.asset, sol.native_id, sol.decimals) == (SOL, "678", 9)
    native = "999:0xabc0000000000000000000000000000000000001"
    assert (mys.asset, mys.native_id, mys.decimals) == (AssetId.unmapped("changelly", native), native, -1)
    assert mys.asset.native_id == native


def test_token_decimals_fallbacks() -> None:
    coin = ChangellyToken(network_id=177, name="Solana", symbol="SOL", contract_address=None)
    assert ids.token_decimals(coin, BY_KEY["solana"]) == 9  # the chain's native decimals
    assert ids.token_decimals(coin, None) == ids.UNKNOWN_DECIMALS
    assert ids.native_id(coin) == "177:native"
    listed_with_id = ChangellyToken(network_id=3, name="X", symbol="X", contract_address="0x1", id=55)
    assert ids.native_id(listed_with_id) == "55"
    bad = ChangellyToken(network_id=3, name="X", symbol="X", contract_address="0x1", decimals="6")  # type: ignore[arg-type]
    with pytest.raises(errors.ResponseShapeError):
        ids.token_decimals(bad, ETH)


def test_selectors() -> None:
    assert ids.selector("278").to_dict() == {"token_id": 278}
    assert ids.selector("3:0xdac1").to_dict() == {"network_id": 3, "contract_address": "0xdac1"}
    for bad in ("3:native", "usdt", "x:0x1", "3:"):
        with pytest.raises(errors.ValidationError):
            ids.selector(bad)


@pytest.mark.parametrize(
    ("count", "limit", "pages", "fetched", "more"),
    [(10, 10, 10, 1, True), (10, 10, 10, 10, False), (7, 10, 10, 1, False), (0, 10, 10, 1, False), (5, 5, 2, 1, True)],
)
def test_more_pages(count: int, limit: int, pages: int, fetched: int, more: bool) -> None:
    data = [{"network_id": 1, "name": "T", "symbol": "T", "contract_address": None}] * count
    page = TokenList.from_dict({"data": data, "pagination": {"limit": limit, "offset": 0, "pages": pages, "total": 99}})
    assert ids.more_pages(page, fetched) is more


# --- mapping: amounts, quotes, intents -------------------------------------------------------------------------------
def test_base_units_are_digits_within_uint256() -> None:
    assert mapping.base_units("4909698369185", "fee") == 4_909_698_369_185
    assert mapping.base_units("0", "fee") == 0
    assert mapping.base_units(str(2**256 - 1), "fee") == 2**256 - 1
    too_big = str(2**256)
    for value in ("0.000004909698369185", "1.5", "1e6", "-1", " 7", "", "abc", "١٢٣", too_big, "9" * 5000, 7, None):
        with pytest.raises(errors.ResponseShapeError):
            mapping.base_units(value, "fee")


def map_documented(data: Any, amount_in: int = 1_000_000) -> Any:
    return mapping.map_quote(
        ChangellyQuote.from_dict(data),
        from_asset=USDT,
        to_asset=SOL,
        amount_in=amount_in,
        tokens=listed_tokens(),
        dry=True,
        raw=data,
    )


def test_map_quote_documented_sample() -> None:
    data = load("quote.json")
    quote = map_documented(data)
    assert (quote.provider, quote.quote_id, quote.from_asset, quote.to_asset) == ("changelly", QUOTE_ID, USDT, SOL)
    assert (quote.amount_in, quote.amount_out, quote.min_amount_out) == (1_000_000, 7_277_684, 7_241_295)
    # Both cuts are set per API key (none is asked for in the request) and still show up as fee lines.
    assert quote.fees == (
        Fee(kind="protocol", asset=WETH, amount=4_909_698_369_185, bps=Decimal("100")),
        Fee(kind="app", asset=WETH, amount=2_454_849_184_592, bps=Decimal("50")),
    )
    assert quote.expires_at == utc(2026, 5, 29, 16, 14, 49, 460000)  # µs in the sample
    assert (quote.actions, quote.status_ref, quote.dry, quote.raw) == ((), None, True, data)


def test_all_human_response_contradicts_the_spec() -> None:
    """Every amount in the docs' "Decimals in string" wording: consistent in itself, but not base units."""
    with pytest.raises(errors.ResponseShapeError, match=r"from\.amount"):
        map_documented(load("quote.human.json"))


# Issue 12 item 3: one field in the other unit. Each mutation of the documented quote must be refused, never read
# as a quote 10^6 (or 10^-6) times off. The old reader took the whole response as human decimals when the echo was.
# (An amount sent as a JSON number is refused earlier, by the generated model's type check: see
# adapters/tests/test_model_types.py.)
UNIT_MUTATIONS = {
    "echo in human units": (("from", "amount"), "1"),
    "echo scaled up": (("from", "amount"), "1000000000000"),
    "amount out in human units": (("to", "amount"), "0.007277684"),
    "minimum out in human units": (("to", "min_amount"), "0.007241295"),
    "minimum above amount out": (("to", "min_amount"), "7277685"),
    "fee in human units": (("fees", "changelly", "amount"), "0.000004909698369185"),
    "amount out above 2^256-1": (("to", "amount"), str(2**256)),
    "source decimals off the token list": (("from", "decimals"), 18),
    "target decimals off the token list": (("to", "decimals"), 15),
}


@pytest.mark.parametrize("mutation", list(UNIT_MUTATIONS))
def test_quote_in_mixed_units_is_a_shape_error(mutation: str) -> None:
    path, value = UNIT_MUTATIONS[mutation]
    data = load("quote.json")
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(errors.ResponseShapeError):
        map_documented(data)


def test_echo_must_match_what_was_asked() -> None:
    with pytest.raises(errors.ResponseShapeError, match="not the 2000000 base units"):
        map_documented(load("quote.json"), amount_in=2_000_000)


@pytest.mark.parametrize("mutation", ["echo in human units", "amount out in human units", "echo scaled up"])
def test_mixed_units_quote_never_ranks_first(mutation: str) -> None:
    """Through the public API: next to an honest quote of 7 SOL (the fake provider), the mis-scaled Changelly quote
    (read as ~7.3e6 SOL by the old unit guess) is reported as an error and never ranked."""
    from swapsuite.best import best_quote
    from swapsuite.provider import Provider

    from .fake import named

    path, value = UNIT_MUTATIONS[mutation]
    bad = load("quote.json")
    bad[path[0]][path[1]] = value
    hostile = FakeChangelly({("POST", "/v1/quotes/"): httpx.Response(200, json=bad)})
    honest = httpx.MockTransport(lambda r: httpx.Response(200, json={"out": "7000000000", "min": "6900000000"}))
    providers = [Client("sync", hostile).provider, Provider(named("honest")(), httpx_args={"transport": honest})]
    result = best_quote(usdt_to_sol(), providers)
    assert [(q.provider, q.amount_out) for q in result.quotes] == [("honest", 7_000_000_000)]
    assert result.best is not None and result.best.provider == "honest"
    assert isinstance(result.errors["changelly"], errors.ResponseShapeError)


def test_fee_of_unlisted_token_is_unmapped() -> None:
    fees = ChangellyQuote.from_dict(load("quote.json")).fees
    (fee, _) = mapping.map_fees(fees, [])
    assert fee.asset == AssetId.unmapped("changelly", "4669")


def test_quote_decimals_must_match_the_token_list() -> None:
    usdt, *_ = listed_tokens()
    data = load("quote.json")
    data["from"]["decimals"] = 18
    with pytest.raises(errors.ResponseShapeError):
        mapping.check_decimals(ChangellyQuote.from_dict(data), usdt, None)


def test_firm_quote_from_documented_intent() -> None:
    data = load("intent.json")
    dry = mapping.map_quote(
        ChangellyQuote.from_dict(data["quote"]),
        from_asset=USDT,
        to_asset=SOL,
        amount_in=1_000_000,
        tokens=listed_tokens(),
        dry=True,
        raw={"quote": data["quote"], "intent_request": {"quote_id": QUOTE_ID}},
    )
    firm = mapping.firm_quote(dry, Intent.from_dict(data), data, listed_tokens())
    assert firm.actions == (
        SignTypedData(chain="eip155:1", payload=data["params_to_sign"], submit_ref=INTENT_ID, approval_type="permit2"),
    )
    assert firm.actions[0].payload["nonce"] == 81  # exact JSON, untouched
    assert (firm.status_ref, firm.dry, firm.quote_id) == (INTENT_ID, False, QUOTE_ID)
    assert firm.expires_at == utc(2026, 5, 29, 18, 14, 15)  # the intent's expiry (seconds in the sample)
    assert (firm.amount_in, firm.amount_out, firm.min_amount_out) == (1_000_000, 7_277_684, 7_241_295)
    assert firm.raw == {"quote": data["quote"], "intent_request": {"quote_id": QUOTE_ID}, "intent": data}


def test_approval_request_forms() -> None:
    def body(signature: object) -> Any:
        return mapping.approval_request(signature).to_dict()

    assert body("0xabc") == {"approval_type": "permit2", "signed_data": "0xabc"}
    assert body("cHNid...")["approval_type"] == "htlc"
    assert body("eyJ0cmFuc2FjdGlvbi...")["approval_type"] == "cosign"
    explicit = {"approval_type": "cosign", "signed_data": {"transaction": "AQID", "user_address": "So1"}}
    assert body(explicit) == explicit
    for bad in ("c2lnbmF0dXJl", "", None, {"signed_data": "0x1"}, 42):
        with pytest.raises(errors.ValidationError):
            body(bad)


# --- mapping: status and errors --------------------------------------------------------------------------------------
DOCUMENTED_STATES = {
    "created": SwapState.PENDING_DEPOSIT,
    "approved": SwapState.PENDING_DEPOSIT,
    "verified": SwapState.PROCESSING,
    "deposited": SwapState.PROCESSING,
    "finished": SwapState.SUCCESS,
    "failed": SwapState.FAILED,
    "expired": SwapState.EXPIRED,
    "refunded": SwapState.REFUNDED,
}


@pytest.mark.parametrize("raw", [*DOCUMENTED_STATES, *(s.capitalize() for s in DOCUMENTED_STATES), "on_hold"])
def test_status_table(raw: str) -> None:
    data = load("intent_status.finished.json") | {"status": raw}
    report = mapping.status_report(IntentStatus.from_dict(data), data, INTENT_ID)
    assert report.state is DOCUMENTED_STATES.get(raw.lower(), SwapState.UNKNOWN)
    assert report.provider_status == raw
    assert mapping.STATUS_TABLE == DOCUMENTED_STATES


def test_status_report_documented_swap_item() -> None:
    (data,) = load("swaps.docs.json")
    report = mapping.status_report(IntentStatus.from_dict(data), data, data["intent_id"])
    assert (report.state, report.provider_status, report.ref) == (
        SwapState.PENDING_DEPOSIT,
        "created",
        data["intent_id"],
    )
    assert (report.origin_tx_hashes, report.destination_tx_hashes, report.refund_tx_hashes) == ((), (), ())
    assert (report.amount_in, report.amount_out, report.refunded_amount) == (10_000_000, None, None)
    assert report.updated_at == utc(2026, 5, 26, 10, 59, 12)  # swap_updated_at, seconds in the sample


def test_status_report_finished_and_refunded() -> None:
    data = load("intent_status.finished.json")
    report = mapping.status_report(IntentStatus.from_dict(data), data, INTENT_ID)
    assert (report.state, report.is_terminal, report.amount_in) == (SwapState.SUCCESS, True, 1_000_000)
    assert report.origin_tx_hashes == (data["from"]["tx"],)
    assert report.destination_tx_hashes == (data["to"]["tx"],)
    assert report.updated_at == utc(2026, 5, 29, 16, 21, 30, 250000)  # latest tx_at
    refunded = copy.deepcopy(data) | {"status": "refunded", "refund": {"tx": "0xref", "tx_at": "2026-05-30T01:00:00Z"}}
    refunded["to"]["tx"] = None
    report = mapping.status_report(IntentStatus.from_dict(refunded), refunded, INTENT_ID)
    assert (report.state, report.refund_tx_hashes, report.destination_tx_hashes) == (SwapState.REFUNDED, ("0xref",), ())
    assert report.updated_at == utc(2026, 5, 30, 1, 0, 0)


def test_parse_error() -> None:
    message = "body.from.DirectionByTokenIdFrom.refund_address is required"
    assert mapping.parse_error(load("error.validation.json")) == ("validation_error", message)
    assert mapping.parse_error({"code": 500, "type": "", "message": "internal"}) == ("500", "internal")
    with pytest.raises(TypeError):
        mapping.parse_error([{"code": 400}])
    with pytest.raises(KeyError):
        mapping.parse_error({"error": "nope"})


# --- flows through the sync and async providers ----------------------------------------------------------------------
def test_tokens_paginate_and_cache(mode: str) -> None:
    api = FakeChangelly()
    client = Client(mode, api)
    tokens = client.tokens()
    assert [t.native_id for t in tokens] == [
        "278",
        "4669",
        "1",
        "678",
        "999:0xabc0000000000000000000000000000000000001",
    ]
    assert [(r.method, r.url.path, dict(r.url.params)) for r in api.requests] == [
        ("GET", "/v1/networks", {}),
        ("GET", "/v1/tokens", {"limit": "100", "offset": "0"}),
        ("GET", "/v1/tokens", {"limit": "100", "offset": "3"}),  # advanced by what arrived (server limit 3)
    ]
    assert all(r.headers["x-api-key"] == "test-key" for r in api.requests)
    assert client.tokens() == tokens
    assert len(api.requests) == 3  # served from the cache within the TTL


def test_tokens_stop_when_offset_is_ignored(mode: str) -> None:
    page = load("tokens.page1.json") | {"pagination": {"limit": 3, "offset": 0, "pages": 1000, "total": 3000}}
    api = FakeChangelly({("GET", "/v1/tokens"): httpx.Response(200, json=page)})
    assert len(Client(mode, api).tokens()) == 3
    assert len(api.requests) == 3  # networks + two identical pages, then stop


@pytest.mark.parametrize(
    ("amount", "human"), [(1_000_000, "1"), (1_234_567, "1.234567"), (10_000_000, "10"), (1, "0.000001")]
)
def test_quote_request_body(mode: str, amount: int, human: str) -> None:
    api = FakeChangelly()
    Client(mode, api).quote(usdt_to_sol(amount))
    assert api.bodies("/v1/quotes/") == [
        {"from": {"token_id": 278}, "to": {"token_id": 678}, "amount": human, "slippage_bps": "50"}
    ]
    assert api.requests[-1].headers["x-api-key"] == "test-key"


def test_dry_quote(mode: str) -> None:
    api = FakeChangelly()
    quote = Client(mode, api).quote(usdt_to_sol(sender=SENDER, recipient=RECIPIENT))
    assert (quote.quote_id, quote.amount_in, quote.amount_out, quote.min_amount_out) == (
        QUOTE_ID,
        1_000_000,
        7_277_684,
        7_241_295,
    )
    assert (quote.dry, quote.actions, quote.status_ref) == (True, (), None)
    assert quote.raw["quote"] == load("quote.json")
    assert quote.raw["intent_request"] == {
        "quote_id": QUOTE_ID,
        "from": {"address": SENDER, "refund_address": SENDER},
        "to": {"address": RECIPIENT},
    }
    assert api.bodies("/v1/intents/") == []


def test_unmapped_destination_passes_its_native_id(mode: str) -> None:
    api = FakeChangelly()
    request = QuoteRequest(from_asset=USDT, to_asset=AssetId.unmapped("changelly", "3:0xfeed"), amount=1_000_000)
    Client(mode, api).quote(request)
    (body,) = api.bodies("/v1/quotes/")
    assert body["to"] == {"network_id": 3, "contract_address": "0xfeed"}


def test_unusable_assets_are_refused(mode: str) -> None:
    client = Client(mode, FakeChangelly())
    mystery = AssetId.unmapped("changelly", "999:0xabc0000000000000000000000000000000000001")
    for request in (
        QuoteRequest(
            from_asset=AssetId("eip155:1", "erc20", "0x0000000000000000000000000000000000000bad"),
            to_asset=SOL,
            amount=1,
        ),
        QuoteRequest(from_asset=mystery, to_asset=SOL, amount=1),  # listed without decimals
        QuoteRequest(from_asset=USDT, to_asset=SOL, amount=1, swap_type=swapsuite.SwapType.EXACT_OUTPUT),
    ):
        with pytest.raises(errors.ValidationError):
            client.quote(request)


def test_firm_quote_creates_the_intent(mode: str) -> None:
    api = FakeChangelly()
    quote = Client(mode, api).quote(usdt_to_sol(sender=SENDER, recipient=RECIPIENT, refund_to=REFUND, dry=False))
    assert api.bodies("/v1/intents/") == [
        {"quote_id": QUOTE_ID, "from": {"address": SENDER, "refund_address": REFUND}, "to": {"address": RECIPIENT}}
    ]
    (action,) = quote.actions
    assert action == SignTypedData(
        chain="eip155:1", payload=load("intent.json")["params_to_sign"], submit_ref=INTENT_ID, approval_type="permit2"
    )
    assert (quote.status_ref, quote.dry, quote.amount_out) == (INTENT_ID, False, 7_277_684)


@pytest.mark.parametrize("missing", ["sender", "recipient"])
def test_firm_quote_needs_addresses_before_any_request(mode: str, missing: str) -> None:
    api = FakeChangelly()
    sender, recipient = (None if missing == "sender" else SENDER), (None if missing == "recipient" else RECIPIENT)
    request = usdt_to_sol(sender=sender, recipient=recipient, dry=False)
    with pytest.raises(errors.ValidationError, match=missing):
        Client(mode, api).quote(request)
    assert api.requests == []


def test_execute(mode: str) -> None:
    api = FakeChangelly()
    client = Client(mode, api)
    dry = client.quote(usdt_to_sol(sender=SENDER, recipient=RECIPIENT))
    firm = client.execute(dry)
    assert (firm.status_ref, firm.actions[0].submit_ref, len(api.bodies("/v1/intents/"))) == (INTENT_ID, INTENT_ID, 1)
    count = len(api.requests)
    assert client.execute(firm) is firm  # already executable: never a second intent
    assert len(api.requests) == count
    with pytest.raises(errors.ValidationError):
        client.execute(client.quote(usdt_to_sol()))  # dry, without addresses
    assert len(api.bodies("/v1/intents/")) == 1


def test_submit_and_status(mode: str) -> None:
    api = FakeChangelly()
    client = Client(mode, api)
    report = client.submit(INTENT_ID, signature="0x" + "ab" * 65)
    assert [(r.method, r.url.path) for r in api.requests] == [
        ("POST", f"/v1/intents/{INTENT_ID}/approvals/"),
        ("GET", f"/v1/intents/{INTENT_ID}"),
    ]
    assert api.bodies(f"/v1/intents/{INTENT_ID}/approvals/") == [
        {"approval_type": "permit2", "signed_data": "0x" + "ab" * 65}
    ]
    assert (report.state, report.provider_status, report.ref) == (SwapState.SUCCESS, "Finished", INTENT_ID)
    assert client.status(INTENT_ID) == report
    with pytest.raises(errors.ValidationError):
        client.status("not-a-uuid")
    with pytest.raises(errors.ValidationError):
        client.submit(INTENT_ID, tx_hash="0x1")
    assert len(api.requests) == 3


def test_error_envelope_becomes_typed_error(mode: str) -> None:
    body = json.dumps(load("error.unprocessable.json")).encode()
    api = FakeChangelly({("POST", "/v1/quotes/"): httpx.Response(422, content=body)})
    with pytest.raises(errors.UnprocessableError) as caught:
        Client(mode, api).quote(usdt_to_sol())
    error = caught.value
    assert (error.status_code, error.code, error.provider_message) == (422, "validation_error", "Amount too small")
    assert (error.body, error.provider) == (body, "changelly")


def test_missing_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHANGELLY_API_KEY", raising=False)
    for factory in (swapsuite.get_provider, swapsuite.get_async_provider):
        with pytest.raises(errors.ConfigurationError, match="CHANGELLY_API_KEY"):
            factory("changelly")
    with pytest.raises(errors.ConfigurationError, match="CHANGELLY_API_KEY"):
        swapsuite.get_provider("changelly", env={})
    provider = swapsuite.get_provider("changelly", env={"CHANGELLY_API_KEY": "from-env"})
    assert provider.adapter.auth_headers() == {"X-Api-Key": "from-env"}
    assert "from-env" not in repr(provider)
    provider.close()
    assert changelly.ChangellyAdapter.default_base_url == "https://defiapi.changelly.com"
