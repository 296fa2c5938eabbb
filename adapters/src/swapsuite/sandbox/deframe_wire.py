"""The Deframe sandbox's wire format and request side: exact-Decimal JSON, the documented error envelope and the
query/body checks that mirror the spec's parameter schemas. Quotes, bytecode, status and routes stay in
:mod:`swapsuite.sandbox.deframe`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.responses import JSONResponse

from . import deframe_data as data
from .market import MarketToken

# The spec documents no code for these two statuses; QUOTE_VALIDATION_ERROR is the only enum value that fits.
AUTH_CODE = VALIDATION_CODE = "QUOTE_VALIDATION_ERROR"

DIGITS = re.compile(r"[0-9]+")
INTEGER = re.compile(r"-?[0-9]+")
SLIPPAGE = re.compile(r"0?\.[0-9]+")
BTC_TXID = re.compile(r"[0-9a-fA-F]{64}")


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
ENUM_MESSAGE = "Invalid enum value"
# Parameter → (is the value valid per the spec's schema, message); every query value arrives as a string.
QUERY_RULES: dict[str, tuple[Callable[[str], bool], str]] = {
    "originChain": (data.CHAIN_IDS.__contains__, ENUM_MESSAGE),
    "destinationChain": (data.CHAIN_IDS.__contains__, ENUM_MESSAGE),
    "chainIdIn": (lambda v: bool(INTEGER.fullmatch(v)), "Expected integer"),
    "chainIdOut": (lambda v: bool(INTEGER.fullmatch(v)), "Expected integer"),
    "amountIn": (lambda v: bool(DIGITS.fullmatch(v)), "Expected an integer string in base units"),
    "amountOut": (lambda v: bool(DIGITS.fullmatch(v)), "Expected an integer string in base units"),
    "slippage": (lambda v: bool(SLIPPAGE.fullmatch(v)), "Expected a fraction such as 0.01"),
    "feeSponsorship": (("true", "false").__contains__, "Expected boolean"),
    "transferSpeed": (("fast", "standard").__contains__, ENUM_MESSAGE),
}
BODY_RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "quoteId": (lambda v: isinstance(v, str), "Expected string"),
    "originAddress": (lambda v: isinstance(v, str), "Expected string"),
    "destinationAddress": (lambda v: isinstance(v, str), "Expected string"),
    "output": (("bytecode", "userOperation", "fireblocks").__contains__, ENUM_MESSAGE),
    "accountId": (lambda v: type(v) is int, "Expected integer"),  # bool is not an integer here
    "pixKey": (lambda v: isinstance(v, str), "Expected string"),
}


def field_errors(values: dict[str, Any], required: tuple[str, ...], rules: dict[str, Any]) -> list[dict[str, Any]]:
    """zod-style issues: missing required fields, then fields whose value breaks their schema."""
    errors = [{"path": [name], "message": "Required"} for name in required if name not in values]
    errors += [{"path": [n], "message": msg} for n, (ok, msg) in rules.items() if n in values and not ok(values[n])]
    return errors


def resolve_chain(name: str | None, chain_id: str | None, side: str) -> str:
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


def resolve_token(chain: str, token: str, side: str) -> MarketToken:
    found = data.find_token(chain, token)
    if found is None:
        raise bad_request("NO_ROUTE_FOUND", f"{side} {token!r} is not a supported token on {chain}")
    return found


def check_address(chain: str, value: str | None, name: str) -> None:
    if value is not None and not data.valid_address(chain, value):
        raise bad_request("TRANSFER_VALIDATION_FAILED", f"{name} {value!r} is not a valid {chain} address")
