"""Across sandbox, ``/swap/approval``: request validation, route pricing, transactions and the deposit record.

See ``swapsuite.sandbox.across`` for the deposit-hash convention and the lifecycle; ``across_data`` for the fee
model. Every rejection is an :class:`~swapsuite.sandbox.across_data.ApiError` the app turns into ``AcrossApiError``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from . import across_data as d
from . import market
from .across_http import Json, Query
from .control import Lifecycle, SandboxState

TRADE_TYPES = ("exactInput", "minOutput", "exactOutput")
ROUTING = ("default", "across", "native", "sponsored-cctp")
MAX_RECORDS = 10_000


# --- /swap/approval --------------------------------------------------------------------------------------------
def _slippage_bps(q: Query) -> Decimal:
    """``slippage`` (``auto`` or a fraction ≤ 0.5) or the deprecated ``slippageTolerance`` (percent ≤ 50)."""
    value = q.text("slippage")
    if value is None:
        percent = q.number("slippageTolerance", Decimal(0), Decimal(50))
        return d.AUTO_SLIPPAGE_BPS if percent is None else percent * 100
    if value == "auto":
        return d.AUTO_SLIPPAGE_BPS
    fraction = q.number("slippage", Decimal(0), Decimal("0.5"))
    return (fraction or Decimal(0)) * 10_000


def _leg_source(q: Query, chain_id: int) -> str:
    """The liquidity source a swap leg uses, honouring include/exclude lists."""
    include, exclude = q.params.getlist("includeSources"), q.params.getlist("excludeSources")
    usable = [s for s in d.sources(chain_id) if (not include or s in include) and s not in exclude]
    if not usable:
        raise d.ApiError(400, "No swap quote available with the given sources", "SWAP_QUOTE_UNAVAILABLE")
    return usable[-1]


def validate_actions(body: Any) -> list[Json]:
    """``SwapApprovalRequest``: ``{actions: Action[]}`` with each field of the documented type."""
    bad = d.ApiError(400, "Invalid request body: expected {actions: Action[]}", "INVALID_PARAM", "actions")
    if not isinstance(body, dict) or not isinstance(body.get("actions"), list):
        raise bad
    for action in body["actions"]:
        types: dict[str, type] = {"target": str, "functionSignature": str, "args": list, "value": str}
        types |= {"isNativeTransfer": bool, "populateCallValueDynamically": bool}
        if not isinstance(action, dict) or "target" not in action:
            raise bad
        if any(k in action and not isinstance(action[k], t) for k, t in types.items()):
            raise bad
        if "value" in action and not re.fullmatch(r"[0-9]+", action["value"]):
            raise bad
        for arg in action.get("args", []):
            if not isinstance(arg, dict) or not isinstance(arg.get("value"), str):
                raise bad
            if not isinstance(arg.get("populateDynamically", False), bool):
                raise bad
            if not isinstance(arg.get("balanceSourceToken"), str | None):
                raise bad
        if not action.get("isNativeTransfer") and not action.get("functionSignature"):
            raise d.ApiError(400, "functionSignature is required", "ABI_ENCODING_ERROR", "actions")
    return list(body["actions"])


def _component(token: d.Listed, amount: int, usd: Decimal, whole: Decimal) -> Json:
    return {"amount": str(amount), "amountUsd": d.usd_text(usd), "pct": d.pct(usd, whole), "token": token.json()}


def _bridge_fee(p: d.Priced, whole: Decimal, with_usd: bool) -> Json:
    """The Across fee in the bridge's input token, with its ``across`` breakdown."""
    token = p.route.bridge_in
    parts = {"lp": p.lp, "relayerCapital": p.capital, "destinationGas": p.gas}
    details: Json = {"type": "across"}
    for name, amount in parts.items():
        details[name] = _component(token, amount, token.usd(amount), whole)
        if not with_usd:
            del details[name]["amountUsd"]
    fee = _component(token, p.bridge_fee, token.usd(p.bridge_fee), whole) | {"details": details}
    return fee if with_usd else {k: v for k, v in fee.items() if k != "amountUsd"}


def _fees(p: d.Priced, expected: int, minimum: int, origin_gas: Json) -> Json:
    """``fees``: expected and worst-case totals (in the input token) with their breakdown, plus the origin gas."""
    r = p.route
    whole = r.src.usd(p.amount_in)
    impact = Decimal(0)
    if r.origin_swap:
        impact += whole - r.bridge_in.usd(p.bridge_in)
    if r.dest_swap:
        impact += r.bridge_out.usd(p.bridge_out) - r.dst.usd(p.out)
    app, bridge = _component(r.dst, p.app, r.dst.usd(p.app), whole), _bridge_fee(p, whole, True)

    def total(kind: str, impact_key: str, impact_usd: Decimal) -> Json:
        # Everything the user loses against market price: fees, impact and (worst case) the slippage allowance.
        fee = whole - r.dst.usd(expected) + (impact_usd - impact)
        impact_part = _component(r.src, r.src.units(impact_usd), impact_usd, whole)
        details = {"type": kind, impact_key: impact_part, "app": app, "bridge": bridge}
        return _component(r.src, r.src.units(fee), fee, whole) | {"details": details}

    slip = r.dst.usd(expected - minimum)
    return {
        "total": total("total-breakdown", "swapImpact", impact),
        "totalMax": total("max-total-breakdown", "maxSwapImpact", impact + slip),
        "originGas": origin_gas,
    }


