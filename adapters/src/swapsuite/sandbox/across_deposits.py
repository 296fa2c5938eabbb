"""The Across indexer's deposit endpoints in the sandbox: ``/deposit/status`` and ``/deposits``.

Both answer in the indexer's own error envelope ``{error, message}`` (across-protocol/indexer
``packages/indexer-api/src/error-handler.ts``): ``ValidationError`` for a malformed parameter,
``IncorrectQueryParamsException`` when no lookup combination is given, ``IndexParamOutOfRangeException``,
``DepositNotFoundException`` (and its two HyperCore siblings) for a lookup that matches nothing.

A deposit exists for the indexer once it is broadcast: the first ``/deposit/status`` lookup of a sandbox deposit
counts as the broadcast (see :mod:`swapsuite.sandbox.across`), and only broadcast deposits are listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import across_data as d
from . import market
from .across_http import Json, Query
from .control import Lifecycle, SandboxState, iso_utc

NOT_FOUND = "Deposit not found given the provided constraints"
MAX_LIMIT = 1000  # the indexer refuses larger pages
DEFAULT_LIMIT = 50
# The indexer's stored states (its RelayStatus enum): what `/deposits?status=` accepts.
RELAY_STATUSES = frozenset({"unfilled", "filled", "slowFillRequested", "slowFilled", "expired", "refunded"})
DEPOSIT_TYPES = frozenset({"across", "cctp", "oft"})


def indexer_error(status: int, error: str, message: str) -> JSONResponse:
    """The indexer's ``{error, message}`` envelope."""
    return JSONResponse({"error": error, "message": message}, status_code=status)


def iso(timestamp: float) -> str:
    """ISO 8601 with (zero) milliseconds, as the indexer writes dates."""
    return iso_utc(int(timestamp))


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


def deposit_block(seen: float) -> int:
    """Origin-chain block of a deposit broadcast at ``seen`` (12 s blocks)."""
    return 20_000_000 + int(seen) // 12 % 10_000_000


def fill_block(filled_at: float) -> int:
    """Destination-chain block of a fill at ``filled_at`` (2 s blocks)."""
    return 30_000_000 + int(filled_at) // 2 % 10_000_000


# Fields live answers carry for deposit-address and destination-action flows; a sandbox deposit has neither.
_ABSENT = (
    "depositAddress",
    "sweepTxnRef",
    "bridgedInputToken",
    "bridgedInputAmount",
    "depositRefundAddress",
    "actionsTargetRecipient",
    "actionsTargetToken",
    "actionsTargetAmount",
    "actionsTargetTxnRef",
    "actionsTargetBlockTimestamp",
    "actionsTargetChainId",
    "swapTokenPriceUsd",
    "swapFeeUsd",
    "swapTransactionHash",
    "exclusivityDeadline",
)


def _fill_fields(rec: Json, fill: str | None, filled_at: float) -> Json:
    """What the fill adds to a record (all null until filled)."""
    gas_token = d.native_of(rec["destinationChainId"]) if fill else None
    fill_gas = gas_token.units(d.GAS_USD) if gas_token else None
    return {
        "fillGasFee": None if fill_gas is None else str(fill_gas),
        "fillGasFeeUsd": None if gas_token is None else d.usd_text(gas_token.usd(fill_gas or 0)),
        "fillGasTokenPriceUsd": None if gas_token is None else d.usd_text(gas_token.token.usd),
        "actionsSucceeded": True if fill and rec["hasActions"] else None,
        "relayer": d.EXCLUSIVE_RELAYER if fill else None,
        "fillBlockNumber": fill_block(filled_at) if fill else None,
        "fillBlockTimestamp": iso(filled_at) if fill else None,
        "fillTxnRef": fill,
        "fillTx": fill,
    }


