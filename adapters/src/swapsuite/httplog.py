"""What swapsuite says about its HTTP calls: the ``swapsuite`` logger, and the request facts errors carry.

* one DEBUG line per HTTP call: provider, operation, method, URL (query secrets redacted), status, duration and
  attempt number — on the ``swapsuite.http`` logger;
* one WARNING per retry (what failed, the wait, the attempt) and one per rate limit (429), on the same logger.

API keys travel in headers only, and headers are never logged; query parameters whose names look like
credentials are replaced by ``REDACTED`` anyway (a caller's own ``httpx_args`` params could carry one).
Nothing is configured here: add a handler (``logging.basicConfig(level=logging.DEBUG)``) to see it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

import httpx

from . import errors

logger = logging.getLogger("swapsuite.http")

SECRET_PARAM = re.compile(r"key|token|secret|passw|signature|auth|session|credential", re.IGNORECASE)
# Headers providers (or the CDN in front of them) use to name a request in their logs, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-cf-id", "x-vercel-id", "cf-ray")
USER_AGENT_DEFAULT = "python-httpx/"


def redact_url(url: httpx.URL) -> str:
    """The URL without user info and with credential-like query values replaced by ``REDACTED``."""
    params = [(name, "REDACTED" if SECRET_PARAM.search(name) else value) for name, value in url.params.multi_items()]
    clean = url.copy_with(username=None, password=None)
    return str(clean.copy_with(params=params) if params else clean.copy_with(query=None))


def request_id(headers: Mapping[str, str] | None) -> str | None:
    """The provider's id for the request, from the first of :data:`REQUEST_ID_HEADERS` present (bounded)."""
    if not headers:
        return None
    lowered = {name.lower(): value for name, value in headers.items()}
    for name in REQUEST_ID_HEADERS:
        value = lowered.get(name)
        if value:
            return value[:200]
    return None


def annotate(error: errors.SwapsuiteError, request: httpx.Request | None) -> errors.SwapsuiteError:
    """Fill in the request (method, redacted URL) and the provider's request id where the error lacks them."""
    if request is not None and error.method is None:
        error.method, error.url = request.method, redact_url(request.url)
    if error.request_id is None:
        error.request_id = request_id(error.headers)
    return error


def log_call(
    provider: str, operation: str, request: httpx.Request, status: int | str, seconds: float, attempt: int
) -> None:
    """The DEBUG line of one HTTP call (``status`` is the error class name when no response came back)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s: %s %s -> %s in %.1f ms (attempt %d)",
            provider,
            operation,
            request.method,
            redact_url(request.url),
            status,
            seconds * 1000,
            attempt,
        )


def log_retry(provider: str, operation: str, error: errors.SwapsuiteError, attempt: int, delay: float) -> None:
    what = f"HTTP {error.status_code}" if error.status_code else type(error).__name__
    logger.warning("%s %s: %s on attempt %d; retrying in %.2f s", provider, operation, what, attempt, delay)


def log_rate_limit(provider: str, operation: str, error: errors.RateLimitedError) -> None:
    wait = f"{error.retry_after:g} s" if error.retry_after is not None else "not given"
    logger.warning("%s %s: rate limited (HTTP 429, Retry-After %s)", provider, operation, wait)