class Ask:
    """A validated ``/swap/approval`` request."""

    def __init__(self, q: Query, actions: list[Json]) -> None:
        # The real server falls back to exactInput when tradeType is omitted (the app SDK's README example omits
        # it), although the docs mark it required; our clients always send it.
        trade = q.text("tradeType") or "exactInput"
        if trade not in TRADE_TYPES:
            raise q.invalid("tradeType", "enum")
        self.trade, self.actions = trade, actions
        self.amount = q.amount("amount", True) or 0
        origin, dest = q.integer("originChainId", True) or 0, q.integer("destinationChainId", True) or 0
        for name, chain in (("originChainId", origin), ("destinationChainId", dest)):
            if chain not in d.CHAIN_IDS:
                raise d.ApiError(400, f"Unsupported chain id {chain}", "INVALID_PARAM", name)
        input_token = q.address("inputToken", origin, True) or ""
        output_token = q.address("outputToken", dest, True) or ""
        self.depositor = q.address("depositor", origin, True) or ""
        recipient = q.address("recipient", dest)
        app_fee, app_recipient = q.number("appFee", Decimal(0), Decimal(1)), q.address("appFeeRecipient", dest)
        self.integrator = q.text("integratorId")
        if self.integrator is not None and not re.fullmatch(r"0x[0-9a-fA-F]{4}", self.integrator):
            raise q.invalid("integratorId", "hex2Bytes")
        refund_address = q.text("refundAddress")
        if refund_address is not None and not d.is_any_address(refund_address):
            raise q.invalid("refundAddress", "validAddress")
        refund_on_origin = q.boolean("refundOnOrigin")
        self.slippage_bps = _slippage_bps(q)
        self.skip_estimation = bool(q.boolean("skipOriginTxEstimation"))
        # Validated only: the sandbox never falls back to another trade type and always reports its checks.
        q.boolean("strictTradeType")
        q.boolean("skipChecks")
        if q.text("routingPreference") not in (None, *ROUTING):
            raise q.invalid("routingPreference", "enum")
        if q.params.getlist("includeSources") and q.params.getlist("excludeSources"):
            raise d.ApiError(
                400, "Cannot use both includeSources and excludeSources", "INVALID_PARAM", "includeSources"
            )
        solana = d.SOLANA in (origin, dest)
        if solana and recipient is None:
            raise d.ApiError(400, "Parameter 'recipient' is required for routes involving Solana", "MISSING_PARAM")
        if (app_fee is None) != (app_recipient is None):
            raise d.ApiError(400, "'appFee' and 'appFeeRecipient' must be provided together", "MISSING_PARAM", "appFee")
        if solana and (app_fee is not None or actions):
            raise d.ApiError(400, "App fees and actions are not supported on routes involving Solana", "INVALID_PARAM")
        if app_fee == 1:
            raise d.ApiError(400, "Parameter 'appFee' must be below 1", "INVALID_PARAM", "appFee")
        self.recipient, self.app_fee = recipient or self.depositor, app_fee or Decimal(0)
        src, dst = d.find(origin, input_token), d.find(dest, output_token)
        if src is None or dst is None:  # Across's TokenNotFound: a 404 without a code
            address, chain = (input_token, origin) if src is None else (output_token, dest)
            raise d.ApiError(404, f"Unable to find tokenDetails for address: {address}, on chain with id: {chain}")
        route = d.plan_route(src, dst)
        if route is None:
            raise d.ApiError(400, "Route is not enabled.", "ROUTE_NOT_ENABLED")
        self.route = route
        self.sources = [_leg_source(q, c) for c, leg in ((origin, route.origin_swap), (dest, route.dest_swap)) if leg]
        sized = src if trade == "exactInput" else dst
        if sized.usd(self.amount) > d.MAX_DEPOSIT_USD:
            limit = sized.units(d.MAX_DEPOSIT_USD)
            raise d.ApiError(
                400, f"Amount exceeds max. deposit limit - {limit} {sized.token.symbol}", "AMOUNT_TOO_HIGH"
            )
        default_origin = route.kind in ("bridgeableToBridgeable", "anyToBridgeable")
        self.refund_on_origin = default_origin if refund_on_origin is None else refund_on_origin


