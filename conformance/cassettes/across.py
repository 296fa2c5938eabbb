"""The across scenarios: its documented-payload cassettes (fixtures with their public origin) and its sandbox
recordings.
"""

from __future__ import annotations

from typing import Any

from .core import Prepare, SandboxRun, Scenario, quote_request
from .shared import _docs, _status

ACROSS_QUOTE = {
    # The request of the docs sample (seed 002 curl): 1 USDC on Optimism → WETH on Arbitrum for this depositor.
    "from_asset": "eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85",
    "to_asset": "eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1",
    "amount": 1_000_000,
    "sender": "0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB",
    "slippage_bps": 100,
}


ACROSS_APPROVAL_DOCS = (
    "docs.across.to API reference sample of GET /swap/approval (its first JSON block) = spec "
    "components.examples.SwapApprovalOk"
)


# The deposit of the documented /deposit/status samples (depositTxnRef of DepositStatusFilled and -Pending).
ACROSS_DEPOSIT_TX = "0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967"


def _across_swap(amount: int, *, advances: int = 0) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        from swapsuite.sandbox import market

        quote = run.provider.quote(
            quote_request({**ACROSS_QUOTE, "to_asset": "eip155:42161/slip44:60", "amount": amount, "dry": False})
        )
        ref = market.fake_hash(quote.actions[-1].data or "")  # the sandbox's deposit hash of this swapTx
        run.provider.status(ref)  # the first lookup is the sandbox's "broadcast": the swap starts
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        return {"ref": ref}

    prepare.__doc__ = (
        f"firm quote of {amount} USDC base units (Optimism) → ETH (Arbitrum), deposit hash = fake_hash(swapTx.data),"
        f" one status lookup (the sandbox's broadcast), {advances} lifecycle step(s) advanced through /_sandbox"
    )
    return prepare


DOCUMENTED: tuple[Scenario, ...] = (
    # --- Across ---
    Scenario(
        "across",
        "tokens",
        "GET /swap/tokens",
        "tokens",
        served=(
            _docs(
                "across",
                "GET",
                "/swap/tokens",
                "swap_tokens.200.json",
                "the GET /swap/tokens 200 `example` of across-protocol/frontend docs/api-docs-openapi.yaml @ bdcf46ce "
                "(specs/across/upstream/openapi.yaml) = spec components.examples.SwapTokensOk",
            ),
        ),
        live=True,
    ),
    *(
        Scenario(
            "across",
            name,
            f"{kind} quote: GET /swap/approval (Across has one GET for both)",
            "quote",
            {**ACROSS_QUOTE, "dry": kind == "dry"},
            served=(_docs("across", "GET", "/swap/approval", "swap_approval.200.json", ACROSS_APPROVAL_DOCS),),
            live=kind == "dry",
        )
        for name, kind in (("quote-dry", "dry"), ("quote-firm", "firm"))
    ),
    Scenario(
        "across",
        "status-filled",
        "GET /deposit/status → filled",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.200.filled.json",
                "specs/across/openapi.yaml components.examples.DepositStatusFilled (upstream example, its "
                "YAML-typo `actionsSucceeded` corrected to null)",
            ),
        ),
        live=True,
    ),
    Scenario(
        "across",
        "status-pending",
        "GET /deposit/status → pending",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.200.pending.json",
                "shape of across-protocol/indexer packages/indexer-api/src/services/deposits.ts getDepositStatus() "
                "@ a28c9a58, illustrative values = spec components.examples.DepositStatusPending",
            ),
        ),
    ),
    *(
        Scenario(
            "across",
            f"error-quote-400-{slug}",
            f"GET /swap/approval → 400 AcrossApiError ({what})",
            "quote",
            {**ACROSS_QUOTE, "dry": True},
            served=(
                _docs(
                    "across",
                    "GET",
                    "/swap/approval",
                    fixture,
                    f"seed 002 ({block} JSON block) = spec components.examples.{example}",
                    400,
                ),
            ),
            expect_error="BadRequestError",
        )
        for slug, what, fixture, block, example in (
            (
                "invalid-depositor",
                "INVALID_PARAM",
                "swap_approval.400.invalid_depositor.json",
                "second",
                "SwapApprovalInvalidDepositor",
            ),
            (
                "relayer-lacks-funds",
                "relayer lacks funds",
                "swap_approval.400.relayer_lacks_funds.json",
                "third",
                "SwapApprovalRelayerLacksFunds",
            ),
        )
    ),
    Scenario(
        "across",
        "error-quote-500",
        "GET /swap/approval → 500 AcrossApiError",
        "quote",
        {**ACROSS_QUOTE, "dry": True},
        served=(
            _docs(
                "across",
                "GET",
                "/swap/approval",
                "error.500.json",
                "specs/across/openapi.yaml components.examples.InternalServerError (= upstream spec-example "
                "*.500.json)",
                500,
            ),
        ),
        expect_error="ServerError",
    ),
    Scenario(
        "across",
        "error-status-404",
        "GET /deposit/status → 404 with the indexer's {error, message} envelope",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.404.json",
                "across-protocol/indexer services/exceptions.ts and error-handling IndexerError.ts @ a28c9a58 (the "
                "not-found envelope) = spec components.examples.DepositNotFound",
                404,
            ),
        ),
        expect_error="NotFoundError",
    ),
    Scenario(
        "across",
        "error-status-400",
        "GET /deposit/status → 400 IncorrectQueryParamsException",
        "status",
        {"ref": ACROSS_DEPOSIT_TX},
        served=(
            _docs(
                "across",
                "GET",
                "/deposit/status",
                "deposit_status.400.json",
                "specs/across/openapi.yaml components.examples.DepositStatusIncorrectParams",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
)


SANDBOX: tuple[Scenario, ...] = (
    # --- Across ---
    _status("across", "expired", _across_swap(250_000_302, advances=1)),
    _status("across", "refunded", _across_swap(250_000_302, advances=2)),
    Scenario(
        "across",
        "error-quote-401",
        "GET /swap/approval with an invalid key → 401 AcrossApiError without a code",
        "quote",
        {**ACROSS_QUOTE, "to_asset": "eip155:42161/slip44:60", "amount": 250_000_000, "dry": True},
        prepare=None,
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
)
