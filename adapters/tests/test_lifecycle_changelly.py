"""Changelly adapter ↔ Changelly sandbox over real loopback HTTP: firm quote (quote + intent) → signed approval →
intent status, to every ending; auth, unknown intent and injected faults."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator

import httpx
import pytest
import swapsuite
from swapsuite import errors
from swapsuite.models import QuoteRequest, SignTypedData, StatusReport, SwapState
from swapsuite.retry import NO_RETRY
from swapsuite.sandbox import SandboxServer, market

PROVIDER = "changelly"
KEY = "sandbox-key"
EVM_SENDER = "0x1111111111111111111111111111111111111111"
SOLANA_WALLET = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"
SIGNATURE = "0x" + "5a" * 65  # a 65-byte EIP-712 signature, as a wallet returns it

USDC_ETH = market.find_on_chain("ethereum", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")
SOL = market.find_on_chain("solana", None)
USDC_BASE = market.find_on_chain("base", "0x833589fcd6edb6e08f4c7c32d4f71b54bda02913")
assert USDC_ETH is not None and SOL is not None and USDC_BASE is not None


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer([PROVIDER]) as server:
        yield server


@pytest.fixture
def provider(sandbox: SandboxServer) -> Iterator[swapsuite.Provider]:
    with swapsuite.get_provider(PROVIDER, base_url=sandbox.base_url(PROVIDER), api_key=KEY) as client:
        yield client


def control(sandbox: SandboxServer, path: str, body: object) -> dict[str, object]:
    """POST to the sandbox's ``/_sandbox`` control API."""
    response = httpx.post(f"{sandbox.base_url(PROVIDER)}/_sandbox/{path}", json=body)
    response.raise_for_status()
    result: dict[str, object] = response.json()
    return result


def firm_usdc_to_sol(provider: swapsuite.Provider, amount: int) -> swapsuite.Quote:
    """A firm quote: USDC on Ethereum → SOL, which creates the intent."""
    return provider.quote(
        QuoteRequest(
            from_asset=USDC_ETH.asset,
            to_asset=SOL.asset,
            amount=amount,
            sender=EVM_SENDER,
            recipient=SOLANA_WALLET,
            slippage_bps=50,
            dry=False,
        )
    )


def approve_and_finish(sandbox: SandboxServer, provider: swapsuite.Provider, quote: swapsuite.Quote) -> StatusReport:
    """Sign (a fixed signature), submit the approval, then let the clock run until the swap is terminal."""
    action = quote.actions[0]
    assert isinstance(action, SignTypedData)
    report = provider.submit(action.submit_ref, signature=SIGNATURE)
    assert report.provider_status == "approved"
    assert report.state is SwapState.PENDING_DEPOSIT
    for _ in range(10):
        control(sandbox, "clock/advance", {"seconds": 2})
        report = provider.status(quote.status_ref or "")
        if report.is_terminal:
            return report
    raise AssertionError(f"never terminal: {report}")


