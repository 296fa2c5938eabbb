"""swapsuite: one interface over NEAR Intents 1Click, Across, Changelly DeFi and Deframe.

import swapsuite
with swapsuite.get_provider("oneclick") as p:
    quote = p.quote(swapsuite.QuoteRequest(from_asset=..., to_asset=..., amount=1_000_000))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from . import errors
from .errors import (
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ConnectError,
    ForbiddenError,
    HTTPStatusError,
    LifecycleError,
    MissingExtraError,
    NotFoundError,
    QuoteSignatureError,
    RateLimitedError,
    RedirectError,
    RequestTimeoutError,
    ResponseShapeError,
    ServerError,
    SwapsuiteError,
    TransportError,
    UnauthorizedError,
    UnprocessableError,
    UnsupportedError,
    ValidationError,
)
from .providers import NAMES
from .version import __version__

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time these load on first use (__getattr__ below)
    from .adapter import REGISTRY, Adapter
    from .best import BestQuoteResult, abest_quote, best_quote, best_quote_each
    from .caip import AssetId
    from .history import SwapFilter, SwapRecord
    from .history_walk import AsyncSwapIterator, HistoryWalkError, SwapIterator, SwapPage, WalkProgress
    from .models import (
        AccountType,
        Action,
        AppFee,
        Deposit,
        Fee,
        Quote,
        QuoteRequest,
        SignTypedData,
        StatusReport,
        SwapState,
        SwapType,
        Token,
        Transaction,
    )
    from .provider import AsyncProvider, Provider, get_async_provider, get_provider
    from .retry import NO_RETRY, RetryPolicy

# Public names loaded on first access: `import swapsuite` stays about as cheap as `import httpx` (bench startup),
# and a program pays for the models, providers and best-quote machinery when it first uses them.
_LAZY = {
    **dict.fromkeys(("REGISTRY", "Adapter"), "adapter"),
    **dict.fromkeys(("BestQuoteResult", "abest_quote", "best_quote", "best_quote_each"), "best"),
    "AssetId": "caip",
    **dict.fromkeys(("SwapFilter", "SwapRecord"), "history"),
    **dict.fromkeys(
        ("AsyncSwapIterator", "HistoryWalkError", "SwapIterator", "SwapPage", "WalkProgress"), "history_walk"
    ),
    **dict.fromkeys(
        (
            "AccountType",
            "Action",
            "AppFee",
            "Deposit",
            "Fee",
            "Quote",
            "QuoteRequest",
            "SignTypedData",
            "StatusReport",
            "SwapState",
            "SwapType",
            "Token",
            "Transaction",
        ),
        "models",
    ),
    **dict.fromkeys(("AsyncProvider", "Provider", "get_async_provider", "get_provider"), "provider"),
    **dict.fromkeys(("NO_RETRY", "RetryPolicy"), "retry"),
}

PROVIDERS = NAMES

__all__ = [
    "NO_RETRY",
    "PROVIDERS",
    "REGISTRY",
    "AccountType",
    "Action",
    "Adapter",
    "AppFee",
    "AssetId",
    "AsyncProvider",
    "AsyncSwapIterator",
    "BadRequestError",
    "BestQuoteResult",
    "ConfigurationError",
    "ConflictError",
    "ConnectError",
    "Deposit",
    "Fee",
    "ForbiddenError",
    "HTTPStatusError",
    "HistoryWalkError",
    "LifecycleError",
    "MissingExtraError",
    "NotFoundError",
    "Provider",
    "Quote",
    "QuoteRequest",
    "QuoteSignatureError",
    "RateLimitedError",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseShapeError",
    "RetryPolicy",
    "ServerError",
    "SignTypedData",
    "StatusReport",
    "SwapFilter",
    "SwapIterator",
    "SwapPage",
    "SwapRecord",
    "SwapState",
    "SwapType",
    "SwapsuiteError",
    "Token",
    "Transaction",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableError",
    "UnsupportedError",
    "ValidationError",
    "WalkProgress",
    "__version__",
    "abest_quote",
    "best_quote",
    "best_quote_each",
    "get_async_provider",
    "get_provider",
]


def __getattr__(name: str) -> object:
    """Lazy public names (see ``_LAZY``), and ``swapsuite.TimeoutError``: the deprecated name of
    :class:`RequestTimeoutError` (warns; see errors)."""
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value  # the next access is a plain attribute
        return value
    if name == "TimeoutError":
        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
