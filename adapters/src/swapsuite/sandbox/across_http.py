"""The Across sandbox's HTTP side shared by its endpoints: request ids, the ``AcrossApiError`` envelope and typed
query-parameter access (malformed values are ``INVALID_PARAM``, missing ones ``MISSING_PARAM``)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from . import across_data as d
from . import market

Json = dict[str, Any]
INT64_MAX = 2**63 - 1


def request_id(seed: str, now: float) -> str:
    """Across-style request id ``xxxxx-<ms>-<12 hex>``."""
    digest = market.fake_hash(seed)[2:]
    return "".join(chr(97 + int(c, 16) % 26) for c in digest[:5]) + f"-{int(now * 1000)}-{digest[5:17]}"


def api_error(error: d.ApiError, rid: str) -> JSONResponse:
    """The ``AcrossApiError`` envelope of app.across.to."""
    body: Json = {"type": "AcrossApiError"} | ({"code": error.code} if error.code else {})
    body |= {"status": error.status, "message": error.message} | ({"param": error.param} if error.param else {})
    return JSONResponse(body | {"id": rid}, status_code=error.status)


class Query:
    """Typed access to query parameters; malformed values raise ``INVALID_PARAM``, missing ones ``MISSING_PARAM``."""

    def __init__(self, request: Request) -> None:
        self.params = request.query_params

    def text(self, name: str, required: bool = False) -> str | None:
        """The raw value (the last one when repeated)."""
        value = self.params.get(name)
        if value is None and required:
            raise d.ApiError(400, f"Missing parameter at path '{name}'", "MISSING_PARAM", name)
        return value

    def invalid(self, name: str, kind: str) -> d.ApiError:
        """Across's message for a value of the wrong type."""
        return d.ApiError(400, f"Invalid parameter at path '{name}'. Expected type '{kind}'", "INVALID_PARAM", name)

    def integer(self, name: str, required: bool = False, minimum: int = 1) -> int | None:
        """An int64 of at least ``minimum`` (chain ids are ≥ 1)."""
        value = self.text(name, required)
        if value is None:
            return None
        if not re.fullmatch(r"-?[0-9]{1,19}", value) or not minimum <= int(value) <= INT64_MAX:
            raise self.invalid(name, "integer")
        return int(value)

    def amount(self, name: str, required: bool = False) -> int | None:
        """A uint256 base-unit amount written in digits."""
        value = self.text(name, required)
        if value is None:
            return None
        if not re.fullmatch(r"[0-9]{1,78}", value) or int(value) > d.UINT256_MAX:
            raise self.invalid(name, "positiveIntStr")
        return int(value)

    def boolean(self, name: str) -> bool | None:
        """``true``/``false``."""
        value = self.text(name)
        if value not in (None, "true", "false"):
            raise self.invalid(name, "boolStr")
        return None if value is None else value == "true"

    def number(self, name: str, low: Decimal, high: Decimal) -> Decimal | None:
        """A finite decimal number within [low, high]."""
        value = self.text(name)
        if value is None:
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise self.invalid(name, "number") from None
        if not number.is_finite() or not low <= number <= high:
            raise self.invalid(name, "number")
        return number

    def integers(self, name: str) -> list[int]:
        """A repeated integer parameter (``chainId=1&chainId=10``)."""
        values = self.params.getlist(name)
        if any(not re.fullmatch(r"[0-9]{1,19}", v) or not 1 <= int(v) <= INT64_MAX for v in values):
            raise self.invalid(name, "integer")
        return [int(v) for v in values]

    def address(self, name: str, chain_id: int, required: bool = False) -> str | None:
        """An address in ``chain_id``'s format."""
        value = self.text(name, required)
        if value is not None and not d.is_address(chain_id, value):
            raise self.invalid(name, "validAddress")
        return value
