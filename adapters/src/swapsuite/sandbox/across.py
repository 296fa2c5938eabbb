"""Across sandbox: the Swap API (``/swap/*``), the bridge helpers and the indexer's deposit endpoints.

Auth: the key is optional (``Authorization: Bearer``). ``/swap/approval`` is the only operation whose spec documents
a 401, so there a present-but-wrong key is answered with Across's code-less 401 ``AcrossApiError``; every other
operation ignores the header, as its spec allows.

Deposits: a sandbox cannot see the user broadcast ``swapTx``, so the *deposit tx hash* of a sandbox swap is defined
as ``market.fake_hash(swapTx.data)`` (``swapTx.data`` exactly as returned — hex calldata on EVM, base64 on Solana).
Every ``/swap/approval`` answer records that deposit; the first ``/deposit/status`` lookup of it counts as the
broadcast and starts its lifecycle (one step per ``expectedFillTime`` seconds, at least 2):

* success ``pending → filled`` (``fillTxnRef`` set), refund ``pending → expired → refunded`` (``depositRefundTxnRef``
  set), fail ``deposit-pending → deposit-failed``: Across's only failure state is a gasless deposit whose submission
  never lands (a broadcast deposit cannot fail: unfilled, it expires and is refunded).

The amount parameter's last three digits pick the ending (…302 refund, …404 fail); ``/_sandbox/swaps/<hash>/outcome``
overrides it. ``/deposits`` lists only broadcast (started) deposits, newest first, filtered as the indexer filters
(:mod:`swapsuite.sandbox.across_deposits`).

Every answer is JSON: ``/chains`` (the app SDK's ``getSupportedChains``) is served like the other app routes, and an
unknown path or method gets a code-less ``AcrossApiError`` 404/405 instead of Starlette's plain-text page, so a client
that decodes every body as JSON (the official SDK does) sees a typed error.
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_CEILING
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import across_data as d
from . import across_deposits as deposits
from . import across_swap as swap
from . import control, market
from .across_http import Json, Query, api_error, request_id
from .control import SandboxState
from .server import SANDBOX_API_KEY


# --- bridge helpers (/suggested-fees, /limits, /available-routes) -------------------------------------------------
def bridge_pair(q: Query) -> tuple[d.Listed, d.Listed]:
    """The (input, output) tokens of a direct bridge route; the same asset on two chains (ETH by its WETH)."""
    if q.text("inputToken") is None or q.text("outputToken") is None:
        message = "Query param 'token' or 'inputToken' and 'outputToken' must be provided"
        raise d.ApiError(400, message, "MISSING_PARAM", "inputToken")
    origin, dest = q.integer("originChainId", True) or 0, q.integer("destinationChainId", True) or 0
    found = []
    for name, chain in (("inputToken", origin), ("outputToken", dest)):
        address = q.text(name) or ""
        if not d.is_any_address(address):
            raise q.invalid(name, "validAddress")
        found.append(d.find(chain, address))
    src, dst = found
    if src is None or dst is None or origin == dest or src.family != dst.family or src.family not in d.BRIDGEABLE:
        raise d.ApiError(400, "Route is not enabled.", "ROUTE_NOT_ENABLED")
    for name in ("recipient", "relayer"):
        value = q.text(name)
        if value is not None and not d.is_any_address(value):
            raise q.invalid(name, "validAddress")
    calldata = q.text("message")
    if calldata is not None and not re.fullmatch(r"0x(?:[0-9a-fA-F]{2})*", calldata):
        raise q.invalid("message", "hexString")
    q.boolean("allowUnmatchedDecimals")  # market families share decimals, so it never matters here
    return src, dst


def limits(src: d.Listed) -> Json:
    """Deposit limits in input-token units: $1 minimum, $1M instant, $3M overall."""
    instant = str(src.units(d.MAX_INSTANT_USD))
    most = str(src.units(d.MAX_DEPOSIT_USD))
    minimum = str(src.units(d.MIN_DEPOSIT_USD, ROUND_CEILING))
    return {"minDeposit": minimum, "maxDeposit": most, "maxDepositInstant": instant} | {
        "maxDepositShortDelay": most,
        "recommendedDepositInstant": instant,
    }


def fee_parts(src: d.Listed, amount: int) -> tuple[int, int, int]:
    """(LP, relayer capital, relayer gas) fees of bridging ``amount`` — the Swap API's model."""
    return d.bps_of(amount, d.LP_BPS), d.bps_of(amount, d.CAPITAL_BPS), src.units(d.GAS_USD, ROUND_CEILING)


