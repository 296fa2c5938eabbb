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
import re
import uuid
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route as HttpRoute

from . import control
from . import deframe_data as data
from . import deframe_generations as generations
from .control import Lifecycle, SandboxState
from .market import MarketToken
from .server import SANDBOX_API_KEY

RATE_LIMIT_PER_MINUTE = 100
QUOTE_NAMESPACE = uuid.UUID("5b0c9a4e-8f1d-4d3e-9c5a-d3f7a1e0b2c4")
# The spec documents no code for these two statuses; QUOTE_VALIDATION_ERROR is the only enum value that fits.
AUTH_CODE = VALIDATION_CODE = "QUOTE_VALIDATION_ERROR"

_DIGITS = re.compile(r"[0-9]+")
_INTEGER = re.compile(r"-?[0-9]+")
_SLIPPAGE = re.compile(r"0?\.[0-9]+")
_BTC_TXID = re.compile(r"[0-9a-fA-F]{64}")


class DecimalJSONResponse(JSONResponse):
    """JSON whose Decimal values are written with their own digits (never through float)."""

    def render(self, content: Any) -> bytes:
        """Encode with each Decimal spliced in as a JSON number literal."""
        numbers: list[str] = []

        def swap(value: Any) -> Any:
            if isinstance(value, Decimal):
                numbers.append(format(value, "f"))
                return f"\x00{len(numbers) - 1}\x00"
            if isinstance(value, dict):
                return {key: swap(item) for key, item in value.items()}
            if isinstance(value, list):
                return [swap(item) for item in value]
            return value

        text = json.dumps(swap(content), ensure_ascii=False, separators=(",", ":"))
        for index, number in enumerate(numbers):
            text = text.replace(json.dumps(f"\x00{index}\x00"), number, 1)
        return text.encode()


class ApiError(Exception):
    """A documented error answer: HTTP status, ``ErrorCode`` and message (plus 422 field errors)."""

    def __init__(self, status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors

    def body(self) -> dict[str, Any]:
        """The ``{"error": {code, message, details?}}`` envelope."""
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.errors is not None:
            error["details"] = {"errors": self.errors}
        return {"error": error}


def bad_request(code: str, message: str) -> ApiError:
    """HTTP 400 with a documented code."""
    return ApiError(400, code, message)


def invalid(errors: list[dict[str, Any]]) -> ApiError:
    """The zod-style 422 listing every offending field."""
    return ApiError(422, VALIDATION_CODE, "Validation failed", errors)


# --- request validation (mirrors the spec's parameter schemas exactly) ----------------------------------------
_ENUM = "Invalid enum value"
# Parameter → (is the value valid per the spec's schema, message); every query value arrives as a string.
_QUERY_RULES: dict[str, tuple[Callable[[str], bool], str]] = {
    "originChain": (data.CHAIN_IDS.__contains__, _ENUM),
    "destinationChain": (data.CHAIN_IDS.__contains__, _ENUM),
    "chainIdIn": (lambda v: bool(_INTEGER.fullmatch(v)), "Expected integer"),
    "chainIdOut": (lambda v: bool(_INTEGER.fullmatch(v)), "Expected integer"),
    "amountIn": (lambda v: bool(_DIGITS.fullmatch(v)), "Expected an integer string in base units"),
    "amountOut": (lambda v: bool(_DIGITS.fullmatch(v)), "Expected an integer string in base units"),
    "slippage": (lambda v: bool(_SLIPPAGE.fullmatch(v)), "Expected a fraction such as 0.01"),
    "feeSponsorship": (("true", "false").__contains__, "Expected boolean"),
    "transferSpeed": (("fast", "standard").__contains__, _ENUM),
}
_BODY_RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "quoteId": (lambda v: isinstance(v, str), "Expected string"),
    "originAddress": (lambda v: isinstance(v, str), "Expected string"),
    "destinationAddress": (lambda v: isinstance(v, str), "Expected string"),
    "output": (("bytecode", "userOperation", "fireblocks").__contains__, _ENUM),
    "accountId": (lambda v: type(v) is int, "Expected integer"),  # bool is not an integer here
    "pixKey": (lambda v: isinstance(v, str), "Expected string"),
}


