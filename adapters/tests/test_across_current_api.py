"""Across adapter against today's API (issue 11): integrator extras on the quote request, and status answers in every
shape the evidence shows — without ``depositTxnRef`` (older indexers, gasless deposits), with ``actionsTargetChainId``
as number or string, and errors in either envelope the indexer routes use.

The payload shapes come from across-protocol/indexer ``packages/indexer-api/src/services/deposits.ts`` @ a28c9a58
(gasless and HyperCore answers) and across-protocol/frontend ``docs/api-docs-openapi.yaml`` @ bdcf46ce (the
documented ``AcrossApiError`` bodies of ``/deposit/status``); the corpus copies are in ``conformance/evidence/across``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import errors
from swapsuite.caip import AssetId
from swapsuite.models import AccountType, AppFee, QuoteRequest, SwapState, SwapType
from swapsuite.providers.across import AcrossAdapter, mapping
from swapsuite_across_client.models import DepositStatusResponse

DEPOSITOR = "0xA4d353BBc130cbeF1811f27ac70989F9d568CeAB"
USDC_OP = AssetId.parse("eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85")
WETH_ARB = AssetId.parse("eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1")
TX = "0x487bbac1598d6fdb80d5258e9f1ec227bbe3e5684032e831037f30a19e33e69c"
FILL = "0x03b50c26d8cab6817791e56f29b0708ee234e09cd707647f07c8281bbbd86ae1"


def request(**overrides: Any) -> QuoteRequest:
    args: dict[str, Any] = {"from_asset": USDC_OP, "to_asset": WETH_ARB, "amount": 1_000_000, "sender": DEPOSITOR}
    return QuoteRequest(**(args | overrides))


# --- integrator extras ----------------------------------------------------------------------------------------------
def test_app_fee_and_integrator_id_are_sent_exactly() -> None:
    fee = AppFee(recipient="0x718648C8c531F91b528A7757dD2bE813c3940608", bps=25)
    params = mapping.approval_request(request(app_fees=(fee,), integrator_id="0xdead"))["params"]
    assert (params["appFee"], params["appFeeRecipient"], params["integratorId"]) == ("0.0025", fee.recipient, "0xdead")


def test_no_extras_no_parameters() -> None:
    params = mapping.approval_request(request())["params"]
    assert {"appFee", "appFeeRecipient", "integratorId"}.isdisjoint(params)


@pytest.mark.parametrize("bps", [0, 10_000, -5])
def test_app_fee_out_of_range_is_refused(bps: int) -> None:
    with pytest.raises(errors.ValidationError, match="app fee"):
        mapping.approval_request(request(app_fees=(AppFee(DEPOSITOR, bps),)))


def test_app_fee_without_recipient_is_refused() -> None:
    with pytest.raises(errors.ValidationError, match="recipient"):
        mapping.approval_request(request(app_fees=(AppFee("", 10),)))


@pytest.mark.parametrize("integrator", ["dead", "0xdeadbeef", "0xzzzz", ""])
def test_malformed_integrator_id_is_refused(integrator: str) -> None:
    with pytest.raises(errors.ValidationError, match="integratorId"):
        mapping.approval_request(request(integrator_id=integrator))


@pytest.mark.parametrize(
    ("overrides", "word"),
    [
        ({"app_fees": (AppFee(DEPOSITOR, 10), AppFee(DEPOSITOR, 20))}, "2 app fee"),
        ({"referral": "partner"}, "referral"),
        ({"swap_type": SwapType.FLEX_INPUT}, "FLEX_INPUT"),
        ({"recipient_type": AccountType.INTENTS}, "INTENTS"),
    ],
)
def test_what_across_cannot_honour_is_unsupported_before_any_request(overrides: dict[str, Any], word: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    with (
        swapsuite.get_provider("across", env={}, httpx_args={"transport": transport}) as provider,
        pytest.raises(errors.UnsupportedError, match=word),
    ):
        provider.quote(request(**overrides))
    assert sent == []


def test_capabilities_declared() -> None:
    assert (AcrossAdapter.max_app_fees, AcrossAdapter.supports_integrator_id) == (1, True)
    assert not AcrossAdapter.supports_referral


# --- status answers in every shape --------------------------------------------------------------------------------
def report(body: dict[str, Any]) -> swapsuite.StatusReport:
    return mapping.status_report(TX, DepositStatusResponse.from_dict(body), body)


def test_older_indexer_without_txn_ref_keys() -> None:
    """Only the legacy keys and no ``actionsSucceeded``: the hashes still come out."""
    body = {
        "status": "filled",
        "originChainId": 8453,
        "depositId": "3887325",
        "depositTxHash": TX,
        "fillTx": FILL,
        "destinationChainId": 42161,
        "depositRefundTxHash": None,
        "pagination": {"currentIndex": 0, "maxIndex": 0},
    }
    got = report(body)
    assert (got.state, got.origin_tx_hashes, got.destination_tx_hashes, got.refund_tx_hashes) == (
        SwapState.SUCCESS,
        (TX,),
        (FILL,),
        (),
    )


def test_gasless_deposit_pending_has_no_hashes() -> None:
    body = {
        "status": "deposit-pending",
        "originChainId": 1,
        "depositId": "999",
        "destinationChainId": 10,
        "depositTxHash": None,
        "fillTx": None,
        "depositRefundTxHash": None,
        "actionsSucceeded": None,
        "pagination": {"currentIndex": 0, "maxIndex": 0},
    }
    got = report(body)
    assert (got.state, got.origin_tx_hashes, got.destination_tx_hashes) == (SwapState.PENDING_DEPOSIT, (), ())


@pytest.mark.parametrize("target", [1337, "1337", None])
def test_actions_target_chain_id_as_number_string_or_null(target: Any) -> None:
    body = {"status": "filled", "originChainId": 1, "depositId": "7", "fillTxnRef": FILL}
    body |= {"pagination": {"currentIndex": 0, "maxIndex": 0}, "actionsTargetChainId": target}
    parsed = DepositStatusResponse.from_dict(body)
    assert parsed.actions_target_chain_id == target
    assert report(body).destination_tx_hashes == (FILL,)


@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            400,
            {
                "type": "AcrossApiError",
                "code": "INVALID_PARAM",
                "status": 400,
                "message": "Invalid parameter at path 'depositId'. Expected type 'union'",
                "param": "originToken",
            },
            errors.HTTPStatusError,
            "INVALID_PARAM",
        ),
        (
            404,
            {"error": "DepositNotFoundException", "message": "Deposit not found given the provided constraints"},
            errors.NotFoundError,
            "DepositNotFoundException",
        ),
    ],
)
def test_status_errors_in_either_envelope(status: int, body: Any, error: type[Exception], code: str) -> None:
    def answer(req: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": "application/json"})

    transport = httpx.MockTransport(answer)
    with (
        swapsuite.get_provider("across", env={}, httpx_args={"transport": transport}) as provider,
        pytest.raises(error) as caught,
    ):
        provider.status(TX)
    assert isinstance(caught.value, errors.HTTPStatusError)
    assert (caught.value.code, caught.value.provider_message) == (code, body["message"])


# --- CLI ------------------------------------------------------------------------------------------------------------
def test_cli_integrator_id_reaches_the_api() -> None:
    """``swapsuite quote --integrator-id`` tags the quote: the sandbox records it on the deposit it would make."""
    from click.testing import CliRunner
    from swapsuite.cli import main
    from swapsuite.sandbox.server import SandboxServer

    args = ["quote", "-p", "across", "--from", str(USDC_OP), "--to", str(WETH_ARB), "--amount", "25000000"]
    args += ["--sender", DEPOSITOR, "--firm", "--json"]
    with SandboxServer(["across"]) as sandbox:
        url = sandbox.base_url("across")
        tagged = CliRunner().invoke(main, [*args, "--base-url", url, "--integrator-id", "0xbeef"])
        assert tagged.exit_code == 0, tagged.output
        records = list(sandbox.states["across"].records.values())
        assert [rec["integratorId"] for rec in records] == ["0xbeef"]
        refused = CliRunner().invoke(main, [*args, "--base-url", url, "--integrator-id", "beef"])
        assert sandbox.states["across"].requests["getSwapApproval"] == 1  # refused before any request
    assert refused.exit_code == 1
    assert "integrator" in refused.output
