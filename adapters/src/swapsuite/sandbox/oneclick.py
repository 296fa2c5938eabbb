"""NEAR Intents 1Click sandbox: ``/v0/tokens``, ``/v0/quote``, ``/v0/deposit/submit``, ``/v0/status`` and
``/v0/any-input/withdrawals`` as the contract (``specs/oneclick/openapi.yaml``) describes them.

* Auth is optional, as on the real service: no credentials work (with the extra 20 bps platform fee 1Click charges
  unauthenticated callers); ``X-API-Key: sandbox-key`` or ``Authorization: Bearer sandbox-key`` work without it;
  any other key that is sent → 401.
* Fees: 1Click protocol fee 10 bps, +20 bps without credentials, + the request's ``appFees``, +2 bps ``insured``;
  a withdrawal fee (destination chain) comes off ``amountOut``, a refund fee (origin chain) is quoted.
* A firm quote reserves a deposit address and starts a swap: ``PENDING_DEPOSIT`` until ``/v0/deposit/submit``,
  then ``KNOWN_DEPOSIT_TX`` → ``PROCESSING`` → ``SUCCESS`` | ``REFUNDED`` | ``FAILED``, one step per
  ``Lifecycle.dwell`` seconds of the sandbox clock. Amounts ending in 302 are refunded, in 404 fail.
* Quotes are signed with Ed25519 exactly like the real service signs them, under the sandbox key
  :data:`~swapsuite.sandbox.oneclick_data.SANDBOX_PUBLIC_KEY`.
* Errors are ``{"message", "correlationId", "timestamp", "path"}`` like live 400 bodies. ``/v0/status`` and
  ``/v0/any-input/withdrawals`` document no 400, so their invalid parameters answer 404 with the same body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import Any, cast

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import control, market
from . import oneclick_account as account
from . import oneclick_crypto as crypto
from . import oneclick_data as data
from .control import Lifecycle, SandboxState, iso_utc
from .server import SANDBOX_API_KEY

PROTOCOL_FEE_BPS = Decimal(10)
UNAUTHENTICATED_FEE_BPS = Decimal(20)  # the docs' extra platform fee for calls without an API key or JWT
INSURANCE_FEE_BPS = Decimal(2)
MIN_SWAP_USD = Decimal("0.50")  # "Amount is too low for bridge" below max(this, twice the chain fees)
QUOTE_VALIDITY_S = 600  # a firm quote's deposit address stays active ten minutes
MAX_AMOUNT = 2**128 - 1  # amounts are u128 on NEAR
ANY_ASSET = "1cs_v1:any"
ENDINGS = {"success": "SUCCESS", "refund": "REFUNDED", "fail": "FAILED"}
PATHS = {outcome: ("KNOWN_DEPOSIT_TX", "PROCESSING", final) for outcome, final in ENDINGS.items()}
PLACES = ("ORIGIN_CHAIN", "INTENTS", "CONFIDENTIAL_INTENTS")
ENUMS = {
    "swapType": ("EXACT_INPUT", "EXACT_OUTPUT", "FLEX_INPUT", "ANY_INPUT"),
    "depositType": PLACES,
    "refundType": PLACES,
    "recipientType": ("DESTINATION_CHAIN", "INTENTS", "CONFIDENTIAL_INTENTS"),
    "depositMode": ("SIMPLE", "MEMO"),
    "confidentiality": ("public", "basic", "advanced"),
}
# QuoteRequest fields as ``name[:kind]`` (kind defaults to string); ranges, appFees and rebates are checked apart.
REQUIRED = "dry:boolean swapType slippageTolerance:number originAsset depositType destinationAsset amount refundTo "
REQUIRED += "refundType recipient recipientType deadline"
OPTIONAL = "depositMode connectedWallets:array sessionId virtualChainRecipient virtualChainRefundRecipient "
OPTIONAL += "customRecipientMsg referral confidentiality insured:boolean"
INVITE_ONLY = "Confidential Intents are invite-only and not enabled for this integration"
REFUND_REASON = "QUOTE_NOT_FILLED"  # sandbox wording; 1Click documents only PARTIAL_DEPOSIT as an example


class Invalid(Exception):
    """A request 1Click rejects; the message goes to the client."""


class OneClickJSON(JSONResponse):
    """JSON with exact numbers: Decimal prices and JS-formatted echoes are written digit for digit."""

    def render(self, content: Any) -> bytes:
        return data.dumps(content).encode()


def error(state: SandboxState, status: int, message: str, path: str) -> OneClickJSON:
    """1Click's error body."""
    now = state.clock.now()
    body = {"message": message, "correlationId": data.correlation_id(f"{path}|{message}|{now}")}
    return OneClickJSON({**body, "timestamp": iso_utc(now), "path": path}, status_code=status)


