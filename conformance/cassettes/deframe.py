"""The deframe scenarios: its documented-payload cassettes (fixtures with their public origin) and its sandbox
recordings.
"""

from __future__ import annotations

from typing import Any

from swapsuite import AssetId

from .core import Prepare, SandboxRun, Scenario, quote_request
from .shared import _docs, _status

DEFRAME_SANDBOX_REQUEST = {
    "from_asset": "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",  # USDC on Ethereum
    "to_asset": "eip155:42161/slip44:60",  # ETH on Arbitrum
    "slippage_bps": 100,
}


DEFRAME_SENDER = "0xb794F5eA0ba39494cE839613fffBA74279579268"


def _deframe_swap(amount: int, *, firm: bool, advances: int = 0, clock: int = 0) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        parties = {"sender": DEFRAME_SENDER, "recipient": DEFRAME_SENDER} if firm else {}
        params = {**DEFRAME_SANDBOX_REQUEST, **parties, "amount": amount, "dry": not firm}
        ref = run.provider.quote(quote_request(params)).status_ref or ""
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        if clock:
            run.control("clock/advance", {"seconds": clock})
        return {"ref": ref}

    prepare.__doc__ = (
        f"{'firm quote with both addresses (inline transactions: the swap starts)' if firm else 'dry quote'} of "
        f"{amount} USDC base units (Ethereum) → ETH (Arbitrum)"
        + (f", {advances} lifecycle step(s) advanced through /_sandbox" if advances else "")
        + (f", sandbox clock advanced {clock} s" if clock else "")
    )
    return prepare


DOCUMENTED: tuple[Scenario, ...] = (
    # --- Deframe ---
    Scenario(
        "deframe",
        "execute-evm",
        "execute step: POST /v2/swap/bytecode → EVM transactions; the docs elide the calldata as `0x...`, which is"
        " not hex, so the quote is not executable and swapsuite.sanity refuses it",
        "execute",
        {
            # The documented bytecode request (quoteId and both addresses); USDC on Ethereum → USDC on Polygon.
            "quote_id": "550e8400-e29b-41d4-a716-446655440000",
            "sender": "0xb794F5eA0ba39494cE839613fffBA74279579268",
            "recipient": "0xb794F5eA0ba39494cE839613fffBA74279579268",
            "from_asset": "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
            "to_asset": "eip155:137/erc20:0x2791bca1f2de4661ed88a30c99a7a9449aa84174",
            "amount": 1_000_000_000,
        },
        served=(
            _docs(
                "deframe",
                "POST",
                "/v2/swap/bytecode",
                "bytecode.evm.json",
                "docs.deframe.io/api-reference/swap-v2/generate-transaction-bytecode sample = spec "
                "createSwapBytecode 200 example `evm`",
            ),
        ),
        expect_error="ResponseShapeError",
    ),
    Scenario(
        "deframe",
        "execute-fiat-offramp",
        "execute step: POST /v2/swap/bytecode → BRL Pix off-ramp deposit transaction; the example's placeholders"
        " (`to` 0xContractOrDepositAddress, data `0x...`) are not executable, so swapsuite.sanity refuses it",
        "execute",
        {
            # The spec's `pixOfframp` bytecode request (Pods KYC demo off-ramp guide): USDC on Base → BRL.
            "quote_id": "QUOTE_ID",
            "sender": "0x0000000000000000000000000000000000000001",
            "recipient": "USER_PIX_KEY",
            "from_asset": "eip155:8453/erc20:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913",
            "to_asset": str(AssetId.unmapped("deframe", "fiat:BRL")),
            "amount": 10_000_000,
        },
        served=(
            _docs(
                "deframe",
                "POST",
                "/v2/swap/bytecode",
                "bytecode.fiat-offramp.json",
                "specs/deframe/openapi.yaml createSwapBytecode 200 example `pixOfframp` (pods-finance/"
                "pods-kyc-sdk-frontend-demo docs/customer-guides/offramp.md)",
            ),
        ),
        expect_error="ResponseShapeError",
    ),
    Scenario(
        "deframe",
        "status-fulfilled",
        "GET /v2/swap/status/{quoteId} → fulfilled (newest status vocabulary)",
        "status",
        {"ref": "550e8400-e29b-41d4-a716-446655440000"},
        served=(
            _docs(
                "deframe",
                "GET",
                "/v2/swap/status/550e8400-e29b-41d4-a716-446655440000",
                "status.fulfilled.json",
                "docs.deframe.io/api-reference/swap-v2/get-swap-status sample (newest copy) = spec getSwapStatus "
                "200 example `fulfilled`",
            ),
        ),
        live=True,
    ),
    Scenario(
        "deframe",
        "status-success-older",
        "GET /v2/swap/status/{quoteId} → success (older status vocabulary)",
        "status",
        {"ref": "550e8400-e29b-41d4-a716-446655440000"},
        served=(
            _docs(
                "deframe",
                "GET",
                "/v2/swap/status/550e8400-e29b-41d4-a716-446655440000",
                "status.older-success.json",
                "docs.deframe.io/api-reference/swap-v2/get-swap-status sample (older copy) = spec getSwapStatus "
                "200 example `olderGeneration`",
            ),
        ),
    ),
    Scenario(
        "deframe",
        "error-status-404",
        "GET /v2/swap/status/{quoteId} → 404 QUOTE_NOT_FOUND in the {error: {code, message}} envelope",
        "status",
        {"ref": "550e8400-e29b-41d4-a716-446655440000"},
        served=(
            _docs(
                "deframe",
                "GET",
                "/v2/swap/status/550e8400-e29b-41d4-a716-446655440000",
                "error.quote-not-found.json",
                "docs.deframe.io/error-codes, error envelope sample = spec components.responses.QuoteNotFound example",
                404,
            ),
        ),
        expect_error="NotFoundError",
    ),
)


