"""The Changelly sandbox's HTTP side: the error envelope, the API-key check and typed access to JSON bodies and query
parameters, shared by every endpoint of :mod:`swapsuite.sandbox.changelly`."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .server import SANDBOX_API_KEY

UUID_PATTERN = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
INT_PATTERN = re.compile(r"^-?[0-9]{1,30}$")
INT64 = (-(2**63), 2**63 - 1)


class ApiError(Exception):
    """An error answer in Changelly's envelope."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


def error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The documented error envelope; ``code`` repeats the HTTP status."""
    return JSONResponse({"code": status, "type": kind, "message": message}, status_code=status, headers=headers)


def invalid(message: str) -> ApiError:
    """A 400 ``validation_error``, the documented answer to a malformed request."""
    return ApiError(400, "validation_error", message)


def unprocessable(kind: str, message: str) -> ApiError:
    """A 422: well-formed, but one of the documented business refusals."""
    return ApiError(422, kind, message)


def check_auth(request: Request) -> None:
    """Every endpoint needs the partner key; the docs say keyless requests are rejected (401 assumed by the spec)."""
    key = request.headers.get("x-api-key")
    if key is None:
        raise ApiError(401, "unauthorized", "X-Api-Key header is required")
    if key != SANDBOX_API_KEY:
        raise ApiError(401, "unauthorized", "Invalid API key")


async def json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or a 400."""
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise invalid("body is not valid JSON") from None
    if not isinstance(body, dict):
        raise invalid("body must be a JSON object")
    return body


def field(obj: dict[str, Any], name: str, where: str, kind: type, required: bool = True) -> Any:
    """``obj[name]`` of JSON type ``kind`` (bool is never an int), or a 400 naming its location."""
    value = obj.get(name)
    if value is None and name not in obj and not required:
        return None
    if name not in obj:
        raise invalid(f"{where}.{name} is required")
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise invalid(f"{where}.{name} must be a {'string' if kind is str else kind.__name__}")
    return value


def uuid_text(value: str, where: str) -> str:
    """A canonical hyphenated UUID (the spec's ``format: uuid``), lower-cased as the state's key, or a 400."""
    if not UUID_PATTERN.match(value):
        raise invalid(f"{where} must be a UUID")
    return value.lower()


def query_int(request: Request, name: str, bounds: tuple[int, int] | None = None) -> int | None:
    """An integer query parameter (at most once), or a 400."""
    values = request.query_params.getlist(name)
    if not values:
        return None
    if len(values) > 1 or not INT_PATTERN.match(values[0]):
        raise invalid(f"query.{name} must be an integer")
    number = int(values[0])
    if bounds is not None and not bounds[0] <= number <= bounds[1]:
        raise invalid(f"query.{name} is out of range")
    return number


def query_str(request: Request, name: str) -> str | None:
    """A string query parameter (at most once), or a 400."""
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise invalid(f"query.{name} must be a single string")
    return values[0] if values else None
