"""Deframe (by Pods Finance) swap v2: same-chain and cross-chain swaps, executed from transactions Deframe builds.

Flow: ``GET /v2/swap/quote`` prices and saves a quote (its ``quoteId`` is the status ref); ``POST /v2/swap/bytecode``
turns the saved quote into transactions to sign; ``GET /v2/swap/status/{quoteId}`` follows the swap.

* tokens(): Deframe publishes no token list — the built-in list of :mod:`.ids` is served without any request.
* quote(): chains are sent by name, tokens by contract (see :mod:`.ids`). A firm quote (``dry=False``) needs
  ``sender`` and ``recipient``; both are sent as ``originAddress`` / ``destinationAddress`` so the quote response
  carries ``transactionData`` inline, and only when it does not is ``POST /v2/swap/bytecode`` called.
* execute(): for a quote without actions, calls ``POST /v2/swap/bytecode``. That endpoint needs the origin and
  destination addresses, which Deframe does not echo in the quote. They are taken from the *original request*:
  this adapter remembers ``sender`` / ``recipient`` per ``quoteId`` for every quote it returned whose request had
  both (a bounded, per-adapter memo — see :data:`PARTIES_MEMO_SIZE`). A quote from another provider object or
  process, or one requested without those addresses, is refused with a ValidationError before any request:
  ask for a firm quote instead. A quote that already has actions is returned unchanged.
* A dry quote requested with both sender and recipient also carries the inline transactions (Deframe returns
  them whenever both addresses are sent); it stays ``dry=True`` but is already executable.
* Idempotency: dry quotes without both addresses are retried safely; a quote call with both addresses (it creates
  an execution record, like bytecode) and every bytecode call are not.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from swapsuite_deframe_client.api.swap import create_swap_bytecode, get_swap_quote, get_swap_status
from swapsuite_deframe_client.models import QuoteResponse, SwapStatusResponse

from swapsuite.adapter import Adapter, register
from swapsuite.engine import Call, Plan
from swapsuite.errors import ResponseShapeError, ValidationError
from swapsuite.history import HistoryPlan, SwapFilter
from swapsuite.models import Quote, QuoteRequest, StatusReport, Token

from . import history, ids, mapping
from .descriptor import DESCRIPTOR

# Quotes live 5 minutes and the memo only serves execute() on them; this bound keeps it small in long-lived processes.
PARTIES_MEMO_SIZE = 1024


@register
class DeframeAdapter(Adapter):
    """Deframe swap v2 over the generated ``swapsuite_deframe_client``."""

    descriptor = DESCRIPTOR  # name, key variable and base URL: see descriptor.py
    supports_exact_output: ClassVar[bool] = True

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # quoteId → (originAddress, destinationAddress) of the request that produced it, for execute().
        self._parties: dict[str, tuple[str, str]] = {}

    # --- transport / auth ---------------------------------------------------------------------------------
    def auth_headers(self) -> dict[str, str]:
        """The documented ``x-api-key`` header."""
        return {"x-api-key": self._api_key} if self._api_key else {}

    def parse_error(self, body: Any) -> tuple[str | None, str | None]:
        """(code, message) of Deframe's error envelope (current nested form or the older flat form)."""
        return mapping.parse_error(body)

    def check_request(self, request: QuoteRequest) -> None:
        """The shared checks plus Deframe's own (slippage range, addresses of a firm quote), before any HTTP."""
        super().check_request(request)
        mapping.check_quote_request(request)

    # --- plans --------------------------------------------------------------------------------------------
    def fetch_tokens_plan(self) -> Plan[list[Token]]:
        """The built-in token list: no request is made."""
        yield from ()
        return mapping.builtin_tokens()

    def quote_plan(self, request: QuoteRequest) -> Plan[Quote]:
        """``GET /v2/swap/quote``, then ``POST /v2/swap/bytecode`` if a firm quote came back without transactions."""
        params = mapping.quote_params(request)
        reply = yield Call(
            provider=self.name,
            operation="getSwapQuote",
            request=get_swap_quote.build_request(**params),
            parse=QuoteResponse.from_dict,
            idempotent=not mapping.requests_execution(params),
        )
        quote = mapping.quote_from_response(reply.parsed, reply.data, request)
        if request.sender and request.recipient and quote.quote_id:
            self._remember(quote.quote_id, request.sender, request.recipient)
        if request.dry or quote.actions:
            return quote
        return (yield from self._bytecode_plan(quote))

    def execute_plan(self, quote: Quote) -> Plan[Quote]:
        """``POST /v2/swap/bytecode`` for a quote without actions (addresses from the original request)."""
        if quote.actions:
            return quote
        return (yield from self._bytecode_plan(quote))

    def status_plan(self, ref: str, *, memo: str | None = None) -> Plan[StatusReport]:
        """``GET /v2/swap/status/{quoteId}`` (``memo`` is not used by Deframe)."""
        reply = yield Call(
            provider=self.name,
            operation="getSwapStatus",
            request=get_swap_status.build_request(quote_id=ref),
            parse=SwapStatusResponse.from_dict,
        )
        return mapping.status_report(reply.parsed, reply.data, ref)

    def swaps_plan(self, flt: SwapFilter) -> HistoryPlan:
        """Deframe lists no past swaps: ``UnsupportedError`` saying so (:mod:`.history`)."""
        return history.plan(flt)

    # --- helpers ------------------------------------------------------------------------------------------
    def _remember(self, quote_id: str, origin: str, destination: str) -> None:
        self._parties[quote_id] = (origin, destination)
        while len(self._parties) > PARTIES_MEMO_SIZE:
            del self._parties[next(iter(self._parties))]  # oldest first: dicts keep insertion order

    def _parties_for(self, quote: Quote) -> tuple[str, str, str]:
        """(quoteId, originAddress, destinationAddress) for the bytecode call of a quote."""
        if quote.provider != self.name or not quote.quote_id:
            raise ValidationError(f"not a {self.name} quote with a quoteId", provider=self.name)
        try:
            return (quote.quote_id, *self._parties[quote.quote_id])
        except KeyError:
            raise ValidationError(
                f"no sender/recipient known for quote {quote.quote_id}: request it with sender and recipient "
                "from this provider (or ask for a firm quote, dry=False)",
                provider=self.name,
            ) from None

    def _bytecode_plan(self, quote: Quote) -> Plan[Quote]:
        quote_id, origin, destination = self._parties_for(quote)
        body = mapping.bytecode_request(quote_id, origin, destination, quote.raw)
        reply = yield Call(
            provider=self.name,
            operation="createSwapBytecode",
            request=create_swap_bytecode.build_request(body=body),
            parse=mapping.parse_bytecode,
            idempotent=False,  # every call creates a new execution record
        )
        actions = mapping.bytecode_actions(reply.parsed, quote)
        if not actions:
            raise ResponseShapeError("bytecode response has no transactions", provider=self.name)
        return dataclasses.replace(quote, actions=actions, dry=False)


__all__ = ["DeframeAdapter", "ids", "mapping"]