def authenticated(request: Request) -> bool | None:
    """True with a valid key, False without credentials, None when a key was sent that is not valid."""
    key, bearer = request.headers.get("x-api-key"), request.headers.get("authorization")
    if key is None and bearer is None:
        return False
    if key is not None and key != SANDBOX_API_KEY:
        return None
    scheme, _, token = (bearer or f"bearer {SANDBOX_API_KEY}").partition(" ")
    # The SDK sends its one TOKEN everywhere: a user session token of this sandbox counts as credentials too.
    known = token == SANDBOX_API_KEY or crypto.check_token(token, "access", float("-inf")) is not None
    return True if scheme.lower() == "bearer" and known else None


async def json_body(request: Request) -> dict[str, Any]:
    """The request body as a JSON object with exact (Decimal) numbers; Invalid otherwise."""

    def no_constant(name: str) -> Any:
        raise ValueError(name)  # NaN / Infinity are not JSON, whatever Python's parser allows

    try:
        body = json.loads(await request.body(), parse_float=Decimal, parse_constant=no_constant)
    except (ValueError, RecursionError):
        raise Invalid("Request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise Invalid("Request body must be a JSON object")
    if re.search(r"[\ud800-\udfff]", json.dumps(body, default=str, ensure_ascii=False)):
        raise Invalid("Request body contains an invalid Unicode string")
    return body


# --- request validation -------------------------------------------------------------------------------------
_MISSING = object()


def field(body: dict[str, Any], name: str, kind: str = "string", *, required: bool = False) -> Any:
    """One field checked against its type (``string``, ``boolean``, ``number``, ``array``); None when absent/null."""
    value: Any = body.get(name, _MISSING)
    if value is _MISSING or value is None:
        if required:
            raise Invalid(f"{name} should not be empty")
        return None
    types = {"string": str, "boolean": bool, "number": int | Decimal, "array": list}
    if not isinstance(value, types[kind]) or (kind == "number" and isinstance(value, bool)):
        raise Invalid(f"{name} must be a {kind}")
    if name in ENUMS and value not in ENUMS[name]:
        raise Invalid(f"{name} must be one of the following values: {', '.join(ENUMS[name])}")
    if kind != "number":
        return value
    double = data.as_double(cast("int | Decimal", value))
    if double is None:
        raise Invalid(f"{name} must be a finite number")
    return double


def number_in(body: dict[str, Any], name: str, low: int, high: int | None, *, required: bool = True) -> Any:
    """A number field within [low, high]."""
    value = field(body, name, "number", required=required)
    if value is not None and (value < low or (high is not None and value > high)):
        raise Invalid(f"{name} must be between {low} and {high}" if high is not None else f"{name} must be >= {low}")
    return value


def entries(body: dict[str, Any], name: str, number: str, high: int) -> list[dict[str, Any]] | None:
    """An array of ``{recipient: string, <number>: 0..high}`` objects (``appFees``, ``rebates``); None if absent."""
    values = field(body, name, "array")
    if values is None:
        return None
    if not all(isinstance(value, dict) for value in values):
        raise Invalid(f"each value in {name} must be an object")
    return [{"recipient": field(v, "recipient", required=True), number: number_in(v, number, 0, high)} for v in values]


@dataclass
class QuoteInput:
    """A validated quote request and what it resolves to."""

    echo: dict[str, Any]  # the request as the service understood it (known fields, JS-canonical numbers)
    origin: data.ListedToken | None  # None for ANY_INPUT's "1cs_v1:any"
    destination: data.ListedToken
    amount: int
    fee_bps: Decimal
    slippage: Decimal


def check_address(value: str, blockchain: str | None, where: str, what: str) -> None:
    """Recipient / refund addresses must fit the chain (or be a NEAR account inside Intents)."""
    kind = "near" if where != "chain" or blockchain is None else data.CHAINS[blockchain].kind
    if not data.ADDRESS[kind].fullmatch(value):
        raise Invalid(f"{what} is not valid")


def validate_quote(body: dict[str, Any], authed: bool) -> QuoteInput:
    """QuoteRequest → QuoteInput, or Invalid with the reason the real service would give."""
    echo: dict[str, Any] = {}
    for spec in REQUIRED.split():
        name, _, kind = spec.partition(":")
        echo[name] = field(body, name, kind or "string", required=True)
    for spec in OPTIONAL.split():
        name, _, kind = spec.partition(":")
        if name in body:
            echo[name] = field(body, name, kind or "string")
    if any(not isinstance(wallet, str) for wallet in echo.get("connectedWallets") or []):
        raise Invalid("each value in connectedWallets must be a string")
    echo["slippageTolerance"] = slippage = number_in(body, "slippageTolerance", 0, 10_000)
    if "quoteWaitingTimeMs" in body:
        echo["quoteWaitingTimeMs"] = number_in(body, "quoteWaitingTimeMs", 0, None, required=False)
    app_fees, rebates = entries(body, "appFees", "fee", 500), entries(body, "rebates", "share", 100)
    echo.update({k: v for k, v in (("appFees", app_fees), ("rebates", rebates)) if k in body})
    if rebates and (len(rebates) > 3 or sum(r["share"] for r in rebates) != 100):
        raise Invalid("rebates must have at most 3 recipients whose shares add up to 100")
    # Length first: Python refuses to parse integers of more than 4300 digits.
    if not re.fullmatch(r"0*[0-9]{1,39}", echo["amount"]) or int(echo["amount"]) > MAX_AMOUNT:
        raise Invalid("amount must be an integer string of at most 128 bits")
    if data.parse_date_time(echo["deadline"]) is None:
        raise Invalid("deadline must be a valid ISO 8601 date string")
    # Checked in this order so the error names the first thing the service would trip over.
    origin = data.BY_ASSET_ID.get(echo["originAsset"])
    destination = data.BY_ASSET_ID.get(echo["destinationAsset"])
    any_input = echo["swapType"] == "ANY_INPUT"
    if origin is None and not (any_input and echo["originAsset"] == ANY_ASSET):
        raise Invalid("tokenIn is not valid")
    if destination is None:
        raise Invalid("tokenOut is not valid")
    if any_input and not authed:
        raise Invalid("ANY_INPUT quotes are only available to authenticated partners")
    if origin is None and echo["depositType"] != "INTENTS":
        raise Invalid(f"{ANY_ASSET} can only be deposited with depositType INTENTS")
    places = (echo["depositType"], echo["refundType"], echo["recipientType"])
    if "CONFIDENTIAL_INTENTS" in places or echo.get("confidentiality") in ("basic", "advanced"):
        raise Invalid(INVITE_ONLY)
    if echo.get("depositMode") == "MEMO":
        raise Invalid(f"depositMode MEMO is not supported for {origin.blockchain if origin else 'intents'} deposits")
    if (origin and origin.market is None) or destination.market is None:
        raise Invalid("Failed to get quote")  # listed, but no market maker quotes the long tail here
    refund_where = "chain" if echo["refundType"] == "ORIGIN_CHAIN" else "intents"
    check_address(echo["refundTo"], origin.blockchain if origin else None, refund_where, "refundTo")
    recipient_where = "chain" if echo["recipientType"] == "DESTINATION_CHAIN" else "intents"
    check_address(echo["recipient"], destination.blockchain, recipient_where, "recipient")
    amount = int(echo["amount"])
    if amount == 0 and not any_input:
        raise Invalid("Amount is too low for bridge, try at least 1")
    fee = PROTOCOL_FEE_BPS + (0 if authed else UNAUTHENTICATED_FEE_BPS) + sum(f["fee"] for f in app_fees or [])
    fee += INSURANCE_FEE_BPS if echo.get("insured") else 0
    if fee >= 10_000:
        raise Invalid("Total fees must be below 100%")
    return QuoteInput(echo, origin, destination, amount, fee, slippage)


# --- pricing ------------------------------------------------------------------------------------------------
MAX_SWAP_USD = Decimal(10_000_000)  # beyond this no market maker answers ("Failed to get quote")


def price(q: QuoteInput) -> dict[str, Any]:
    """The ``quote`` amounts (integer strings, formatted, USD), fees and time estimate of a validated request."""
    o, d, swap_type = q.origin, q.destination, q.echo["swapType"]
    seconds = data.chain_of(o, q.echo["depositType"] == "ORIGIN_CHAIN").seconds + 10
    seconds += data.chain_of(d, q.echo["recipientType"] == "DESTINATION_CHAIN").seconds
    if o is None or swap_type == "ANY_INPUT":  # deposits of any size are priced when they arrive
        return {**dict.fromkeys(data.AMOUNT_KEYS, "0"), "timeEstimate": seconds, "refundFee": "0", "withdrawFee": "0"}
    assert o.market is not None and d.market is not None
    # Withdrawing to / refunding on a chain costs that chain's fee; moves inside Intents are free.
    withdraw_usd = data.CHAINS[d.blockchain].fee_usd if q.echo["recipientType"] == "DESTINATION_CHAIN" else Decimal(0)
    refund_usd = data.CHAINS[o.blockchain].fee_usd if q.echo["refundType"] == "ORIGIN_CHAIN" else Decimal(0)
    withdraw, refund = data.usd_to_units(withdraw_usd, d), data.usd_to_units(refund_usd, o)
    floor_usd = max(MIN_SWAP_USD, 2 * (withdraw_usd + refund_usd))
    if swap_type == "EXACT_OUTPUT":
        amount_out = min_out = q.amount
        min_in = market.convert_back(q.amount + withdraw, o.market, d.market, q.fee_bps)
        # The slippage buffer goes on the input side; whatever is not needed is refunded after the swap.
        amount_in = int((min_in * (10_000 + q.slippage) / 10_000).to_integral_value(rounding=ROUND_CEILING))
        if min_in < data.usd_to_units(floor_usd, o):
            raise Invalid(f"Amount is too low for bridge, try at least {data.usd_to_units(floor_usd, d)}")
    else:
        amount_in = q.amount
        amount_out = market.convert(q.amount, o.market, d.market, q.fee_bps) - withdraw
        minimum = data.usd_to_units(floor_usd, o)
        if amount_in < minimum or amount_out <= 0:
            raise Invalid(f"Amount is too low for bridge, try at least {minimum}")
        min_out = market.apply_slippage(amount_out, q.slippage)
        min_in = amount_in if swap_type == "EXACT_INPUT" else market.apply_slippage(amount_in, q.slippage)
    if Decimal(amount_in).scaleb(-o.decimals) * o.price > MAX_SWAP_USD:
        raise Invalid("Failed to get quote")
    return {
        **data.amounts("amountIn", amount_in, o),
        "minAmountIn": str(min_in),
        **data.amounts("amountOut", amount_out, d),
        "minAmountOut": str(min_out),
        "timeEstimate": seconds,
        "refundFee": str(refund),
        "withdrawFee": str(withdraw),
    }


def quote_response(state: SandboxState, q: QuoteInput) -> dict[str, Any]:
    """The signed QuoteResponse; a firm one also reserves a deposit address and starts a swap in ``state``."""
    now = state.clock.now()
    stamp = iso_utc(now)
    seed = f"{data.dumps(q.echo, canonical=True)}|{stamp}"
    quote = price(q)
    quote.update({k: q.echo[k] for k in ("virtualChainRecipient", "virtualChainRefundRecipient") if q.echo.get(k)})
    quote.update({k: q.echo[k] for k in ("customRecipientMsg",) if q.echo.get(k)})
    address = None
    if not q.echo["dry"]:
        kind = data.chain_of(q.origin, q.echo["depositType"] == "ORIGIN_CHAIN").kind
        address = data.deposit_address(kind, f"{seed}|{len(state.swaps)}")
        while address in state.swaps:  # every firm quote gets its own address, even for a repeated request
            address = data.deposit_address(kind, address)
        until = iso_utc(now + QUOTE_VALIDITY_S)
        quote.update(depositAddress=address, deadline=until, timeWhenInactive=until)
    response = {
        "correlationId": data.correlation_id(seed),
        "timestamp": stamp,
        "signature": "",
        "quoteRequest": q.echo,
        "quote": quote,
    }
    response["signature"] = data.sign_quote(response)
    if address is not None:
        # ANY_INPUT swaps never settle: they keep collecting deposits (reconciled via any-input/withdrawals).
        endless = ("KNOWN_DEPOSIT_TX", "PROCESSING")
        paths = dict.fromkeys(PATHS, endless) if q.echo["swapType"] == "ANY_INPUT" else PATHS
        outcome = Lifecycle.outcome_for_amount(q.amount)
        state.swaps[address] = Lifecycle(waiting="PENDING_DEPOSIT", outcome=outcome, **paths)
        state.records[address] = {"response": response, "input": q, "quoted_at": now, "tx_hash": None}
    return response


# --- status -------------------------------------------------------------------------------------------------
def swap_details(address: str, record: dict[str, Any], status: str) -> dict[str, Any]:
    """SwapDetails as far as the swap has come: deposit, then intents, then withdrawal or refund. Values not known
    yet are left out rather than sent as null (the official SDK's SwapDetails type has no null)."""
    return {key: value for key, value in _swap_details(address, record, status).items() if value is not None}


def _swap_details(address: str, record: dict[str, Any], status: str) -> dict[str, Any]:
    q: QuoteInput = record["input"]
    quote = record["response"]["quote"]
    nulls = ("amountIn", "amountOut", "depositedAmount")
    details: dict[str, Any] = {"intentHashes": [], "nearTxHashes": []}
    details.update({f"{p}{s}": None for p in nulls for s in ("", "Formatted", "Usd")})
    details.update(slippage=None, originChainTxHashes=[], destinationChainTxHashes=[], refundReason=None)
    details.update(refundedAmount="0", refundedAmountFormatted="0", refundedAmountUsd="0")
    details.update(referral=q.echo.get("referral"), withdrawFee="0", refundFee="0")
    if status == "PENDING_DEPOSIT":
        return details
    origin_chain = data.chain_of(q.origin, q.echo["depositType"] == "ORIGIN_CHAIN")
    details["originChainTxHashes"] = [data.tx(origin_chain, f"{address}|deposit", record["tx_hash"])]
    if status == "KNOWN_DEPOSIT_TX":
        return details
    amount_in, o, d = int(quote["amountIn"]), q.origin, q.destination
    if o is not None and amount_in:
        details.update(data.amounts("depositedAmount", amount_in, o))
    details["intentHashes"] = [data.b58encode(data.digest(f"{address}|intent"))]
    details["nearTxHashes"] = [data.b58encode(data.digest(f"{address}|near|0"))]
    if status == "SUCCESS" and o is not None:
        settled = int(quote["minAmountIn"]) if q.echo["swapType"] == "EXACT_OUTPUT" else amount_in
        details.update(data.amounts("amountIn", settled, o), **data.amounts("amountOut", int(quote["amountOut"]), d))
        details.update(slippage=0, withdrawFee=quote["withdrawFee"])
        dest_chain = data.chain_of(d, q.echo["recipientType"] == "DESTINATION_CHAIN")
        details["destinationChainTxHashes"] = [data.tx(dest_chain, f"{address}|withdraw")]
        details["nearTxHashes"].append(data.b58encode(data.digest(f"{address}|near|1")))
        if amount_in > settled:  # the unused slippage buffer of an exact-output swap goes back
            details.update(data.amounts("refundedAmount", amount_in - settled, o))
    elif status == "REFUNDED" and o is not None:
        fee = min(int(quote["refundFee"]), amount_in)
        details.update(
            data.amounts("refundedAmount", amount_in - fee, o), refundFee=str(fee), refundReason=REFUND_REASON
        )
        refund_chain = data.chain_of(o, q.echo["refundType"] == "ORIGIN_CHAIN")
        details["originChainTxHashes"].append(data.tx(refund_chain, f"{address}|refund"))
    return details


def status_body(state: SandboxState, address: str, call: str) -> dict[str, Any]:
    """GetExecutionStatusResponse (also the SubmitDepositTxResponse) of a known deposit address."""
    record, swap, now = state.records[address], state.swaps[address], state.clock.now()
    status = swap.state(now)
    if status == swap.waiting:
        changed = record["quoted_at"]
    elif swap.started_at is None:  # moved only by /_sandbox advance calls, which leave no time behind
        changed = now
    else:
        changed = min(now, swap.started_at + max(0, list(swap.path()).index(status) - swap.manual_steps) * swap.dwell)
    # The echo in /v0/status has no correlationId and explicit nulls for unset optional fields (live recordings).
    echo = {k: v for k, v in record["response"].items() if k != "correlationId"}
    nulls = dict.fromkeys(("virtualChainRecipient", "virtualChainRefundRecipient", "referral"))
    echo["quoteRequest"] = {**nulls, **echo["quoteRequest"]}
    return {
        "correlationId": data.correlation_id(f"{call}|{address}|{now}"),
        "quoteResponse": echo,
        "status": status,
        "updatedAt": iso_utc(changed),
        "swapDetails": swap_details(address, record, status),
    }


def withdrawals_problem(params: Mapping[str, str], known: bool) -> str | None:
    """Why a /v0/any-input/withdrawals query cannot be answered, or None."""
    for name in ("page", "limit"):
        if name in params and not re.fullmatch(r"-?[0-9]{1,18}", params[name]):
            return f"{name} must be an integer"
    if int(params.get("limit", 50)) > 50:
        return "limit must not be greater than 50"
    if params.get("sortOrder", "desc") not in ("asc", "desc"):
        return "sortOrder must be one of the following values: asc, desc"
    address = params.get("depositAddress")
    return (
        None if known else f"Deposit address {address} not found" if address else "depositAddress should not be empty"
    )


# --- the app ------------------------------------------------------------------------------------------------
def create_app(state: SandboxState) -> Starlette:
    """The 1Click sandbox for one ``SandboxState``: the provider operations (``oneclick_account`` holds the newer
    ones) plus ``/_sandbox``."""
    state.error_body = lambda status, message: {"message": message}  # 1Click's {message} envelope

    def rejected(request: Request, path: str) -> OneClickJSON | None:
        """401 for a key that was sent but is not valid; None when the caller may go on."""
        if authenticated(request) is None:
            return error(state, 401, "Unauthorized: invalid API key or JWT", path)
        return None

    async def get_tokens(request: Request) -> Response:
        stamp = iso_utc(state.clock.now())
        return OneClickJSON([token.entry(stamp) for token in data.TOKENS])

    async def get_quote(request: Request) -> Response:
        authed = authenticated(request)
        if authed is None:
            return error(state, 401, "Unauthorized: invalid API key or JWT", "/v0/quote")
        try:
            response = quote_response(state, validate_quote(await json_body(request), authed))
        except Invalid as exc:
            return error(state, 400, str(exc), "/v0/quote")
        return OneClickJSON(response, status_code=201)  # the live API answers 201 Created

    async def submit_deposit(request: Request) -> Response:
        path = "/v0/deposit/submit"
        if (denied := rejected(request, path)) is not None:
            return denied
        try:
            body = await json_body(request)
            tx_hash = field(body, "txHash", "string", required=True)
            address = field(body, "depositAddress", "string", required=True)
            for name in ("nearSenderAccount", "memo"):
                if name in body and not isinstance(body[name], str):
                    raise Invalid(f"{name} must be a string")
            if not tx_hash or not address:
                raise Invalid(f"{'txHash' if not tx_hash else 'depositAddress'} should not be empty")
            if address not in state.records:
                raise Invalid(f"Deposit address {address} not found")
        except Invalid as exc:
            return error(state, 400, str(exc), path)
        record = state.records[address]
        record["tx_hash"] = record["tx_hash"] or tx_hash  # the first reported transaction is the deposit
        state.swaps[address].start(state.clock.now())
        return OneClickJSON(status_body(state, address, "submit"))

    async def get_status(request: Request) -> Response:
        if (denied := rejected(request, "/v0/status")) is not None:
            return denied
        address = request.query_params.get("depositAddress") or ""
        if address not in state.records:
            message = f"Deposit address {address} not found" if address else "depositAddress should not be empty"
            return error(state, 404, message, "/v0/status")
        return OneClickJSON(status_body(state, address, "status"))

    async def get_withdrawals(request: Request) -> Response:
        path = "/v0/any-input/withdrawals"
        if (denied := rejected(request, path)) is not None:
            return denied
        address = request.query_params.get("depositAddress") or ""
        problem = withdrawals_problem(request.query_params, address in state.records)
        if problem is not None:  # the contract documents no 400 here; 404 carries the reason instead
            return error(state, 404, problem, path)
        q: QuoteInput = state.records[address]["input"]
        affiliate = data.digest(f"{address}|affiliate").hex()
        # Payouts only happen for pooled ANY_INPUT deposits; the sandbox books none, so the page is empty.
        body = {"asset": q.echo["destinationAsset"], "recipient": q.echo["recipient"], "affiliateRecipient": affiliate}
        return OneClickJSON({**body, "withdrawals": []})

    def plant_status(body: Any) -> Any:
        return {**body, "status": control.UNKNOWN_ENUM_VALUE}

    def plant_history_status(body: Any) -> Any:
        return {**body, "items": [{**item, "status": control.UNKNOWN_ENUM_VALUE} for item in body["items"]]}

    plants: dict[str, control.Mutator] = {"getHistory": plant_history_status}

    def plant_blockchain(body: Any) -> Any:
        return [{**body[0], "blockchain": control.UNKNOWN_ENUM_VALUE}, *body[1:]]

    def plant_swap_type(body: Any) -> Any:
        return {**body, "quoteRequest": {**body["quoteRequest"], "swapType": control.UNKNOWN_ENUM_VALUE}}

    def op(path: str, name: str, handler: control.Handler, method: str, plant: control.Mutator | None) -> Route:
        return Route(path, control.route(state, name, handler, plant_enum=plant), methods=[method])

    async def read_body(request: Request) -> dict[str, Any]:
        try:
            return await json_body(request)
        except Invalid as exc:
            raise account.Refused(400, str(exc)) from None

    def fail(status: int, message: str, path: str) -> Response:
        return error(state, status, message, path)

    newer = account.handlers(state, fail, read_body, authenticated)  # intents, sessions, account, attestation
    routes = [
        *(op(path, name, handler, method, plants.get(name)) for path, name, method, handler in newer),
        op("/v0/tokens", "getTokens", get_tokens, "GET", plant_blockchain),
        op("/v0/quote", "getQuote", get_quote, "POST", plant_swap_type),
        op("/v0/deposit/submit", "submitDepositTx", submit_deposit, "POST", plant_status),
        op("/v0/status", "getExecutionStatus", get_status, "GET", plant_status),
        op("/v0/any-input/withdrawals", "getAnyInputQuoteWithdrawals", get_withdrawals, "GET", None),
    ]
    return Starlette(routes=[*routes, *control.control_routes(state)])