SANDBOX: tuple[Scenario, ...] = (
    # --- Deframe: quotes (the documented quote samples are placeholders) and the undocumented states ---
    Scenario(
        "deframe",
        "quote-dry",
        "dry quote: GET /v2/swap/quote without addresses",
        "quote",
        {**DEFRAME_SANDBOX_REQUEST, "amount": 10_000_000, "dry": True},
        live=True,
    ),
    Scenario(
        "deframe",
        "quote-firm",
        "firm quote: GET /v2/swap/quote with both addresses → transactions inline",
        "quote",
        {
            **DEFRAME_SANDBOX_REQUEST,
            "amount": 10_000_000,
            "dry": False,
            "sender": DEFRAME_SENDER,
            "recipient": DEFRAME_SENDER,
        },
    ),
    Scenario(
        "deframe",
        "quote-firm-solana",
        "firm quote from Solana: GET /v2/swap/quote, then POST /v2/swap/bytecode (Solana transaction)",
        "quote",
        {
            **DEFRAME_SANDBOX_REQUEST,
            "from_asset": "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
            "amount": 20_000_000,
            "dry": False,
            "sender": "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU",
            "recipient": DEFRAME_SENDER,
        },
    ),
    _status("deframe", "pending", _deframe_swap(10_000_000, firm=False)),
    _status("deframe", "processing", _deframe_swap(10_000_000, firm=True)),
    _status("deframe", "refunded", _deframe_swap(10_000_302, firm=True, advances=1)),
    _status("deframe", "failed", _deframe_swap(10_000_404, firm=True, advances=1)),
    _status("deframe", "expired", _deframe_swap(10_000_000, firm=False, clock=301)),
    Scenario(
        "deframe",
        "error-quote-401",
        "GET /v2/swap/quote with an invalid key → 401",
        "quote",
        {**DEFRAME_SANDBOX_REQUEST, "amount": 10_000_000, "dry": True},
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
)
