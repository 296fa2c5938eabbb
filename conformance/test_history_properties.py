"""Property tests for swap history: list pages generated FROM THE SPECS go through ``provider.swaps()``.

Pages of Changelly ``GET /v1/swaps``, Across ``GET /deposits`` and 1Click ``GET /v0/account/history`` are drawn
from each spec's 200 schema
(``specschema.json_schema`` → ``hypothesis_jsonschema.from_schema``, as ``test_properties.py`` does), optionally
narrowed by an overlay (``allOf`` with the spec schema, so every page stays spec-valid) that makes amounts digit
strings and ids distinct, and served by an ``httpx.MockTransport`` as the only page (1Click's behind a session
holding an access token, with the spec's ``docs-quickstart-2026-02`` token list for decimals). Invariants of every
walk:

1. it yields records or raises a ``HistoryWalkError`` around a typed ``SwapsuiteError`` — nothing else escapes;
2. amounts are exact ints, equal to the integer the body states (1Click: its whole-token figure × 10^decimals of a
   listed token, None otherwise); times aware UTC datetimes in 1970..2300;
3. the state is in the common vocabulary and is the documented table's value for the raw status (UNKNOWN else);
   ``provider_status`` is the body's status unchanged;
4. record ids are distinct, one record per distinct body entry; CAIP-19 ids round-trip.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from swapsuite import AssetId, HistoryWalkError, SwapRecord, SwapState, SwapsuiteError
from swapsuite.engine import encode_json
from swapsuite.providers.across.history import LIST_STATUS_TABLE
from swapsuite.providers.changelly.mapping import STATUS_TABLE as CHANGELLY_TABLE
from swapsuite.providers.oneclick.mapping import STATUS_TABLE as ONECLICK_TABLE
from swapsuite.providers.oneclick.session import OneClickSession
from swapsuite.retry import RetryPolicy

from . import specschema

DIGITS = {"type": "string", "pattern": "^[0-9]{1,30}$"}
STAMP = {"type": "integer", "minimum": 10**15, "maximum": 4 * 10**15}  # microseconds (as documented), 2001..2096
MOMENT = {"enum": ["2025-07-24T16:11:43.000Z", "2026-11-20T12:00:00Z", "2026-11-20T12:00:00.123456+02:00"]}
FEE = {"properties": {"amount": DIGITS, "bps": DIGITS}}
CHANGELLY_OVERLAY = {
    "type": "array",
    "minItems": 1,
    "items": {
        "required": ["intent_id", "from", "to"],
        "properties": {
            "from": {"properties": {"amount": DIGITS}},
            "to": {"properties": {"amount_expected": DIGITS, "min_amount": DIGITS}},
            "fees": {"properties": {"changelly": FEE, "affiliate": FEE}},
            "intent_created_at": STAMP,
            "swap_created_at": STAMP,
            "swap_updated_at": STAMP,
        },
    },
}
ACROSS_OVERLAY = {
    "type": "array",
    "minItems": 1,
    "items": {
        "required": ["id", "inputAmount", "depositBlockTimestamp"],
        "properties": {
            "inputAmount": DIGITS,
            "outputAmount": {"anyOf": [DIGITS, {"type": "null"}]},
            "depositBlockTimestamp": MOMENT,
            "fillBlockTimestamp": {"anyOf": [MOMENT, {"type": "null"}]},
        },
    },
}
ONECLICK_TOKENS = json.loads(
    (Path(__file__).parents[1] / "adapters/tests/fixtures/oneclick/tokens.docs-quickstart-2026-02.json").read_text()
)
DECIMALS = {token["assetId"]: token["decimals"] for token in ONECLICK_TOKENS}
LISTED = {"enum": [*DECIMALS, "nep141:unlisted.near"]}
WHOLE = {"type": "string", "pattern": "^[0-9]{1,6}(\\.[0-9]{1,8})?$"}  # at most 8 decimals: exact for every token
ONECLICK_OVERLAY = {
    "type": "object",
    "properties": {
        "items": {
            "minItems": 1,
            "items": {
                "required": ["originAsset", "destinationAsset", "amountInFormatted", "amountOutFormatted"],
                "properties": {
                    "depositAddress": {"type": "string", "pattern": "^0x[0-9a-f]{1,8}$"},
                    "createdAt": MOMENT,
                    "originAsset": LISTED,
                    "destinationAsset": LISTED,
                    "amountInFormatted": WHOLE,
                    "amountOutFormatted": WHOLE,
                    "refundFee": {"anyOf": [DIGITS, {"type": "null"}]},
                },
            },
        }
    },
}
CASES: dict[str, tuple[str, str, Mapping[str, Any]]] = {
    "changelly": ("listSwaps", "/v1/swaps", CHANGELLY_OVERLAY),
    "across": ("getDeposits", "/deposits", ACROSS_OVERLAY),
    "oneclick": ("getHistory", "/v0/account/history", ONECLICK_OVERLAY),
}


def narrow(schema: Any, overlay: Any) -> Any:
    """``overlay`` merged into a generated JSON Schema: objects recursively, ``required`` unioned, anything else
    replaced. Each replacement is a subset of the spec's own (digits for a digit-string amount, an int64 range, valid
    date-times), and every drawn page is validated against the spec anyway."""
    if not isinstance(schema, dict) or not isinstance(overlay, dict):
        return overlay
    if "anyOf" in schema and any(isinstance(b, dict) and b.get("type") == "null" for b in schema["anyOf"]):
        return narrow(next(b for b in schema["anyOf"] if b.get("type") != "null"), overlay)  # not null: narrower
    out = dict(schema)
    for key, value in overlay.items():
        if key == "required":
            out[key] = sorted({*out.get(key, []), *value})
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **{k: narrow(out[key].get(k), v) for k, v in value.items()}}
            if key not in ("properties",):
                out[key] = narrow(schema[key], value)
        else:
            out[key] = value
    return out


def response_schemas(provider: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(JSON Schema to draw from, OAS schema to validate against) of the list operation's 200 body."""
    operation_id = CASES[provider][0]
    spec = specschema.provider_spec(provider)
    found = specschema.response_spec(spec, specschema.operation_by_id(spec, operation_id), 200)
    assert found is not None
    node = specschema.json_body_schema(spec, found[1])
    return specschema.json_schema(spec, node, closed=True, max_items=4), specschema.oas_schema(spec, node)


