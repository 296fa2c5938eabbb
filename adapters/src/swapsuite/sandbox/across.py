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
overrides it. ``/deposits`` lists only broadcast (started) deposits, newest first.
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_CEILING
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import across_data as d
from . import across_swap as swap
from . import control, market
from .across_swap import Json, Query, api_error, request_id
from .control import Lifecycle, SandboxState, iso_utc
from .server import SANDBOX_API_KEY

NOT_FOUND = "Deposit not found given the provided constraints"


def indexer_error(status: int, error: str, message: str) -> JSONResponse:
    """The indexer's ``{error, message}`` envelope."""
    return JSONResponse({"error": error, "message": message}, status_code=status)


def iso(timestamp: float) -> str:
    """ISO 8601 with (zero) milliseconds, as the indexer writes dates."""
    return iso_utc(int(timestamp))


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


# --- deposits ------------------------------------------------------------------------------------------------
def deposit_id(ref: str) -> str:
    """The SpokePool deposit id of a sandbox deposit (derived from its hash)."""
    return str(int(ref[2:9], 16))


def relay_hash(ref: str) -> str:
    """The relay-data hash of a sandbox deposit."""
    return market.fake_hash("relay:" + ref)


def hashes(ref: str, status: str) -> tuple[str | None, str | None]:
    """(fill tx, refund tx) for the current status."""
    fill = market.fake_hash("fill:" + ref) if status == "filled" else None
    return fill, market.fake_hash("refund:" + ref) if status == "refunded" else None


def deposit_record(ref: str, rec: Json, lifecycle: Lifecycle, now: float) -> Json:
    """One ``/deposits`` item (the indexer stores ``unfilled`` where ``/deposit/status`` says ``pending``)."""
    status = lifecycle.state(now)
    fill, refund = hashes(ref, status)
    seen = lifecycle.started_at if lifecycle.started_at is not None else rec["created"]
    filled = fill is not None
    gas_token = d.native_of(rec["destinationChainId"]) if filled else None
    fill_gas = gas_token.units(d.GAS_USD) if gas_token else None
    keys = ["depositor", "recipient", "inputToken", "inputAmount", "outputToken", "outputAmount", "message"]
    keys += ["inputPriceUsd", "outputPriceUsd", "bridgeFeeUsd", "swapToken", "swapTokenAmount", "swapOutputToken"]
    return {
        "id": int(ref[2:8], 16),
        "relayHash": relay_hash(ref),
        "depositId": deposit_id(ref),
        "originChainId": rec["originChainId"],
        "destinationChainId": rec["destinationChainId"],
        **{key: rec[key] for key in keys},
        "swapOutputTokenAmount": rec["swapOutputTokenAmount"],
        "messageHash": market.fake_hash("message:" + rec["message"]) if rec["message"] != "0x" else "0x" + "0" * 64,
        "exclusiveRelayer": d.ZERO,
        "exclusivityDeadline": None,
        "fillDeadline": iso(rec["fillDeadline"]),
        "quoteTimestamp": iso(rec["quoteTimestamp"]),
        "depositTxnRef": ref,
        "depositTxHash": ref,
        "depositBlockNumber": 20_000_000 + int(seen) // 12 % 10_000_000,
        "depositBlockTimestamp": iso(seen),
        "status": "unfilled" if status == "pending" else status,
        "depositRefundTxnRef": refund,
        "depositRefundTxHash": refund,
        "swapTokenPriceUsd": None,
        "swapFeeUsd": None,
        "fillGasFee": None if fill_gas is None else str(fill_gas),
        "fillGasFeeUsd": None if gas_token is None else d.usd_text(gas_token.usd(fill_gas or 0)),
        "fillGasTokenPriceUsd": None if gas_token is None else d.usd_text(gas_token.token.usd),
        "actionsSucceeded": True if filled and rec["hasActions"] else None,
        "swapTransactionHash": None,
        "relayer": d.EXCLUSIVE_RELAYER if filled else None,
        "fillBlockTimestamp": iso(min(now, seen + lifecycle.dwell)) if filled else None,
        "fillTxnRef": fill,
        "fillTx": fill,
        "speedups": [],
    }


def _plant(key: str) -> control.Mutator:
    """The unknown_enum fault: an undocumented value in ``key``."""
    return lambda body: {**body, key: control.UNKNOWN_ENUM_VALUE} if isinstance(body, dict) else body


def _plant_each(body: Any) -> Any:
    return [{**item, "status": control.UNKNOWN_ENUM_VALUE} for item in body] if isinstance(body, list) else body


