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

import re
from collections.abc import Mapping
from decimal import ROUND_CEILING, Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import control, market
from . import oneclick_account as account
from . import oneclick_crypto as crypto
from . import oneclick_data as data
from .control import Lifecycle, SandboxState, iso_utc
from .oneclick_request import (
    Invalid,
    QuoteInput,
    field,
    json_body,
    validate_quote,
)
from .server import SANDBOX_API_KEY

MIN_SWAP_USD = Decimal("0.50")  # "Amount is too low for bridge" below max(this, twice the chain fees)
QUOTE_VALIDITY_S = 600  # a firm quote's deposit address stays active ten minutes
ENDINGS = {"success": "SUCCESS", "refund": "REFUNDED", "fail": "FAILED"}
PATHS = {outcome: ("KNOWN_DEPOSIT_TX", "PROCESSING", final) for outcome, final in ENDINGS.items()}
REFUND_REASON = "QUOTE_NOT_FILLED"  # sandbox wording; 1Click documents only PARTIAL_DEPOSIT as an example


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
def _plant_status(body: Any) -> Any:
    return {**body, "status": control.UNKNOWN_ENUM_VALUE}


def _plant_history_status(body: Any) -> Any:
    return {**body, "items": [{**item, "status": control.UNKNOWN_ENUM_VALUE} for item in body["items"]]}


PLANTS: dict[str, control.Mutator] = {"getHistory": _plant_history_status}  # newer operations


def _plant_blockchain(body: Any) -> Any:
    return [{**body[0], "blockchain": control.UNKNOWN_ENUM_VALUE}, *body[1:]]


def _plant_swap_type(body: Any) -> Any:
    return {**body, "quoteRequest": {**body["quoteRequest"], "swapType": control.UNKNOWN_ENUM_VALUE}}


class OneClickSandbox:
    """The 1Click sandbox's handlers: one method per endpoint over one :class:`SandboxState` (``app()`` routes them;
    ``oneclick_account`` holds the newer operations)."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state
        state.error_body = lambda status, message: {"message": message}  # 1Click's {message} envelope

    def rejected(self, request: Request, path: str) -> OneClickJSON | None:
        """401 for a key that was sent but is not valid; None when the caller may go on."""
        if authenticated(request) is None:
            return error(self.state, 401, "Unauthorized: invalid API key or JWT", path)
        return None

    async def get_tokens(self, request: Request) -> Response:
        stamp = iso_utc(self.state.clock.now())
        return OneClickJSON([token.entry(stamp) for token in data.TOKENS])

    async def get_quote(self, request: Request) -> Response:
        authed = authenticated(request)
        if authed is None:
            return error(self.state, 401, "Unauthorized: invalid API key or JWT", "/v0/quote")
        try:
            response = quote_response(self.state, validate_quote(await json_body(request), authed))
        except Invalid as exc:
            return error(self.state, 400, str(exc), "/v0/quote")
        return OneClickJSON(response, status_code=201)  # the live API answers 201 Created

    async def submit_deposit(self, request: Request) -> Response:
        path = "/v0/deposit/submit"
        if (denied := self.rejected(request, path)) is not None:
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
            if address not in self.state.records:
                raise Invalid(f"Deposit address {address} not found")
        except Invalid as exc:
            return error(self.state, 400, str(exc), path)
        record = self.state.records[address]
        record["tx_hash"] = record["tx_hash"] or tx_hash  # the first reported transaction is the deposit
        self.state.swaps[address].start(self.state.clock.now())
        return OneClickJSON(status_body(self.state, address, "submit"))

    async def get_status(self, request: Request) -> Response:
        if (denied := self.rejected(request, "/v0/status")) is not None:
            return denied
        address = request.query_params.get("depositAddress") or ""
        if address not in self.state.records:
            message = f"Deposit address {address} not found" if address else "depositAddress should not be empty"
            return error(self.state, 404, message, "/v0/status")
        return OneClickJSON(status_body(self.state, address, "status"))

    async def get_withdrawals(self, request: Request) -> Response:
        path = "/v0/any-input/withdrawals"
        if (denied := self.rejected(request, path)) is not None:
            return denied
        address = request.query_params.get("depositAddress") or ""
        problem = withdrawals_problem(request.query_params, address in self.state.records)
        if problem is not None:  # the contract documents no 400 here; 404 carries the reason instead
            return error(self.state, 404, problem, path)
        q: QuoteInput = self.state.records[address]["input"]
        affiliate = data.digest(f"{address}|affiliate").hex()
        # Payouts only happen for pooled ANY_INPUT deposits; the sandbox books none, so the page is empty.
        body = {"asset": q.echo["destinationAsset"], "recipient": q.echo["recipient"], "affiliateRecipient": affiliate}
        return OneClickJSON({**body, "withdrawals": []})

    def op(self, path: str, name: str, handler: control.Handler, method: str, plant: control.Mutator | None) -> Route:
        return Route(path, control.route(self.state, name, handler, plant_enum=plant), methods=[method])

    @staticmethod
    async def read_body(request: Request) -> dict[str, Any]:
        try:
            return await json_body(request)
        except Invalid as exc:
            raise account.Refused(400, str(exc)) from None

    def fail(self, status: int, message: str, path: str) -> Response:
        return error(self.state, status, message, path)

    def app(self) -> Starlette:
        """The provider operations plus ``/_sandbox``."""
        newer = account.handlers(
            self.state, self.fail, self.read_body, authenticated
        )  # intents, sessions, account, attestation
        routes = [
            *(self.op(path, name, handler, method, PLANTS.get(name)) for path, name, method, handler in newer),
            self.op("/v0/tokens", "getTokens", self.get_tokens, "GET", _plant_blockchain),
            self.op("/v0/quote", "getQuote", self.get_quote, "POST", _plant_swap_type),
            self.op("/v0/deposit/submit", "submitDepositTx", self.submit_deposit, "POST", _plant_status),
            self.op("/v0/status", "getExecutionStatus", self.get_status, "GET", _plant_status),
            self.op("/v0/any-input/withdrawals", "getAnyInputQuoteWithdrawals", self.get_withdrawals, "GET", None),
        ]
        return Starlette(routes=[*routes, *control.control_routes(self.state)])


def create_app(state: SandboxState) -> Starlette:
    """The 1Click sandbox for one ``SandboxState``: the provider operations (``oneclick_account`` holds the newer
    ones) plus ``/_sandbox``."""
    return OneClickSandbox(state).app()