def _leg(tin: d.Listed, tout: d.Listed, amounts: tuple[int, int, int, int], slip: Decimal, source: str) -> Json:
    amount_in, max_in, out, minimum = amounts
    provider = {"name": "Jupiter" if tin.chain_id == d.SOLANA else "0x", "sources": [source]}
    body: Json = {"tokenIn": tin.json(), "tokenOut": tout.json(), "inputAmount": str(amount_in)}
    body |= {"maxInputAmount": str(max_in), "outputAmount": str(out), "minOutputAmount": str(minimum)}
    # `slippage` is a display fraction (spec type number), not money: emitted as a float from the exact Decimal.
    return body | {"swapProvider": provider, "slippage": float(slip / 10_000)}


def _forget_stale(state: SandboxState) -> None:
    """Bound memory under load (benchmarks quote thousands of times): drop the oldest never-broadcast quotes."""
    if len(state.records) < MAX_RECORDS:
        return

    def unseen(ref: str) -> bool:
        lifecycle = state.swaps.get(ref)
        return lifecycle is None or (lifecycle.started_at is None and lifecycle.manual_steps == 0)

    for ref in [ref for ref in state.records if unseen(ref)][: MAX_RECORDS // 10]:
        del state.records[ref]
        state.swaps.pop(ref, None)


def quote(state: SandboxState, ask: Ask, rid: str, now: float) -> Json:
    """Price the route, build the transactions, record the deposit the swap would make, and answer."""
    r = ask.route
    if ask.trade == "exactInput":
        p = d.price(r, ask.amount, ask.app_fee)
    else:
        p = d.solve_input(r, ask.amount, ask.app_fee, ask.slippage_bps, ask.trade == "minOutput")
    if r.src.usd(p.amount_in) > d.MAX_DEPOSIT_USD:  # an output-sized request can still need too much input
        limit = f"{r.src.units(d.MAX_DEPOSIT_USD)} {r.src.token.symbol}"
        raise d.ApiError(400, f"Amount exceeds max. deposit limit - {limit}", "AMOUNT_TOO_HIGH", "amount")
    leg_slip = ask.slippage_bps / r.legs if r.legs else Decimal(0)
    expected, minimum, max_input = p.expected, d.min_out(p, ask.slippage_bps), p.amount_in
    if ask.trade == "exactOutput":  # the fill delivers exactly the amount; the origin swap may cost more
        expected = minimum = ask.amount
        if r.origin_swap:
            max_input = d.ceil_div_fraction(p.amount_in, 1 - leg_slip / 10_000)
    sources = iter(ask.sources)
    steps: Json = {}
    origin_leg_min = market.apply_slippage(p.bridge_in, leg_slip)
    if r.origin_swap:
        amounts = (p.amount_in, max_input, p.bridge_in, origin_leg_min)
        steps["originSwap"] = _leg(r.src, r.bridge_in, amounts, leg_slip, next(sources))
    steps["bridge"] = {
        "inputAmount": str(p.bridge_in),
        "outputAmount": str(p.bridge_out),
        "tokenIn": r.bridge_in.json(),
        "tokenOut": r.bridge_out.json(),
        "fees": _bridge_fee(p, r.src.usd(p.amount_in), False),
        "provider": "across",
    }
    if r.dest_swap:
        leg_min = market.apply_slippage(p.out, leg_slip)
        steps["destinationSwap"] = _leg(
            r.bridge_out, r.dst, (p.bridge_out, p.bridge_out, p.out, leg_min), leg_slip, next(sources)
        )
    # The deposit: a destination swap or actions travel as the deposit message (here a 32-byte digest of them).
    quote_ts, deadline, origin, dest = int(now), int(now) + d.FILL_DEADLINE_S, r.src.chain_id, r.dst.chain_id
    plan = {"out": r.dst.address, "min": minimum, "actions": ask.actions}
    message = (
        bytes.fromhex(market.fake_hash(json.dumps(plan, sort_keys=True))[2:]) if r.dest_swap or ask.actions else b""
    )
    parties = (d.word32(ask.depositor), d.word32(ask.recipient), d.word32(r.bridge_in.address))
    native = r.src.token.address is None
    if origin == d.SOLANA:
        fields = (*parties, d.word32(r.bridge_out.address), p.bridge_in, p.bridge_out, dest, quote_ts, deadline)
        swap_tx: Json = {"ecosystem": "svm", "simulationSuccess": False, "chainId": origin}
        swap_tx |= {"to": d.spoke_pool(origin), "data": d.svm_transaction(*fields)}
        origin_gas = 105_000  # lamports: base fee plus a priority fee
    else:
        words = d.abi_words(*parties, d.word32(r.bridge_out.address), p.bridge_in, p.bridge_out, dest, 0)
        words += d.abi_words(quote_ts, deadline, 0, 12 * 32, len(message)) + message.hex()
        if r.origin_swap:
            swap = d.abi_words(32, d.word32(r.src.address), d.word32(r.bridge_in.address), max_input, origin_leg_min)
            to, gas, data = d.PERIPHERY, 571_750, d.SEL_SWAP_AND_BRIDGE + swap + words
        else:
            to, gas, data = (
                d.spoke_pool(origin),
                120_000 if message else 80_000 if native else 95_000,
                d.SEL_DEPOSIT + words,
            )
        if ask.integrator:  # Across's attribution suffix: delimiter 1dc0de + the 2-byte integrator id
            data += "1dc0de" + ask.integrator[2:].lower()
        max_fee, priority = d.GAS_PRICES.get(origin, d.L2_GAS_PRICE)
        swap_tx = {"ecosystem": "evm", "simulationSuccess": not ask.skip_estimation, "chainId": origin, "to": to}
        swap_tx |= {"data": "0x" + data} | ({"value": str(max_input)} if native else {})
        swap_tx |= {} if ask.skip_estimation else {"gas": str(gas)}
        swap_tx |= {"maxFeePerGas": str(max_fee), "maxPriorityFeePerGas": str(priority)}
        origin_gas = gas * max_fee
    gas_token = d.native_of(origin)
    origin_gas_fee = {"amount": str(origin_gas), "amountUsd": d.usd_text(gas_token.usd(origin_gas))}
    erc20 = not native and origin != d.SOLANA
    spender = str(swap_tx["to"]) if erc20 else d.ZERO
    # The sandbox depositor holds plenty but has approved nothing: ERC-20 inputs always need an approval first.
    allowance = {"token": r.src.address, "spender": spender, "actual": "0" if erc20 else str(max_input)}
    balance = {"token": r.src.address, "actual": str(max(max_input, r.src.units(d.MAX_DEPOSIT_USD)))}
    body: Json = {
        "crossSwapType": r.kind,
        "amountType": ask.trade,
        "checks": {
            "allowance": allowance | {"expected": str(max_input)},
            "balance": balance | {"expected": str(max_input)},
        },
    }
    if erc20:
        body["approvalTxns"] = [{"chainId": origin, "to": r.src.address, "data": d.approve_data(spender, max_input)}]
    fill_time = d.fill_time(origin, dest, r.legs)
    body |= {
        "steps": steps,
        "inputToken": r.src.json(),
        "outputToken": r.dst.json(),
        "refundToken": (r.bridge_in if ask.refund_on_origin else r.bridge_out).json(),
        "fees": _fees(p, expected, minimum, origin_gas_fee | {"token": gas_token.json(False)}),
        "inputAmount": str(p.amount_in),
        "maxInputAmount": str(max_input),
        "expectedOutputAmount": str(expected),
        "minOutputAmount": str(minimum),
        "expectedFillTime": fill_time,
        "swapTx": swap_tx,
        "quoteExpiryTimestamp": int(now) + 300,
        "id": rid,
    }
    ref = market.fake_hash(str(swap_tx["data"]))
    _forget_stale(state)
    state.records[ref] = {
        "originChainId": origin,
        "destinationChainId": dest,
        "depositor": ask.depositor,
        "recipient": ask.recipient,
        "inputToken": r.bridge_in.address,
        "inputAmount": str(p.bridge_in),
        "outputToken": r.bridge_out.address,
        "outputAmount": str(p.bridge_out),
        "message": "0x" + message.hex(),
        "quoteTimestamp": quote_ts,
        "fillDeadline": deadline,
        "inputPriceUsd": d.usd_text(r.bridge_in.token.usd),
        "outputPriceUsd": d.usd_text(r.bridge_out.token.usd),
        "bridgeFeeUsd": d.usd_text(r.bridge_in.usd(p.bridge_fee)),
        "swapToken": r.src.address if r.origin_swap else None,
        "swapTokenAmount": str(p.amount_in) if r.origin_swap else None,
        "swapOutputToken": r.dst.address if r.dest_swap else None,
        "swapOutputTokenAmount": str(minimum) if r.dest_swap else None,
        "hasActions": bool(ask.actions),
        "integratorId": ask.integrator,  # /deposits?integratorId= filters on it
        "created": now,
    }
    if ref not in state.swaps:  # an identical re-quote is the same deposit: keep its progress
        outcome = Lifecycle.outcome_for_amount(ask.amount)
        state.swaps[ref] = Lifecycle(
            success=("pending", "filled"),
            refund=("pending", "expired", "refunded"),
            # A failing sandbox swap is a gasless deposit whose submission never lands (Across's only failure).
            fail=("deposit-failed",),
            waiting="deposit-pending" if outcome == "fail" else "pending",
            outcome=outcome,
            dwell=float(max(2, fill_time)),
        )
    return body