def create_app(state: SandboxState) -> Starlette:
    """The Across sandbox: every operation of ``specs/across/openapi.yaml`` plus ``/_sandbox``."""
    state.error_body = lambda status, message: {  # AcrossApiError, as the app endpoints send it
        "type": "AcrossApiError",
        "code": "UPSTREAM_HTTP_ERROR" if status >= 500 else "INVALID_PARAM",
        "status": status,
        "message": message,
    }

    def rid_for(request: Request) -> str:
        return request_id(request.method + str(request.url), state.clock.now())

    def app_json(request: Request, build: Any) -> Response:
        """Run an app.across.to handler body; ``ApiError`` becomes the ``AcrossApiError`` envelope."""
        try:
            return JSONResponse(build(Query(request)))
        except d.ApiError as error:
            return api_error(error, rid_for(request))

    async def swap_approval(request: Request) -> Response:
        now, rid = state.clock.now(), rid_for(request)
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
            return JSONResponse(swap.quote(state, swap.Ask(Query(request), actions), rid, now))
        except d.ApiError as error:
            return api_error(error, rid)

    async def swap_chains(request: Request) -> Response:
        return JSONResponse([d.chain_json(chain) for chain in d.CHAIN_IDS])

    def tokens(q: Query) -> list[Json]:
        chains = q.integers("chainId")
        logo = "https://assets.coingecko.com/coins/images/{}/thumb/{}.png"
        return [
            x.json() | {"logoUrl": logo.format(x.chain_id, x.token.symbol.lower()), "priceUsd": d.usd_text(x.token.usd)}
            for x in d.LISTED
            if not chains or x.chain_id in chains
        ]

    def sources(q: Query) -> list[str]:
        chain = q.integer("chainId")
        if chain is not None and chain not in d.CHAIN_IDS:
            raise d.ApiError(400, "Invalid request parameters", "INVALID_PARAM", "chainId")
        return d.sources(chain)

    def suggested_fees(q: Query) -> Json:
        now = state.clock.now()
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

    async def deposit_status(request: Request) -> Response:
        now, q = state.clock.now(), Query(request)
        try:
            ref = q.text("depositTxnRef") or q.text("depositTxHash")
            origin, wanted_id = q.integer("originChainId"), q.text("depositId")
            if wanted_id is not None and not re.fullmatch(r"[0-9]+", wanted_id):
                raise q.invalid("depositId", "numeric string")
            relay, index = q.text("relayDataHash"), q.integer("index", minimum=0) or 0
        except d.ApiError as error:
            return indexer_error(400, "ValidationError", error.message)
        if ref:
            found = [key for key in state.records if key == ref.lower()]
        elif relay:
            found = [key for key in state.records if relay_hash(key) == relay.lower()]
        elif wanted_id is not None and origin is not None:
            wanted = wanted_id.lstrip("0") or "0"  # compared as text: ids can be longer than int() accepts
            found = [
                key
                for key, rec in state.records.items()
                if rec["originChainId"] == origin and deposit_id(key) == wanted
            ]
        else:
            return indexer_error(400, "IncorrectQueryParamsException", "Incorrect query params provided")
        if not found:
            return indexer_error(404, "DepositNotFoundException", NOT_FOUND)
        if index >= len(found):
            message = f"Index {index} out of range. Index must be between 0 and {len(found) - 1}"
            return indexer_error(400, "IndexParamOutOfRangeException", message)
        key, lifecycle = found[index], state.swaps[found[index]]
        lifecycle.start(now)  # the first lookup is when the sandbox considers swapTx broadcast
        status = lifecycle.state(now)
        fill, refund = hashes(key, status)
        rec = state.records[key]
        return JSONResponse(
            {
                "status": status,
                "originChainId": rec["originChainId"],
                "depositId": deposit_id(key),
                "depositTxHash": key,
                "depositTxnRef": key,
                "fillTx": fill,
                "fillTxnRef": fill,
                "destinationChainId": rec["destinationChainId"],
                "depositRefundTxHash": refund,
                "depositRefundTxnRef": refund,
                "actionsSucceeded": True if fill and rec["hasActions"] else None,
                "pagination": {"currentIndex": index, "maxIndex": len(found) - 1},
            }
        )

    async def deposits(request: Request) -> Response:
        now, q = state.clock.now(), Query(request)
        try:
            limit, skip = q.integer("limit") or 50, q.integer("skip", minimum=0) or 0
            if limit > 1000:
                raise q.invalid("limit", "integer ≤ 1000")
        except d.ApiError as error:
            return indexer_error(400, "ValidationError", error.message)
        address, depositor = q.text("address"), q.text("depositor")
        items = []
        for ref, rec in state.records.items():
            lifecycle = state.swaps[ref]
            if lifecycle.started_at is None and lifecycle.manual_steps == 0:
                continue  # quoted but never broadcast: the indexer has not seen it
            parties = [rec["depositor"], rec["recipient"]] if address else [rec["depositor"]]
            who = address or depositor
            if who is None or any(d.same_address(p, who) for p in parties):
                items.append(deposit_record(ref, rec, lifecycle, now))
        items.sort(key=lambda item: (item["depositBlockTimestamp"], item["depositTxnRef"]), reverse=True)
        return JSONResponse(items[skip : skip + limit])

    def app_route(name: str, build: Any) -> control.Handler:
        async def handler(request: Request) -> Response:
            return app_json(request, build)

        return control.route(state, name, handler)

    get_approval = control.route(state, "getSwapApproval", swap_approval, plant_enum=_plant("crossSwapType"))
    post_approval = control.route(state, "postSwapApproval", swap_approval, plant_enum=_plant("crossSwapType"))

    async def approval(request: Request) -> Response:
        # One route for both methods, so a PUT gets a 405 that allows GET and POST.
        return await (post_approval if request.method == "POST" else get_approval)(request)

    return Starlette(
        routes=[
            Route("/swap/approval", approval, methods=["GET", "POST"]),
            Route("/swap/chains", control.route(state, "getSwapChains", swap_chains), methods=["GET"]),
            Route("/swap/tokens", app_route("getSwapTokens", tokens), methods=["GET"]),
            Route("/swap/sources", app_route("getSwapSources", sources), methods=["GET"]),
            Route("/suggested-fees", app_route("getSuggestedFees", suggested_fees), methods=["GET"]),
            Route("/limits", app_route("getLimits", get_limits), methods=["GET"]),
            Route("/available-routes", app_route("getAvailableRoutes", routes), methods=["GET"]),
            Route(
                "/deposit/status",
                control.route(state, "getDepositStatus", deposit_status, plant_enum=_plant("status")),
                methods=["GET"],
            ),
            Route("/deposits", control.route(state, "getDeposits", deposits, plant_enum=_plant_each), methods=["GET"]),
            *control.control_routes(state),
        ]
    )
