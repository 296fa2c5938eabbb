"""swapsuite: one interface over NEAR Intents 1Click, Across, Changelly DeFi and Deframe.

import swapsuite
with swapsuite.get_provider("oneclick") as p:
    quote = p.quote(swapsuite.QuoteRequest(from_asset=..., to_asset=..., amount=1_000_000))
"""

from __future__ import annotations

from . import errors
from .adapter import REGISTRY, Adapter
from .best import BestQuoteResult, abest_quote, best_quote, best_quote_each
from .caip import AssetId
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
from .providers import NAMES
from .version import __version__

PROVIDERS = NAMES

__all__ = [
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
    """``swapsuite.TimeoutError``: the deprecated name of :class:`RequestTimeoutError` (warns; see errors)."""
    if name == "TimeoutError":
        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
