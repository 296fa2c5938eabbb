"""One exception tree for the whole suite.

Every adapter converts transport failures, HTTP error statuses, provider error envelopes and malformed bodies into
these classes at a single choke point (``swapsuite.engine``), chaining the original exception with ``from``.
Generated-client exceptions never reach users.
"""

from __future__ import annotations

from collections.abc import Mapping


class SwapsuiteError(Exception):
    """Base class. HTTP-related errors fill ``status_code``, ``body`` (raw bytes) and ``headers``; errors of a
    request carry its ``method`` and ``url`` (query secrets redacted, see :attr:`request`) and the provider's
    ``request_id`` when its response named one (``X-Request-Id`` and the like)."""

    def __init__(
        self,
        message: str,
        *,
        provider: str | None = None,
        status_code: int | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        method: str | None = None,
        url: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.status_code = status_code
        self.body = body
        self.headers: dict[str, str] = dict(headers or {})
        self.method = method
        self.url = url
        self.request_id = request_id

    @property
    def request(self) -> str | None:
        """``"METHOD URL"`` of the request that failed (secrets in the query redacted), when there was one."""
        return f"{self.method} {self.url}" if self.method and self.url else None

    def __str__(self) -> str:
        prefix = f"[{self.provider}] " if self.provider else ""
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{prefix}{self.message}{suffix}"


class ConfigurationError(SwapsuiteError):
    """The suite is not set up to make the call, e.g. a required API key is missing."""


class MissingExtraError(ConfigurationError, ImportError):
    """A feature whose optional dependencies are not installed; ``extra`` names what to install
    (``pip install 'swapsuite[cli]'``). Also an :class:`ImportError`, which is what it replaces."""

    def __init__(self, message: str, *, extra: str) -> None:
        super().__init__(message)
        self.extra = extra


class LifecycleError(ConfigurationError):
    """A provider used after ``close()``/``aclose()``, or an :class:`~swapsuite.AsyncProvider` used from another
    event loop than the first one it ran in (its connections belong to that loop): create a new provider."""


class ValidationError(SwapsuiteError, ValueError):
    """Bad input, rejected before any HTTP request is sent (or, for a check against the provider's token list,
    before the request it concerns). Never used for bad provider data: that is a :class:`ResponseShapeError`."""


class UnsupportedError(SwapsuiteError):
    """The provider has no such capability (e.g. exact-output quotes, a submit step)."""


class TransportError(SwapsuiteError):
    """The request did not produce an HTTP response."""


class ConnectError(TransportError):
    """Connecting failed or the connection dropped."""


class RequestTimeoutError(TransportError):
    """Connect, read, write or pool timeout, or a call's wall-clock deadline (``deadline=``, best_quote's
    ``timeout``) passed. (Named ``TimeoutError`` before 0.2, which shadowed the built-in; that name still works,
    with a ``DeprecationWarning``, until the next release.)"""


class ResponseShapeError(SwapsuiteError):
    """A 2xx body that is not JSON, violates the provider's spec, breaks the decoding limits (size, nesting,
    number length/exponent, NaN — see ``swapsuite.codec``) or cannot be normalized. ``body`` keeps the raw bytes."""


class QuoteSignatureError(SwapsuiteError):
    """A 2xx quote that fails verification: its signature does not verify (altered in transit, or signed by another
    key), it answers another request than the one sent, or a firm quote has already expired.

    A security failure, not a malformed body, so deliberately *not* a :class:`ResponseShapeError`: code that
    tolerates or skips shape errors must not swallow it, and it is never retried. ``check`` names the failed check
    (``signature``, ``missing-signature``, ``malformed-signature``, ``unknown-key-format``, ``malformed-quote``,
    ``request-mismatch:<field>``, ``expired``); ``response`` is the decoded quote response that failed (evidence).
    """

    def __init__(
        self,
        message: str,
        *,
        check: str,
        response: object = None,
        provider: str | None = None,
        status_code: int | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, provider=provider, status_code=status_code, body=body, headers=headers)
        self.check = check
        self.response = response


class HTTPStatusError(SwapsuiteError):
    """A 4xx/5xx response. ``code`` and ``provider_message`` come from the provider's error envelope when present."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        provider_message: str | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.code = code
        self.provider_message = provider_message


class RedirectError(HTTPStatusError):
    """A 3xx response: never success. Redirects are followed only when ``httpx_args={"follow_redirects": True}``
    and only within the configured origin (scheme, host and port); ``location`` is where the server pointed."""

    location: str | None = None


class BadRequestError(HTTPStatusError):
    """400."""


class UnauthorizedError(HTTPStatusError):
    """401: missing or invalid credentials."""


class ForbiddenError(HTTPStatusError):
    """403."""


class NotFoundError(HTTPStatusError):
    """404: unknown quote, deposit address, intent or route."""


class ConflictError(HTTPStatusError):
    """409: the request conflicts with the provider's state (e.g. a deposit or approval already submitted)."""


class UnprocessableError(HTTPStatusError):
    """422: the provider understood the request but refused it."""


class RateLimitedError(HTTPStatusError):
    """429. ``retry_after`` is the server's Retry-After in seconds, when it sent one."""

    retry_after: float | None = None


class ServerError(HTTPStatusError):
    """5xx."""


STATUS_CLASSES: dict[int, type[HTTPStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableError,
    429: RateLimitedError,
}


def status_error_class(status_code: int) -> type[HTTPStatusError]:
    """The most specific HTTPStatusError subclass for a status code."""
    if status_code >= 500:
        return ServerError
    if 300 <= status_code < 400:
        return RedirectError
    return STATUS_CLASSES.get(status_code, HTTPStatusError)


_DEPRECATED = {"TimeoutError": "RequestTimeoutError"}


def __getattr__(name: str) -> object:
    """Deprecated names, kept for one release with a warning (module ``__getattr__``, PEP 562)."""
    if name in _DEPRECATED:
        import warnings

        new = _DEPRECATED[name]
        warnings.warn(
            f"swapsuite.errors.{name} is deprecated (it shadowed the built-in): use {new}; "
            "the old name goes in the next release",
            DeprecationWarning,
            stacklevel=2,
        )
        return globals()[new]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