def available_routes() -> list[Json]:
    """Every direct route; ETH routes twice, by the WETH addresses, wrapped and native (as Across lists them)."""
    routes: list[Json] = []
    for a in d.LISTED:
        for b in d.LISTED:
            if a.chain_id == b.chain_id or a.family != b.family or a.family not in d.BRIDGEABLE:
                continue
            ends: Json = {"originChainId": a.chain_id, "destinationChainId": b.chain_id}
            if a.family == "ETH":
                if a.chain_id in d.WETH and b.chain_id in d.WETH:
                    ends |= {"originToken": d.WETH[a.chain_id], "destinationToken": d.WETH[b.chain_id]}
                    for symbol, native in (("WETH", False), ("ETH", True)):
                        names = {"originTokenSymbol": symbol, "destinationTokenSymbol": symbol}
                        routes.append(ends | names | {"isNative": native})
                continue
            ends |= {"originToken": a.address, "destinationToken": b.address}
            names = {"originTokenSymbol": a.token.symbol, "destinationTokenSymbol": b.token.symbol}
            routes.append(ends | names | {"isNative": False})
    return routes


# --- /chains (the app SDK's getSupportedChains) -------------------------------------------------------------------
LOGO_URL = "https://raw.githubusercontent.com/across-protocol/frontend/master/src/assets/token-logos/{}.svg"


def chain_tokens(chain_id: int) -> list[Json]:
    """What a chain bridges, as ``/chains`` lists it: ETH by its WETH address (twice, as WETH and ETH), the rest as
    listed. Only bridgeable assets: ``/chains`` describes the bridge, not the Swap API's swaps."""
    out: list[Json] = []
    for x in d.LISTED:
        if x.chain_id != chain_id or x.family not in d.BRIDGEABLE:
            continue
        if x.family == "ETH":
            if chain_id in d.WETH:
                for symbol, name in (("WETH", "Wrapped Ether"), ("ETH", "Ether")):
                    out.append({"address": d.WETH[chain_id], "symbol": symbol, "name": name, "decimals": 18})
            continue
        out.append({k: v for k, v in x.json().items() if k != "chainId"})
    return [token | {"logoUrl": LOGO_URL.format(token["symbol"].lower())} for token in out]


def chains(q: Query) -> list[Json]:
    """``GET /chains``: filtered by ``chainId`` (repeatable) and token symbols; ``omitTokens`` empties the lists."""
    wanted, omit = set(q.integers("chainId")), q.boolean("omitTokens")
    symbols = {"inputTokens": q.text("inputTokenSymbol"), "outputTokens": q.text("outputTokenSymbol")}
    out = []
    for chain_id in d.CHAIN_IDS:
        tokens = chain_tokens(chain_id)
        if (wanted and chain_id not in wanted) or not tokens:
            continue
        if any(s is not None and all(t["symbol"].upper() != s.upper() for t in tokens) for s in symbols.values()):
            continue
        listed = [] if omit else tokens
        extra = {"spokePool": d.spoke_pool(chain_id), "spokePoolBlock": 17_000_000 + chain_id % 1_000_000}
        out.append(d.chain_json(chain_id) | extra | {"inputTokens": listed, "outputTokens": list(listed)})
    return out


