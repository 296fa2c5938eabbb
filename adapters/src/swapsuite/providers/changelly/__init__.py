"""Changelly DeFi adapter: quote → intent → sign ``params_to_sign`` → approval → intent status.

Calls (all with the partner key in ``X-Api-Key``):

* ``tokens()`` — ``GET /v1/networks`` then ``GET /v1/tokens`` page by page (``limit``/``offset``), stopping after
  an empty or short page, at ``pagination.pages``, when a page brings no new token, or after
  :data:`MAX_TOKEN_PAGES` pages. Native ids and decimals: see :mod:`.ids`.
* ``quote(request)`` — resolves both assets through the token list, sends ``POST /v1/quotes/`` with the amount as a
  human decimal string (exact); the reply's amounts must be base units that echo it (see :mod:`.mapping`), and
  its ``fees`` (Changelly's and the affiliate's, both set per API key) become ``Fee`` lines. A dry quote stops
  there. A firm quote (``dry=False``) needs ``sender`` and ``recipient`` (checked before any request) and also
  creates the intent (``POST /v1/intents/``, not idempotent): its actions are one ``SignTypedData`` whose
  ``payload`` is the intent's exact ``params_to_sign``, ``submit_ref`` and ``Quote.status_ref`` the intent id,
  ``approval_type`` the intent's.
* ``execute(quote)`` — a quote that already has its action is returned unchanged (creating an intent is not
  idempotent, so a second one is never made for it). A dry quote is turned into a firm one by creating its intent.
  ``execute`` only receives the quote, so a dry quote carries the intent body it would send: ``Quote.raw`` of this
  adapter is ``{"quote": <createQuote reply>, "intent_request": <createIntent body, or None when the request had
  no sender/recipient>}``, plus ``"intent": <createIntent reply>`` once firm — provider-shaped JSON only. A dry quote
  requested without addresses cannot be executed (``ValidationError``, no request): ask for a firm quote.
* ``submit(intent_id, signature=...)`` — ``POST /v1/intents/{id}/approvals/`` (not idempotent), then the intent
  status. ``signature`` is either the approval body itself, ``{"approval_type": action.approval_type,
  "signed_data": ...}`` (always unambiguous), or just the signed-data string, whose approval type is read from its
  documented form: ``0x…`` hex → ``permit2``, base64 PSBT ``cHNid…`` → ``htlc``, base64 JSON ``eyJ…`` → ``cosign``.
* ``status(intent_id)`` — ``GET /v1/intents/{id}``; the status table is in :mod:`.mapping`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from swapsuite_changelly_client.api.catalog import list_networks, list_tokens
from swapsuite_changelly_client.api.execution import create_intent, create_intent_approval, create_quote
from swapsuite_changelly_client.api.swaps import get_intent
from swapsuite_changelly_client.models import ApprovalResponse, Intent, IntentRequest, IntentStatus, TokenList
from swapsuite_changelly_client.models import Quote as ChangellyQuote

from swapsuite.adapter import Adapter, register
from swapsuite.engine import Call, Plan
from swapsuite.errors import ValidationError
from swapsuite.history import HistoryPlan, SwapFilter
from swapsuite.models import Quote, QuoteRequest, StatusReport, Token

from . import history, ids, mapping
from .descriptor import DESCRIPTOR

PAGE_SIZE = 100
MAX_TOKEN_PAGES = 50  # 5 000 tokens: a bound on a misbehaving paginator, far above the documented catalogue


@register
class ChangellyAdapter(Adapter):
    """Changelly DeFi (``https://defiapi.changelly.com``); the API key is required."""

    descriptor = DESCRIPTOR  # name, key variable and base URL: see descriptor.py
    supports_exact_output: ClassVar[bool] = False

    def auth_headers(self) -> dict[str, str]:
        """The partner key header; requests are not signed."""
        return {"X-Api-Key": self._api_key} if self._api_key else {}

    def parse_error(self, body: Any) -> tuple[str | None, str | None]:
        """(type or code, message) from Changelly's ``{code, type, message}`` envelope."""
        return mapping.parse_error(body)

    # --- tokens -----------------------------------------------------------------------------------------------
    def fetch_tokens_plan(self) -> Plan[list[Token]]:
        """Networks, then every token page (bounded), mapped and de-duplicated by native id."""
        reply = yield Call(
            provider=self.name,
            operation="listNetworks",
            request=list_networks.build_request(),
            parse=ids.parse_networks,
        )
        chains = ids.network_chains(reply.parsed)
        tokens: dict[str, Token] = {}
        offset = 0
        for page_number in range(1, MAX_TOKEN_PAGES + 1):
            reply = yield Call(
                provider=self.name,
                operation="listTokens",
                request=list_tokens.build_request(limit=PAGE_SIZE, offset=offset),
                parse=TokenList.from_dict,
            )
            page: TokenList = reply.parsed
            # Advance by what arrived, not by what was asked: the server may cap `limit` below PAGE_SIZE.
            offset += len(page.data)
            before = len(tokens)
            for item in page.data:
                token = ids.map_token(item, chains)
                tokens.setdefault(token.native_id, token)
            # A page with nothing new means the server ignores `offset`: asking further would only repeat it.
            if len(tokens) == before or not ids.more_pages(page, page_number):
                break
        return list(tokens.values())

    # --- quotes and intents -----------------------------------------------------------------------------------
    def quote_plan(self, request: QuoteRequest) -> Plan[Quote]:
        """Dry: ``POST /v1/quotes/``. Firm: the same plus the intent (see the module docstring)."""
        if not request.dry:
            mapping.require_addresses(request)  # before any request, the token list included
        tokens = yield from self.tokens_plan()
        source = mapping.source_token(request.from_asset, tokens)
        target = ids.find_listed(tokens, request.to_asset)
        body = mapping.quote_request(request, source, mapping.target_selector(request.to_asset, target))
        reply = yield Call(
            provider=self.name,
            operation="createQuote",
            request=create_quote.build_request(body=body),
            parse=ChangellyQuote.from_dict,
            # Pricing has no side effect, firm or not: a retried quote only yields another quote id.
            idempotent=True,
        )
        dry = mapping.map_quote(
            reply.parsed,
            from_asset=request.from_asset,
            to_asset=request.to_asset,
            amount_in=request.amount,
            tokens=tokens,
            dry=True,
            raw={"quote": reply.data, "intent_request": mapping.intent_request(reply.parsed.id, request)},
        )
        if request.dry:
            return dry
        return (yield from self._intent_plan(dry, mapping.stored_intent_request(dry), tokens))

    def execute_plan(self, quote: Quote) -> Plan[Quote]:
        """Return a firm quote as is; create the intent of a dry one (see the module docstring)."""
        if quote.provider != self.name:
            raise ValidationError(f"a {quote.provider} quote cannot be executed by {self.name}", provider=self.name)
        if quote.actions:
            return quote
        body = mapping.stored_intent_request(quote)  # fails before any request when the quote has no addresses
        tokens = yield from self.tokens_plan()
        return (yield from self._intent_plan(quote, body, tokens))

    def _intent_plan(self, dry: Quote, body: IntentRequest, tokens: list[Token]) -> Plan[Quote]:
        """``POST /v1/intents/`` for a dry quote → the firm quote."""
        reply = yield Call(
            provider=self.name,
            operation="createIntent",
            request=create_intent.build_request(body=body),
            parse=Intent.from_dict,
            idempotent=False,  # every call creates a new intent
        )
        return mapping.firm_quote(dry, reply.parsed, reply.data, tokens)

    # --- approval and status ----------------------------------------------------------------------------------
    def submit_plan(
        self, ref: str, *, tx_hash: str | None = None, signature: Any = None, memo: str | None = None
    ) -> Plan[StatusReport]:
        """Hand the user's signature to Changelly as the intent's approval, then report the intent's status."""
        intent_id = mapping.intent_uuid(ref)
        if tx_hash is not None and signature is None:
            raise ValidationError("Changelly takes the signed params_to_sign, not a tx hash", provider=self.name)
        body = mapping.approval_request(signature)
        yield Call(
            provider=self.name,
            operation="createIntentApproval",
            request=create_intent_approval.build_request(intent_id, body=body),
            parse=ApprovalResponse.from_dict,
            idempotent=False,  # a repeated approval is refused or double-submitted, never a no-op
        )
        return (yield from self.status_plan(ref))

    def status_plan(self, ref: str, *, memo: str | None = None) -> Plan[StatusReport]:
        """``GET /v1/intents/{id}`` → status report."""
        reply = yield Call(
            provider=self.name,
            operation="getIntent",
            request=get_intent.build_request(mapping.intent_uuid(ref)),
            parse=IntentStatus.from_dict,
        )
        return mapping.status_report(reply.parsed, reply.data, ref)

    # --- history ----------------------------------------------------------------------------------------------
    def swaps_plan(self, flt: SwapFilter) -> HistoryPlan:
        """``GET /v1/swaps``, offset-paged; which criteria the server applies: :mod:`.history`."""
        return history.plan(self, flt)
