"""swapsuite: one interface over NEAR Intents 1Click, Across, Changelly DeFi and Deframe.

import swapsuite
with swapsuite.get_provider("oneclick") as p:
    quote = p.quote(swapsuite.QuoteRequest(from_asset=..., to_asset=..., amount=1_000_000))
"""

from __future__ import annotations

from .adapter import REGISTRY, Adapter
from .best import BestQuoteResult, abest_quote, best_quote, best_quote_each
from .caip import AssetId
from .errors import (
    BadRequestError,
    ConfigurationError,
    ConnectError,
    ForbiddenError,
    HTTPStatusError,
    LifecycleError,
    NotFoundError,
    QuoteSignatureError,
    RateLimitedError,
    RedirectError,
    ResponseShapeError,
    ServerError,
    SwapsuiteError,
    TimeoutError,
    TransportError,
    UnauthorizedError,
    UnprocessableError,
    UnsupportedError,
    ValidationError,
)
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
from .history import SwapFilter, SwapRecord
from .history_walk import AsyncSwapIterator, HistoryWalkError, SwapIterator, SwapPage, WalkProgress
from .provider import AsyncProvider, Provider, get_async_provider, get_provider
from .providers import NAMES

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
    "ConnectError",
    "Deposit",
    "Fee",
    "ForbiddenError",
    "HTTPStatusError",
    "HistoryWalkError",
    "LifecycleError",
    "NotFoundError",
    "Provider",
    "Quote",
    "QuoteRequest",
    "QuoteSignatureError",
    "RateLimitedError",
    "RedirectError",
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
    "TimeoutError",
    "Token",
    "Transaction",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableError",
    "UnsupportedError",
    "ValidationError",
    "WalkProgress",
    "abest_quote",
    "best_quote",
    "best_quote_each",
    "get_async_provider",
    "get_provider",
]