def page_strategy(provider: str, *, narrowed: bool) -> st.SearchStrategy[Any]:
    schema = response_schemas(provider)[0]
    if narrowed:
        schema = narrow(schema, CASES[provider][2])
    return from_schema(schema, custom_formats=specschema.custom_formats())


def serve(provider: str, page: Any) -> Callable[[httpx.Request], httpx.Response]:
    body = encode_json(page)
    path = CASES[provider][1]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/networks"):
            return httpx.Response(200, json=[])
        if request.url.path.endswith("/v0/tokens"):
            return httpx.Response(200, json=ONECLICK_TOKENS)
        if request.url.path.endswith("/v1/tokens"):
            return httpx.Response(
                200, json={"data": [], "pagination": {"limit": 100, "offset": 0, "pages": 0, "total": 0}}
            )
        assert request.url.path.endswith(path), request.url
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return handler


def walk(provider: str, page: Any) -> list[SwapRecord] | SwapsuiteError:
    transport = httpx.MockTransport(serve(provider, page))
    options = {"transport": transport}
    session = {"session": OneClickSession(access_token="access")} if provider == "oneclick" else {}
    with swapsuite.get_provider(
        provider, api_key="k", retry=RetryPolicy(attempts=1), httpx_args=options, **session
    ) as p:
        try:
            return list(p.swaps(page_size=100))  # one page: what was drawn is the whole list
        except HistoryWalkError as exc:
            return exc.error


def _digits(value: Any) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _whole(value: Any, asset: Any) -> int | None:
    """A whole-token figure in base units of a listed token, exactly; None where the mapping must give None."""
    decimals = DECIMALS.get(asset) if isinstance(asset, str) else None
    if not isinstance(value, str) or decimals is None:
        return None
    try:
        scaled = Decimal(value).scaleb(decimals)
    except ArithmeticError:
        return None
    return int(scaled) if scaled == scaled.to_integral_value() and scaled >= 0 else None


