"""1Click end to end over real loopback HTTP: the adapter against the sandbox.

Firm quote → deposit address (the status ref) → ``submit`` with the deposit tx hash → ``status`` until final, for
each ending (success, refund by magic amount, failure by magic amount, refund chosen through ``/_sandbox``), plus the
error paths (invalid key, unknown deposit address, an injected 503) and a signature check of what went over the wire.
The adapter verifies every quote (and every status echo) under the sandbox's key, ``SANDBOX_PUBLIC_KEY``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
import swapsuite
from swapsuite import errors
from swapsuite.caip import native_asset, token_asset
from swapsuite.chains import BY_KEY
from swapsuite.models import QuoteRequest, StatusReport, SwapState, SwapType
from swapsuite.provider import Provider
from swapsuite.retry import NO_RETRY
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer
from swapsuite.sandbox import oneclick_data as data

USDC_ARB = token_asset(BY_KEY["arbitrum"], "0xaf88d065e77c8cc2239327c5edb3a432268e5831")
ETH_BASE = native_asset(BY_KEY["base"])
WALLET = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D"
DEPOSIT_TX = "0x" + "ab" * 32
DWELL = 2.0  # seconds the sandbox keeps a swap in each state
KEY = data.SANDBOX_PUBLIC_KEY  # the sandbox signs its quotes with its own key, not 1Click's


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(["oneclick"]) as server:
        yield server


@pytest.fixture
def oneclick(sandbox: SandboxServer) -> Iterator[Provider]:
    url = sandbox.base_url("oneclick")
    with swapsuite.get_provider("oneclick", base_url=url, api_key=SANDBOX_API_KEY, public_key=KEY) as p:
        yield p


def control(sandbox: SandboxServer, path: str, body: dict[str, object]) -> httpx.Response:
    """POST to the sandbox's /_sandbox control API."""
    response = httpx.post(f"{sandbox.base_url('oneclick')}/_sandbox/{path}", json=body)
    response.raise_for_status()
    return response


def request(amount: int, *, dry: bool = False, swap_type: SwapType = SwapType.EXACT_INPUT) -> QuoteRequest:
    """USDC on Arbitrum → ETH on Base, delivered to and refunded to the same EVM wallet."""
    return QuoteRequest(USDC_ARB, ETH_BASE, amount, swap_type=swap_type, recipient=WALLET, refund_to=WALLET, dry=dry)


def run_to_end(sandbox: SandboxServer, oneclick: Provider, amount: int, outcome: str | None = None) -> StatusReport:
    """Quote firmly, report the deposit, then advance the sandbox clock until the swap is final."""
    quote = oneclick.quote(request(amount))
    ref = quote.status_ref
    assert ref is not None
    (deposit,) = quote.actions
    assert deposit.address == ref and deposit.amount == amount and deposit.chain == BY_KEY["arbitrum"].caip2
    if outcome is not None:
        control(sandbox, f"swaps/{ref}/outcome", {"outcome": outcome})
    assert oneclick.status(ref).provider_status == "PENDING_DEPOSIT"
    submitted = oneclick.submit(ref, tx_hash=DEPOSIT_TX)
    assert submitted.provider_status == "KNOWN_DEPOSIT_TX"
    assert submitted.state is SwapState.PROCESSING and submitted.origin_tx_hashes == (DEPOSIT_TX,)
    seen = [submitted.provider_status]
    report = submitted
    for _ in range(5):
        control(sandbox, "clock/advance", {"seconds": DWELL})
        report = oneclick.status(ref)
        seen.append(report.provider_status)
        if report.is_terminal:
            break
    assert seen[:2] == ["KNOWN_DEPOSIT_TX", "PROCESSING"]
    assert report.is_terminal and report.ref == ref
    return report


def test_success(sandbox: SandboxServer, oneclick: Provider) -> None:
    report = run_to_end(sandbox, oneclick, 5_000_000)
    assert report.state is SwapState.SUCCESS
    assert report.amount_in == 5_000_000 and report.amount_out is not None and report.amount_out > 0
    assert report.destination_tx_hashes and report.destination_tx_hashes[0].startswith("0x")
    assert report.raw["swapDetails"]["destinationChainTxHashes"][0]["explorerUrl"].startswith("https://basescan.org")


def test_refund_by_magic_amount(sandbox: SandboxServer, oneclick: Provider) -> None:
    report = run_to_end(sandbox, oneclick, 5_000_302)
    assert report.state is SwapState.REFUNDED
    refund_fee = int(report.raw["quoteResponse"]["quote"]["refundFee"])
    assert report.refunded_amount == 5_000_302 - refund_fee
    assert len(report.origin_tx_hashes) == 2  # the deposit and the refund, both on the origin chain


def test_failure_by_magic_amount(sandbox: SandboxServer, oneclick: Provider) -> None:
    report = run_to_end(sandbox, oneclick, 5_000_404)
    assert report.state is SwapState.FAILED
    assert report.provider_status == "FAILED" and not report.destination_tx_hashes


