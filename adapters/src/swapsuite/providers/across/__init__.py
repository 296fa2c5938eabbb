"""Across Swap API adapter: ``GET /swap/tokens``, ``GET /swap/approval`` (dry and firm quotes), ``GET /deposit/status``.

Flow: a quote's actions are the approvals (if the allowance is short) and ``swapTx``; the user sends them, then
tracks the swap with ``status(<origin deposit tx hash>)``. Across has no separate execute or submit step.

Integrator extras: one app fee (``appFee`` + ``appFeeRecipient``) and an ``integratorId``; referral, FLEX_INPUT and
INTENTS accounts are refused with ``UnsupportedError`` before any request.

Auth: none needed. An integrator key, when configured (``ACROSS_API_KEY``), is sent as ``Authorization: Bearer``.
``/deposit/status`` is served by the Across indexer behind an app.across.to rewrite and uses its own error envelope;
:func:`mapping.error_code_and_message` reads both.
"""

from __future__ import annotations

from typing import Any

from swapsuite_across_client.api.deposits import get_deposit_status
from swapsuite_across_client.api.swap import get_swap_tokens
from swapsuite_across_client.models import DepositStatusResponse, SwapApprovalResponse
from swapsuite_across_client.types import UNSET

from swapsuite.adapter import Adapter, register
from swapsuite.engine import Call, Plan
from swapsuite.errors import ValidationError
from swapsuite.history import HistoryPlan, SwapFilter
from swapsuite.models import Quote, QuoteRequest, StatusReport, Token

from . import history, mapping
from .descriptor import DESCRIPTOR


@register
class AcrossAdapter(Adapter):
    """Across Protocol (app.across.to/api)."""

    descriptor = DESCRIPTOR  # name, key variable and base URL: see descriptor.py
    supports_exact_output = True  # tradeType=exactOutput
    max_app_fees = 1  # one `appFee` fraction paid to one `appFeeRecipient`
    supports_integrator_id = True  # `integratorId`, 2-byte hex

    def auth_headers(self) -> dict[str, str]:
        """``Authorization: Bearer <key>`` when a key is configured; nothing otherwise (the API is open)."""
        return {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}

    def parse_error(self, body: Any) -> tuple[str | None, str | None]:
        """(code, message) from an ``AcrossApiError`` or indexer error body."""
        return mapping.error_code_and_message(body)

    def fetch_tokens_plan(self) -> Plan[list[Token]]:
        """``GET /swap/tokens`` → every token of every chain the Swap API routes."""
        reply = yield Call(
            provider=self.name,
            operation="getSwapTokens",
            request=get_swap_tokens.build_request(),
            parse=mapping.parse_swap_tokens,
            idempotent=True,
        )
        return mapping.tokens(reply.parsed, reply.data)

    def quote_plan(self, request: QuoteRequest) -> Plan[Quote]:
        """``GET /swap/approval``. Dry and firm quotes are the same GET (so idempotent); both carry the actions."""
        kwargs = mapping.approval_request(request)  # validates before any HTTP request
        reply = yield Call(
            provider=self.name,
            operation="getSwapApproval",
            request=kwargs,
            parse=SwapApprovalResponse.from_dict,
            idempotent=True,
        )
        return mapping.quote(request, reply.parsed, reply.data)

    def status_plan(self, ref: str, *, memo: str | None = None) -> Plan[StatusReport]:
        """``GET /deposit/status?depositTxnRef=<ref>``; ``ref`` is the origin deposit tx hash (``memo`` unused)."""
        ref = ref.strip()
        if not ref:
            raise ValidationError("Across status needs the origin deposit transaction hash", provider=self.name)
        reply = yield Call(
            provider=self.name,
            operation="getDepositStatus",
            # depositTxnRef is the current name (depositTxHash the legacy alias); index is left to its default, 0.
            request=get_deposit_status.build_request(deposit_txn_ref=ref, index=UNSET),
            parse=DepositStatusResponse.from_dict,
            idempotent=True,
        )
        return mapping.status_report(ref, reply.parsed, reply.data)

    def swaps_plan(self, flt: SwapFilter) -> HistoryPlan:
        """The indexer's ``GET /deposits``, paged by ``limit``/``skip``; which criteria it applies: :mod:`.history`."""
        return history.plan(self, flt)