def deposit_record(ref: str, rec: Json, lifecycle: Lifecycle, now: float) -> Json:
    """One ``/deposits`` item (the indexer stores ``unfilled`` where ``/deposit/status`` says ``pending``)."""
    status = lifecycle.state(now)
    fill, refund = hashes(ref, status)
    seen = lifecycle.started_at if lifecycle.started_at is not None else rec["created"]
    keys = ["depositor", "recipient", "inputToken", "inputAmount", "outputToken", "outputAmount", "message"]
    keys += ["inputPriceUsd", "outputPriceUsd", "bridgeFeeUsd", "swapToken", "swapTokenAmount", "swapOutputToken"]
    return {
        **dict.fromkeys(_ABSENT),
        "id": int(ref[2:8], 16),
        "relayHash": relay_hash(ref),
        "depositId": deposit_id(ref),
        "originChainId": rec["originChainId"],
        "destinationChainId": rec["destinationChainId"],
        **{key: rec[key] for key in keys},
        "swapOutputTokenAmount": rec["swapOutputTokenAmount"],
        "messageHash": market.fake_hash("message:" + rec["message"]) if rec["message"] != "0x" else "0x" + "0" * 64,
        "exclusiveRelayer": d.ZERO,
        "fillDeadline": iso(rec["fillDeadline"]),
        "quoteTimestamp": iso(rec["quoteTimestamp"]),
        "depositTxnRef": ref,
        "depositTxHash": ref,
        "depositBlockNumber": deposit_block(seen),
        "depositBlockTimestamp": iso(seen),
        "status": "unfilled" if status == "pending" else status,
        "depositRefundTxnRef": refund,
        "depositRefundTxHash": refund,
        **_fill_fields(rec, fill, min(now, seen + lifecycle.dwell)),
        "speedups": [],
    }


# --- /deposit/status ---------------------------------------------------------------------------------------------
def _matches(state: SandboxState, q: Query) -> list[str] | JSONResponse:
    """The deposits a lookup names (in recording order), or the indexer's error answer."""
    ref = q.text("depositTxnRef") or q.text("depositTxHash")
    origin, wanted_id = q.integer("originChainId"), q.text("depositId")
    if wanted_id is not None and not re.fullmatch(r"[0-9]+", wanted_id):
        raise q.invalid("depositId", "numeric string")
    relay = q.text("relayDataHash")
    # HyperCore transfers are looked up by nonce; the sandbox bridges no HyperCore, so they are never found.
    if q.text("from") and q.text("hypercoreWithdrawalNonce"):
        message = "Hyperliquid withdrawal not found given the provided constraints"
        return indexer_error(404, "HyperliquidWithdrawalNotFoundException", message)
    if q.text("recipient") and q.text("hypercoreDepositNonce"):
        message = "Hyperliquid deposit not found given the provided constraints"
        return indexer_error(404, "HyperliquidDepositNotFoundException", message)
    if ref:
        return [key for key in state.records if key == ref.lower()]
    if relay:
        return [key for key in state.records if relay_hash(key) == relay.lower()]
    if wanted_id is not None and origin is not None:
        wanted = wanted_id.lstrip("0") or "0"  # compared as text: ids can be longer than int() accepts
        return [k for k, rec in state.records.items() if rec["originChainId"] == origin and deposit_id(k) == wanted]
    return indexer_error(400, "IncorrectQueryParamsException", "Incorrect query params provided")


def status_body(state: SandboxState, key: str, index: int, count: int, now: float) -> Json:
    """The ``/deposit/status`` answer for one deposit (today's indexer: current and legacy keys both)."""
    lifecycle = state.swaps[key]
    lifecycle.start(now)  # the first lookup is when the sandbox considers swapTx broadcast
    status = lifecycle.state(now)
    fill, refund = hashes(key, status)
    rec = state.records[key]
    return {
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
        "actionsTargetChainId": None,
        "pagination": {"currentIndex": index, "maxIndex": count - 1},
    }


async def deposit_status(state: SandboxState, request: Request) -> Response:
    """``GET /deposit/status``."""
    now, q = state.clock.now(), Query(request)
    try:
        index = q.integer("index", minimum=0) or 0
        found = _matches(state, q)
    except d.ApiError as error:
        return indexer_error(400, "ValidationError", error.message)
    if isinstance(found, JSONResponse):
        return found
    if not found:
        return indexer_error(404, "DepositNotFoundException", NOT_FOUND)
    if index >= len(found):
        message = f"Index {index} out of range. Index must be between 0 and {len(found) - 1}"
        return indexer_error(400, "IndexParamOutOfRangeException", message)
    return JSONResponse(status_body(state, found[index], index, len(found), now))


