"""A minimal in-test adapter: exercises the engine, facades and best_quote without any real provider."""

from __future__ import annotations

from typing import Any, ClassVar

from swapsuite.adapter import Adapter
from swapsuite.caip import AssetId
from swapsuite.engine import Call, Plan
from swapsuite.models import Quote, QuoteRequest, StatusReport, SwapState, Token

ETH = AssetId.parse("eip155:1/slip44:60")
USDC = AssetId.parse("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")


class FakeAdapter(Adapter):
    """Speaks a toy API: GET /tokens, GET /quote?amount=, GET /status/{ref}; errors as {"err": {"id", "text"}}."""

    name = "fake"
    api_key_env = "FAKE_API_KEY"
    default_base_url = "https://fake.test"
    label: ClassVar[str] = "fake"

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}

    def parse_error(self, body: Any) -> tuple[str | None, str | None]:
        return body["err"]["id"], body["err"]["text"]

    def fetch_tokens_plan(self) -> Plan[list[Token]]:
        reply = yield Call(self.name, "getTokens", {"method": "get", "url": "/tokens"}, parse=list)
        return [Token(self.name, AssetId.parse(t["id"]), t["symbol"], t["decimals"], t["id"]) for t in reply.parsed]

    def quote_plan(self, request: QuoteRequest) -> Plan[Quote]:
        reply = yield Call(
            self.name,
            "getQuote",
            {"method": "get", "url": "/quote", "params": {"amount": str(request.amount)}},
            parse=dict,
        )
        out = int(reply.parsed["out"])
        return Quote(
            self.name,
            reply.parsed.get("id"),
            request.from_asset,
            request.to_asset,
            request.amount,
            out,
            int(reply.parsed["min"]),
            raw=reply.data,
        )

    def status_plan(self, ref: str, *, memo: str | None = None) -> Plan[StatusReport]:
        reply = yield Call(self.name, "getStatus", {"method": "get", "url": f"/status/{ref}"}, parse=dict)
        state = SwapState.SUCCESS if reply.parsed["s"] == "done" else SwapState.UNKNOWN
        return StatusReport(self.name, ref, state, reply.parsed["s"])


def named(name: str) -> type[FakeAdapter]:
    """A FakeAdapter subclass with another provider name (best_quote keys results by name)."""
    return type(f"Fake{name.title()}", (FakeAdapter,), {"name": name})
