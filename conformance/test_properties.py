"""Property tests: response bodies generated FROM THE SPECS go through the adapters; adapter requests match the specs.

Responses. For each provider and each response schema an adapter consumes (token lists, quotes, intents, bytecode,
approvals, status, error envelopes), bodies are generated from the spec itself: the OpenAPI 3.0 schema is turned into
JSON Schema by ``conformance/specschema.py`` (refs inlined, ``nullable`` → null allowed) and handed to
``hypothesis_jsonschema.from_schema`` — no hand-written body strategies. A case may add an *overlay*: a JSON Schema
fragment combined with the spec schema through ``allOf``, so every body still satisfies the spec, that narrows
generation to bodies the adapter can get past its first parse step (amount strings of digits where the spec leaves
them free, a quote's ``decimals`` equal to the token list's). Each case draws from the pure spec schema and from the
overlaid one. A generated body is served by an ``httpx.MockTransport`` to a real provider object
(``swapsuite.get_provider``, no retries), which runs the operation as a user would; the other calls of that
operation get documented payloads (fixtures) or a recorded cassette body.

Invariants, and the decision taken for each where a spec-valid body can still be nonsense:

1. *Typed errors only.* Whatever the body, the operation returns or raises a ``swapsuite.errors.SwapsuiteError``
   subclass; any other exception fails. (Bad values of a spec-valid body — a non-numeric amount string where the
   spec allows any string — are expected to raise ``ResponseShapeError`` or ``ValidationError``.)
2. *Amounts are exact non-negative ints* (quote amounts, status amounts, action amounts, values and gas), equal to
   the integer the body states. Fees may be signed where the provider signs them: every Across fee component
   (``swapImpact`` is negative when the swap beats the reference price; the adapter reads all components signed)
   and Deframe fee lines (``bridgeAndSlippage`` below spot). 1Click and Changelly fees are non-negative.
3. *min out ≤ expected out.* The spec cannot express it and a provider may (wrongly) send min > expected. Decision:
   the adapter maps what the provider states (the quote is the provider's promise; rejecting it would hide it from
   best_quote's caller too) — so the property is that mapping *preserves* the relation: ``min ≤ expected`` in the
   quote exactly when it holds in the body, i.e. no field is swapped or rescaled.
4. *Fee bps are exact Decimals*: finite ``Decimal`` or None; for 1Click exactly the app fees *requested* (the echoed
   ``appFees`` are not signed: the adapter reports what it asked for and, when verifying, refuses an echo that
   differs — with verification off, as here, the echo is never the source of a fee), for Changelly exactly the body's
   ``bps`` string, exactly ``pct × 10⁴ / 10¹⁸`` for Across; Deframe computes bps from amounts (28 significant
   digits) and is checked for type and finiteness.
5. *Timestamps* are timezone-aware UTC datetimes between 1970-01-01 and 2300-01-01 — or the operation raises a
   typed error. Decision: a date outside that window is nonsense for a quote expiry or a status update, so the
   adapter should refuse it (``ResponseShapeError``/``ValidationError``) rather than pass year 1 or 5138 on.
6. *Durations* (``estimated_duration_s``) are non-negative ints or the operation raises a typed error (same
   reasoning: a negative time estimate is refused, not mapped).
7. *Status* is always a member of the common vocabulary; ``provider_status`` is the body's status string unchanged;
   the state is the documented table's (``STATUS_TABLE`` of the adapter; Changelly matches case-insensitively) and
   ``UNKNOWN`` for anything else. ``ref`` is the ref asked about.
8. *CAIP identities round-trip*: ``AssetId.parse(str(a)) == a`` for every asset in a result.
9. *Firm quotes are executable*: a firm quote (``dry=False``) that maps has at least one action.
10. *Error envelopes*: a spec-valid error body of a documented status becomes the status's ``HTTPStatusError``
    subclass with the envelope's code and message extracted exactly.

Known adapter bugs found by these properties are listed in :data:`KNOWN_ADAPTER_BUGS`: the property tolerates that
one violation (so the rest of the invariants keep running) and a strict-xfail regression test reproduces it with a
fixed example. The six found so far (implausible timestamps, unparseable CAIP ids, negative decimals, empty tx
hashes, negative durations, an empty deposit address) are fixed; their examples remain in :data:`REGRESSIONS`.

Requests. QuoteRequests are generated from valid assets (each provider's token list), amounts, slippage and
addresses valid on each chain; status references likewise. Every request the adapters send — path, query string and
JSON body, captured by a MockTransport — must validate against the spec's parameters and request body.

Profiles (``conformance/conftest.py``): ``conformance-fast`` (the default here: a dozen examples per property, the
whole file in seconds) and ``ci`` (``pytest --hypothesis-profile=ci``, what ``nox -s conformance`` runs).
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, localcontext
from typing import Any

import httpx
import pytest
from hypothesis import event, given, note, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from swapsuite import (
    AssetId,
    Deposit,
    HTTPStatusError,
    Quote,
    QuoteRequest,
    SignTypedData,
    StatusReport,
    SwapState,
    SwapsuiteError,
    SwapType,
    Token,
    Transaction,
)
from swapsuite.adapter import REGISTRY
from swapsuite.base58 import b58encode
from swapsuite.engine import decode_json, encode_json
from swapsuite.errors import status_error_class
from swapsuite.providers.across import mapping as across_mapping
from swapsuite.providers.changelly import mapping as changelly_mapping
from swapsuite.providers.deframe import mapping as deframe_mapping
from swapsuite.providers.oneclick import mapping as oneclick_mapping

from conformance import cassettes as casslib
from conformance import specschema
from conformance.cassettes import across as across_scenarios
from conformance.cassettes import changelly as changelly_scenarios
from conformance.cassettes import deframe as deframe_scenarios
from conformance.cassettes import oneclick as oneclick_scenarios

FIXTURES = casslib.FIXTURES
EARLIEST, LATEST = datetime(1970, 1, 1, tzinfo=UTC), datetime(2300, 1, 1, tzinfo=UTC)
STATUS_TABLES = {
    "oneclick": oneclick_mapping.STATUS_TABLE,
    "across": across_mapping.STATUS_TABLE,
    "changelly": changelly_mapping.STATUS_TABLE,
    "deframe": deframe_mapping.STATUS_TABLE,
}
SIGNED_FEES = {"across", "deframe"}


def profile() -> settings:
    """``conformance-fast`` unless another profile was chosen (``--hypothesis-profile=ci``)."""
    current = getattr(settings, "_current_profile", None) or "default"
    return settings(settings.get_profile("conformance-fast" if current == "default" else current))


# --- known adapter bugs (see the module docstring) ------------------------------------------------------------------
# Each is reproduced by a strict-xfail entry of REGRESSIONS (at the end of this file).
KNOWN_ADAPTER_BUGS: dict[str, str] = {}  # all six found so far are fixed; their regressions stay below


class Tolerated(Exception):
    """A violation listed in KNOWN_ADAPTER_BUGS: the example stops here without failing."""


def violation(key: str, message: str) -> None:
    """Fail with ``message`` unless the violation is a known adapter bug (then stop the example quietly)."""
    if key in KNOWN_ADAPTER_BUGS:
        event(f"known adapter bug: {key}")
        raise Tolerated(key)
    raise AssertionError(f"{message} [{key}]")


# --- cases --------------------------------------------------------------------------------------------------------
def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def cassette_body(cassette: str, index: int = -1) -> bytes:
    _, responses = casslib.read_cassette(casslib.CASSETTES / f"{cassette}.yaml")
    body = responses[index]["body"]["string"]
    return body.encode() if isinstance(body, str) else body


DIGITS = {"type": "string", "pattern": "^[0-9]{1,40}$"}


def props(**fields: Any) -> dict[str, Any]:
    return {"properties": fields}


@dataclass(frozen=True)
class Case:
    """One response schema (``operation`` → ``status``) consumed by one adapter operation (``driver``)."""

    name: str
    provider: str
    operations: tuple[str, ...]  # whose responses are generated (the same body for each call of one of them)
    status: int
    driver: str
    params: Mapping[str, Any] = field(default_factory=dict)
    fixed: Mapping[str, bytes] = field(default_factory=dict)  # operationId → body of the other calls
    overlay: Mapping[str, Any] | None = None
    api_key: str | None = None
    cost: int = 1  # the profile's example count is divided by this (Across's approval schema is slow to draw from)

    @property
    def base_url(self) -> str:
        return casslib.PRODUCTION[self.provider]


ONECLICK = {**oneclick_scenarios.ONECLICK_QUOTE, "verify_signatures": False}
CHANGELLY_KEY = DEFRAME_KEY = "test-key"
DEFRAME_FIRM = {
    **deframe_scenarios.DEFRAME_SANDBOX_REQUEST,
    "amount": 10_000_000,
    "dry": False,
    "sender": deframe_scenarios.DEFRAME_SENDER,
    "recipient": deframe_scenarios.DEFRAME_SENDER,
}
DEFRAME_EXECUTE = casslib.scenario("deframe", "execute-evm").params
ONECLICK_QUOTE_OVERLAY = props(
    quote=props(amountIn=DIGITS, amountOut=DIGITS, minAmountOut=DIGITS, withdrawFee=DIGITS, refundFee=DIGITS)
)
ONECLICK_STATUS_OVERLAY = props(
    swapDetails=props(amountIn=DIGITS, amountOut=DIGITS, refundedAmount=DIGITS),
)
CHANGELLY_QUOTE_OVERLAY = props(
    **{
        "from": props(decimals={"const": 6}, amount=DIGITS),
        "to": props(decimals={"const": 9}, amount=DIGITS, min_amount=DIGITS),
        "fees": props(changelly=props(amount=DIGITS), affiliate=props(amount=DIGITS)),
    }
)
CHANGELLY_STATUS_OVERLAY = props(**{"from": props(amount=DIGITS, decimals={"minimum": 0, "maximum": 30})})
DEFRAME_QUOTE_OVERLAY = props(
    quote=props(
        tokenIn=props(amount=DIGITS),
        tokenOut=props(amount=DIGITS, expectedAmountOut=DIGITS, minAmountOut=DIGITS),
        feeBreakdown=props(
            lines={"items": props(amountRaw={"type": "string", "pattern": "^-?[0-9]{1,30}$"})},
            charges={"items": props(amountRaw={"type": "string", "pattern": "^-?[0-9]{1,30}$"})},
            chargeableAmountInRaw=DIGITS,
            reference=props(amountOutRaw=DIGITS),
        ),
    ),
    transactionData={"items": props(value=DIGITS)},
)

CASES = (
    # --- 1Click ---
    Case("oneclick-tokens", "oneclick", ("getTokens",), 200, "tokens"),
    Case(
        "oneclick-quote-dry",
        "oneclick",
        ("getQuote",),
        200,
        "quote",
        {**ONECLICK, "dry": True},
        {"getTokens": fixture("oneclick/tokens.excerpt-2025-07-24.json")},
        ONECLICK_QUOTE_OVERLAY,
    ),
    Case(
        "oneclick-quote-firm",
        "oneclick",
        ("getQuote",),
        200,
        "quote",
        {**ONECLICK, "dry": False},
        {"getTokens": fixture("oneclick/tokens.excerpt-2025-07-24.json")},
        ONECLICK_QUOTE_OVERLAY,
    ),
    Case(
        "oneclick-status",
        "oneclick",
        ("getExecutionStatus",),
        200,
        "status",
        {"ref": "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw", "verify_signatures": False},
        overlay=ONECLICK_STATUS_OVERLAY,
    ),
    Case(
        "oneclick-submit",
        "oneclick",
        ("submitDepositTx",),
        200,
        "submit",
        {"ref": "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw", "tx_hash": "0xabc", "verify_signatures": False},
        overlay=ONECLICK_STATUS_OVERLAY,
    ),
    Case(
        "oneclick-quote-400",
        "oneclick",
        ("getQuote",),
        400,
        "quote",
        {**ONECLICK, "dry": True},
        {"getTokens": fixture("oneclick/tokens.excerpt-2025-07-24.json")},
    ),
    Case("oneclick-status-404", "oneclick", ("getExecutionStatus",), 404, "status", {"ref": "0x" + "0" * 40}),
    # --- Across ---
    Case("across-tokens", "across", ("getSwapTokens",), 200, "tokens"),
    Case(
        "across-quote-dry",
        "across",
        ("getSwapApproval",),
        200,
        "quote",
        {**across_scenarios.ACROSS_QUOTE, "dry": True},
        cost=4,
    ),
    Case(
        "across-quote-firm",
        "across",
        ("getSwapApproval",),
        200,
        "quote",
        {**across_scenarios.ACROSS_QUOTE, "dry": False},
        cost=4,
    ),
    Case("across-status", "across", ("getDepositStatus",), 200, "status", {"ref": across_scenarios.ACROSS_DEPOSIT_TX}),
    Case(
        "across-quote-400", "across", ("getSwapApproval",), 400, "quote", {**across_scenarios.ACROSS_QUOTE, "dry": True}
    ),
    Case(
        "across-status-404", "across", ("getDepositStatus",), 404, "status", {"ref": across_scenarios.ACROSS_DEPOSIT_TX}
    ),
    # --- Changelly ---
    Case("changelly-tokens", "changelly", ("listNetworks", "listTokens"), 200, "tokens", api_key=CHANGELLY_KEY),
    Case(
        "changelly-quote-dry",
        "changelly",
        ("createQuote",),
        200,
        "quote",
        {**changelly_scenarios.CHANGELLY_QUOTE, "dry": True},
        overlay=CHANGELLY_QUOTE_OVERLAY,
        api_key=CHANGELLY_KEY,
    ),
    Case(
        "changelly-quote-firm",
        "changelly",
        ("createIntent",),
        200,
        "quote",
        {
            **changelly_scenarios.CHANGELLY_QUOTE,
            "dry": False,
            "sender": casslib.EVM_WALLET,
            "recipient": casslib.SOLANA_WALLET,
        },
        {"createQuote": fixture("changelly/quote.json")},
        props(quote=CHANGELLY_QUOTE_OVERLAY, expires_at={"minimum": 0, "maximum": 10**16}),
        api_key=CHANGELLY_KEY,
    ),
    Case(
        "changelly-submit",
        "changelly",
        ("createIntentApproval",),
        200,
        "submit",
        {"ref": "bf53a856-46aa-4865-8d66-a649a9d5b169", "signature": "0x" + "5a" * 65},
        {"getIntent": cassette_body("changelly/status-approved")},
        api_key=CHANGELLY_KEY,
    ),
    Case(
        "changelly-status",
        "changelly",
        ("getIntent",),
        200,
        "status",
        {"ref": "bf53a856-46aa-4865-8d66-a649a9d5b169"},
        overlay=CHANGELLY_STATUS_OVERLAY,
        api_key=CHANGELLY_KEY,
    ),
    Case(
        "changelly-quote-422",
        "changelly",
        ("createQuote",),
        422,
        "quote",
        {**changelly_scenarios.CHANGELLY_QUOTE, "dry": True},
        api_key=CHANGELLY_KEY,
    ),
    # --- Deframe ---
    Case(
        "deframe-quote-dry",
        "deframe",
        ("getSwapQuote",),
        200,
        "quote",
        {**DEFRAME_FIRM, "dry": True, "sender": None, "recipient": None},
        overlay=DEFRAME_QUOTE_OVERLAY,
        api_key=DEFRAME_KEY,
    ),
    Case(
        "deframe-quote-firm",
        "deframe",
        ("getSwapQuote",),
        200,
        "quote",
        DEFRAME_FIRM,
        {"createSwapBytecode": fixture("deframe/bytecode.evm.json")},
        DEFRAME_QUOTE_OVERLAY,
        api_key=DEFRAME_KEY,
    ),
    Case("deframe-execute", "deframe", ("createSwapBytecode",), 200, "execute", DEFRAME_EXECUTE, api_key=DEFRAME_KEY),
    Case("deframe-status", "deframe", ("getSwapStatus",), 200, "status", {"ref": "q-1"}, api_key=DEFRAME_KEY),
    Case("deframe-status-404", "deframe", ("getSwapStatus",), 404, "status", {"ref": "q-1"}, api_key=DEFRAME_KEY),
)


# --- strategies from the spec ---------------------------------------------------------------------------------------
@functools.cache
def response_schema(provider: str, operation_id: str, status: int) -> dict[str, Any]:
    spec = specschema.provider_spec(provider)
    op = specschema.operation_by_id(spec, operation_id)
    found = specschema.response_spec(spec, op, status)
    assert found is not None, f"{provider} {operation_id} documents no {status}"
    schema = specschema.json_body_schema(spec, found[1])
    assert schema is not None, f"{provider} {operation_id} {status} has no JSON body"
    return specschema.json_schema(spec, schema, closed=True, max_items=3)


_STRATEGIES: dict[str, st.SearchStrategy[dict[str, Any]]] = {}


def body_strategy(case: Case) -> st.SearchStrategy[dict[str, Any]]:
    if case.name not in _STRATEGIES:
        _STRATEGIES[case.name] = _body_strategy(case)
    return _STRATEGIES[case.name]


def _body_strategy(case: Case) -> st.SearchStrategy[dict[str, Any]]:
    """A dict operationId → generated body: the pure spec schema, or the spec schema ∧ the case's overlay."""
    per_op = []
    for operation_id in case.operations:
        schema = response_schema(case.provider, operation_id, case.status)
        pure = from_schema(schema, custom_formats=specschema.custom_formats())
        if case.overlay is None:
            per_op.append(pure)
        else:
            narrowed = {"$schema": schema["$schema"], "allOf": [schema, dict(case.overlay)]}
            per_op.append(st.one_of(pure, from_schema(narrowed, custom_formats=specschema.custom_formats())))
    return st.tuples(*per_op).map(lambda bodies: dict(zip(case.operations, bodies, strict=True)))