def test_outcome_chosen_through_the_control_api(sandbox: SandboxServer, oneclick: Provider) -> None:
    assert run_to_end(sandbox, oneclick, 7_000_000, outcome="refund").state is SwapState.REFUNDED
    assert run_to_end(sandbox, oneclick, 7_000_000, outcome="fail").state is SwapState.FAILED


def test_quotes_are_priced_signed_and_cheaper_with_a_key(sandbox: SandboxServer, oneclick: Provider) -> None:
    dry = oneclick.quote(request(100_000_000, dry=True))
    assert dry.status_ref is None and not dry.actions and dry.expires_at is None
    assert data.verify_quote_signature(dry.raw)  # survived the trip through HTTP and the adapter's exact decoder
    firm = oneclick.quote(request(100_000_000))
    assert data.verify_quote_signature(firm.raw) and firm.expires_at is not None
    tampered = {**firm.raw, "quote": {**firm.raw["quote"], "depositAddress": WALLET}}
    assert not data.verify_quote_signature(tampered)
    with swapsuite.get_provider("oneclick", base_url=sandbox.base_url("oneclick"), public_key=KEY) as anonymous:
        unauthenticated = anonymous.quote(request(100_000_000, dry=True))
    # 1Click charges callers without credentials 20 bps more.
    assert unauthenticated.amount_out < dry.amount_out
    assert Decimal(dry.amount_out - unauthenticated.amount_out) / dry.amount_out > Decimal("0.0019")


def test_exact_output(oneclick: Provider) -> None:
    wanted = 10**16  # 0.01 ETH
    quote = oneclick.quote(request(wanted, swap_type=SwapType.EXACT_OUTPUT))
    assert quote.amount_out == wanted == quote.min_amount_out
    assert quote.amount_in > int(quote.raw["quote"]["minAmountIn"])  # the slippage buffer sits on the input


def test_invalid_key_is_unauthorized(sandbox: SandboxServer) -> None:
    url = sandbox.base_url("oneclick")
    with swapsuite.get_provider("oneclick", base_url=url, api_key="wrong-key", public_key=KEY) as p:
        with pytest.raises(errors.UnauthorizedError):
            p.quote(request(5_000_000, dry=True))
        with pytest.raises(errors.UnauthorizedError):
            p.status("0x" + "1" * 40)


def test_unknown_deposit_address_is_not_found(oneclick: Provider) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        oneclick.status("0x" + "0" * 40)
    assert caught.value.provider_message == f"Deposit address 0x{'0' * 40} not found"
    with pytest.raises(errors.BadRequestError):
        oneclick.submit("0x" + "0" * 40, tx_hash=DEPOSIT_TX)


def test_injected_503_is_a_server_error_then_recovers(sandbox: SandboxServer, oneclick: Provider) -> None:
    quote = oneclick.quote(request(5_000_000))
    assert quote.status_ref is not None
    fault = {"route": "getExecutionStatus", "kind": "status", "status": 503, "times": 1}
    control(sandbox, "faults", fault)
    with pytest.raises(errors.ServerError):
        oneclick.with_options(retry=NO_RETRY).status(quote.status_ref)
    assert oneclick.status(quote.status_ref).state is SwapState.PENDING_DEPOSIT
    # With the default retry policy the same fault is absorbed: status is a GET, so it is retried.
    control(sandbox, "faults", fault)
    assert oneclick.status(quote.status_ref).state is SwapState.PENDING_DEPOSIT


def test_unknown_status_value_is_tolerated(sandbox: SandboxServer, oneclick: Provider) -> None:
    quote = oneclick.quote(request(5_000_000))
    assert quote.status_ref is not None
    control(sandbox, "faults", {"route": "getExecutionStatus", "kind": "unknown_enum", "times": 1})
    report = oneclick.status(quote.status_ref)
    assert report.state is SwapState.UNKNOWN and report.provider_status == "SANDBOX_NEW_VALUE"


def test_sandbox_quotes_fail_under_the_production_key(sandbox: SandboxServer) -> None:
    """Without the sandbox key the adapter trusts only 1Click's production key, which did not sign these quotes."""
    url = sandbox.base_url("oneclick")
    with (
        swapsuite.get_provider("oneclick", base_url=url, api_key=SANDBOX_API_KEY) as p,
        pytest.raises(errors.QuoteSignatureError) as caught,
    ):
        p.quote(request(5_000_000, dry=True))
    assert caught.value.check == "signature" and caught.value.status_code == 201


def test_status_echo_is_verified_over_the_wire(sandbox: SandboxServer, oneclick: Provider) -> None:
    quote = oneclick.quote(request(5_000_000))
    assert quote.status_ref is not None
    assert data.verify_quote_signature(oneclick.status(quote.status_ref).raw["quoteResponse"])
    url = sandbox.base_url("oneclick")
    with (
        swapsuite.get_provider("oneclick", base_url=url, public_key=data.STAGING_PUBLIC_KEY) as other,
        pytest.raises(errors.QuoteSignatureError, match=r"\(signature\)"),
    ):
        other.status(quote.status_ref)
