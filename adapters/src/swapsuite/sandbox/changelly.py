"""Changelly DeFi sandbox: ``specs/changelly/openapi.yaml`` served locally, stateful and deterministic.

Flow: ``POST /v1/quotes/`` (human decimal amount in, base units out, 60 s expiry in µs) → ``POST /v1/intents/``
(``params_to_sign`` per source family, intent expiry in seconds, 2 h) → ``POST /v1/intents/{id}/approvals/``
(starts the swap on the clock) → ``GET /v1/intents/{id}`` / ``GET /v1/swaps``.

Lifecycle (one step per ``dwell`` = 2 s once approved): ``created`` → ``approved`` → ``verified`` → ``deposited`` →
``finished`` (success) or ``refunded`` (refund); ``approved`` → ``failed`` (fail); an intent never approved turns
``expired`` at its ``expires_at``. The ending comes from the magic input amount (base units ending in 302 → refund,
404 → fail) or ``POST /_sandbox/swaps/{intent_id}/outcome``.

Fee model: Changelly's own fee of 30 bps of the input, charged in the input token; no affiliate fee is configured for
the sandbox partner, so ``fees.affiliate`` is absent. Every error is the documented envelope
``{"code": <HTTP status>, "type": ..., "message": ...}``.
"""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import changelly_data as data
from . import changelly_generations as generations
from . import changelly_signing as signing
from . import control, market
from .changelly_http import (
    INT64,
    ApiError,
    check_auth,
    error,
    field,
    invalid,
    json_object,
    query_int,
    query_str,
    unprocessable,
    uuid_text,
)
from .control import SandboxState

FEE_BPS = Decimal(30)
DEFAULT_SLIPPAGE = "50"
QUOTE_TTL = 60
INTENT_TTL = 7200  # the documented sample's intent outlives its quote by about two hours
MIN_USD, MAX_USD = Decimal(1), Decimal(10_000_000)
STATUSES = ("created", "approved", "verified", "failed", "deposited", "finished", "expired", "refunded")
APPROVAL_TYPES = ("permit2", "cosign", "htlc")
SUCCESS = ("approved", "verified", "deposited", "finished")
REFUND = ("approved", "verified", "deposited", "refunded")
FAIL = ("approved", "failed")
_NAMESPACE = uuid.UUID("6f1c3c52-5a38-4d0e-9a51-0c3a0b7d2f11")


# --- catalogue -------------------------------------------------------------------------------------------------------
async def list_networks(state: SandboxState, request: Request) -> Response:
    """``GET /v1/networks``: a bare array."""
    return JSONResponse([network.to_json() for network in data.NETWORKS])


