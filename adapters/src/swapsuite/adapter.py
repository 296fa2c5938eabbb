"""The adapter contract: what each provider module implements, as pure plans over its generated client.

An adapter knows how to authenticate, which calls to make and how to map their results. It performs no I/O itself:
``swapsuite.provider`` runs its plans through ``swapsuite.engine``. Subclasses live in ``swapsuite.providers.*``
(or in another package, registered through ``swapsuite.registry``); each carries its provider's
:class:`~swapsuite.descriptor.Descriptor` and takes its name, key variable and default base URL from it.
"""

from __future__ import annotations

import abc
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .cache import TTLCache
from .caip import AssetId
from .descriptor import Descriptor
from .engine import Plan, input_checks
from .errors import ConfigurationError, UnsupportedError, ValidationError
from .models import AccountType, Quote, QuoteRequest, StatusReport, SwapType, Token
from .validate import check_quote_request

if TYPE_CHECKING:
    from .history import HistoryPlan, SwapFilter

DEFAULT_TOKEN_TTL = 300.0


class Adapter(abc.ABC):
    """Base class of the provider adapters."""

    # Set ``descriptor`` on a subclass and the four attributes below follow from it (__init_subclass__).
    descriptor: ClassVar[Descriptor]
    name: ClassVar[str]
    api_key_env: ClassVar[str]
    api_key_required: ClassVar[bool] = False
    default_base_url: ClassVar[str]
    supports_exact_output: ClassVar[bool] = False
    supports_flex_input: ClassVar[bool] = False
    # AccountType.INTENTS for deposit / refund / recipient: only 1Click has its own ledger.
    supports_intents_accounts: ClassVar[bool] = False
    # How many integrator fees (QuoteRequest.app_fees) one request may carry; 0 = fees are set per API key.
    max_app_fees: ClassVar[int] = 0
    supports_referral: ClassVar[bool] = False
    supports_integrator_id: ClassVar[bool] = False
    max_slippage_bps: ClassVar[int] = 5000

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("descriptor")
        if isinstance(own, Descriptor):  # one source of truth: the descriptor
            cls.name = own.name
            cls.api_key_env = own.api_key_env
            cls.api_key_required = own.api_key_required
            cls.default_base_url = own.base_url

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        token_ttl: float = DEFAULT_TOKEN_TTL,
        env: Mapping[str, str] | None = None,
    ) -> None:
        environ = os.environ if env is None else env
        self._api_key = api_key if api_key is not None else (environ.get(self.api_key_env) or None)
        if self.api_key_required and not self._api_key:
            raise ConfigurationError(
                f"{self.name} needs an API key: pass api_key=... or set the environment variable {self.api_key_env}",
                provider=self.name,
            )
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        self.tokens_cache: TTLCache[list[Token]] = TTLCache(token_ttl)

    def __repr__(self) -> str:
        # Never show the key itself.
        key = "set" if self._api_key else "unset"
        return f"<{type(self).__name__} base_url={self.base_url!r} api_key={key}>"

    # --- transport / auth -------------------------------------------------------------------------------
    @abc.abstractmethod
    def auth_headers(self) -> dict[str, str]:
        """Headers that authenticate requests (empty when no key is configured and none is required)."""

    def operation_headers(self, operation: str) -> dict[str, str]:
        """Headers only ``operation`` carries, on top of :meth:`auth_headers` (a user session's bearer token); the
        transport's origin-checking hook attaches them like the key. None by default."""
        return {}

    @abc.abstractmethod
    def parse_error(self, body: Any) -> tuple[str | None, str | None]:
        """(code, message) from the provider's error envelope; raise KeyError/TypeError if it is not one."""

    # --- plans ------------------------------------------------------------------------------------------
    def tokens_plan(self) -> Plan[list[Token]]:
        """Tokens the provider supports, served from the TTL cache when fresh."""
        cached = self.tokens_cache.get()
        if cached is not None:
            return cached
        tokens = yield from self.fetch_tokens_plan()
        yield input_checks(self.name)  # the caller now checks its request against the list: input errors again
        return self.tokens_cache.set(tokens)

    @abc.abstractmethod
    def fetch_tokens_plan(self) -> Plan[list[Token]]:
        """Fetch and map the token list (no cache)."""

    @abc.abstractmethod
    def quote_plan(self, request: QuoteRequest) -> Plan[Quote]:
        """A dry (indicative) or firm quote. A firm quote's actions are complete enough to execute."""

    def execute_plan(self, quote: Quote) -> Plan[Quote]:
        """The provider's post-quote step (intent, bytecode…) that makes a quote executable."""
        raise UnsupportedError(f"{self.name} has no separate execute step: request a firm quote", provider=self.name)
        yield  # pragma: no cover - makes this a generator

    def submit_plan(
        self, ref: str, *, tx_hash: str | None = None, signature: Any = None, memo: str | None = None
    ) -> Plan[StatusReport]:
        """Tell the provider the user acted (deposit tx hash, signature)."""
        raise UnsupportedError(f"{self.name} has no submit step", provider=self.name)
        yield  # pragma: no cover

    @abc.abstractmethod
    def status_plan(self, ref: str, *, memo: str | None = None) -> Plan[StatusReport]:
        """Where the swap identified by ``ref`` (see ``Quote.status_ref``) is."""

    def swaps_plan(self, flt: SwapFilter) -> HistoryPlan:
        """How to list past swaps matching ``flt`` (see ``swapsuite.history``); no I/O. Raise ValidationError /
        UnsupportedError here for criteria the provider refuses, so nothing is requested."""
        raise UnsupportedError(f"{self.name} has no swap history in the common interface", provider=self.name)

    # --- shared checks ----------------------------------------------------------------------------------
    def check_request(self, request: QuoteRequest) -> None:
        """Reject requests this provider can never serve, before any HTTP request."""
        if request.swap_type is SwapType.EXACT_OUTPUT and not self.supports_exact_output:
            raise ValidationError(f"{self.name} does not support exact-output quotes", provider=self.name)
        try:  # first: the capability checks below rely on the field types it checks
            check_quote_request(request, max_slippage_bps=self.max_slippage_bps)
        except ValidationError as exc:
            exc.provider = self.name
            raise
        self.check_capabilities(request)
        for asset in (request.from_asset, request.to_asset):
            if not asset.is_mapped and asset.unmapped_provider != self.name:
                raise ValidationError(
                    f"{asset} belongs to {asset.unmapped_provider}, not {self.name}", provider=self.name
                )

    def check_capabilities(self, request: QuoteRequest) -> None:
        """UnsupportedError for an integrator extra this provider cannot honour (never dropped silently)."""
        missing: list[str] = []
        if request.swap_type is SwapType.FLEX_INPUT and not self.supports_flex_input:
            missing.append("FLEX_INPUT quotes")
        ledger = [request.deposit_type, request.refund_type, request.recipient_type]
        if AccountType.INTENTS in ledger and not self.supports_intents_accounts:
            missing.append("INTENTS deposit/refund/recipient accounts")
        if len(request.app_fees) > self.max_app_fees:
            missing.append(
                f"{len(request.app_fees)} app fee(s) per request (at most {self.max_app_fees}"
                + ("; its fees are set per API key)" if self.max_app_fees == 0 else ")")
            )
        if request.referral is not None and not self.supports_referral:
            missing.append("a referral")
        if request.integrator_id is not None and not self.supports_integrator_id:
            missing.append("an integrator id")
        if missing:
            raise UnsupportedError(f"{self.name} does not support " + ", ".join(missing), provider=self.name)


REGISTRY: dict[str, type[Adapter]] = {}


def register(cls: type[Adapter]) -> type[Adapter]:
    """Class decorator: make an adapter available to ``get_provider`` under its ``name``."""
    REGISTRY[cls.name] = cls
    return cls


def find_token(tokens: list[Token], asset: AssetId) -> Token | None:
    """The token for an asset id in a provider's list, if the provider lists it."""
    for token in tokens:
        if token.asset == asset:
            return token
    return None