def record_key(provider: str, item: Any) -> str | None:
    """The record id the adapter gives a body entry (None: it has none)."""
    if provider == "oneclick":
        address, memo = item.get("depositAddress"), item.get("depositMemo")
        return None if address is None else address if memo is None else f"{address}#{memo}"
    key = item.get("intent_id") if provider == "changelly" else item.get("id")
    return None if key is None else str(key)


def check_common(record: SwapRecord) -> None:
    for name in ("amount_in", "amount_out_expected", "amount_out_min", "amount_out"):
        value = getattr(record, name)
        assert value is None or (type(value) is int and value >= 0), (name, value)
    for name in ("created_at", "updated_at"):
        value = getattr(record, name)
        if value is not None:
            assert value.tzinfo is not None and value.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
            assert datetime(1970, 1, 1, tzinfo=UTC) <= value < datetime(2300, 1, 1, tzinfo=UTC)
    assert isinstance(record.state, SwapState)
    for asset in (record.from_asset, record.to_asset):
        assert asset is None or AssetId.parse(str(asset)) == asset


def check_outcome(provider: str, page: Any, outcome: list[SwapRecord] | SwapsuiteError) -> None:
    note(f"outcome: {outcome!r}")
    if isinstance(outcome, SwapsuiteError):
        return  # invariant 1: a typed error (a spec-valid page can still be nonsense: no id, a 79-digit amount)
    assert len({r.record_id for r in outcome}) == len(outcome)
    by_id = {r.record_id: r for r in outcome}
    for item in page["items"] if provider == "oneclick" else page:
        key = record_key(provider, item)
        record = by_id.pop(key, None) if key is not None else None
        if record is None:
            continue  # a later duplicate of an id (the first one is the record), or an entry without that id
        check_common(record)
        raw_status = item.get("status")
        assert record.provider_status == (raw_status or "")
        if provider == "oneclick":
            table_state = ONECLICK_TABLE.get(raw_status or "", SwapState.UNKNOWN)
            assert record.amount_in == _whole(item.get("amountInFormatted"), item.get("originAsset"))
            assert record.amount_out_expected == _whole(item.get("amountOutFormatted"), item.get("destinationAsset"))
            assert record.status_ref == item["depositAddress"] and record.amount_out is None
        elif provider == "changelly":
            table_state = CHANGELLY_TABLE.get((raw_status or "").lower(), SwapState.UNKNOWN)
            source = item.get("from") or {}
            assert record.amount_in == _digits(source.get("amount"))
            assert record.amount_out is None
        else:
            table_state = LIST_STATUS_TABLE.get(raw_status or "", SwapState.UNKNOWN)
            assert record.amount_in == _digits(item.get("inputAmount"))
            assert record.amount_out_min == _digits(item.get("outputAmount"))
        assert record.state is table_state


@pytest.mark.parametrize("provider", sorted(CASES))
def test_spec_pages_map_or_fail_typed(provider: str) -> None:
    """Any spec-valid page: records that keep the invariants, or a typed error."""

    @settings(max_examples=8, suppress_health_check=list(HealthCheck), deadline=None)
    @given(page=page_strategy(provider, narrowed=False))
    def run(page: Any) -> None:
        check_outcome(provider, page, walk(provider, page))

    run()


@pytest.mark.parametrize("provider", sorted(CASES))
def test_narrowed_pages_always_map(provider: str) -> None:
    """Pages with ids, digit amounts and plausible times (still spec-valid): every one maps, record by record."""

    @settings(max_examples=8, suppress_health_check=list(HealthCheck), deadline=None)
    @given(page=page_strategy(provider, narrowed=True))
    def run(page: Any) -> None:
        assert specschema.body_errors(response_schemas(provider)[1], page) == []  # still a spec-valid page
        outcome = walk(provider, page)
        assert isinstance(outcome, list), outcome
        check_outcome(provider, page, outcome)
        assert outcome  # one record per distinct id at least

    run()
