"""Older Deframe response shapes, for a sandbox that answers like the older API reference (``generation="older"``).

The spec accepts every published generation (tolerant reader), so the sandbox can serve each of them and the
schemathesis run keeps both honest. The older reference copies differ from the current one in three ways:

* quotes: no ``feeBreakdown``, no ``status``, no ``deadlineDate``/``chainIdIn``/``chainIdOut``/``feeSponsorship``/
  ``customer``/``priceUSD``, and ``deadline`` is an ISO 8601 string instead of unix seconds;
* statuses: the older vocabulary (``crossing`` while in flight, ``success`` when done; the rest is shared);
* errors: the flat ``{code, message, httpStatus, details}`` body instead of ``{"error": {...}}``.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from .control import iso_utc

Generation = Literal["current", "older"]
GENERATIONS: Final = ("current", "older")
# Current status → the older vocabulary's word for it (pending, failed, expired and refunded are shared or kept).
OLDER_STATUS: Final[dict[str, str]] = {"processing": "crossing", "confirmed": "crossing", "fulfilled": "success"}
_CURRENT_ONLY_QUOTE_FIELDS: Final = (
    "feeBreakdown",
    "status",
    "deadlineDate",
    "chainIdIn",
    "chainIdOut",
    "feeSponsorship",
    "customer",
)


def quote(body: dict[str, Any]) -> dict[str, Any]:
    """A current quote response in the older form (execution fields, when present, are unchanged)."""
    current = body["quote"]
    older = {key: value for key, value in current.items() if key not in _CURRENT_ONLY_QUOTE_FIELDS}
    older["deadline"] = iso_utc(current["deadline"])
    for side in ("tokenIn", "tokenOut"):
        older[side] = {key: value for key, value in current[side].items() if key != "priceUSD"}
    return {**body, "quote": older}


def status(body: dict[str, Any]) -> dict[str, Any]:
    """A status response with the older vocabulary."""
    return {**body, "status": OLDER_STATUS.get(body["status"], body["status"])}


def error(status_code: int, body: dict[str, Any]) -> dict[str, Any]:
    """The nested error envelope flattened the way the older error-codes page shows it."""
    inner = body["error"]
    return {
        "code": inner["code"],
        "message": inner["message"],
        "httpStatus": status_code,
        "details": inner.get("details"),
    }
