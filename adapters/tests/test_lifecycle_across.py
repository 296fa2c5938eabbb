"""Across end to end over real loopback HTTP: the adapter against the sandbox.

Across has no execute or submit step: a firm quote carries the approval and ``swapTx``; the user broadcasts them
and tracks the swap by the origin deposit tx hash. The sandbox cannot see a broadcast, so it defines that hash as
``market.fake_hash(swapTx.data)`` (see ``swapsuite.sandbox.across``), and the first status lookup counts as the
broadcast. Each ending is driven through ``status`` with the clock advanced one dwell (the quote's expected fill
time) per poll, so every intermediate state is seen: success ``pending → filled``; refund (amount …302)
``pending → expired → refunded``; fail (amount …404) ``deposit-pending → deposit-failed`` — Across's only failure is a
gasless deposit that never lands. Plus a refund chosen through ``/_sandbox``, an svm (Solana) origin,
an exact-output quote, and the error paths (wrong key, unknown hash, an injected 503).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import errors
from swapsuite.caip import native_asset, token_asset
from swapsuite.chains import BY_KEY
from swapsuite.models import Quote, QuoteRequest, StatusReport, SwapState, SwapType
from swapsuite.provider import Provider
from swapsuite.retry import NO_RETRY
from swapsuite.sandbox import SandboxServer, market
from swapsuite.sandbox import across_data as data

USDC_OP = token_asset(BY_KEY["optimism"], "0x0b2c639c533813f4aa9d7837caf62653d097ff85")
USDC_ARB = token_asset(BY_KEY["arbitrum"], "0xaf88d065e77c8cc2239327c5edb3a432268e5831")
ETH_ARB = native_asset(BY_KEY["arbitrum"])
SOL = native_asset(BY_KEY["solana"])
WALLET = "0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB"
SOL_WALLET = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(["across"]) as server:
        yield server


@pytest.fixture
def across(sandbox: SandboxServer) -> Iterator[Provider]:
    # The key is optional on Across; none is configured here.
    with swapsuite.get_provider("across", base_url=sandbox.base_url("across")) as provider:
        yield provider


def control(sandbox: SandboxServer, path: str, body: dict[str, object]) -> httpx.Response:
    """POST to the sandbox's /_sandbox control API."""
    response = httpx.post(f"{sandbox.base_url('across')}/_sandbox/{path}", json=body)
    response.raise_for_status()
    return response


def firm_quote(across: Provider, amount: int, **overrides: Any) -> Quote:
    request = QuoteRequest(from_asset=USDC_OP, to_asset=ETH_ARB, amount=amount, sender=WALLET, dry=False)
    return across.quote(dataclasses.replace(request, **overrides))


def deposit_hash(quote: Quote) -> str:
    """The sandbox's deposit tx hash: fake_hash of the swap transaction's data, exactly as quoted."""
    swap = quote.actions[-1]
    assert swap.type == "transaction" and swap.purpose == "swap" and swap.data
    return market.fake_hash(swap.data)


def drive(across: Provider, sandbox: SandboxServer, ref: str, until: SwapState, dwell: float) -> list[StatusReport]:
    """Poll ``status``, advancing the clock one dwell per poll, until ``until``; every distinct report."""
    reports: list[StatusReport] = []
    for _ in range(8):
        report = across.status(ref)
        if not reports or reports[-1].provider_status != report.provider_status:
            reports.append(report)
        if report.state is until:
            return reports
        control(sandbox, "clock/advance", {"seconds": dwell})
    raise AssertionError(f"{ref} never reached {until}: {[r.provider_status for r in reports]}")


def test_success(across: Provider, sandbox: SandboxServer) -> None:
    quote = firm_quote(across, 250_000_000)
    assert not quote.dry and quote.status_ref is None  # Across tracks by the deposit tx, known only after sending
    approval, swap = quote.actions
    assert approval.type == swap.type == "transaction"
    assert approval.purpose == "approval" and approval.data and approval.data.startswith("0x095ea7b3")
    assert swap.to == data.spoke_pool(10) and swap.chain == "eip155:10" and swap.value == 0
    assert quote.amount_in == 250_000_000 and 0 < quote.min_amount_out < quote.amount_out
    assert {fee.kind for fee in quote.fees} >= {"lp", "relayer", "gas", "network"}
    assert quote.estimated_duration_s is not None
    ref = deposit_hash(quote)
    reports = drive(across, sandbox, ref, SwapState.SUCCESS, quote.estimated_duration_s)
    assert [(r.provider_status, r.state) for r in reports] == [
        ("pending", SwapState.PROCESSING),
        ("filled", SwapState.SUCCESS),
    ]
    final = reports[-1]
    assert final.is_terminal and final.origin_tx_hashes == (ref,)
    assert final.destination_tx_hashes == (market.fake_hash("fill:" + ref),) and not final.refund_tx_hashes