# --- /deposits ---------------------------------------------------------------------------------------------------
Predicate = Callable[[Json], bool]


def _choice(q: Query, name: str, allowed: frozenset[str]) -> str | None:
    value = q.text(name)
    if value is not None and value not in allowed:
        raise d.ApiError(400, f"Expected one of {sorted(allowed)} for '{name}', but received: {value!r}")
    return value


def _party_filters(q: Query) -> list[Predicate]:
    """``address`` (depositor or recipient) wins over ``depositor`` / ``recipient``, as in the indexer."""
    address = q.text("address")
    if address is not None:
        return [lambda item: any(d.same_address(item[k], address) for k in ("depositor", "recipient"))]
    wanted = {key: q.text(key) for key in ("depositor", "recipient")}
    return [_same(key, value) for key, value in wanted.items() if value is not None]


def _same(key: str, value: str) -> Predicate:
    return lambda item: item[key] is not None and d.same_address(item[key], value)


def _equal(key: str, value: Any) -> Predicate:
    return lambda item: item[key] == value


def _within(key: str, low: int | None, high: int | None) -> Predicate:
    """``low <= item[key] <= high``; a record without the value (unfilled, for fill blocks) is left out."""
    return lambda item: (
        item[key] is not None and (low is None or item[key] >= low) and (high is None or item[key] <= high)
    )


def deposit_filters(q: Query, integrators: Callable[[Json], str | None]) -> list[Predicate]:
    """The indexer's ``DepositsParams`` filters as predicates over ``/deposits`` items; ``ApiError`` when malformed."""
    preds = _party_filters(q)
    for key in ("originChainId", "destinationChainId"):
        chain = q.integer(key)
        if chain is not None:
            preds.append(_equal(key, chain))
    for key in ("inputToken", "outputToken"):
        token = q.text(key)
        if token is not None:
            preds.append(_same(key, token))
    status = _choice(q, "status", RELAY_STATUSES)
    if status is not None:
        preds.append(_equal("status", status))
    if _choice(q, "depositType", DEPOSIT_TYPES) not in (None, "across"):
        preds.append(lambda item: False)  # every sandbox deposit is an Across intent: no CCTP or OFT transfers
    integrator = q.text("integratorId")
    if integrator is not None:
        preds.append(lambda item: (integrators(item) or "").lower() == integrator.lower())
    for key, low, high in (
        ("depositBlockNumber", "startBlock", "endBlock"),
        ("fillBlockNumber", "startFillBlock", "endFillBlock"),
    ):
        bounds = q.integer(low, minimum=0), q.integer(high, minimum=0)
        if bounds != (None, None):
            preds.append(_within(key, *bounds))
    return preds


async def deposits(state: SandboxState, request: Request) -> Response:
    """``GET /deposits``: broadcast deposits matching every filter, newest first, paged by ``skip``/``limit``."""
    now, q = state.clock.now(), Query(request)
    by_ref = {ref: rec.get("integratorId") for ref, rec in state.records.items()}
    try:
        limit, skip = q.integer("limit") or DEFAULT_LIMIT, q.integer("skip", minimum=0) or 0
        if limit > MAX_LIMIT:
            raise d.ApiError(400, f"Limit must not exceed {MAX_LIMIT}")
        preds = deposit_filters(q, lambda item: by_ref.get(item["depositTxnRef"]))
    except d.ApiError as error:
        return indexer_error(400, "ValidationError", error.message)
    items = []
    for ref, rec in state.records.items():
        lifecycle = state.swaps[ref]
        if lifecycle.started_at is None and lifecycle.manual_steps == 0:
            continue  # quoted but never broadcast: the indexer has not seen it
        item = deposit_record(ref, rec, lifecycle, now)
        if all(pred(item) for pred in preds):
            items.append(item)
    items.sort(key=lambda item: (item["depositBlockTimestamp"], item["depositTxnRef"]), reverse=True)
    return JSONResponse(items[skip : skip + limit])
