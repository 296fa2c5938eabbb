"""The 1Click sandbox's request side: the JSON body, field checks and the quote request validated the way the real
service answers (messages included). Pricing and the routes stay in :mod:`swapsuite.sandbox.oneclick`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from starlette.requests import Request

from . import oneclick_data as data

PROTOCOL_FEE_BPS = Decimal(10)
UNAUTHENTICATED_FEE_BPS = Decimal(20)  # the docs' extra platform fee for calls without an API key or JWT
INSURANCE_FEE_BPS = Decimal(2)
MAX_AMOUNT = 2**128 - 1  # amounts are u128 on NEAR
ANY_ASSET = "1cs_v1:any"
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


class Invalid(Exception):
    """A request 1Click rejects; the message goes to the client."""


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