def not_found(request: Request, exc: Exception) -> Response:
    """Unknown path (404) or method (405): a code-less ``AcrossApiError`` — JSON, never a plain-text page."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    headers = exc.headers if isinstance(exc, HTTPException) else None
    message = f"No route for {request.method} {request.url.path}" if status == 404 else "Method not allowed"
    body = {"type": "AcrossApiError", "status": status, "message": message}
    return JSONResponse(body, status_code=status, headers=headers)


def _plant(key: str) -> control.Mutator:
    """The unknown_enum fault: an undocumented value in ``key``."""
    return lambda body: {**body, key: control.UNKNOWN_ENUM_VALUE} if isinstance(body, dict) else body


def _plant_each(body: Any) -> Any:
    return [{**item, "status": control.UNKNOWN_ENUM_VALUE} for item in body] if isinstance(body, list) else body


class AcrossSandbox:
    """The Across sandbox's handlers: one method per endpoint over one :class:`SandboxState` (``app()`` routes them)."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state
        state.error_body = lambda status, message: {  # AcrossApiError, as the app endpoints send it
            "type": "AcrossApiError",
            "code": "UPSTREAM_HTTP_ERROR" if status >= 500 else "INVALID_PARAM",
            "status": status,
            "message": message,
        }
        self.get_approval = control.route(
            self.state, "getSwapApproval", self.swap_approval, plant_enum=_plant("crossSwapType")
        )
        self.post_approval = control.route(
            self.state, "postSwapApproval", self.swap_approval, plant_enum=_plant("crossSwapType")
        )

    def rid_for(self, request: Request) -> str:
        return request_id(request.method + str(request.url), self.state.clock.now())

    def app_json(self, request: Request, build: Any) -> Response:
        """Run an app.across.to handler body; ``ApiError`` becomes the ``AcrossApiError`` envelope."""
        try:
            return JSONResponse(build(Query(request)))
        except d.ApiError as error:
            return api_error(error, self.rid_for(request))

    async def swap_approval(self, request: Request) -> Response:
        now, rid = self.state.clock.now(), self.rid_for(request)
        try:
            header = request.headers.get("authorization")
            if header is not None and header != f"Bearer {SANDBOX_API_KEY}":  # the key is optional, a bad one is not
                raise d.ApiError(401, "Unauthorized: invalid API key")
            actions: list[Json] = []
            if request.method == "POST":
                try:
                    body = json.loads(await request.body())
                except (ValueError, RecursionError):
                    raise d.ApiError(400, "Invalid JSON body", "INVALID_PARAM", "actions") from None
                actions = swap.validate_actions(body)
            return JSONResponse(swap.quote(self.state, swap.Ask(Query(request), actions), rid, now))
        except d.ApiError as error:
            return api_error(error, rid)

    @staticmethod
    async def swap_chains(request: Request) -> Response:
        return JSONResponse([d.chain_json(chain) for chain in d.CHAIN_IDS])

    @staticmethod
    def tokens(q: Query) -> list[Json]:
        chains = q.integers("chainId")
        logo = "https://assets.coingecko.com/coins/images/{}/thumb/{}.png"
        return [
            x.json() | {"logoUrl": logo.format(x.chain_id, x.token.symbol.lower()), "priceUsd": d.usd_text(x.token.usd)}
            for x in d.LISTED
            if not chains or x.chain_id in chains
        ]

    @staticmethod
    def sources(q: Query) -> list[str]:
        chain = q.integer("chainId")
        if chain is not None and chain not in d.CHAIN_IDS:
            raise d.ApiError(400, "Invalid request parameters", "INVALID_PARAM", "chainId")
        return d.sources(chain)

    def suggested_fees(self, q: Query) -> Json:
        now = self.state.clock.now()
        amount = q.amount("amount", True) or 0
        stamp = q.integer("timestamp", minimum=0)
        if stamp is not None and stamp > now:
            raise d.ApiError(400, "Parameter 'timestamp' can't be in the future", "INVALID_PARAM", "timestamp")
        src, dst = bridge_pair(q)
        if src.usd(amount) > d.MAX_DEPOSIT_USD:
            limit = f"{src.units(d.MAX_DEPOSIT_USD)} {src.token.symbol}"
            raise d.ApiError(400, f"Amount exceeds max. deposit limit- {limit}", "AMOUNT_TOO_HIGH", "amount")
        if amount == 0:
            raise d.ApiError(400, "Sent amount is too low relative to fees", "AMOUNT_TOO_LOW", "amount")
        lp, capital, gas = fee_parts(src, amount)
        relay = lp + capital + gas  # the LP fee is folded into the relay fee (lpFeePct is legacy "0")

        def part(fee: int) -> Json:
            return {"pct": str(fee * d.WAD // amount), "total": str(fee)}

        quote_ts = stamp if stamp is not None else int(now) - int(now) % 12  # a recent block's timestamp
        exclusive = src.usd(amount) >= 10_000  # big deposits get an exclusive relayer for a few minutes
        limit_body = limits(src)
        return {
            "estimatedFillTimeSec": d.fill_time(src.chain_id, dst.chain_id, 0),
            "capitalFeePct": part(capital)["pct"],
            "capitalFeeTotal": str(capital),
            "relayGasFeePct": part(gas)["pct"],
            "relayGasFeeTotal": str(gas),
            "relayFeePct": part(relay)["pct"],
            "relayFeeTotal": str(relay),
            "lpFeePct": "0",
            "timestamp": str(quote_ts),
            "isAmountTooLow": amount < int(limit_body["minDeposit"]),
            "quoteBlock": str(23_000_000 + max(0, int(now) - 1_754_000_000) // 12),
            "exclusiveRelayer": d.EXCLUSIVE_RELAYER if exclusive else d.ZERO,
            "exclusivityDeadline": int(now) + 180 if exclusive else 0,
            "spokePoolAddress": d.spoke_pool(src.chain_id),
            "destinationSpokePoolAddress": d.spoke_pool(dst.chain_id),
            "totalRelayFee": part(relay),
            "relayerCapitalFee": part(capital),
            "relayerGasFee": part(gas),
            "lpFee": part(lp),
            "limits": limit_body,
            "fillDeadline": str(int(now) + d.FILL_DEADLINE_S),
            "outputAmount": str(market.convert(max(0, amount - relay), src.token, dst.token)),
            "inputToken": src.json(False),
            "outputToken": dst.json(False),
            "id": request_id(f"fees:{src.address}:{amount}", now),
        }

    @staticmethod
    def get_limits(q: Query) -> Json:
        amount = q.amount("amount")
        src, dst = bridge_pair(q)
        sized = amount or src.units(d.MIN_DEPOSIT_USD * 1000)  # the fee simulation defaults to a $1000 transfer
        _, capital, gas = fee_parts(src, sized)
        max_fee, _ = d.GAS_PRICES.get(dst.chain_id, d.L2_GAS_PRICE)

        def wad(fee: int) -> str:
            return str(fee * d.WAD // sized) if sized else "0"

        relayer = {"relayFeeTotal": str(gas + capital), "relayFeePercent": wad(gas + capital)}
        relayer |= {"gasFeeTotal": str(gas), "gasFeePercent": wad(gas)}
        relayer |= {"capitalFeeTotal": str(capital), "capitalFeePercent": wad(capital)}
        gas_details = {"nativeGasCost": "137265", "gasPrice": str(max_fee), "tokenGasCost": str(gas)}
        if dst.chain_id in d.OP_STACK:
            gas_details["opStackL1GasCost"] = "3993981356"
        return limits(src) | {"relayerFeeDetails": relayer, "gasFeeDetails": gas_details}

    @staticmethod
    def routes(q: Query) -> list[Json]:
        origin, dest = q.integer("originChainId"), q.integer("destinationChainId")
        wanted = {"originChainId": origin, "destinationChainId": dest}
        tokens = {name: q.text(name) for name in ("originToken", "destinationToken")}
        for name, value in tokens.items():
            if value is not None and not d.is_any_address(value):
                raise d.ApiError(
                    400, f"Invalid parameter at path '{name}'. Expected type 'union'", "INVALID_PARAM", name
                )
        return [
            r
            for r in available_routes()
            if all(v is None or r[k] == v for k, v in wanted.items())
            and all(v is None or d.same_address(r[k], v) for k, v in tokens.items())
        ]

    def app_route(self, name: str, build: Any) -> control.Handler:
        async def handler(request: Request) -> Response:
            return self.app_json(request, build)

        return control.route(self.state, name, handler)

    async def approval(self, request: Request) -> Response:
        # One route for both methods, so a PUT gets a 405 that allows GET and POST.
        return await (self.post_approval if request.method == "POST" else self.get_approval)(request)

    async def deposit_status(self, request: Request) -> Response:
        return await deposits.deposit_status(self.state, request)

    async def deposit_list(self, request: Request) -> Response:
        return await deposits.deposits(self.state, request)

    def app(self) -> Starlette:
        """Every operation of ``specs/across/openapi.yaml`` plus ``/_sandbox``."""
        return Starlette(
            exception_handlers={HTTPException: not_found},
            routes=[
                Route("/swap/approval", self.approval, methods=["GET", "POST"]),
                Route("/swap/chains", control.route(self.state, "getSwapChains", self.swap_chains), methods=["GET"]),
                Route("/swap/tokens", self.app_route("getSwapTokens", self.tokens), methods=["GET"]),
                Route("/swap/sources", self.app_route("getSwapSources", self.sources), methods=["GET"]),
                Route("/suggested-fees", self.app_route("getSuggestedFees", self.suggested_fees), methods=["GET"]),
                Route("/limits", self.app_route("getLimits", self.get_limits), methods=["GET"]),
                Route("/available-routes", self.app_route("getAvailableRoutes", self.routes), methods=["GET"]),
                Route(
                    "/deposit/status",
                    control.route(self.state, "getDepositStatus", self.deposit_status, plant_enum=_plant("status")),
                    methods=["GET"],
                ),
                Route(
                    "/deposits",
                    control.route(self.state, "getDeposits", self.deposit_list, plant_enum=_plant_each),
                    methods=["GET"],
                ),
                Route("/chains", self.app_route("getSupportedChains", chains), methods=["GET"]),
                *control.control_routes(self.state),
            ],
        )


def create_app(state: SandboxState) -> Starlette:
    """The Across sandbox: every operation of ``specs/across/openapi.yaml`` plus ``/_sandbox``."""
    return AcrossSandbox(state).app()
