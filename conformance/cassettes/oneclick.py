"""The oneclick scenarios: its documented-payload cassettes (fixtures with their public origin) and its sandbox
recordings.
"""

from __future__ import annotations

from typing import Any

from swapsuite import AssetId

from .core import Prepare, SandboxRun, Scenario, quote_request
from .shared import DEPOSIT_TX, EVM_WALLET, SPEC_ONECLICK, _docs, _no_setup, _status

# 1Click: BTC → USDT (stft) as in the SDK quote fixtures; the deadline is the echoed request's (clock + 10 min).
# The request mirrors the echoed quoteRequest field by field, because the adapter checks the echo against what it
# sent (and the signature): these SDK fixtures are signed with 1Click's *staging* key.
ONECLICK_QUOTE = {
    "from_asset": str(AssetId.unmapped("oneclick", "1cs_v1:btc:native:coin")),
    "to_asset": str(AssetId.unmapped("oneclick", "nep141:eth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near")),
    "amount": 10_000,
    "recipient": "0xcac3C41676deF4FE375E57118f3eB83A99105577",
    "refund_to": "bc1q6mte80265ghwq4vsrpm9lnaz46uvdreu9z8wly",
    "slippage_bps": 100,
    "clock": "2026-06-23T18:50:00+00:00",
    "public_key": "ed25519:5J5tkaxyPoR3Q9S8LXfo5bWnXK5Z2bctJ4mB9gENh7co",  # STAGING_PUBLIC_KEY of the adapter
    # The fixtures' integrator fee: the adapter reports fees as sent and requires the echo to carry the same ones.
    "app_fees": [["5880ad2b362620fadf759cbceb1cd5737ce8c6ed7fb8e9942881e6731f9247dd", 10]],
}


ONECLICK_STAGING = {"public_key": ONECLICK_QUOTE["public_key"]}


ONECLICK_TOKENS = _docs(
    "oneclick",
    "GET",
    "/v0/tokens",
    "tokens.excerpt-2025-07-24.json",
    "a /v0/tokens list captured 2025-07-24, embedded in a third-party Bitte agent plugin (7 of its 16 entries, "
    "values unchanged) = spec example getTokens 200 `captured-2025-07-24`",
)


ONECLICK_SANDBOX_REQUEST = {
    "from_asset": "eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831",  # USDC on Arbitrum
    "to_asset": "eip155:8453/slip44:60",  # ETH on Base
    "recipient": EVM_WALLET,
    "refund_to": EVM_WALLET,
    "dry": False,
}


def _oneclick_swap(amount: int, *, submit: bool = False, advances: int = 0, outcome: str | None = None) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        quote = run.provider.quote(quote_request({**ONECLICK_SANDBOX_REQUEST, "amount": amount}))
        ref = quote.status_ref or ""
        if outcome:
            run.control(f"swaps/{ref}/outcome", {"outcome": outcome})
        if submit:
            run.provider.submit(ref, tx_hash=DEPOSIT_TX)
        for _ in range(advances):
            run.control(f"swaps/{ref}/advance")
        return {"ref": ref}

    prepare.__doc__ = (
        f"firm quote of {amount} USDC base units (Arbitrum) → ETH (Base)"
        + (f", outcome {outcome!r} chosen through /_sandbox" if outcome else "")
        + (", deposit tx submitted" if submit else "")
        + (f", {advances} lifecycle step(s) advanced through /_sandbox" if advances else "")
    )
    return prepare