def test_success(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    quote = firm_usdc_to_sol(provider, 100_000_000)  # 100 USDC
    assert quote.amount_in == 100_000_000
    # 100 USD at 150 USD/SOL minus 30 bps = 0.6646666… SOL; min_amount after 50 bps slippage.
    assert quote.amount_out == 664_666_666
    assert quote.min_amount_out == 661_343_332
    assert [(fee.kind, fee.amount, fee.bps) for fee in quote.fees] == [("protocol", 300_000, 30)]
    assert quote.fees[0].asset == USDC_ETH.asset
    action = quote.actions[0]
    assert isinstance(action, SignTypedData)
    assert action.approval_type == "permit2"
    assert action.chain == "eip155:1"
    assert quote.status_ref == action.submit_ref
    typed = action.payload["additional_data"]
    assert typed["domain"]["verifyingContract"] == "0x000000000022D473030F116dDEE9F6B43aC78BA3"
    assert typed["message"]["permitted"] == {"token": USDC_ETH.address, "amount": "100000000"}
    assert typed["message"]["spender"] == action.payload["escrow_contract_address"]

    assert provider.status(action.submit_ref).provider_status == "created"
    report = approve_and_finish(sandbox, provider, quote)
    assert report.state is SwapState.SUCCESS
    assert report.provider_status == "finished"
    assert report.amount_in == 100_000_000
    assert len(report.origin_tx_hashes) == 1 and report.origin_tx_hashes[0].startswith("0x")
    assert len(report.destination_tx_hashes) == 1  # a base58 Solana signature
    assert report.refund_tx_hashes == ()
    assert report.updated_at is not None


def test_refund_by_magic_amount(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    report = approve_and_finish(sandbox, provider, firm_usdc_to_sol(provider, 100_000_302))
    assert report.state is SwapState.REFUNDED
    assert report.origin_tx_hashes and report.refund_tx_hashes
    assert report.destination_tx_hashes == ()


def test_fail_by_magic_amount(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    report = approve_and_finish(sandbox, provider, firm_usdc_to_sol(provider, 100_000_404))
    assert report.state is SwapState.FAILED
    assert report.provider_status == "failed"
    assert report.origin_tx_hashes == ()


def test_refund_by_outcome_endpoint(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    quote = firm_usdc_to_sol(provider, 50_000_000)
    control(sandbox, f"swaps/{quote.status_ref}/outcome", {"outcome": "refund"})
    assert approve_and_finish(sandbox, provider, quote).state is SwapState.REFUNDED


def test_dry_quote_then_execute(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    dry = provider.quote(
        QuoteRequest(
            from_asset=USDC_ETH.asset, to_asset=SOL.asset, amount=20_000_000, sender=EVM_SENDER, recipient=SOLANA_WALLET
        )
    )
    assert dry.dry and not dry.actions
    firm = provider.execute(dry)
    assert firm.status_ref and isinstance(firm.actions[0], SignTypedData)
    assert approve_and_finish(sandbox, provider, firm).state is SwapState.SUCCESS


def test_solana_source_cosign(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    quote = provider.quote(
        QuoteRequest(
            from_asset=SOL.asset,
            to_asset=USDC_BASE.asset,
            amount=2_000_000_000,  # 2 SOL
            sender=SOLANA_WALLET,
            recipient=EVM_SENDER,
            dry=False,
        )
    )
    action = quote.actions[0]
    assert isinstance(action, SignTypedData) and action.approval_type == "cosign"
    signed = base64.b64encode(json.dumps({"transaction": action.payload["transaction"]}).encode()).decode()
    report = provider.submit(action.submit_ref, signature=signed)  # "eyJ…": read as a cosign approval
    assert report.provider_status == "approved"
    control(sandbox, "clock/advance", {"seconds": 10})
    assert provider.status(action.submit_ref).state is SwapState.SUCCESS


def test_unapproved_intent_expires(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    quote = firm_usdc_to_sol(provider, 30_000_000)
    control(sandbox, "clock/advance", {"seconds": 7201})
    assert provider.status(quote.status_ref or "").state is SwapState.EXPIRED
    with pytest.raises(errors.UnprocessableError):
        provider.submit(quote.status_ref or "", signature=SIGNATURE)


def test_invalid_address(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    request = QuoteRequest(
        from_asset=USDC_ETH.asset,
        to_asset=SOL.asset,
        amount=10_000_000,
        sender=EVM_SENDER,
        recipient="0xnot-a-solana-address",
        dry=False,
    )
    with pytest.raises(errors.ValidationError):  # the adapter refuses it before any request
        provider.quote(request)
    # The sandbox's own check, for a client that does not validate: the documented 422 envelope.
    dry = provider.quote(QuoteRequest(from_asset=USDC_ETH.asset, to_asset=SOL.asset, amount=10_000_000))
    body = {
        "quote_id": dry.quote_id,
        "from": {"address": EVM_SENDER, "refund_address": EVM_SENDER},
        "to": {"address": request.recipient},
    }
    reply = httpx.post(f"{sandbox.base_url(PROVIDER)}/v1/intents/", json=body, headers={"X-Api-Key": KEY})
    assert reply.status_code == 422
    assert reply.json() == {"code": 422, "type": "invalid_address", "message": "Invalid address: to.address"}


def test_wrong_key_is_unauthorized(sandbox: SandboxServer) -> None:
    with (
        swapsuite.get_provider(PROVIDER, base_url=sandbox.base_url(PROVIDER), api_key="wrong-key") as client,
        pytest.raises(errors.UnauthorizedError),
    ):
        client.tokens()


def test_unknown_intent_is_not_found(provider: swapsuite.Provider) -> None:
    with pytest.raises(errors.NotFoundError):
        provider.status(str(uuid.uuid4()))


def test_injected_503_then_recovery(sandbox: SandboxServer) -> None:
    with swapsuite.get_provider(PROVIDER, base_url=sandbox.base_url(PROVIDER), api_key=KEY, retry=NO_RETRY) as client:
        quote = firm_usdc_to_sol(client, 10_000_000)
        control(sandbox, "faults", {"route": "getIntent", "kind": "status", "status": 503, "times": 1})
        with pytest.raises(errors.ServerError):
            client.status(quote.status_ref or "")
        assert client.status(quote.status_ref or "").provider_status == "created"


def test_unknown_status_survives(sandbox: SandboxServer, provider: swapsuite.Provider) -> None:
    quote = firm_usdc_to_sol(provider, 10_000_000)
    control(sandbox, "faults", {"route": "getIntent", "kind": "unknown_enum", "times": 1})
    report = provider.status(quote.status_ref or "")
    assert report.state is SwapState.UNKNOWN
    assert report.provider_status == "SANDBOX_NEW_VALUE"