async def list_tokens(state: SandboxState, request: Request) -> Response:
    """``GET /v1/tokens``: one page, ``limit`` default 10 and capped at 100 (reported back in ``pagination``)."""
    limit = query_int(request, "limit")
    offset = query_int(request, "offset") or 0
    network_id = query_int(request, "network_id")
    query = query_str(request, "q")
    if limit is not None and limit < 1:
        raise invalid("query.limit must be positive")
    if offset < 0:
        raise invalid("query.offset must not be negative")
    size = min(limit or 10, 100)
    found = data.search(query, network_id)
    page = found[offset : offset + size]
    pagination = {"limit": size, "offset": offset, "pages": -(-len(found) // size), "total": len(found)}
    return JSONResponse({"data": [token.to_json() for token in page], "pagination": pagination})


# --- quotes ----------------------------------------------------------------------------------------------------------
def parse_selector(body: dict[str, Any], side: str) -> tuple[int | None, int | None, str | None]:
    """One side's token selector: ``{token_id}`` or ``{network_id, contract_address}``, exactly one (``oneOf``)."""
    selector = field(body, side, "body", dict)
    token_id = selector.get("token_id")
    network_id = selector.get("network_id")
    address = selector.get("contract_address")
    by_id = isinstance(token_id, int) and not isinstance(token_id, bool)
    by_address = isinstance(network_id, int) and not isinstance(network_id, bool) and isinstance(address, str)
    if by_id == by_address:
        raise invalid(f"body.{side} needs either token_id or network_id with contract_address")
    return (token_id, None, None) if by_id else (None, network_id, address)


def resolve(selector: tuple[int | None, int | None, str | None], side: str) -> data.Listed:
    """The listed token a selector names, or the documented 422 "network or token couldn't be processed"."""
    token_id, network_id, address = selector
    if token_id is not None:
        token = data.TOKEN_BY_ID.get(token_id)
    else:
        assert network_id is not None and address is not None
        token = data.find_by_address(network_id, address)
    if token is None:
        raise unprocessable("token_not_processable", f"Network or token couldn't be processed: {side}")
    return token


async def create_quote(state: SandboxState, request: Request) -> Response:
    """``POST /v1/quotes/``: exact-input pricing from the shared market minus Changelly's 30 bps."""
    body = await json_object(request)
    selectors = parse_selector(body, "from"), parse_selector(body, "to")
    amount_text: str = field(body, "amount", "body", str)
    slippage: str = field(body, "slippage_bps", "body", str, required=False) or DEFAULT_SLIPPAGE
    if not re.match(r"^[0-9]{1,5}$", slippage) or int(slippage) > 10_000:
        raise invalid("Slippage couldn't be processed")
    source, target = resolve(selectors[0], "from"), resolve(selectors[1], "to")
    if source.token_id == target.token_id:
        raise unprocessable("swap_type_not_supported", "Swap type is not supported for the token")
    amount = data.human_to_base(amount_text.strip(), source.decimals)
    if amount is None or amount == 0:
        raise unprocessable("invalid_amount", "Invalid amount")
    usd = Decimal(amount).scaleb(-source.decimals) * source.token.usd
    out = market.convert(amount, source.token, target.token, FEE_BPS)
    if usd < MIN_USD or out == 0:
        raise unprocessable("amount_too_small", "Amount too small")
    if usd > MAX_USD:
        raise unprocessable("amount_too_large", "Amount too large")
    clock = state.clock.now()
    quote_id = str(uuid.uuid5(_NAMESPACE, f"quote|{json.dumps(body, sort_keys=True)}|{data.micros(clock)}"))
    fee = {**source.side(), "amount": str(amount * 30 // 10_000), "bps": str(FEE_BPS)}
    least = market.apply_slippage(out, Decimal(slippage))
    quote = {
        "id": quote_id,
        "from": {**source.side(), "amount": str(amount)},
        "to": {**target.side(), "amount": str(out), "min_amount": str(least)},
        "slippage_bps": slippage,
        "expires_at": data.micros(clock + QUOTE_TTL),  # µs, as the quote in the documented intent sample
        "fees": {"changelly": fee},
    }
    record = {"quote": quote, "source": source, "target": target, "amount": amount, "expires": clock + QUOTE_TTL}
    state.records[quote_id] = {"kind": "quote", **record}
    return JSONResponse(quote)


# --- intents and approvals -------------------------------------------------------------------------------------------
async def create_intent(state: SandboxState, request: Request) -> Response:
    """``POST /v1/intents/``: a live quote plus valid addresses → an intent in ``created`` and its swap."""
    body = await json_object(request)
    quote_id = uuid_text(field(body, "quote_id", "body", str), "body.quote_id")
    sender = field(body, "from", "body", dict)
    recipient = field(body, "to", "body", dict)
    address: str = field(sender, "address", "body.from", str)
    refund_address: str = field(sender, "refund_address", "body.from", str)
    public_key: str | None = field(sender, "public_key", "body.from", str, required=False)
    to_address: str = field(recipient, "address", "body.to", str)
    clock = state.clock.now()
    quote = state.records.get(quote_id)
    if quote is None or quote["kind"] != "quote":
        raise unprocessable("intent_not_processable", "Intent couldn't be processed: quote not found")
    if clock >= quote["expires"]:
        raise unprocessable("intent_not_processable", "Intent couldn't be processed: quote expired")
    source: data.Listed = quote["source"]
    target: data.Listed = quote["target"]
    for where, value, network in (
        ("from.address", address, source.network),
        ("from.refund_address", refund_address, source.network),
        ("to.address", to_address, target.network),
    ):
        if not data.valid_address(network, value):
            raise unprocessable("invalid_address", f"Invalid address: {where}")
    if source.network.type == "BITCOIN":
        # An HTLC is locked to the sender's key, which a Bitcoin address does not reveal.
        if public_key is None:
            raise invalid("body.from.public_key is required when the source network is Bitcoin")
        if not data.BITCOIN_PUBLIC_KEY.match(public_key):
            raise unprocessable("invalid_address", "Invalid public key: from.public_key")
    seed = f"intent|{quote_id}|{address}|{refund_address}|{to_address}|{public_key}|{data.micros(clock)}"
    intent_id = str(uuid.uuid5(_NAMESPACE, seed))
    existing = state.records.get(intent_id)
    if existing is not None:
        return JSONResponse(existing["response"])
    expires_at = int(clock) + INTENT_TTL  # seconds, as the documented sample
    secret_hash = market.fake_hash(f"changelly-secret:{intent_id}:{public_key or address}")
    amount: int = quote["amount"]
    response = {
        "id": intent_id,
        "expires_at": expires_at,
        "secret_hash": secret_hash,
        "approve_to": None,
        "approval_type": source.network.approval_type,
        "params_to_sign": signing.params_to_sign(intent_id, source, amount, expires_at, secret_hash, address),
        "quote": quote["quote"],
    }
    state.records[intent_id] = {
        "kind": "intent",
        "response": response,
        "quote": quote,
        "from_address": address,
        "refund_address": refund_address,
        "to_address": to_address,
        "created_at": clock,
        "expires_at": expires_at,
    }
    outcome = control.Lifecycle.outcome_for_amount(amount)  # magic amounts pick the ending
    state.swaps[intent_id] = control.Lifecycle(SUCCESS, REFUND, FAIL, waiting="created", outcome=outcome)
    return JSONResponse(response)


def intent_record(state: SandboxState, request: Request) -> tuple[str, dict[str, Any]]:
    """The path's intent id and its record, or 400 (not a UUID) / 404 (no such intent)."""
    intent_id = uuid_text(request.path_params["intent_id"], "path.intent_id")
    record = state.records.get(intent_id)
    if record is None or record["kind"] != "intent":
        raise ApiError(404, "not_found", f"Intent {intent_id} not found")
    return intent_id, record


async def create_intent_approval(state: SandboxState, request: Request) -> Response:
    """``POST /v1/intents/{id}/approvals/``: the user's signature starts the swap."""
    intent_id = uuid_text(request.path_params["intent_id"], "path.intent_id")
    body = await json_object(request)
    approval_type = field(body, "approval_type", "body", str)
    if approval_type not in APPROVAL_TYPES:
        raise invalid(f"body.approval_type must be one of {', '.join(APPROVAL_TYPES)}")
    signed = body.get("signed_data")
    if "signed_data" not in body:
        raise invalid("body.signed_data is required")
    if isinstance(signed, dict):
        for name in ("transaction", "user_address"):
            field(signed, name, "body.signed_data", str, required=False)
    elif not isinstance(signed, str):
        raise invalid("body.signed_data must be a string or an object")
    _, record = intent_record(state, request)
    expected = record["response"]["approval_type"]
    if approval_type != expected:
        raise unprocessable(
            "invalid_approval_type", f"Approval type {approval_type} does not match intent ({expected})"
        )
    status = data.swap_status(state, intent_id, state.clock.now())
    if status != "created":
        raise unprocessable("invalid_status", f"Invalid intent status: {status}")
    if not signing.signature_ok(approval_type, signed):
        raise unprocessable("signature_validation_failed", "Intent signature validation failed on provider side")
    state.swaps[intent_id].start(state.clock.now())
    return JSONResponse({"intent_id": intent_id})


# --- status ----------------------------------------------------------------------------------------------------------
async def get_intent(state: SandboxState, request: Request) -> Response:
    """``GET /v1/intents/{id}``."""
    intent_id, _ = intent_record(state, request)
    return JSONResponse(data.swap_json(state, intent_id))


_PAIRS = (
    ("from_token_id", "to_token_id"),
    ("from_network_id", "to_network_id"),
    ("from_contract_address", "to_contract_address"),
    ("swap_created_from", "swap_created_to"),
)


async def list_swaps(state: SandboxState, request: Request) -> Response:
    """``GET /v1/swaps``: newest first, filters in pairs, ``limit`` ≤ 100 (default 10)."""
    ints = {
        name: query_int(request, name, INT64 if name.startswith("swap_created") else None)
        for pair in _PAIRS
        for name in pair
        if "contract" not in name
    }
    addresses = {name: query_str(request, name) for name in ("from_contract_address", "to_contract_address")}
    values: dict[str, Any] = {**ints, **addresses}
    for first, second in _PAIRS:
        if (values[first] is None) != (values[second] is None):
            raise invalid(f"query.{first} and query.{second} must be used together")
    status = query_str(request, "status")
    status = None if status is None else status.lower()  # the spec lists both casings the docs use
    if status is not None and status not in STATUSES:
        raise invalid(f"query.status must be one of {', '.join(STATUSES)}")
    limit = query_int(request, "limit")
    offset = query_int(request, "offset") or 0
    if limit is not None and not 1 <= limit <= 100:
        raise invalid("query.limit must be between 1 and 100")
    if offset < 0:
        raise invalid("query.offset must not be negative")
    swaps = [data.swap_json(state, intent_id) for intent_id in state.swaps if intent_id in state.records]
    swaps = [swap for swap in swaps if data.matches(swap, values, status)]
    swaps.sort(key=lambda swap: (-swap["intent_created_at"], swap["intent_id"]))
    return JSONResponse(swaps[offset : offset + (limit or 10)])


# --- app -------------------------------------------------------------------------------------------------------------
def _plant_status(body: Any) -> Any:
    if isinstance(body, list):
        return [{**item, "status": control.UNKNOWN_ENUM_VALUE} for item in body]
    return {**body, "status": control.UNKNOWN_ENUM_VALUE}


def create_app(state: SandboxState, *, capitalised_statuses: bool = False) -> Starlette:
    """The Changelly sandbox: its API (key ``sandbox-key``) plus ``/_sandbox``; statuses capitalised on request."""
    shape = generations.capitalised if capitalised_statuses else (lambda handler: handler)
    state.error_body = lambda status, message: {  # Changelly's {code, type, message}
        "code": status,
        "type": "internal_error" if status >= 500 else "rate_limit_error",
        "message": message,
    }

    def endpoint(handler: Any) -> control.Handler:
        async def run(request: Request) -> Response:
            try:
                check_auth(request)
                response: Response = await handler(state, request)
            except ApiError as exc:
                return error(exc.status, exc.kind, exc.message)
            return response

        return run

    operations = (
        ("/v1/networks", "GET", "listNetworks", list_networks, None),
        ("/v1/tokens", "GET", "listTokens", list_tokens, None),
        ("/v1/quotes/", "POST", "createQuote", create_quote, None),
        ("/v1/intents/", "POST", "createIntent", create_intent, None),
        ("/v1/intents/{intent_id}/approvals/", "POST", "createIntentApproval", create_intent_approval, None),
        ("/v1/intents/{intent_id}", "GET", "getIntent", shape(get_intent), _plant_status),
        ("/v1/swaps", "GET", "listSwaps", shape(list_swaps), _plant_status),
    )
    routes: list[Any] = [
        Route(path, control.route(state, name, endpoint(handler), plant_enum=plant), methods=[method])
        for path, method, name, handler, plant in operations
    ]
    routes += control.control_routes(state)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error(exc.status_code, kind, str(exc.detail), headers=dict(exc.headers or {}))

    async def crash(request: Request, exc: Exception) -> Response:
        return error(500, "internal_error", "Internal error")

    return Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: crash})