DOCUMENTED: tuple[Scenario, ...] = (
    # --- 1Click ---
    Scenario("oneclick", "tokens", "GET /v0/tokens", "tokens", served=(ONECLICK_TOKENS,), live=True),
    Scenario(
        "oneclick",
        "quote-dry",
        "dry quote: token list, then POST /v0/quote (dry)",
        "quote",
        {**ONECLICK_QUOTE, "dry": True},
        served=(
            ONECLICK_TOKENS,
            _docs(
                "oneclick",
                "POST",
                "/v0/quote",
                "quote-response.dry.json",
                f"{SPEC_ONECLICK} components.examples.QuoteResponseDry (one-click-sdk-typescript 0.1.25 fixture)",
            ),
        ),
        live=True,
    ),
    Scenario(
        "oneclick",
        "quote-firm",
        "firm quote: token list, then POST /v0/quote (dry=false) with a deposit address",
        "quote",
        {**ONECLICK_QUOTE, "dry": False},
        served=(
            ONECLICK_TOKENS,
            _docs(
                "oneclick",
                "POST",
                "/v0/quote",
                "quote-response.non-dry.json",
                f"{SPEC_ONECLICK} components.examples.QuoteResponseNonDry (one-click-sdk-typescript 0.1.25 fixture)",
            ),
        ),
    ),
    Scenario(
        "oneclick",
        "submit",
        "execute step: POST /v0/deposit/submit with the deposit tx hash",
        "submit",
        # The deposit address of the documented reply (its status echo is checked against the address asked
        # about) and the tx hash of the documented request example `evm-deposit`.
        {"ref": "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw", "tx_hash": "0x123abc456def789", **ONECLICK_STAGING},
        served=(
            _docs(
                "oneclick",
                "POST",
                "/v0/deposit/submit",
                "status.processing-with-nulls.json",
                f"{SPEC_ONECLICK} components.examples.StatusProcessingWithNulls (the submitDepositTx 200 example)",
            ),
        ),
    ),
    Scenario(
        "oneclick",
        "status-success",
        "GET /v0/status → SUCCESS",
        "status",
        {"ref": "0x76b4c56085ED136a8744D52bE956396624a730E8", "verify_signatures": False},
        served=(
            _docs(
                "oneclick",
                "GET",
                "/v0/status",
                "status.success.json",
                f"{SPEC_ONECLICK} components.examples.StatusSuccess",
            ),
        ),
        live=True,
        note=(
            "The example's quoteResponse carries the signature of another example (it was assembled from upstream "
            "per-field examples), so it cannot verify under any key: replayed with verify_signatures=False."
        ),
    ),
    Scenario(
        "oneclick",
        "status-processing",
        "GET /v0/status → PROCESSING, with the nulls live responses carry",
        "status",
        {"ref": "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw", **ONECLICK_STAGING},
        served=(
            _docs(
                "oneclick",
                "GET",
                "/v0/status",
                "status.processing-with-nulls.json",
                f"{SPEC_ONECLICK} components.examples.StatusProcessingWithNulls",
            ),
        ),
    ),
    Scenario(
        "oneclick",
        "error-quote-400",
        "POST /v0/quote → 400 with 1Click's {message} envelope",
        "quote",
        {**ONECLICK_QUOTE, "dry": True},
        served=(
            ONECLICK_TOKENS,
            _docs(
                "oneclick",
                "POST",
                "/v0/quote",
                "error-400.amount-too-low.json",
                f"{SPEC_ONECLICK} /v0/quote 400 example `live-amount-too-low` (live API, Sep 2026)",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
    Scenario(
        "oneclick",
        "error-submit-400",
        "POST /v0/deposit/submit → 400 with the upstream BadRequestResponse example",
        "submit",
        {"ref": EVM_WALLET, "tx_hash": "0x123abc456def789"},
        served=(
            _docs(
                "oneclick",
                "POST",
                "/v0/deposit/submit",
                "error-400.bad-request-response.json",
                "BadRequestResponse.example of defuse-protocol/docs api-reference/openapi.json @ 68a83911 (the "
                "upstream spec, specs/oneclick/upstream/openapi.json)",
                400,
            ),
        ),
        expect_error="BadRequestError",
    ),
)


SANDBOX: tuple[Scenario, ...] = (
    # --- 1Click: the states without a documented payload ---
    _status("oneclick", "PENDING_DEPOSIT", _oneclick_swap(5_000_000)),
    _status("oneclick", "KNOWN_DEPOSIT_TX", _oneclick_swap(5_000_000, submit=True)),
    _status("oneclick", "REFUNDED", _oneclick_swap(5_000_000, submit=True, advances=2, outcome="refund")),
    _status("oneclick", "FAILED", _oneclick_swap(5_000_000, submit=True, advances=2, outcome="fail")),
    Scenario(
        "oneclick",
        "error-status-404",
        "GET /v0/status → 404 for an unknown deposit address",
        "status",
        prepare=_no_setup({"ref": "0x" + "0" * 40}),
        expect_error="NotFoundError",
    ),
    Scenario(
        "oneclick",
        "error-status-401",
        "GET /v0/status with an invalid key → 401 (upstream documents no body)",
        "status",
        prepare=_no_setup({"ref": "0x" + "1" * 40}),
        expect_error="UnauthorizedError",
        record_key="wrong-key",
    ),
)
