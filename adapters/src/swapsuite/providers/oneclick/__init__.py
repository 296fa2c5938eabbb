"""NEAR Intents 1Click adapter: quote → deposit to the quoted address → (submit the tx hash) → poll status.

The plans below only describe calls to the generated ``swapsuite_oneclick_client``; ``mapping`` and ``ids`` turn
its models into ``swapsuite.models``. A firm quote's only action is a :class:`~swapsuite.models.Deposit`, and
``Quote.status_ref`` is the deposit address that ``submit`` and ``status`` take.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from swapsuite_oneclick_client.api.oneclick import get_execution_status, get_quote, get_tokens, submit_deposit_tx
from swapsuite_oneclick_client.models import (
    GetExecutionStatusResponse,
    QuoteResponse,
    SubmitDepositTxRequest,
    SubmitDepositTxResponse,
)
from swapsuite_oneclick_client.types import UNSET

from swapsuite.adapter import Adapter, register
from swapsuite.caip import AssetId
from swapsuite.engine import Call, Plan
from swapsuite.errors import ValidationError
from swapsuite.models import Quote, QuoteRequest, StatusReport, Token

from . import ids, mapping

# 1Click wants a request deadline even for dry quotes; an unfinished swap is refunded after it. Ten minutes
# covers fast chains; pass ``deadline_after=`` for slow ones (the docs warn a Bitcoin deposit can take an hour).
DEFAULT_DEADLINE_AFTER = timedelta(minutes=10)

# A JWT is three base64url segments joined by dots (header.payload.signature).
_JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def looks_like_jwt(key: str) -> bool:
    """True when an API key has the shape of a JWT rather than of a partner API key."""
    return _JWT.fullmatch(key) is not None


def utc_now() -> datetime:
    """The current time, timezone-aware UTC (the default clock)."""
    return datetime.now(UTC)


@register
class OneClickAdapter(Adapter):
    """NEAR Intents 1Click Swap API (``/v0/tokens``, ``/v0/quote``, ``/v0/deposit/submit``, ``/v0/status``)."""

    name = "oneclick"
    api_key_env = "ONECLICK_API_KEY"
    api_key_required = False
    default_base_url = "https://1click.chaindefuser.com"
    supports_exact_output = True

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] = utc_now,
        deadline_after: timedelta = DEFAULT_DEADLINE_AFTER,
        **base: Any,
    ) -> None:
        """``base`` are the Adapter arguments (api_key, base_url, token_ttl, env), passed on unchanged.

        ``clock`` (aware datetimes) and ``deadline_after`` set the request deadline; tests inject the clock.
        """
        super().__init__(**base)
        self._clock = clock
        self._deadline_after = deadline_after
        # CAIP-19 → assetId, rebuilt only when the token list object changes (see _asset_index).
        self._indexed: list[Token] | None = None
        self._index: dict[AssetId, str] = {}
        # assetId → 1Click blockchain code, so a deposit of an *unmapped* asset still names its chain.
        # Token has no field for it; an assetId's chain never changes, so entries never go stale.
        self._blockchains: dict[str, str] = {}

    # --- transport / auth -----------------------------------------------------------------------------------
    def auth_headers(self) -> dict[str, str]:
        """``X-API-Key`` for a partner API key, ``Authorization: Bearer`` for a JWT, nothing without a key.

        1Click accepts either scheme (X-API-Key is the current one, JWT bearer tokens the legacy one still
        honoured), so the key's shape decides. The key is optional: unauthenticated calls work but 1Click charges
        them an extra platform fee.
        """
        key = self._api_key
        if not key:
            return {}
        if looks_like_jwt(key):
            return {"Authorization": f"Bearer {key}"}
        return {"X-API-Key": key}

    def parse_error(self, body: Any) -> tuple[str | None, str | None]:
        """``{"message": ...}`` → (None, message); 1Click sends no error code."""
        return mapping.parse_error(body)

    def check_request(self, request: QuoteRequest) -> None:
        """The base checks, plus 1Click's required recipient / refund address and a positive amount."""
        super().check_request(request)
        mapping.check_quote_request(request)

    # --- plans ----------------------------------------------------------------------------------------------
    def fetch_tokens_plan(self) -> Plan[list[Token]]:
        """GET /v0/tokens → Token list (prices as exact Decimals)."""
        reply = yield Call(
            provider=self.name,
            operation="getTokens",
            request=get_tokens._get_kwargs(),
            parse=mapping.parse_token_list,
        )
        result = mapping.tokens(reply.parsed, reply.data)
        self._blockchains.update({item.asset_id: item.blockchain.value for item in reply.parsed})
        return result

    def quote_plan(self, request: QuoteRequest) -> Plan[Quote]:
        """POST /v0/quote. Firm quotes reserve a deposit address, so they are not idempotent; dry ones are."""
        mapping.check_quote_request(request)  # also when the plan is run without Provider.quote
        tokens = yield from self.tokens_plan()
        index = self._asset_index(tokens)
        origin = ids.native_id_for(request.from_asset, index)
        destination = ids.native_id_for(request.to_asset, index)
        until = mapping.deadline(self._clock(), self._deadline_after)
        reply = yield Call(
            provider=self.name,
            operation="getQuote",
            request=get_quote._get_kwargs(body=mapping.quote_body(request, origin, destination, until)),
            parse=QuoteResponse.from_dict,
            idempotent=request.dry,
        )
        chain = ids.deposit_chain(request.from_asset, self._blockchains.get(origin))
        return mapping.quote(request, reply.parsed, reply.data, chain)

    def submit_plan(
        self, ref: str, *, tx_hash: str | None = None, signature: Any = None, memo: str | None = None
    ) -> Plan[StatusReport]:
        """POST /v0/deposit/submit with the deposit tx hash; answers with the status. Not idempotent."""
        address = mapping.require(ref, "the deposit address (ref)")
        tx = mapping.require(tx_hash, "tx_hash: the hash of the deposit transaction")
        if signature is not None:
            raise ValidationError("1Click takes a deposit tx_hash, not a signature", provider=self.name)
        body = SubmitDepositTxRequest(tx_hash=tx, deposit_address=address, memo=memo or UNSET)
        reply = yield Call(
            provider=self.name,
            operation="submitDepositTx",
            request=submit_deposit_tx._get_kwargs(body=body),
            parse=SubmitDepositTxResponse.from_dict,
            idempotent=False,
        )
        return mapping.status_report(reply.parsed, reply.data, address)

    def status_plan(self, ref: str, *, memo: str | None = None) -> Plan[StatusReport]:
        """GET /v0/status for a deposit address (and memo, when the quote had one)."""
        address = mapping.require(ref, "the deposit address (ref)")
        reply = yield Call(
            provider=self.name,
            operation="getExecutionStatus",
            request=get_execution_status._get_kwargs(deposit_address=address, deposit_memo=memo or UNSET),
            parse=GetExecutionStatusResponse.from_dict,
        )
        return mapping.status_report(reply.parsed, reply.data, address)

    # --- helpers --------------------------------------------------------------------------------------------
    def _asset_index(self, tokens: list[Token]) -> dict[AssetId, str]:
        """The reverse index of ``tokens``, built once per token list (the cache hands out the same list)."""
        if tokens is not self._indexed:
            self._index = ids.index_tokens(tokens)
            self._indexed = tokens
        return self._index


__all__ = ["DEFAULT_DEADLINE_AFTER", "OneClickAdapter", "looks_like_jwt"]