class Api:
    """The MockTransport handler of a case: generated bodies for its operations, fixed ones for the others."""

    def __init__(self, case: Case, generated: Mapping[str, Any]) -> None:
        self.case = case
        self.spec = specschema.provider_spec(case.provider)
        self.base_path = httpx.URL(case.base_url).path.rstrip("/")
        self.generated = {op: encode_json(body) for op, body in generated.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        op = specschema.find_operation(self.spec, request.method, request.url.path.removeprefix(self.base_path))
        assert op is not None, f"the adapter called {request.method} {request.url}, which the spec does not have"
        headers = {"Content-Type": "application/json"}
        if op.operation_id in self.generated:
            return httpx.Response(self.case.status, content=self.generated[op.operation_id], headers=headers)
        if op.operation_id in self.case.fixed:
            return httpx.Response(200, content=self.case.fixed[op.operation_id], headers=headers)
        raise AssertionError(f"{self.case.name}: no body for {op.operation_id}")


def run_case(case: Case, generated: Mapping[str, Any]) -> casslib.Outcome:
    provider = casslib.make_provider(
        case.provider,
        case.base_url,
        case.params,
        api_key=case.api_key,
        transport=httpx.MockTransport(Api(case, generated)),
    )
    scenario = casslib.Scenario(case.provider, case.name, case.name, case.driver)
    return casslib.run(scenario, provider, case.params)  # typed errors are part of the outcome


# --- invariants ---------------------------------------------------------------------------------------------------
def check_time(name: str, value: datetime | None) -> None:
    if value is None:
        return
    assert isinstance(value, datetime) and value.utcoffset() is not None, f"{name} {value!r} is not timezone-aware"
    assert value.utcoffset().total_seconds() == 0, f"{name} {value!r} is not UTC"  # type: ignore[union-attr]
    if not EARLIEST <= value < LATEST:
        violation("timestamp-bounds", f"{name} {value.isoformat()} is outside 1970..2300 but no error was raised")


def check_asset(asset: AssetId | None) -> None:
    if asset is None:
        return
    try:
        parsed = AssetId.parse(str(asset))
    except SwapsuiteError as exc:
        violation("caip-roundtrip", f"{asset} (from the body) is not a valid CAIP-19 id: {exc}")
    assert parsed == asset, f"{asset} does not round-trip"


def check_units(name: str, value: Any, *, signed: bool = False) -> None:
    if value is None:
        return
    assert type(value) is int, f"{name} {value!r} is not an int"
    assert signed or value >= 0, f"{name} {value} is negative"


def exact_int(value: Any) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() else None


def check_fees(provider: str, fees: tuple[Any, ...]) -> None:
    for fee in fees:
        assert isinstance(fee.kind, str) and fee.kind, fee
        check_asset(fee.asset)
        check_units(f"fee {fee.kind}", fee.amount, signed=provider in SIGNED_FEES)
        if fee.bps is not None:
            assert isinstance(fee.bps, Decimal) and fee.bps.is_finite(), f"fee {fee.kind} bps {fee.bps!r}"


def expected_fee_bps(case: Case, body: Mapping[str, Any]) -> list[Decimal] | None:
    """The exact bps the adapter must report, in its fee order, where the request or the body states them."""
    provider = case.provider
    if provider == "oneclick":  # the fees asked for, whatever the (unsigned) echo says
        return [Decimal(bps) for _, bps in case.params.get("app_fees", ())]
    data = decode_json(json.dumps(body).encode())
    if provider == "changelly":
        fees = data.get("quote", data).get("fees") or {}
        return [
            Decimal(str(item["bps"]))
            for item in (fees.get("changelly"), fees.get("affiliate"))
            if item and "bps" in item and item["bps"] is not None
        ]
    return None


def check_quote(case: Case, body: Mapping[str, Any], quote: Quote) -> None:
    assert isinstance(quote, Quote) and quote.provider == case.provider
    for asset in (quote.from_asset, quote.to_asset):
        check_asset(asset)
    check_units("amount_in", quote.amount_in)
    check_units("amount_out", quote.amount_out)
    check_units("min_amount_out", quote.min_amount_out)
    stated = stated_amounts(case, body)
    if stated is not None:
        amount_in, expected, minimum = stated
        if None not in (amount_in, expected, minimum):
            assert (quote.amount_in, quote.amount_out, quote.min_amount_out) == (amount_in, expected, minimum)
        if expected is not None and minimum is not None and quote.min_amount_out is not None:
            assert (quote.min_amount_out <= quote.amount_out) == (minimum <= expected), "min/expected relation"
    check_fees(case.provider, quote.fees)
    bps = expected_fee_bps(case, body)
    if bps is not None:
        assert [f.bps for f in quote.fees if f.bps is not None][: len(bps)] == bps
    if case.provider == "across":
        check_across_bps(body, quote)
    check_time("expires_at", quote.expires_at)
    if quote.estimated_duration_s is not None:
        assert type(quote.estimated_duration_s) is int
        if quote.estimated_duration_s < 0:
            violation("negative-duration", f"estimated_duration_s {quote.estimated_duration_s} but no error")
    for action in quote.actions:
        check_action(action)
    if not quote.dry:
        assert quote.actions, "a firm quote must carry its actions"


def check_across_bps(body: Mapping[str, Any], quote: Quote) -> None:
    with localcontext() as ctx:
        ctx.prec = 100
        pcts = {Decimal(p) * 10_000 / Decimal(10) ** 18 for p in _find_values(body, "pct")}
    for fee in quote.fees:
        if fee.bps is not None:
            assert fee.bps in pcts, f"fee {fee.kind} bps {fee.bps} is not pct×1e4/1e18 of any pct in the body"


def _find_values(node: Any, key: str) -> list[str]:
    found: list[str] = []
    if isinstance(node, Mapping):
        for k, v in node.items():
            if k == key and isinstance(v, str):
                found.append(v)
            found += _find_values(v, key)
    elif isinstance(node, list):
        for item in node:
            found += _find_values(item, key)
    return found


def stated_amounts(case: Case, body: Mapping[str, Any]) -> tuple[int | None, int | None, int | None] | None:
    """(amount in, expected out, min out) as the body states them in base units, where that is unambiguous."""
    if case.provider == "oneclick":
        q = body["quote"]
        return exact_int(q.get("amountIn")), exact_int(q.get("amountOut")), exact_int(q.get("minAmountOut"))
    if case.provider == "across":
        return (
            exact_int(body["inputAmount"]),
            exact_int(body["expectedOutputAmount"]),
            exact_int(body["minOutputAmount"]),
        )
    if case.provider == "changelly":
        quote = body.get("quote", body)
        # The amount form (base units or human) is decided per response; compare only the relation.
        return None, exact_int(quote["to"].get("amount")), exact_int(quote["to"].get("min_amount"))
    if case.provider == "deframe" and "quote" in body:
        q = body["quote"]
        out = q["tokenOut"]
        expected = out.get("expectedAmountOut") if isinstance(out.get("expectedAmountOut"), str) else out.get("amount")
        minimum = out.get("minAmountOut") if isinstance(out.get("minAmountOut"), str) else None
        return exact_int(q["tokenIn"].get("amount")), exact_int(expected), exact_int(minimum)
    return None


def check_action(action: Any) -> None:
    assert isinstance(action, Deposit | Transaction | SignTypedData), action
    assert isinstance(action.chain, str) and action.chain
    if isinstance(action, Deposit):
        check_asset(action.asset)
        check_units("deposit amount", action.amount)
        if not action.address:
            violation("empty-deposit-address", f"a Deposit to an empty address on {action.chain}, no error")
    elif isinstance(action, Transaction):
        for name in ("value", "gas", "max_fee_per_gas", "max_priority_fee_per_gas"):
            check_units(f"transaction {name}", getattr(action, name))
        assert action.purpose in ("approval", "swap")
    else:
        assert action.submit_ref


def raw_status(case: Case, body: Mapping[str, Any]) -> Any:
    return body["status"]


def check_status(case: Case, body: Mapping[str, Any], report: StatusReport) -> None:
    assert isinstance(report, StatusReport) and report.provider == case.provider
    assert report.ref == case.params["ref"]
    assert isinstance(report.state, SwapState)
    raw = raw_status(case, body)
    assert report.provider_status == raw, "the raw status is kept unchanged"
    key = raw.strip().lower() if case.provider == "changelly" else raw
    assert report.state is STATUS_TABLES[case.provider].get(key, SwapState.UNKNOWN)
    for hashes in (report.origin_tx_hashes, report.destination_tx_hashes, report.refund_tx_hashes):
        assert isinstance(hashes, tuple) and all(isinstance(h, str) for h in hashes)
        if not all(hashes):
            violation("empty-tx-hash", f"an empty transaction hash was reported: {hashes!r}")
    for name in ("amount_in", "amount_out", "refunded_amount"):
        check_units(name, getattr(report, name))
    check_time("updated_at", report.updated_at)


def check_tokens(case: Case, tokens: list[Token]) -> None:
    assert isinstance(tokens, list)
    for token in tokens:
        assert isinstance(token, Token) and token.provider == case.provider
        check_asset(token.asset)
        assert type(token.decimals) is int
        if token.decimals < 0 and not (case.provider == "changelly" and token.decimals == -1):
            violation("negative-decimals", f"token {token.native_id!r} has decimals {token.decimals}, no error")
        assert token.price_usd is None or (isinstance(token.price_usd, Decimal) and token.price_usd.is_finite())


def envelope(case: Case, body: Mapping[str, Any]) -> tuple[str | None, str]:
    """(code, message) a spec-valid error body states, as the adapters report them."""
    if case.provider == "oneclick":
        return None, body["message"]
    if case.provider == "across":
        if "type" in body:
            return body.get("code") or body["type"], body["message"]
        return body["error"], body["message"]
    if case.provider == "changelly":
        return body["type"] or str(body["code"]), body["message"]
    inner = body.get("error", body)  # Deframe: nested envelope, or the older flat body
    return str(inner["code"]), inner.get("message")


def check_outcome(case: Case, bodies: Mapping[str, Any], outcome: casslib.Outcome) -> None:
    body = bodies[case.operations[-1]]
    error = outcome.error
    if case.status >= 400:
        assert isinstance(error, status_error_class(case.status)), f"expected HTTP {case.status} error, got {outcome}"
        assert isinstance(error, HTTPStatusError) and error.status_code == case.status
        assert (error.code, error.provider_message) == envelope(case, body)
        return
    if error is not None:
        event(f"typed error: {type(error).__name__}")
        return
    event("mapped")
    result = outcome.result
    if case.driver == "tokens":
        check_tokens(case, result)
    elif case.driver in ("status", "submit"):
        status_body = decode_json(case.fixed["getIntent"]) if "getIntent" in case.fixed else body
        check_status(case, status_body, result)
    else:
        check_quote(case, body if case.driver != "execute" else {}, result)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_spec_generated_responses(case: Case) -> None:
    chosen = profile()

    @settings(chosen, max_examples=max(chosen.max_examples // case.cost, 3))
    @given(bodies=body_strategy(case))
    def run(bodies: dict[str, Any]) -> None:
        note(json.dumps(bodies)[:3000])
        try:
            try:
                outcome = run_case(case, bodies)
            except Exception as exc:  # invariant 1: nothing but SwapsuiteError may escape
                violation(f"untyped-{type(exc).__name__}", f"{case.name}: raised {type(exc).__name__}: {exc}")
                raise
            check_outcome(case, bodies, outcome)
        except Tolerated:
            return

    run()


# --- requests: what the adapters send validates against the specs ---------------------------------------------------
EVM_ADDRESS = st.binary(min_size=20, max_size=20).map(lambda raw: "0x" + raw.hex())
SOLANA_ADDRESS = st.binary(min_size=32, max_size=32).map(b58encode).filter(lambda a: 32 <= len(a) <= 44)
# Valid Bitcoin addresses from the BIP-173 examples and the docs' samples (bech32 checksums are not generated).
BITCOIN_ADDRESS = st.sampled_from(
    [
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "bc1q6mte80265ghwq4vsrpm9lnaz46uvdreu9z8wly",
        "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    ]
)
NEAR_ACCOUNT = st.from_regex(r"[a-z0-9]{2,20}\.near", fullmatch=True) | st.binary(min_size=32, max_size=32).map(
    bytes.hex
)


def address_on(asset: AssetId) -> st.SearchStrategy[str]:
    """Addresses valid on the asset's chain (what swapsuite.validate accepts)."""
    namespace = asset.chain_id.split(":", 1)[0]
    if namespace == "solana":
        return SOLANA_ADDRESS
    if asset.chain_id == "bip122:000000000019d6689c085ae165831e93":
        return BITCOIN_ADDRESS
    if namespace == "near":
        return NEAR_ACCOUNT
    return EVM_ADDRESS  # EVM chains, and unmapped assets (their chain is not checked)


def asset_pool(provider: str) -> list[AssetId]:
    """Assets each provider can quote without any further lookup (from the token lists the tests serve)."""
    if provider == "oneclick":
        data = decode_json(fixture("oneclick/tokens.excerpt-2025-07-24.json"))
        return [t.asset for t in oneclick_mapping.tokens(oneclick_mapping.parse_token_list(data), data)]
    if provider == "across":
        return [
            AssetId.parse(text)
            for text in (
                "eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85",
                "eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831",
                "eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1",
                "eip155:42161/slip44:60",
                "eip155:1/slip44:60",
                "eip155:8453/erc20:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913",
                "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501",
                "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
            )
        ]
    if provider == "changelly":
        return [
            AssetId.parse(text)
            for text in (
                "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7",
                "eip155:1/erc20:0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2",
                "eip155:1/slip44:60",
                "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501",
            )
        ]
    return [token.asset for token in deframe_mapping.builtin_tokens()]


def supported_swap_types(provider: str) -> list[SwapType]:
    """The swap types the adapter declares (the others are UnsupportedError before any request, tested elsewhere)."""
    adapter = REGISTRY[provider]
    flags = {SwapType.EXACT_OUTPUT: adapter.supports_exact_output, SwapType.FLEX_INPUT: adapter.supports_flex_input}
    return [swap_type for swap_type in SwapType if flags.get(swap_type, True)]


@st.composite
def quote_requests(draw: st.DrawFn, provider: str) -> QuoteRequest:
    """A QuoteRequest the provider accepts: two distinct listed assets, a valid amount and slippage, and the
    addresses the provider requires (valid on their chains)."""
    pool = asset_pool(provider)
    from_asset = draw(st.sampled_from(pool))
    to_asset = draw(st.sampled_from([asset for asset in pool if asset != from_asset]))
    dry = draw(st.booleans())
    swap_types = supported_swap_types(provider)
    sender_needed = provider == "across" or (not dry and provider in ("changelly", "deframe"))
    recipient_needed = provider == "oneclick" or (not dry and provider in ("changelly", "deframe"))
    solana = "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp"
    recipient_needed |= provider == "across" and solana in (from_asset.chain_id, to_asset.chain_id)

    def maybe(needed: bool, strategy: st.SearchStrategy[str]) -> str | None:
        return draw(strategy) if needed else draw(st.none() | strategy)

    return QuoteRequest(
        from_asset=from_asset,
        to_asset=to_asset,
        amount=draw(st.integers(min_value=1, max_value=2**256 - 1)),
        swap_type=draw(st.sampled_from(swap_types)),
        sender=maybe(sender_needed, address_on(from_asset)),
        recipient=maybe(recipient_needed, address_on(to_asset)),
        refund_to=maybe(provider == "oneclick", address_on(from_asset)),
        slippage_bps=draw(st.integers(min_value=1 if provider == "deframe" else 0, max_value=5000)),
        dry=dry,
    )


class Recorder:
    """A MockTransport handler that records every request and answers with documented payloads."""

    def __init__(self, provider: str) -> None:
        self.provider = provider
        self.spec = specschema.provider_spec(provider)
        self.base_path = httpx.URL(casslib.PRODUCTION[provider]).path.rstrip("/")
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        op = specschema.find_operation(self.spec, request.method, request.url.path.removeprefix(self.base_path))
        assert op is not None, f"{request.method} {request.url} is not an operation of the spec"
        return httpx.Response(200, content=self.body(op.operation_id, request), headers={"Content-Type": JSON_TYPE})

    def body(self, operation_id: str, request: httpx.Request) -> bytes:
        if operation_id == "listTokens":
            page = "tokens.page1.json" if request.url.params.get("offset") == "0" else "tokens.page2.json"
            return fixture(f"changelly/{page}")
        if operation_id == "createQuote":
            self.quote = changelly_quote_for(request)
            return json.dumps(self.quote, default=str).encode()
        if operation_id == "createIntent":
            intent = decode_json(fixture("changelly/intent.json"))
            intent["quote"] = getattr(self, "quote", intent["quote"])
            return json.dumps(intent, default=str).encode()
        if operation_id == "getIntent":
            return cassette_body("changelly/status-approved")
        return fixture(DOCUMENTED_REPLIES[operation_id])

    def problems(self) -> list[str]:
        found = []
        for request in self.requests:
            operation, problems = specschema.request_errors(
                self.spec, request.method, str(request.url), request.content, self.base_path
            )
            found += [f"{operation} {request.method} {request.url}: {problem}" for problem in problems]
        return found


JSON_TYPE = "application/json"
DOCUMENTED_REPLIES = {
    "getTokens": "oneclick/tokens.excerpt-2025-07-24.json",
    "getQuote": "oneclick/quote-response.non-dry.json",
    "getExecutionStatus": "oneclick/status.processing-with-nulls.json",
    "submitDepositTx": "oneclick/status.processing-with-nulls.json",
    "getSwapApproval": "across/swap_approval.200.json",
    "getDepositStatus": "across/deposit_status.200.filled.json",
    "listNetworks": "changelly/networks.json",
    "createIntentApproval": "changelly/approval.json",
    "getSwapQuote": "deframe/quote.dry.json",
    "createSwapBytecode": "deframe/bytecode.evm.json",
    "getSwapStatus": "deframe/status.fulfilled.json",
}


def changelly_quote_for(request: httpx.Request) -> dict[str, Any]:
    """The documented quote with the decimals of the tokens the request names (and its amount echoed), so that the
    adapter's consistency check lets a firm flow reach the intent call."""
    decimals: dict[str, int] = {}
    for page in ("tokens.page1.json", "tokens.page2.json"):
        for item in decode_json(fixture(f"changelly/{page}"))["data"]:
            if "token_id" in item:
                decimals[str(item["token_id"])] = item.get("decimals", 0)
    sent = json.loads(request.content)
    quote: dict[str, Any] = decode_json(fixture("changelly/quote.json"))
    for side in ("from", "to"):
        quote[side]["decimals"] = decimals.get(str(sent[side].get("token_id")), quote[side]["decimals"])
    quote["from"]["amount"] = sent["amount"]
    return quote


def recording_provider(provider: str, recorder: Recorder, **params: Any) -> Any:
    key = "test-key" if provider in ("changelly", "deframe") else None
    return casslib.make_provider(
        provider,
        casslib.PRODUCTION[provider],
        {"verify_signatures": False, **params} if provider == "oneclick" else params,
        api_key=key,
        transport=httpx.MockTransport(recorder),
    )


@pytest.mark.parametrize("provider", casslib.PROVIDER_NAMES)
def test_quote_requests_match_the_spec(provider: str) -> None:
    @profile()
    @given(request=quote_requests(provider))
    def run(request: QuoteRequest) -> None:
        recorder = Recorder(provider)
        with recording_provider(provider, recorder) as client:
            try:
                client.quote(request)
            except SwapsuiteError as exc:
                # A valid request may still get a response the adapter rejects (the served payload answers another
                # request); it must never be refused before it is sent.
                refused = not recorder.requests
                event(f"after the requests: {type(exc).__name__}")
                if refused:
                    raise AssertionError(f"{request} was refused before any request: {exc!r}") from exc
        operations = [specschema.find_operation(recorder.spec, r.method, r.url.path) for r in recorder.requests]
        note(str([op.operation_id if op else None for op in operations]))
        assert recorder.requests and not recorder.problems(), "\n".join(recorder.problems())

    run()


@st.composite
def status_refs(draw: st.DrawFn, provider: str) -> tuple[str, str | None]:
    """(ref, memo) as each provider's status lookup takes it."""
    if provider == "oneclick":
        address = draw(EVM_ADDRESS | BITCOIN_ADDRESS | NEAR_ACCOUNT | SOLANA_ADDRESS)
        return address, draw(st.none() | st.from_regex(r"[0-9]{1,12}", fullmatch=True))
    if provider == "across":
        return "0x" + draw(st.binary(min_size=32, max_size=32)).hex(), None
    return str(draw(st.uuids())), None


@pytest.mark.parametrize("provider", casslib.PROVIDER_NAMES)
def test_status_and_submit_requests_match_the_spec(provider: str) -> None:
    @profile()
    @given(ref=status_refs(provider), tx=st.binary(min_size=32, max_size=32).map(lambda b: "0x" + b.hex()))
    def run(ref: tuple[str, str | None], tx: str) -> None:
        recorder = Recorder(provider)
        with recording_provider(provider, recorder) as client:
            with contextlib.suppress(SwapsuiteError):  # the served body may belong to another ref
                client.status(ref[0], memo=ref[1])
            if provider == "oneclick":
                with contextlib.suppress(SwapsuiteError):
                    client.submit(ref[0], tx_hash=tx, memo=ref[1])
            if provider == "changelly":
                with contextlib.suppress(SwapsuiteError):
                    client.submit(ref[0], signature="0x" + tx[2:] * 2 + "1b")
        assert recorder.requests and not recorder.problems(), "\n".join(recorder.problems())

    run()


# --- regressions of the known adapter bugs ----------------------------------------------------------------------------
CASE_BY_NAME = {case.name: case for case in CASES}


def variant(name: str, **changes: Any) -> Any:
    """A documented payload with top-level fields changed (here, next to the assertion that needs the change)."""
    return {**decode_json(fixture(name)), **changes}


def one_token(provider: str, **changes: Any) -> list[Any]:
    """The first entry of a documented token list, changed."""
    name = {"oneclick": "oneclick/tokens.excerpt-2025-07-24.json", "across": "across/swap_tokens.200.json"}[provider]
    return [{**decode_json(fixture(name))[0], **changes}]


def status_with_origin_hash(hash_: str) -> Any:
    body = variant("oneclick/status.success.json")
    body["swapDetails"] = {**body["swapDetails"], "originChainTxHashes": [{"hash": hash_, "explorerUrl": ""}]}
    return body


def dry_quote_with(**quote_changes: Any) -> Any:
    body = variant("oneclick/quote-response.dry.json")
    body["quote"] = {**body["quote"], **quote_changes}
    return body


# Each known bug: the minimal spec-valid body (a documented payload with one change) the adapter mis-handles.
REGRESSIONS: dict[str, tuple[str, Callable[[], dict[str, Any]]]] = {
    "timestamp-bounds/oneclick": (
        "oneclick-status",
        lambda: {
            "getExecutionStatus": variant(
                "oneclick/status.processing-with-nulls.json", updatedAt="0021-01-01T00:00:00Z"
            )
        },
    ),
    "timestamp-bounds/across": (
        "across-quote-dry",
        lambda: {"getSwapApproval": variant("across/swap_approval.200.json", quoteExpiryTimestamp=-1)},
    ),
    "timestamp-bounds/changelly": (
        "changelly-quote-dry",
        lambda: {"createQuote": variant("changelly/quote.json", expires_at=99_999_999_999)},  # year 5138
    ),
    "caip-roundtrip/oneclick": (
        "oneclick-tokens",
        lambda: {"getTokens": one_token("oneclick", assetId="", contractAddress=None, blockchain="op")},
    ),
    "caip-roundtrip/across": ("across-tokens", lambda: {"getSwapTokens": one_token("across", address="")}),
    "negative-decimals/oneclick": ("oneclick-tokens", lambda: {"getTokens": one_token("oneclick", decimals=-1)}),
    "negative-decimals/across": ("across-tokens", lambda: {"getSwapTokens": one_token("across", decimals=-1)}),
    "empty-tx-hash/oneclick": ("oneclick-status", lambda: {"getExecutionStatus": status_with_origin_hash("")}),
    "negative-duration/oneclick": ("oneclick-quote-dry", lambda: {"getQuote": dry_quote_with(timeEstimate=-5)}),
    "empty-deposit-address/deframe": (
        "deframe-execute",
        lambda: {"createSwapBytecode": {"quoteId": "QUOTE_ID", "depositAddress": ""}},
    ),
}


@pytest.mark.parametrize(
    ("bug", "regression"),
    [
        pytest.param(
            key,
            value,
            id=key,
            marks=(
                [pytest.mark.xfail(strict=True, raises=AssertionError, reason=KNOWN_ADAPTER_BUGS[key.split("/")[0]])]
                if key.split("/")[0] in KNOWN_ADAPTER_BUGS
                else []
            ),
        )
        for key, value in REGRESSIONS.items()
    ],
)
def test_known_adapter_bug(bug: str, regression: tuple[str, Callable[[], dict[str, Any]]]) -> None:
    """The invariant holds on the body that once broke it: refused with a typed error, or mapped correctly.

    A bug still listed in KNOWN_ADAPTER_BUGS is a strict xfail (it XPASSes, and fails, once the adapter is fixed:
    then delete the entry so the property checks it again); a fixed bug stays here as a regression test."""
    case_name, make_bodies = regression
    case = CASE_BY_NAME[case_name]

    @settings(max_examples=1, database=None, deadline=None)
    @given(bodies=st.just(make_bodies()))
    def run(bodies: dict[str, Any]) -> None:  # inside hypothesis, where check_outcome may record events
        check_outcome(case, bodies, run_case(case, bodies))

    run()


def test_every_known_bug_has_a_regression() -> None:
    assert set(KNOWN_ADAPTER_BUGS) <= {key.split("/")[0] for key in REGRESSIONS}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_generated_bodies_are_spec_valid(case: Case) -> None:
    """The generator side of the conversion is faithful: what hypothesis-jsonschema draws from the converted schema
    validates against the original OAS 3.0 schema (OAS30Validator, as the cassette check reads it)."""
    spec = specschema.provider_spec(case.provider)

    @settings(profile(), max_examples=3)
    @given(bodies=body_strategy(case))
    def run(bodies: dict[str, Any]) -> None:
        for operation_id, body in bodies.items():
            op = specschema.operation_by_id(spec, operation_id)
            found = specschema.response_spec(spec, op, case.status)
            assert found is not None
            schema = specschema.oas_schema(spec, specschema.json_body_schema(spec, found[1]))
            assert specschema.body_errors(schema, json.loads(json.dumps(body))) == []

    run()