def test_refund_by_magic_amount(across: Provider, sandbox: SandboxServer) -> None:
    quote = firm_quote(across, 250_000_302)
    ref = deposit_hash(quote)
    reports = drive(across, sandbox, ref, SwapState.REFUNDED, quote.estimated_duration_s or 2)
    assert [r.provider_status for r in reports] == ["pending", "expired", "refunded"]
    assert reports[1].state is SwapState.PROCESSING  # `expired` is not final on Across: the refund follows
    assert reports[-1].refund_tx_hashes == (market.fake_hash("refund:" + ref),)
    assert not reports[-1].destination_tx_hashes


def test_fail_by_magic_amount(across: Provider, sandbox: SandboxServer) -> None:
    quote = firm_quote(across, 250_000_404)
    ref = deposit_hash(quote)
    reports = drive(across, sandbox, ref, SwapState.FAILED, quote.estimated_duration_s or 2)
    # The first lookup counts as the broadcast, so the gasless submission has already failed by then.
    assert [(r.provider_status, r.state) for r in reports] == [("deposit-failed", SwapState.FAILED)]
    assert reports[-1].is_terminal


def test_refund_chosen_through_control_api(across: Provider, sandbox: SandboxServer) -> None:
    quote = firm_quote(across, 123_000_000)
    ref = deposit_hash(quote)
    control(sandbox, f"swaps/{ref}/outcome", {"outcome": "refund"})
    reports = drive(across, sandbox, ref, SwapState.REFUNDED, quote.estimated_duration_s or 2)
    assert [r.provider_status for r in reports] == ["pending", "expired", "refunded"]


def test_advance_through_control_api(across: Provider, sandbox: SandboxServer) -> None:
    quote = firm_quote(across, 456_000_000)
    ref = deposit_hash(quote)
    assert across.status(ref).provider_status == "pending"  # broadcast: the clock starts
    assert control(sandbox, f"swaps/{ref}/advance", {}).json() == {"state": "filled"}  # one step, no clock needed
    assert across.status(ref).state is SwapState.SUCCESS


def test_solana_origin_success(across: Provider, sandbox: SandboxServer) -> None:
    quote = firm_quote(across, 2_000_000_000, from_asset=SOL, to_asset=USDC_ARB, sender=SOL_WALLET, recipient=WALLET)
    (swap,) = quote.actions  # no approval on Solana; data is the serialized transaction
    assert swap.type == "transaction" and swap.chain == BY_KEY["solana"].caip2 and swap.gas is None
    reports = drive(across, sandbox, deposit_hash(quote), SwapState.SUCCESS, quote.estimated_duration_s or 2)
    assert [r.provider_status for r in reports] == ["pending", "filled"]


def test_exact_output_quote(across: Provider) -> None:
    quote = firm_quote(across, 10**17, swap_type=SwapType.EXACT_OUTPUT)
    assert quote.amount_out == quote.min_amount_out == 10**17
    assert quote.amount_in > 300_000_000  # 0.1 ETH at $3000 plus fees, in USDC


def test_wrong_key_is_unauthorized(sandbox: SandboxServer) -> None:
    wrong = swapsuite.get_provider("across", base_url=sandbox.base_url("across"), api_key="not-the-key")
    with wrong, pytest.raises(errors.UnauthorizedError) as caught:
        firm_quote(wrong, 250_000_000)
    assert caught.value.status_code == 401


def test_unknown_hash_is_not_found(across: Provider) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        across.status("0x" + "cd" * 32)
    assert caught.value.code == "DepositNotFoundException"


def test_injected_503_then_recovery(across: Provider, sandbox: SandboxServer) -> None:
    ref = deposit_hash(firm_quote(across, 321_000_000))
    once = across.with_options(retry=NO_RETRY)  # the default policy would retry the idempotent GET
    control(sandbox, "faults", {"route": "getDepositStatus", "kind": "status", "status": 503, "times": 1})
    with pytest.raises(errors.ServerError) as caught:
        once.status(ref)
    assert caught.value.status_code == 503
    assert once.status(ref).provider_status == "pending"
