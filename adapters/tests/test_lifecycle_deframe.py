"""Deframe end to end over real loopback HTTP: the adapter against the sandbox, through every ending.

A firm quote (sender + recipient) comes back with its transactions inline — that is the sandbox's "user executes"
moment for EVM origins — so the swap starts moving at once; Solana and Bitcoin origins go through
``POST /v2/swap/bytecode`` (the adapter calls it itself). The sandbox clock is advanced instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import (
    AssetId,
    Deposit,
    NotFoundError,
    Provider,
    QuoteRequest,
    ServerError,
    SwapState,
    Transaction,
    UnauthorizedError,
)
from swapsuite.caip import native_asset
from swapsuite.chains import BY_KEY
from swapsuite.retry import NO_RETRY
from swapsuite.sandbox import SandboxServer

USDC_ETH = AssetId.parse("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")
USDC_SOL = AssetId.parse(f"{BY_KEY['solana'].caip2}/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v")
ETH_ARB = native_asset(BY_KEY["arbitrum"])
BTC = native_asset(BY_KEY["bitcoin"])
SENDER = "0xb794F5eA0ba39494cE839613fffBA74279579268"
SOL_SENDER = "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU"
BTC_SENDER = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
TERMINAL = {SwapState.SUCCESS, SwapState.REFUNDED, SwapState.FAILED}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(["deframe"]) as server:
        yield server


@pytest.fixture
def provider(sandbox: SandboxServer) -> Iterator[Provider]:
    httpx.post(f"{sandbox.base_url('deframe')}/_sandbox/reset", json={}).raise_for_status()
    with swapsuite.get_provider("deframe", base_url=sandbox.base_url("deframe"), api_key="sandbox-key") as p:
        yield p


def control(sandbox: SandboxServer, path: str, body: dict[str, Any] | None = None) -> Any:
    response = httpx.post(f"{sandbox.base_url('deframe')}/_sandbox/{path}", json=body or {})
    response.raise_for_status()
    return response.json()


def firm(amount: int, **overrides: Any) -> QuoteRequest:
    fields: dict[str, Any] = {"from_asset": USDC_ETH, "to_asset": ETH_ARB, "amount": amount, "dry": False}
    fields.update(sender=SENDER, recipient=SENDER)
    return QuoteRequest(**{**fields, **overrides})


def run_to_end(sandbox: SandboxServer, provider: Provider, ref: str) -> list[swapsuite.StatusReport]:
    """Poll the status, advancing the sandbox clock between polls, until a terminal state."""
    reports = [provider.status(ref)]
    for _ in range(20):
        if reports[-1].state in TERMINAL:
            break
        control(sandbox, "clock/advance", {"seconds": 5})
        reports.append(provider.status(ref))
    return reports


@pytest.mark.parametrize(
    ("amount", "state", "raw"),
    [
        (100_000_000, SwapState.SUCCESS, "fulfilled"),
        (100_000_302, SwapState.REFUNDED, "refunded"),  # magic tail …302
        (100_000_404, SwapState.FAILED, "failed"),  # magic tail …404
    ],
)
def test_evm_firm_quote_to_each_ending(
    sandbox: SandboxServer, provider: Provider, amount: int, state: SwapState, raw: str
) -> None:
    quote = provider.quote(firm(amount))
    assert quote.provider == "deframe" and quote.quote_id and quote.min_amount_out
    assert [a.purpose for a in quote.actions if isinstance(a, Transaction)] == ["approval", "swap"]
    assert {f.kind for f in quote.fees} == {"platform", "bridge"}  # the zero customer line is dropped
    assert provider.execute(quote) is quote  # transactions already inline: nothing more to call
    reports = run_to_end(sandbox, provider, quote.status_ref or "")
    assert reports[0].state is SwapState.PROCESSING and reports[0].origin_tx_hashes
    assert reports[-1].state is state and reports[-1].provider_status == raw
    assert bool(reports[-1].destination_tx_hashes) is (state is SwapState.SUCCESS)
    state_body = httpx.get(f"{sandbox.base_url('deframe')}/_sandbox/state").json()
    assert state_body["requests"].get("createSwapBytecode", 0) == 0


def test_outcome_endpoint_overrides_the_amount(sandbox: SandboxServer, provider: Provider) -> None:
    quote = provider.quote(firm(50_000_000, dry=True, sender=None, recipient=None))
    ref = quote.status_ref or ""
    assert provider.status(ref).state is SwapState.PENDING_DEPOSIT  # no execution data handed out yet
    control(sandbox, f"swaps/{ref}/outcome", {"outcome": "refund"})
    control(sandbox, f"swaps/{ref}/advance")
    control(sandbox, f"swaps/{ref}/advance")
    assert provider.status(ref).state is SwapState.REFUNDED


def test_solana_origin_goes_through_bytecode(sandbox: SandboxServer, provider: Provider) -> None:
    request = firm(20_000_000, from_asset=USDC_SOL, sender=SOL_SENDER)
    quote = provider.quote(request)
    (action,) = quote.actions
    assert isinstance(action, Transaction) and action.to is None and action.data
    state_body = httpx.get(f"{sandbox.base_url('deframe')}/_sandbox/state").json()
    assert state_body["requests"]["createSwapBytecode"] == 1
    assert run_to_end(sandbox, provider, quote.status_ref or "")[-1].state is SwapState.SUCCESS


def test_bitcoin_origin_is_a_deposit(sandbox: SandboxServer, provider: Provider) -> None:
    quote = provider.quote(firm(100_000, from_asset=BTC, sender=BTC_SENDER))
    (action,) = quote.actions
    assert isinstance(action, Deposit) and action.address.startswith("bc1q") and action.amount == 100_000
    assert run_to_end(sandbox, provider, quote.status_ref or "")[-1].state is SwapState.SUCCESS


def test_quote_expires_when_never_executed(sandbox: SandboxServer, provider: Provider) -> None:
    quote = provider.quote(firm(10_000_000, dry=True, sender=None, recipient=None))
    control(sandbox, "clock/advance", {"seconds": 301})
    assert provider.status(quote.status_ref or "").state is SwapState.EXPIRED


def test_wrong_key_and_unknown_ref(sandbox: SandboxServer, provider: Provider) -> None:
    bad = swapsuite.get_provider("deframe", base_url=sandbox.base_url("deframe"), api_key="wrong")
    with bad, pytest.raises(UnauthorizedError):
        bad.quote(firm(10_000_000))
    with pytest.raises(NotFoundError) as caught:
        provider.status("00000000-0000-0000-0000-000000000000")
    assert caught.value.code == "QUOTE_NOT_FOUND"


def test_injected_503_then_recovery(sandbox: SandboxServer, provider: Provider) -> None:
    quote = provider.quote(firm(10_000_000))
    ref = quote.status_ref or ""
    fault = {"route": "getSwapStatus", "kind": "status", "status": 503, "times": 1}
    control(sandbox, "faults", fault)
    once = provider.with_options(retry=NO_RETRY)
    with pytest.raises(ServerError):
        once.status(ref)
    assert once.status(ref).state is SwapState.PROCESSING
    control(sandbox, "faults", fault)  # the default policy retries an idempotent status call through it
    assert provider.status(ref).state is SwapState.PROCESSING
    control(sandbox, "faults", {"route": "getSwapStatus", "kind": "unknown_enum", "times": 1})
    planted = provider.status(ref)
    assert planted.state is SwapState.UNKNOWN and planted.provider_status == "SANDBOX_NEW_VALUE"
