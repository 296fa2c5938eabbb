"""The changelly scenarios: its documented-payload cassettes (fixtures with their public origin) and its sandbox
recordings.
"""

from __future__ import annotations

from typing import Any

from .core import Prepare, SandboxRun, Scenario, quote_request
from .shared import EVM_WALLET, SIGNATURE, SOLANA_WALLET, _docs, _no_setup, _status

CHANGELLY_QUOTE = {
    # The documented quote request (token 278 → 678, slippage "50"); 1 USDT = 1 000 000 base units, sent as "1".
    "from_asset": "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7",
    "to_asset": "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501",
    "amount": 1_000_000,
    "slippage_bps": 50,
    "prime_tokens": "changelly-docs-quote",
}


CHANGELLY_QUOTE_DOCS = (
    "the `quote` object of the documented POST /v1/intents/ sample response "
    "(defi-docs.changelly.com/defi-execution/api-intents) = spec createQuote 200 example `embeddedInIntent`"
)


CHANGELLY_SANDBOX_REQUEST = {
    "from_asset": "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",  # USDC on Ethereum
    "to_asset": "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501",  # SOL
    "sender": "0x1111111111111111111111111111111111111111",
    "recipient": SOLANA_WALLET,
    "slippage_bps": 50,
    "dry": False,
}


def _changelly_intent(amount: int, *, approve: bool = False, advances: int = 0, clock: int = 0) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        quote = run.provider.quote(quote_request({**CHANGELLY_SANDBOX_REQUEST, "amount": amount}))
        ref = quote.status_ref or ""
        if approve:
            run.provider.submit(ref, signature=SIGNATURE)
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        if clock:
            run.control("clock/advance", {"seconds": clock})
        return {"ref": ref}

    prepare.__doc__ = (
        f"firm quote (quote + intent) of {amount} USDC base units (Ethereum) → SOL"
        + (", approval submitted" if approve else "")
        + (f", {advances} lifecycle step(s) advanced through /_sandbox" if advances else "")
        + (f", sandbox clock advanced {clock} s" if clock else "")
    )
    return prepare


def _changelly_submit(run: SandboxRun) -> dict[str, Any]:
    """firm quote (quote + intent) of 10 000 000 USDC base units (Ethereum) → SOL; its intent id is the ref."""
    quote = run.provider.quote(quote_request({**CHANGELLY_SANDBOX_REQUEST, "amount": 10_000_000}))
    return {"ref": quote.status_ref or "", "signature": SIGNATURE}


DOCUMENTED: tuple[Scenario, ...] = (
    # --- Changelly ---
    Scenario(
        "changelly",
        "tokens",
        "GET /v1/networks, then GET /v1/tokens (one short page)",
        "tokens",
        served=(
            _docs(
                "changelly",
                "GET",
                "/v1/networks",
                "networks.docs.json",
                "docs.changelly.com/defi/api, List networks (older docs generation) = spec listNetworks 200 "
                "example `olderDocs`",
            ),
            _docs(
                "changelly",
                "GET",
                "/v1/tokens",
                "tokens.docs.json",
                "docs.changelly.com/defi/api, List all tokens (older docs generation) = spec listTokens 200 "
                "example `olderDocs`",
            ),
        ),
        live=True,
    ),
    Scenario(
        "changelly",
        "quote-dry",
        "dry quote: POST /v1/quotes/ (token cache seeded with the two documented tokens)",
        "quote",
        {**CHANGELLY_QUOTE, "dry": True},
        served=(_docs("changelly", "POST", "/v1/quotes/", "quote.json", CHANGELLY_QUOTE_DOCS),),
    ),
    Scenario(
        "changelly",
        "quote-firm",
        "firm quote: POST /v1/quotes/, then the intent POST /v1/intents/ (execute step)",
        "quote",
        {**CHANGELLY_QUOTE, "dry": False, "sender": EVM_WALLET, "recipient": SOLANA_WALLET},
        served=(
            _docs("changelly", "POST", "/v1/quotes/", "quote.json", CHANGELLY_QUOTE_DOCS),
            _docs(
                "changelly",
                "POST",
                "/v1/intents/",
                "intent.json",
                "documented POST /v1/intents/ sample response 'EVM and Tron' "
                "(defi-docs.changelly.com/defi-execution/api-intents) = spec createIntent 200 example `permit2`",
            ),
        ),
    ),
    Scenario(
        "changelly",
        "error-quote-400",
        "POST /v1/quotes/ → 400 with Changelly's {code, type, message} envelope",
        "quote",
        {**CHANGELLY_QUOTE, "dry": True},
        served=(
            _docs(
                "changelly",
                "POST",
                "/v1/quotes/",
                "error.validation.json",
                "defi-docs.changelly.com/defi-development/errors, sample error response = spec "
                "components.responses.BadRequest example",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
)


SANDBOX: tuple[Scenario, ...] = (
    # --- Changelly: no documented intent-status payload exists, so every state is recorded ---
    Scenario(
        "changelly",
        "submit",
        "execute step: POST /v1/intents/{id}/approvals/ with the signature, then GET /v1/intents/{id}",
        "submit",
        prepare=_changelly_submit,
    ),
    _status("changelly", "created", _changelly_intent(10_000_000)),
    _status("changelly", "approved", _changelly_intent(10_000_000, approve=True)),
    _status("changelly", "verified", _changelly_intent(10_000_000, approve=True, advances=1)),
    _status("changelly", "deposited", _changelly_intent(10_000_000, approve=True, advances=2)),
    _status("changelly", "finished", _changelly_intent(10_000_000, approve=True, advances=3)),
    _status("changelly", "failed", _changelly_intent(10_000_404, approve=True, advances=1)),
    _status("changelly", "refunded", _changelly_intent(10_000_302, approve=True, advances=3)),
    _status("changelly", "expired", _changelly_intent(10_000_000, clock=7201)),
    Scenario(
        "changelly",
        "error-quote-422",
        "token list, then POST /v1/quotes/ → 422 amount_too_small",
        "quote",
        {**CHANGELLY_SANDBOX_REQUEST, "amount": 1, "dry": True},
        expect_error="UnprocessableError",
    ),
    Scenario(
        "changelly",
        "error-status-404",
        "GET /v1/intents/{id} → 404 for an unknown intent",
        "status",
        prepare=_no_setup({"ref": "00000000-0000-4000-8000-000000000000"}),
        expect_error="NotFoundError",
    ),
    Scenario(
        "changelly",
        "error-tokens-401",
        "GET /v1/networks with an invalid key → 401",
        "tokens",
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
)
