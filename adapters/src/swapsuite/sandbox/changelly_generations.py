"""Changelly status casing of the older documentation, for a sandbox created with ``capitalised_statuses=True``.

The older intent-status page lists the statuses capitalised (``Created``, ``Deposited``...), the newest swap-list
sample lowercase (``created``). The spec lists both casings, so the sandbox can answer in either and the
schemathesis run keeps both honest; filters (``GET /v1/swaps?status=``) accept either casing.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .control import SandboxState

Handler = Callable[[SandboxState, Request], Awaitable[Response]]


def capitalise(body: Any) -> Any:
    """An intent (or a list of swaps) with each ``status`` capitalised."""
    if isinstance(body, list):
        return [capitalise(item) for item in body]
    if isinstance(body, dict) and isinstance(body.get("status"), str):
        return {**body, "status": body["status"].capitalize()}
    return body


def capitalised(handler: Handler) -> Handler:
    """Wrap a status-reporting handler so its successful answers use the capitalised casing."""

    async def run(state: SandboxState, request: Request) -> Response:
        response = await handler(state, request)
        if response.status_code != 200 or not isinstance(response, JSONResponse):
            return response
        return JSONResponse(capitalise(json.loads(bytes(response.body))))

    return run
