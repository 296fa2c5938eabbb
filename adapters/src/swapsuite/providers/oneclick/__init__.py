"""NEAR Intents 1Click adapter: quote → deposit to the quoted address → (submit the tx hash) → poll status.

The plans below only describe calls to the generated ``swapsuite_oneclick_client``; ``mapping`` and ``ids`` turn
its models into ``swapsuite.models``. A firm quote's only action is a :class:`~swapsuite.models.Deposit`, and
``Quote.status_ref`` is the deposit address that ``submit`` and ``status`` take.

Every quote, and the quote echoed by ``/v0/status`` and ``/v0/deposit/submit``, is verified before it is used
(module ``signature``): its Ed25519 signature under the 1Click production key (or ``public_key=`` /
``SWAPSUITE_ONECLICK_PUBLIC_KEY``), the echoed request against the one sent, and a firm quote's deadline against
``clock``. A failure raises :class:`~swapsuite.errors.QuoteSignatureError`. ``verify_signatures=False`` or
``SWAPSUITE_ONECLICK_VERIFY=0`` turns all of that off.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
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
from swapsuite.engine import Call, Plan, Reply
from swapsuite.errors import ConfigurationError, QuoteSignatureError, ValidationError
from swapsuite.history import HistoryPlan, SwapFilter
from swapsuite.models import AccountType, Quote, QuoteRequest, StatusReport, Token
from swapsuite.timeutil import parse_timestamp

from . import history, ids, mapping, signature
from .descriptor import DESCRIPTOR
from .session import OneClickSession
from .signature import PRODUCTION_PUBLIC_KEY, STAGING_PUBLIC_KEY

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


# Quote verification settings from the environment (keywords win): another key, or verification off.
PUBLIC_KEY_ENV = "SWAPSUITE_ONECLICK_PUBLIC_KEY"
VERIFY_ENV = "SWAPSUITE_ONECLICK_VERIFY"
CLOCK_ENV = "SWAPSUITE_ONECLICK_CLOCK"  # replaying recorded quotes: judge expiry as of this instant
_OFF = frozenset({"0", "false", "no", "off"})
_ON = frozenset({"", "1", "true", "yes", "on"})


def verify_setting(keyword: bool | None, environ: Mapping[str, str]) -> bool:
    """``verify_signatures=`` if given, else ``SWAPSUITE_ONECLICK_VERIFY`` (0/false/no/off), else on."""
    if keyword is not None:
        return keyword
    text = environ.get(VERIFY_ENV, "").strip().lower()
    if text in _OFF:
        return False
    if text in _ON:
        return True
    raise ConfigurationError(
        f"{VERIFY_ENV} must be 0/false/no/off or 1/true/yes/on, got {environ[VERIFY_ENV]!r}", provider="oneclick"
    )


def clock_setting(environ: Mapping[str, str]) -> Callable[[], datetime]:
    """The real clock, or the fixed instant of ``SWAPSUITE_ONECLICK_CLOCK`` (ConfigurationError if malformed)."""
    text = environ.get(CLOCK_ENV, "").strip()
    if not text:
        return utc_now
    try:
        instant = parse_timestamp(text)
    except ValidationError as exc:
        message = f"{CLOCK_ENV} must be an ISO-8601 instant: {exc.message}"
        raise ConfigurationError(message, provider="oneclick") from exc
    return lambda: instant


def key_setting(keyword: str | None, environ: Mapping[str, str]) -> tuple[str, Ed25519PublicKey]:
    """The quote-signing key: ``public_key=``, else ``SWAPSUITE_ONECLICK_PUBLIC_KEY``, else the production key.

    A malformed key is a ConfigurationError naming where it came from.
    """
    if keyword is not None:
        text, source = keyword, "public_key"
    elif environ.get(PUBLIC_KEY_ENV):
        text, source = environ[PUBLIC_KEY_ENV], f"the environment variable {PUBLIC_KEY_ENV}"
    else:
        text, source = PRODUCTION_PUBLIC_KEY, "PRODUCTION_PUBLIC_KEY"
    try:
        return text, signature.parse_public_key(text)
    except ValueError as exc:
        raise ConfigurationError(
            f"{source} is not a 1Click quote-signing key (ed25519:<base58 of 32 bytes>): {exc}", provider="oneclick"
        ) from exc


def _signature_slot(data: Any) -> Any:
    """A missing ``signature`` becomes the empty string, so the generated parser (which checks that it is a string)
    accepts the body and the verifier, reading the body as received, reports it as ``missing-signature`` — or lets
    it pass when verification is off."""
    if isinstance(data, Mapping) and "signature" not in data:
        return {**data, "signature": ""}
    return data


def parse_quote_response(data: Any) -> QuoteResponse:
    """POST /v0/quote body → generated model (the Call's ``parse``)."""
    return QuoteResponse.from_dict(_signature_slot(data))


def _echo_slot(data: Any) -> Any:
    """A status-shaped body whose ``quoteResponse`` may lack a signature (see :func:`_signature_slot`)."""
    if isinstance(data, Mapping) and isinstance(data.get("quoteResponse"), Mapping):
        return {**data, "quoteResponse": _signature_slot(data["quoteResponse"])}
    return data


def parse_status_response(data: Any) -> GetExecutionStatusResponse:
    """GET /v0/status body → generated model."""
    return GetExecutionStatusResponse.from_dict(_echo_slot(data))


def parse_submit_response(data: Any) -> SubmitDepositTxResponse:
    """POST /v0/deposit/submit body → generated model (the status body's shape)."""
    return SubmitDepositTxResponse.from_dict(_echo_slot(data))


@register
class OneClickAdapter(Adapter):
    """NEAR Intents 1Click Swap API (``/v0/tokens``, ``/v0/quote``, ``/v0/deposit/submit``, ``/v0/status``)."""

    descriptor = DESCRIPTOR  # name, key variable and base URL: see descriptor.py
    supports_exact_output = True
    supports_flex_input = True  # swapType FLEX_INPUT
    supports_intents_accounts = True  # depositType / refundType / recipientType INTENTS
    # appFees is a list; 1Click documents no length limit, so this is our bound on a sane request.
    max_app_fees = 10
    supports_referral = True  # `referral`, a signed field

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] | None = None,
        deadline_after: timedelta = DEFAULT_DEADLINE_AFTER,
        public_key: str | None = None,
        verify_signatures: bool | None = None,
        session: OneClickSession | None = None,
        **base: Any,
    ) -> None:
        """``base`` are the Adapter arguments (api_key, base_url, token_ttl, env), passed on unchanged.

        ``clock`` (aware datetimes) and ``deadline_after`` set the request deadline; tests inject the clock, which
        also decides whether a firm quote has expired. Without ``clock``, ``SWAPSUITE_ONECLICK_CLOCK`` (an ISO-8601
        instant) fixes it, to replay a recorded quote as of when it was made; otherwise it is the real time.

        ``public_key`` (``ed25519:<base58>``; default ``SWAPSUITE_ONECLICK_PUBLIC_KEY``, else the 1Click production
        key) verifies quote signatures. ``verify_signatures=False`` (default: ``SWAPSUITE_ONECLICK_VERIFY``, else
        on) skips every quote check: signature, echoed request and expiry.

        ``session`` (a :class:`~.session.OneClickSession`) is the signed-in user whose swaps ``swaps()`` lists.
        """
        super().__init__(**base)
        environ: Mapping[str, str] = os.environ if base.get("env") is None else base["env"]
        self._clock = clock if clock is not None else clock_setting(environ)
        self._deadline_after = deadline_after
        self.verify_signatures = verify_setting(verify_signatures, environ)
        self.public_key, self._verifier = key_setting(public_key, environ)
        # CAIP-19 → assetId, rebuilt only when the token list object changes (see _asset_index).
        self._indexed: list[Token] | None = None
        self._index: dict[AssetId, str] = {}
        # assetId → 1Click blockchain code, so a deposit of an *unmapped* asset still names its chain.
        # Token has no field for it; an assetId's chain never changes, so entries never go stale.
        self._blockchains: dict[str, str] = {}
        # The signed-in user whose swaps swaps() lists (``session``; see .session): its token goes only to the
        # account operations, attached by the transport's origin-checking hook through operation_headers().
        if session is not None and not isinstance(session, OneClickSession):
            raise ConfigurationError("session must be a OneClickSession", provider="oneclick")
        self.session = session

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
            request=get_tokens.build_request(),
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
        body = mapping.quote_body(request, origin, destination, until)
        kwargs = get_quote.build_request(body=body)
        reply = yield Call(
            provider=self.name,
            operation="getQuote",
            request=kwargs,
            parse=parse_quote_response,
            idempotent=request.dry,
        )
        self.verify(reply, reply.data, sent=kwargs["json"], now=self._clock())  # the exact body that was sent
        if request.deposit_type is AccountType.INTENTS:  # funded by a transfer inside the NEAR Intents ledger
            chain = ids.INTENTS_CHAIN
        else:
            chain = ids.deposit_chain(request.from_asset, self._blockchains.get(origin))
        return mapping.quote(request, reply.parsed, reply.data, chain, verified=self.verify_signatures)

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
            request=submit_deposit_tx.build_request(body=body),
            parse=parse_submit_response,
            idempotent=False,
        )
        self.verify(reply, reply.data["quoteResponse"], deposit_address=address)
        return mapping.status_report(reply.parsed, reply.data, address)

    def status_plan(self, ref: str, *, memo: str | None = None) -> Plan[StatusReport]:
        """GET /v0/status for a deposit address (and memo, when the quote had one)."""
        address = mapping.require(ref, "the deposit address (ref)")
        reply = yield Call(
            provider=self.name,
            operation="getExecutionStatus",
            request=get_execution_status.build_request(deposit_address=address, deposit_memo=memo or UNSET),
            parse=parse_status_response,
        )
        self.verify(reply, reply.data["quoteResponse"], deposit_address=address)
        return mapping.status_report(reply.parsed, reply.data, address)

    # --- history (the signed-in user's swaps: .history, .session) -------------------------------------------
    def operation_headers(self, operation: str) -> dict[str, str]:
        """The session's ``Authorization: Bearer`` for the account operations (overriding a partner JWT there)."""
        return {} if self.session is None else self.session.headers(operation)

    def swaps_plan(self, flt: SwapFilter) -> HistoryPlan:
        """``GET /v0/account/history`` of the session's user, cursor-paged; which criteria the server applies:
        :mod:`.history`."""
        return history.plan(self, flt)

    # --- verification ---------------------------------------------------------------------------------------
    def verify(
        self,
        reply: Reply,
        response: Any,
        *,
        sent: Mapping[str, Any] | None = None,
        now: datetime | None = None,
        deposit_address: str | None = None,
    ) -> None:
        """Run the quote checks (``signature.check_quote``) unless verification is off; QuoteSignatureError
        carries the reply's status and headers."""
        if not self.verify_signatures:
            return
        try:
            signature.check_quote(response, self._verifier, sent=sent, now=now, deposit_address=deposit_address)
        except QuoteSignatureError as exc:
            exc.status_code, exc.headers = reply.status_code, dict(reply.headers)
            raise

    # --- helpers --------------------------------------------------------------------------------------------
    def _asset_index(self, tokens: list[Token]) -> dict[AssetId, str]:
        """The reverse index of ``tokens``, built once per token list (the cache hands out the same list)."""
        if tokens is not self._indexed:
            self._index = ids.index_tokens(tokens)
            self._indexed = tokens
        return self._index


__all__ = [
    "CLOCK_ENV",
    "DEFAULT_DEADLINE_AFTER",
    "PRODUCTION_PUBLIC_KEY",
    "PUBLIC_KEY_ENV",
    "STAGING_PUBLIC_KEY",
    "VERIFY_ENV",
    "OneClickAdapter",
    "OneClickSession",
    "looks_like_jwt",
]