def _field_errors(values: dict[str, Any], required: tuple[str, ...], rules: dict[str, Any]) -> list[dict[str, Any]]:
    """zod-style issues: missing required fields, then fields whose value breaks their schema."""
    errors = [{"path": [name], "message": "Required"} for name in required if name not in values]
    errors += [{"path": [n], "message": msg} for n, (ok, msg) in rules.items() if n in values and not ok(values[n])]
    return errors


def _chain(name: str | None, chain_id: str | None, side: str) -> str:
    """The Deframe chain name a request means by ``originChain``/``chainIdIn`` (or the destination pair)."""
    by_name, by_id = ("originChain", "chainIdIn") if side == "origin" else ("destinationChain", "chainIdOut")
    if name is None and chain_id is None:
        raise bad_request("QUOTE_VALIDATION_ERROR", f"Give {by_name} or {by_id}")
    # Bounded before int(): a thousands-digit id is simply unknown (and int() refuses > 4300 digits).
    from_id = None if chain_id is None or len(chain_id) > 20 else data.BY_CHAIN_ID.get(int(chain_id))
    if chain_id is not None and from_id is None:
        raise bad_request("NO_ROUTE_FOUND", f"Chain id {chain_id} is not supported")
    if name is not None and from_id is not None and name != from_id:
        raise bad_request("QUOTE_VALIDATION_ERROR", f"{by_name} {name} and {by_id} {chain_id} name different chains")
    chain = name or from_id
    assert chain is not None
    if chain not in data.SERVED_CHAINS:
        raise ApiError(404, "PROVIDER_NOT_FOUND", f"No swap provider serves {chain}")
    return chain


def _token(chain: str, token: str, side: str) -> MarketToken:
    found = data.find_token(chain, token)
    if found is None:
        raise bad_request("NO_ROUTE_FOUND", f"{side} {token!r} is not a supported token on {chain}")
    return found


def _check_address(chain: str, value: str | None, name: str) -> None:
    if value is not None and not data.valid_address(chain, value):
        raise bad_request("TRANSFER_VALIDATION_FAILED", f"{name} {value!r} is not a valid {chain} address")


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
    origin = _chain(query.get("originChain"), query.get("chainIdIn"), "origin")
    destination = _chain(query.get("destinationChain"), query.get("chainIdOut"), "destination")
    route = data.Route(
        origin,
        destination,
        _token(origin, query["tokenIn"], "tokenIn"),
        _token(destination, query["tokenOut"], "tokenOut"),
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
    _check_address(origin, origin_address, "originAddress")
    _check_address(destination, destination_address, "destinationAddress")
    _check_address(origin, query.get("refundAddress"), "refundAddress")
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
    txs = data.evm_transactions(qid, record["provider"], route, pricing, origin_address, recipient, record["deadline"])
    seed = f"{origin_address}:{recipient}:{output}:{record['executions']}"
    body: dict[str, Any] = {
        "id": data.execution_id(qid, seed, state.clock.now()),
        "chainId": data.CHAIN_IDS[route.origin],
        "transactionData": txs,
    }
    if output == "userOperation":
        body["userOperation"] = data.user_operation(origin_address, txs[-1])
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
    _check_address(route.origin, body["originAddress"], "originAddress")
    _check_address(route.destination, body["destinationAddress"], "destinationAddress")
    output = body.get("output", "bytecode")
    if output == "fireblocks" and "accountId" not in body:
        raise bad_request("QUOTE_VALIDATION_ERROR", "accountId is required when output is fireblocks")
    if route.origin in data.EVM_CHAINS:
        return _evm_execution(state, qid, record, body["originAddress"], body["destinationAddress"], output)
    if output != "bytecode":
        raise bad_request("QUOTE_VALIDATION_ERROR", f"output {output} is only available on EVM routes")
    _execute(state, qid, record)
    if route.origin == "solana":
        return data.solana_bytecode(qid, body["originAddress"])
    # Bitcoin origin: the user sends BTC to a deposit address (the spec's depositAddress form).
    return {"quoteId": qid, "depositAddress": data.bitcoin_deposit_address(qid)}


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
        if not _BTC_TXID.fullmatch(btc_tx):
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
        errors = _field_errors(query, ("tokenIn", "tokenOut"), _QUERY_RULES)
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
        errors = _field_errors(body, ("quoteId", "originAddress", "destinationAddress"), _BODY_RULES)
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
