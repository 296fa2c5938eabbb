"""Deframe (Pods) swap v2 sandbox: ``GET /v2/swap/quote``, ``POST /v2/swap/bytecode``, ``GET /v2/swap/status/{id}``.

Behaviour (see :mod:`.deframe_data` for chains, providers, pricing and payloads):

* Auth: every operation needs ``x-api-key: sandbox-key``; anything else is HTTP 401 with the error envelope.
* Validation: a request that breaks the spec itself (missing ``tokenIn``, ``amountIn`` not digits, unknown chain
  name, bad JSON body, wrong body types…) is a zod-style 422 with ``details.errors[{path, message}]``; a well-formed
  request Deframe cannot serve gets the documented 400/404 code (``MISSING_AMOUNT_PARAMS``, ``NO_ROUTE_FOUND``…).
  The spec's ``ErrorCode`` enum documents no code for 401 or 422, so both carry ``QUOTE_VALIDATION_ERROR``.
* Quote: prices the route with every eligible provider and keeps the best ``expectedAmountOut`` (or the
  ``preferredProvider``); the quoteId is a uuid5 of the request and the clock second, so an identical request in
  the same second returns the same saved quote. Quotes live 300 s on the sandbox clock.
* Lifecycle: ``pending`` until the user *executes*, which the sandbox equates with being handed the execution
  data — a quote with both addresses on an EVM origin (its response carries ``transactionData``), any
  ``POST /v2/swap/bytecode``, or a ``btcTxHash`` reported on the status call of a Bitcoin-origin quote. Then
  ``processing`` → ``fulfilled`` | ``refunded`` | ``failed`` one step per provider dwell (2–30 s). The ending comes
  from the amount the caller named (``amountIn`` or ``amountOut``): …302 refunds, …404 fails, else succeeds; or
  from ``POST /_sandbox/swaps/{quoteId}/outcome``. A quote never executed reads ``expired`` after its deadline.
* Rate limits are reported (``X-RateLimit-*``, 100/min on the sandbox clock) but never enforced, so benchmarks are
  not throttled; inject ``{"kind": "status", "status": 429}`` to see a 429.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route as HttpRoute

from . import control
from . import deframe_data as data
from . import deframe_execution as execution
from . import deframe_generations as generations
from .control import Lifecycle, SandboxState
from .deframe_wire import (
    AUTH_CODE,
    BODY_RULES,
    BTC_TXID,
    QUERY_RULES,
    ApiError,
    DecimalJSONResponse,
    bad_request,
    check_address,
    field_errors,
    invalid,
    resolve_chain,
    resolve_token,
)
from .server import SANDBOX_API_KEY

RATE_LIMIT_PER_MINUTE = 100
QUOTE_NAMESPACE = uuid.UUID("5b0c9a4e-8f1d-4d3e-9c5a-d3f7a1e0b2c4")


# --- quote ------------------------------------------------------------------------------------------------------
def _choose(
    route: data.Route, query: Any, amount: int, exact_output: bool, customer_bps: int
) -> tuple[str, data.Pricing, Decimal]:
    """(provider, pricing, slippage) of the best eligible provider, or of the preferred one."""
    slippage = Decimal(query.get("slippage") or data.DEFAULT_SLIPPAGE)
    if not Decimal("0.0001") <= slippage <= Decimal("0.5"):
        raise bad_request("INVALID_SLIPPAGE", "slippage must be between 0.0001 and 0.5")
    preferred = query.get("preferredProvider")
    if preferred is not None and preferred.lower() not in data.PROVIDERS:
        raise bad_request("INVALID_PREFERRED_PROVIDER", f"Unknown provider {preferred!r}")
    eligible = [name for name, provider in data.PROVIDERS.items() if provider.serves(route)]
    if not eligible:
        raise bad_request(
            "NO_ROUTE_FOUND",
            f"No route from {route.token_in.symbol} on {route.origin} to "
            f"{route.token_out.symbol} on {route.destination}",
        )
    unavailable = "PREFERRED_PROVIDER_QUOTE_UNAVAILABLE"
    if preferred is not None:
        preferred = preferred.lower()
        if preferred not in eligible:
            raise bad_request("PREFERRED_PROVIDER_NOT_ELIGIBLE", f"{preferred} does not serve this route")
        eligible = [preferred]
    if exact_output:
        eligible = [name for name in eligible if data.PROVIDERS[name].exact_output]
        if not eligible:
            code = unavailable if preferred else "QUOTE_GENERATION_FAILED"
            raise bad_request(code, "No provider quotes an exact output (amountOut) on this route")
        if data.usd_value(amount, route.token_out) > data.MAX_AMOUNT_USD:  # the input is worth at least as much
            raise bad_request("AMOUNT_IN_TOO_HIGH", f"Amount in exceeds {data.MAX_AMOUNT_USD} USDC")
    elif data.usd_value(amount, route.token_in) > data.MAX_AMOUNT_USD:
        raise bad_request("AMOUNT_IN_TOO_HIGH", f"Amount in exceeds {data.MAX_AMOUNT_USD} USDC")
    speed = query.get("transferSpeed") or "fast"
    priced = {
        n: data.price(route, amount, exact_output, data.provider_bps(n, speed), customer_bps, slippage)
        for n in eligible
    }
    usd_in = min(data.usd_value(p.amount_in, route.token_in) for p in priced.values())
    if usd_in < data.MIN_AMOUNT_USD:
        raise bad_request("AMOUNT_IN_TOO_LOW", f"Amount in is below {data.MIN_AMOUNT_USD} USDC")
    if usd_in > data.MAX_AMOUNT_USD:
        raise bad_request("AMOUNT_IN_TOO_HIGH", f"Amount in exceeds {data.MAX_AMOUNT_USD} USDC")
    priced = {n: p for n, p in priced.items() if usd_in >= data.PROVIDERS[n].min_usd}
    if not priced:
        raise bad_request(unavailable, f"{preferred} returned no quote for this amount")
    # Ranked by expected output (exact input) or by the input needed (exact output); dict order breaks ties.
    best = max(priced, key=lambda n: (priced[n].expected_out, -priced[n].amount_in))
    return best, priced[best], slippage


def get_quote(state: SandboxState, query: Any, customer_bps: int = 0) -> dict[str, Any]:
    """``GET /v2/swap/quote`` for already-authenticated, spec-valid query parameters."""
    origin = resolve_chain(query.get("originChain"), query.get("chainIdIn"), "origin")
    destination = resolve_chain(query.get("destinationChain"), query.get("chainIdOut"), "destination")
    route = data.Route(
        origin,
        destination,
        resolve_token(origin, query["tokenIn"], "tokenIn"),
        resolve_token(destination, query["tokenOut"], "tokenOut"),
    )
    if route.token_in == route.token_out:
        raise bad_request("NO_ROUTE_FOUND", "tokenIn and tokenOut are the same token")
    amount_in, amount_out = query.get("amountIn"), query.get("amountOut")
    if amount_in is not None and amount_out is not None:
        raise bad_request("INVALID_AMOUNT_PARAMS", "Give either amountIn or amountOut, not both")
    if amount_in is None and amount_out is None:
        raise bad_request("MISSING_AMOUNT_PARAMS", "Give amountIn or amountOut")
    named = amount_in if amount_in is not None else amount_out
    assert named is not None
    if len(named.lstrip("0")) > data.MAX_AMOUNT_DIGITS:
        raise bad_request("AMOUNT_IN_TOO_HIGH", f"Amount in exceeds {data.MAX_AMOUNT_USD} USDC")
    provider, pricing, _ = _choose(route, query, int(named), amount_out is not None, customer_bps)
    origin_address, destination_address = query.get("originAddress"), query.get("destinationAddress")
    check_address(origin, origin_address, "originAddress")
    check_address(destination, destination_address, "destinationAddress")
    check_address(origin, query.get("refundAddress"), "refundAddress")
    if origin == "bitcoin" and pricing.amount_in < data.BTC_REFUND_MIN_SATS:
        raise bad_request(
            "INSUFFICIENT_AMOUNT_FOR_REFUND",
            f"Bitcoin deposits under {data.BTC_REFUND_MIN_SATS} sats cannot cover a refund",
        )
    now = state.clock.now()
    seed = "|".join(f"{k}={v}" for k, v in sorted(query.items())) + f"|t={int(now)}"
    qid = str(uuid.uuid5(QUOTE_NAMESPACE, seed))
    quote = data.quote_body(qid, route, query, provider, pricing, now)
    response: dict[str, Any] = {"quote": quote}
    record = state.records.get(qid)
    if record is None:
        speed = query.get("transferSpeed") or "fast"
        record = {
            "route": route,
            "pricing": pricing,
            "provider": provider,
            "deadline": quote["deadline"],
            "rawQuote": quote.get("rawQuote"),
            "executions": 0,
            "btcTxHash": None,
        }
        state.records[qid] = record
        state.swaps[qid] = Lifecycle(
            success=["processing", "fulfilled"],
            refund=["processing", "refunded"],
            fail=["processing", "failed"],
            waiting="pending",
            outcome=Lifecycle.outcome_for_amount(int(named)),
            dwell=data.provider_dwell(provider, speed),
        )
    if origin_address and destination_address and origin in data.EVM_CHAINS:
        response.update(_evm_execution(state, qid, record, origin_address, destination_address, "quote"))
    return response


# --- bytecode ---------------------------------------------------------------------------------------------------
def _execute(state: SandboxState, qid: str, record: dict[str, Any]) -> None:
    """The user has the execution data: the swap starts moving on the clock."""
    record["executions"] += 1
    state.swaps[qid].start(state.clock.now())


def _evm_execution(
    state: SandboxState, qid: str, record: dict[str, Any], origin_address: str, recipient: str, output: str
) -> dict[str, Any]:
    _execute(state, qid, record)
    route, pricing = record["route"], record["pricing"]
    txs = execution.evm_transactions(
        qid, record["provider"], route, pricing, origin_address, recipient, record["deadline"]
    )
    seed = f"{origin_address}:{recipient}:{output}:{record['executions']}"
    body: dict[str, Any] = {
        "id": execution.execution_id(qid, seed, state.clock.now()),
        "chainId": data.CHAIN_IDS[route.origin],
        "transactionData": txs,
    }
    if output == "userOperation":
        body["userOperation"] = execution.user_operation(origin_address, txs[-1])
    return body


def create_bytecode(state: SandboxState, body: dict[str, Any]) -> dict[str, Any]:
    """``POST /v2/swap/bytecode`` for an authenticated, spec-valid body."""
    qid = body["quoteId"]
    record = state.records.get(qid)
    if record is None:
        raise ApiError(404, "QUOTE_NOT_FOUND", "Quote not found or expired")
    if state.clock.now() > record["deadline"]:
        raise bad_request("QUOTE_EXPIRED", "Quote expired: request a new quote")
    if body.get("rawQuote") is not None and body["rawQuote"] != record["rawQuote"]:
        raise bad_request("QUOTE_VALIDATION_ERROR", "rawQuote does not belong to this quote")
    route: data.Route = record["route"]
    check_address(route.origin, body["originAddress"], "originAddress")
    check_address(route.destination, body["destinationAddress"], "destinationAddress")
    output = body.get("output", "bytecode")
    if output == "fireblocks" and "accountId" not in body:
        raise bad_request("QUOTE_VALIDATION_ERROR", "accountId is required when output is fireblocks")
    if route.origin in data.EVM_CHAINS:
        return _evm_execution(state, qid, record, body["originAddress"], body["destinationAddress"], output)
    if output != "bytecode":
        raise bad_request("QUOTE_VALIDATION_ERROR", f"output {output} is only available on EVM routes")
    _execute(state, qid, record)
    if route.origin == "solana":
        return execution.solana_bytecode(qid, body["originAddress"])
    # Bitcoin origin: the user sends BTC to a deposit address (the spec's depositAddress form).
    return {"quoteId": qid, "depositAddress": execution.bitcoin_deposit_address(qid)}


# --- status -----------------------------------------------------------------------------------------------------
def get_status(state: SandboxState, qid: str, btc_tx: str | None) -> dict[str, Any]:
    """``GET /v2/swap/status/{quoteId}``: the lifecycle state and the hashes known so far."""
    record = state.records.get(qid)
    swap = state.swaps.get(qid)
    if record is None or swap is None:
        raise ApiError(404, "QUOTE_NOT_FOUND", "Quote not found or expired")
    route: data.Route = record["route"]
    now = state.clock.now()
    if btc_tx is not None:
        if route.origin != "bitcoin":
            raise bad_request("TRANSFER_VALIDATION_FAILED", "btcTxHash applies only to routes starting on bitcoin")
        if not BTC_TXID.fullmatch(btc_tx):
            raise bad_request("TRANSFER_VALIDATION_FAILED", "btcTxHash must be 64 hex characters")
        if now <= record["deadline"] or swap.started_at is not None:
            record["btcTxHash"] = btc_tx.lower()
            swap.start(now)
    status = swap.state(now)
    if status == swap.waiting and now > record["deadline"]:
        status = "expired"
    origin_hash = dest_hash = None
    if status not in (swap.waiting, "expired"):
        origin_hash = record["btcTxHash"] or data.tx_hash(route.origin, f"{qid}:origin")
    if status == "fulfilled":
        dest_hash = origin_hash if route.same_chain else data.tx_hash(route.destination, f"{qid}:destination")
    return {
        "status": status,
        "originTxHash": origin_hash,
        "destinationTxHash": dest_hash,
        "destinationTxUrl": None if dest_hash is None else data.EXPLORERS[route.destination] + dest_hash,
        "provider": record["provider"],
    }


# --- app --------------------------------------------------------------------------------------------------------
def create_app(
    state: SandboxState, *, customer_markup_bps: int = 0, generation: generations.Generation = "current"
) -> Starlette:
    """The Deframe sandbox app: the three swap v2 operations plus ``/_sandbox``.

    ``customer_markup_bps`` is the integrator markup (the ``customer`` fee line), 0 like a fresh Deframe account.
    ``generation="older"`` answers in the older reference's shapes (:mod:`.deframe_generations`).
    """
    older = generation == "older"

    def error_body(status: int, body: dict[str, Any]) -> dict[str, Any]:
        return generations.error(status, body) if older else body

    state.error_body = lambda status, message: error_body(  # Deframe's {error: {code, message}}
        status,
        {"error": {"code": "SWAP_EXECUTION_FAILED" if status >= 500 else "RATE_LIMIT_EXCEEDED", "message": message}},
    )
    window: Counter[int] = Counter()

    def respond(status: int, body: dict[str, Any]) -> Response:
        # Per-minute window on the sandbox clock, reported like the real API but never enforced.
        now = state.clock.now()
        minute = int(now // 60)
        if minute not in window:
            window.clear()  # only the current window matters
        window[minute] += 1
        headers = {
            "X-RateLimit-Limit": str(RATE_LIMIT_PER_MINUTE),
            "X-RateLimit-Remaining": str(max(0, RATE_LIMIT_PER_MINUTE - window[minute])),
            "X-RateLimit-Reset": str((minute + 1) * 60),
        }
        return DecimalJSONResponse(body, status_code=status, headers=headers)

    def guarded(operation: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def handler(request: Request) -> Response:
            try:
                if request.headers.get("x-api-key") != SANDBOX_API_KEY:
                    raise ApiError(401, AUTH_CODE, "Missing or invalid API key: send it in the x-api-key header")
                return respond(200, await operation(request))
            except ApiError as exc:
                return respond(exc.status, error_body(exc.status, exc.body()))

        return handler

    async def quote(request: Request) -> dict[str, Any]:
        query = dict(request.query_params)
        errors = field_errors(query, ("tokenIn", "tokenOut"), QUERY_RULES)
        if errors:
            raise invalid(errors)
        body = get_quote(state, query, customer_markup_bps)
        return generations.quote(body) if older else body

    async def bytecode(request: Request) -> dict[str, Any]:
        try:
            body = json.loads(await request.body())
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            raise invalid([{"path": [], "message": "Body is not valid JSON"}]) from None
        if not isinstance(body, dict):
            raise invalid([{"path": [], "message": "Expected object"}])
        errors = field_errors(body, ("quoteId", "originAddress", "destinationAddress"), BODY_RULES)
        if errors:
            raise invalid(errors)
        return create_bytecode(state, body)

    async def status(request: Request) -> dict[str, Any]:
        body = get_status(state, request.path_params["quoteId"], request.query_params.get("btcTxHash"))
        return generations.status(body) if older else body

    def plant(body: Any) -> Any:
        return {**body, "status": control.UNKNOWN_ENUM_VALUE}

    routes = [
        HttpRoute("/v2/swap/quote", control.route(state, "getSwapQuote", guarded(quote)), methods=["GET"]),
        HttpRoute("/v2/swap/bytecode", control.route(state, "createSwapBytecode", guarded(bytecode)), methods=["POST"]),
        HttpRoute(
            "/v2/swap/status/{quoteId}",
            control.route(state, "getSwapStatus", guarded(status), plant_enum=plant),
            methods=["GET"],
        ),
        *control.control_routes(state),
    ]
    return Starlette(routes=routes)
