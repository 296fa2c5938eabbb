"""Replay every cassette under cassettes/ through the adapters, offline, and check the normalized results exactly.

Each cassette (``cassettes/<provider>/<scenario>.yaml``) is replayed with pytest-recording / VCR.py in record mode
"none" with the network blocked (``block_network``): the scenario's driver (``conformance/cassettes/``) calls the
provider built by ``swapsuite.get_provider(..., base_url=<the cassette's base URL>)`` — sync and async — and every
request must match a recorded one on method, scheme, host, port, path, query and (JSON-aware) body; each recorded
interaction may be played once (``allow_playback_repeats=False``, see ``vcr_config`` in conftest.py) and the test
fails unless the cassette was played completely (``cassette.all_played``). The result — a Quote, StatusReport or
token list, or the typed error — is compared field by field with :data:`EXPECTED` (exact ints, Decimals, states,
hashes, aware datetimes; dataclass equality, so every compared field counts). ``raw`` payloads are compared with
the cassette's own bodies. Live recordings (``*.live.yaml``, ``nox -s record``) carry values nobody wrote down in
advance, so they get the structural checks of :func:`check_structure` instead.

A sandbox recording re-recorded with ``python -m conformance.cassettes --sandbox`` gets new ids and times: update
its entry here in the same change.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr as vcrpy
from swapsuite import (
    AssetId,
    BadRequestError,
    Deposit,
    Fee,
    NotFoundError,
    Quote,
    ResponseShapeError,
    ServerError,
    SignTypedData,
    StatusReport,
    SwapState,
    SwapsuiteError,
    Token,
    Transaction,
    UnauthorizedError,
    UnprocessableError,
)
from swapsuite.engine import decode_json
from vcr.cassette import Cassette
from vcr.errors import CannotOverwriteExistingCassetteException

from conformance import cassettes as casslib
from conformance.cassettes import across as across_scenarios

CASSETTES = casslib.CASSETTES
CASSETTE_IDS = sorted(f"{p.parent.name}/{p.name.removesuffix('.yaml')}" for p in CASSETTES.glob("*/*.yaml"))
REQUIRED_KEY = {"changelly", "deframe"}

pytestmark = pytest.mark.block_network


def A(text: str) -> AssetId:
    return AssetId.parse(text)


def D(text: str) -> Decimal:
    return Decimal(text)


def dt(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def payload(cassette: str, index: int, *path: str | int) -> Any:
    """A piece of the JSON body of a cassette's ``index``-th response (what ``raw`` fields must equal)."""
    _, responses = casslib.read_cassette(CASSETTES / f"{cassette}.yaml")
    value = decode_json(responses[index]["body"]["string"])
    for step in path:
        value = value[step]
    return value


def fails(cls: type[SwapsuiteError], status: int, code: str | None, message: str) -> Callable[[Any], None]:
    """Expect the typed error ``cls`` with this status, provider code and provider message."""

    def check(outcome: casslib.Outcome) -> None:
        error = outcome.error
        assert type(error) is cls, f"expected {cls.__name__}, got {outcome}"
        assert (error.status_code, getattr(error, "code", None), getattr(error, "provider_message", None)) == (
            status,
            code,
            message,
        )
        assert error.body, "the raw error body is kept"

    return check


def refused(reason: str) -> Callable[[Any], None]:
    """Expect swapsuite.sanity to refuse the result (a documented example whose actions are placeholders)."""

    def check(outcome: casslib.Outcome) -> None:
        assert type(outcome.error) is ResponseShapeError, f"expected a refusal, got {outcome}"
        assert reason in str(outcome.error)

    return check


# --- expected results, per cassette ------------------------------------------------------------------------------
EXPECTED: dict[str, Any] = {
    "across/error-quote-400-invalid-depositor": fails(
        BadRequestError, 400, "INVALID_PARAM", "Invalid parameter at path 'depositor'. Expected type 'validAddress'"
    ),
    "across/error-quote-400-relayer-lacks-funds": fails(
        BadRequestError,
        400,
        "INVALID_PARAM",
        "Relayer Address (0x00000000000000000000000007ae8551be970cb1cca11dd7a11f47ae82e70e67) doesn't have enough "
        "funds to support this deposit; for help, please reach out to https://discord.across.to",
    ),
    "across/error-quote-401": fails(UnauthorizedError, 401, "AcrossApiError", "Unauthorized: invalid API key"),
    "across/error-quote-500": fails(ServerError, 500, "INTERNAL_SERVER_ERROR", "Internal server error"),
    "across/error-status-400": fails(
        BadRequestError, 400, "IncorrectQueryParamsException", "Incorrect query params provided"
    ),
    "across/error-status-404": fails(
        NotFoundError, 404, "DepositNotFoundException", "Deposit not found given the provided constraints"
    ),
    "across/quote-dry": Quote(
        provider="across",
        quote_id="vqhfb-1770675636494-01dc8983f2fc",
        from_asset=A("eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85"),
        to_asset=A("eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1"),
        amount_in=1000000,
        amount_out=467917612181896,
        min_amount_out=464434354522974,
        fees=(
            Fee(
                kind="swap_impact",
                asset=A("eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85"),
                amount=-2490,
                bps=D("-24.90491832281262"),
            ),
            Fee(
                kind="app",
                asset=A("eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1"),
                amount=0,
                bps=D("0"),
            ),
            Fee(
                kind="lp",
                asset=A("eip155:10/erc20:0x4200000000000000000000000000000000000006"),
                amount=22509171302,
                bps=D("0.47781206864712"),
            ),
            Fee(
                kind="relayer",
                asset=A("eip155:10/erc20:0x4200000000000000000000000000000000000006"),
                amount=46867294561,
                bps=D("0.99487265282377"),
            ),
            Fee(kind="gas", asset=A("eip155:42161/slip44:60"), amount=4260773033213, bps=D("90.44530114951359")),
            Fee(kind="network", asset=A("eip155:10/slip44:60"), amount=626037662500, bps=None),
        ),
        expires_at=dt(2026, 2, 9, 23, 17, 23),
        estimated_duration_s=2,
        actions=(
            Transaction(
                chain="eip155:10",
                to="0x89415a82d909a7238d69094C3Dd1dCC1aCbDa85C",
                data="0x110560ad0000000000000000000000000000000000000000000000000000000000000020",
                gas=571750,
                max_fee_per_gas=1094950,
                max_priority_fee_per_gas=1000000,
                raw=payload("across/quote-dry", 0, "swapTx"),
            ),
        ),
    ),
    "across/quote-firm": Quote(
        provider="across",
        quote_id="vqhfb-1770675636494-01dc8983f2fc",
        from_asset=A("eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85"),
        to_asset=A("eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1"),
        amount_in=1000000,
        amount_out=467917612181896,
        min_amount_out=464434354522974,
        fees=(
            Fee(
                kind="swap_impact",
                asset=A("eip155:10/erc20:0x0b2c639c533813f4aa9d7837caf62653d097ff85"),
                amount=-2490,
                bps=D("-24.90491832281262"),
            ),
            Fee(
                kind="app",
                asset=A("eip155:42161/erc20:0x82af49447d8a07e3bd95bd0d56f35241523fbab1"),
                amount=0,
                bps=D("0"),
            ),
            Fee(
                kind="lp",
                asset=A("eip155:10/erc20:0x4200000000000000000000000000000000000006"),
                amount=22509171302,
                bps=D("0.47781206864712"),
            ),
            Fee(
                kind="relayer",
                asset=A("eip155:10/erc20:0x4200000000000000000000000000000000000006"),
                amount=46867294561,
                bps=D("0.99487265282377"),
            ),
            Fee(kind="gas", asset=A("eip155:42161/slip44:60"), amount=4260773033213, bps=D("90.44530114951359")),
            Fee(kind="network", asset=A("eip155:10/slip44:60"), amount=626037662500, bps=None),
        ),
        expires_at=dt(2026, 2, 9, 23, 17, 23),
        estimated_duration_s=2,
        actions=(
            Transaction(
                chain="eip155:10",
                to="0x89415a82d909a7238d69094C3Dd1dCC1aCbDa85C",
                data="0x110560ad0000000000000000000000000000000000000000000000000000000000000020",
                gas=571750,
                max_fee_per_gas=1094950,
                max_priority_fee_per_gas=1000000,
                raw=payload("across/quote-firm", 0, "swapTx"),
            ),
        ),
        dry=False,
    ),
    "across/status-expired": StatusReport(
        provider="across",
        ref="0x6565357dc703e798ce9cb689d4d156058bd3e7e6094d0cba22089ec043c00050",
        state=SwapState.PROCESSING,
        provider_status="expired",
        origin_tx_hashes=("0x6565357dc703e798ce9cb689d4d156058bd3e7e6094d0cba22089ec043c00050",),
    ),
    "across/status-filled": StatusReport(
        provider="across",
        ref="0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967",
        state=SwapState.SUCCESS,
        provider_status="filled",
        origin_tx_hashes=("0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967",),
        destination_tx_hashes=("0x0e7b85f1c49c4c89f3b381f12a24d6838be16a41021ab16645bae9dcd1278238",),
    ),
    "across/status-pending": StatusReport(
        provider="across",
        ref="0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967",
        state=SwapState.PROCESSING,
        provider_status="pending",
        origin_tx_hashes=("0x0e44727151684ef4cfe7744aad88007cf55b155a64f5f9047fb9d2fa53780967",),
    ),
    "across/status-refunded": StatusReport(
        provider="across",
        ref="0x1831ec0384fa212b79f2a20e22e8413a2e4cde9e234f3fd2259acefcbe23faf4",
        state=SwapState.REFUNDED,
        provider_status="refunded",
        origin_tx_hashes=("0x1831ec0384fa212b79f2a20e22e8413a2e4cde9e234f3fd2259acefcbe23faf4",),
        refund_tx_hashes=("0x076dd33d16119c99ba58f91b510dc6ece3c6204f26c48736b362be9d209f4004",),
    ),
    "across/tokens": [
        Token(
            provider="across",
            asset=A("eip155:1/erc20:0x111111111117dc0aa78b770fa6a738034120c302"),
            symbol="1INCH",
            decimals=18,
            native_id="1:0x111111111117dC0aa78b770fA6A738034120C302",
            name="1inch",
            price_usd=D("0.2530907825982632"),
        ),
        Token(
            provider="across",
            asset=A("eip155:1/erc20:0xb98d4c97425d9908e66e53a6fdf673acca0be986"),
            symbol="ABT",
            decimals=18,
            native_id="1:0xB98d4C97425d9908E66E53A6fDf673ACcA0BE986",
            name="Arcblock",
            price_usd=D("0.7697036684522818"),
        ),
        Token(
            provider="across",
            asset=A("eip155:1/erc20:0xed04915c23f00a313a544955524eb7dbd823143d"),
            symbol="ACH",
            decimals=8,
            native_id="1:0xEd04915c23f00A313a544955524EB7DBD823143d",
            name="Alchemy Pay",
            price_usd=D("0.02048510218654289"),
        ),
    ],
    "changelly/error-quote-400": fails(
        BadRequestError, 400, "validation_error", "body.from.DirectionByTokenIdFrom.refund_address is required"
    ),
    "changelly/error-quote-422": fails(UnprocessableError, 422, "amount_too_small", "Amount too small"),
    "changelly/error-status-404": fails(
        NotFoundError, 404, "not_found", "Intent 00000000-0000-4000-8000-000000000000 not found"
    ),
    "changelly/error-tokens-401": fails(UnauthorizedError, 401, "unauthorized", "Invalid API key"),
    "changelly/quote-dry": Quote(
        provider="changelly",
        quote_id="f5a68149-e20c-4774-9494-16d3cee0f84d",
        from_asset=A("eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7"),
        to_asset=A("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501"),
        amount_in=1000000,
        amount_out=7277684,
        min_amount_out=7241295,
        fees=(
            Fee(kind="protocol", asset=A("unmapped:changelly/native:4669"), amount=4909698369185, bps=D("100")),
            Fee(kind="app", asset=A("unmapped:changelly/native:4669"), amount=2454849184592, bps=D("50")),
        ),
        expires_at=dt(2026, 5, 29, 16, 14, 49, 460000),
    ),
    "changelly/quote-firm": Quote(
        provider="changelly",
        quote_id="f5a68149-e20c-4774-9494-16d3cee0f84d",
        from_asset=A("eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7"),
        to_asset=A("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/slip44:501"),
        amount_in=1000000,
        amount_out=7277684,
        min_amount_out=7241295,
        fees=(
            Fee(kind="protocol", asset=A("unmapped:changelly/native:4669"), amount=4909698369185, bps=D("100")),
            Fee(kind="app", asset=A("unmapped:changelly/native:4669"), amount=2454849184592, bps=D("50")),
        ),
        expires_at=dt(2026, 5, 29, 18, 14, 15),
        actions=(
            SignTypedData(
                chain="eip155:1",
                payload=payload("changelly/quote-firm", 1, "params_to_sign"),
                submit_ref="bf53a856-46aa-4865-8d66-a649a9d5b169",
                approval_type="permit2",
            ),
        ),
        status_ref="bf53a856-46aa-4865-8d66-a649a9d5b169",
        dry=False,
    ),
    "changelly/status-approved": StatusReport(
        provider="changelly",
        ref="28ca0da0-fa91-525e-becf-bf17b6b65146",
        state=SwapState.PENDING_DEPOSIT,
        provider_status="approved",
        amount_in=10000000,
        updated_at=dt(2026, 11, 21, 3, 33, 33, 622251),
    ),
    "changelly/status-created": StatusReport(
        provider="changelly",
        ref="07d9e21e-fb56-586b-aa7e-c3af65134575",
        state=SwapState.PENDING_DEPOSIT,
        provider_status="created",
        amount_in=10000000,
        updated_at=dt(2026, 11, 21, 3, 33, 33, 281282),
    ),
    "changelly/status-deposited": StatusReport(
        provider="changelly",
        ref="73e70521-c2ec-57d6-aabf-acf3e6cace68",
        state=SwapState.PROCESSING,
        provider_status="deposited",
        origin_tx_hashes=("0x968fb6f3300c1a84a0014c8802a1eb9aef946b28de4f37a22ec3375741a9e01b",),
        amount_in=10000000,
        updated_at=dt(2026, 11, 21, 3, 33, 34, 417028),
    ),
    "changelly/status-expired": StatusReport(
        provider="changelly",
        ref="f04f0816-e2d1-5693-85a2-b9106c6d114a",
        state=SwapState.EXPIRED,
        provider_status="expired",
        amount_in=10000000,
        updated_at=dt(2026, 11, 21, 5, 33, 36),
    ),
    "changelly/status-failed": StatusReport(
        provider="changelly",
        ref="db768d4f-d552-5eac-9926-dc6c862356ac",
        state=SwapState.FAILED,
        provider_status="failed",
        amount_in=10000404,
        updated_at=dt(2026, 11, 21, 3, 33, 35, 571472),
    ),
    "changelly/status-finished": StatusReport(
        provider="changelly",
        ref="46df6bdb-6729-5302-9e18-6b51d15a90fa",
        state=SwapState.SUCCESS,
        provider_status="finished",
        origin_tx_hashes=("0x086b8e9de473365906e49bec8fdcb9946939068bbc2ae4a60784d55c31448380",),
        destination_tx_hashes=(
            "63R2w3WYAo8UEpsXraj7vJc9BS3Muq2hCW3tXnbEhrg1vY9e7ikjb3NQPCCEmpYDPsPsrj3J7Gyrqq4fNcy2BjeV",
        ),
        amount_in=10000000,
        updated_at=dt(2026, 11, 21, 3, 33, 34, 956938),
    ),
    "changelly/status-refunded": StatusReport(
        provider="changelly",
        ref="30f3e64b-9c2e-50b7-bf2e-0d9866add391",
        state=SwapState.REFUNDED,
        provider_status="refunded",
        origin_tx_hashes=("0x192aff75452bc60fabcc5acf63b39e9d1b7c3c501dc9f1c6a752a2925035d840",),
        refund_tx_hashes=("0x48014d1f4ffa70622e4dc0278f97fdc236bbfaf46635058dadf00e3c56af003f",),
        amount_in=10000302,
        updated_at=dt(2026, 11, 21, 3, 33, 36, 738),
    ),
    "changelly/status-verified": StatusReport(
        provider="changelly",
        ref="da9a677b-cc21-50de-bd05-6cbb42c0764a",
        state=SwapState.PROCESSING,
        provider_status="verified",
        amount_in=10000000,
        updated_at=dt(2026, 11, 21, 3, 33, 34, 13020),
    ),
    "changelly/submit": StatusReport(
        provider="changelly",
        ref="46e38b67-c222-5841-8328-6716a312dfa3",
        state=SwapState.PENDING_DEPOSIT,
        provider_status="approved",
        amount_in=10000000,
        updated_at=dt(2026, 11, 21, 3, 33, 32, 965840),
    ),
    "changelly/tokens": [
        Token(
            provider="changelly",
            asset=A("eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7"),
            symbol="USDT",
            decimals=-1,
            native_id="1:0xdac17f958d2ee523a2206206994597c13d831ec7",
            name="Tether USD",
        )
    ],
    "deframe/error-quote-401": fails(
        UnauthorizedError, 401, "QUOTE_VALIDATION_ERROR", "Missing or invalid API key: send it in the x-api-key header"
    ),
    "deframe/error-status-404": fails(NotFoundError, 404, "QUOTE_NOT_FOUND", "Quote not found or expired"),
    # The documented bytecode answers use placeholders (calldata "0x...", to "0xContractOrDepositAddress"):
    # not executable, so the firm quotes are refused (the mapping itself is tested on them in test_deframe.py).
    "deframe/execute-evm": refused("action 0 data is not 0x-prefixed hex bytes: '0x...'"),
    "deframe/execute-fiat-offramp": refused("action 0 target '0xContractOrDepositAddress'"),
    "deframe/quote-dry": Quote(
        provider="deframe",
        quote_id="a53b9a9e-f902-5fdb-991b-adf9c1b59ab6",
        from_asset=A("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"),
        to_asset=A("eip155:42161/slip44:60"),
        amount_in=10000000,
        amount_out=3326669166666666,
        min_amount_out=3293402474999999,
        fees=(
            Fee(
                kind="platform",
                asset=A("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"),
                amount=15000,
                bps=D("15"),
            ),
            Fee(
                kind="bridge",
                asset=A("eip155:42161/slip44:60"),
                amount=1664166666667,
                bps=D("5.000000000001002003004506760"),
            ),
        ),
        expires_at=dt(2026, 11, 21, 3, 38, 37),
        status_ref="a53b9a9e-f902-5fdb-991b-adf9c1b59ab6",
    ),
    "deframe/quote-firm-solana": Quote(
        provider="deframe",
        quote_id="e7eafd49-aeba-51a7-be82-9a580c626305",
        from_asset=A("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"),
        to_asset=A("eip155:42161/slip44:60"),
        amount_in=20000000,
        amount_out=6653338333333333,
        min_amount_out=6586804949999999,
        fees=(
            Fee(
                kind="platform",
                asset=A("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"),
                amount=30000,
                bps=D("15"),
            ),
            Fee(
                kind="bridge",
                asset=A("eip155:42161/slip44:60"),
                amount=3328333333333,
                bps=D("4.999999999999499749624436655"),
            ),
        ),
        expires_at=dt(2026, 11, 21, 3, 38, 38),
        actions=(
            Transaction(
                chain="solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp",
                to=None,
                data="dPeKz8QlkEIeu0HD28gPNqdNCF3Mneae174lbnsCGTkaWIIvgDXRZ60wSZRqdfPQm0DCrz6oHDVDWU5zOggbdjcFNOJyQ2lfTs3kRTalc9LLl8YRMAVN+kFumtlgtzIbhujFDmSGPguTjP//uNDCQkWdwPHZHCPhK4DdIDgj8U8nLneRl0OqcEqI29JLcZS+WNvnedT44Vkl7PFnuzahBUAKZh2rS/0ZXO/P/uMWQ7a79PCld/xf6VH3mhpYEBa0VJCHvrayMk/09WICtj/vFDFCzquXjUCJTOpftc2eJl2mVUR3zj18bS6PceHEoSzw3k/AEyXBpdnxdmfHiI1Keg==",
                raw=payload("deframe/quote-firm-solana", 1),
            ),
        ),
        status_ref="e7eafd49-aeba-51a7-be82-9a580c626305",
        dry=False,
    ),
    "deframe/quote-firm": Quote(
        provider="deframe",
        quote_id="5b85bbd8-c280-512f-aec6-9b762facb0f3",
        from_asset=A("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"),
        to_asset=A("eip155:42161/slip44:60"),
        amount_in=10000000,
        amount_out=3326669166666666,
        min_amount_out=3293402474999999,
        fees=(
            Fee(
                kind="platform",
                asset=A("eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"),
                amount=15000,
                bps=D("15"),
            ),
            Fee(
                kind="bridge",
                asset=A("eip155:42161/slip44:60"),
                amount=1664166666667,
                bps=D("5.000000000001002003004506760"),
            ),
        ),
        expires_at=dt(2026, 11, 21, 3, 38, 38),
        actions=(
            Transaction(
                chain="eip155:1",
                to="0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
                data="0x095ea7b3000000000000000000000000a5f565650890fba1824ee0f21ebbbf660a1799340000000000000000000000000000000000000000000000000000000000989680",
                purpose="approval",
                raw=payload("deframe/quote-firm", 0, "transactionData", 0),
            ),
            Transaction(
                chain="eip155:1",
                to="0xa5f565650890fba1824ee0f21ebbbf660a179934",
                data="0x682fbae2000000000000000000000000b794f5ea0ba39494ce839613fffba742795792680000000000000000000000000000000000000000000000000000000000989680000000000000000000000000000000000000000000000000000bb355049ff0bf000000000000000000000000000000000000000000000000000000006b01123e3118a87a824d76a0d14d0312fde68602a67506bc414320670f43812d11e5a543",
                raw=payload("deframe/quote-firm", 0, "transactionData", 1),
            ),
        ),
        status_ref="5b85bbd8-c280-512f-aec6-9b762facb0f3",
        dry=False,
    ),
    "deframe/status-expired": StatusReport(
        provider="deframe",
        ref="24e0a313-9635-587b-829f-fbec04d7fc2b",
        state=SwapState.EXPIRED,
        provider_status="expired",
    ),
    "deframe/status-failed": StatusReport(
        provider="deframe",
        ref="7c4fd81a-3a90-519c-bc2a-6139cc19a6af",
        state=SwapState.FAILED,
        provider_status="failed",
        origin_tx_hashes=("0xa61db41eb3ca70e818a0b70ac373bc53d2b65cccbc8e6168eac46f295d64ac96",),
    ),
    "deframe/status-fulfilled": StatusReport(
        provider="deframe",
        ref="550e8400-e29b-41d4-a716-446655440000",
        state=SwapState.SUCCESS,
        provider_status="fulfilled",
        origin_tx_hashes=("0x...",),
        destination_tx_hashes=("0x...",),
    ),
    "deframe/status-pending": StatusReport(
        provider="deframe",
        ref="106f25a7-1cd5-57da-b516-388272132c7c",
        state=SwapState.PENDING_DEPOSIT,
        provider_status="pending",
    ),
    "deframe/status-processing": StatusReport(
        provider="deframe",
        ref="5b85bbd8-c280-512f-aec6-9b762facb0f3",
        state=SwapState.PROCESSING,
        provider_status="processing",
        origin_tx_hashes=("0x15dd2188f8feae251c00f8930e230b6b526e176784ab8a37a6522ab2c6a1d680",),
    ),
    "deframe/status-refunded": StatusReport(
        provider="deframe",
        ref="0909811a-5a60-5f55-93ba-f0b5d27722df",
        state=SwapState.REFUNDED,
        provider_status="refunded",
        origin_tx_hashes=("0xe74e857de3182ebbd7cdf45d0f880341f4c29e9271e9106621a8c9ae6a1f7456",),
    ),
    "deframe/status-success-older": StatusReport(
        provider="deframe",
        ref="550e8400-e29b-41d4-a716-446655440000",
        state=SwapState.SUCCESS,
        provider_status="success",
        origin_tx_hashes=("0x...",),
        destination_tx_hashes=("0x...",),
    ),
    "oneclick/error-quote-400": fails(BadRequestError, 400, None, "Amount is too low for bridge, try at least 132000"),
    "oneclick/error-status-401": fails(UnauthorizedError, 401, None, "Unauthorized: invalid API key or JWT"),
    "oneclick/error-status-404": fails(
        NotFoundError, 404, None, "Deposit address 0x0000000000000000000000000000000000000000 not found"
    ),
    "oneclick/error-submit-400": fails(BadRequestError, 400, None, "error message"),
    "oneclick/quote-dry": Quote(
        provider="oneclick",
        quote_id="7d6d78f0-601f-4022-9735-854a22ed9dcb",
        from_asset=A("unmapped:oneclick/native:1cs%5Fv1%3Abtc%3Anative%3Acoin"),
        to_asset=A("unmapped:oneclick/native:nep141%3Aeth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near"),
        amount_in=10000,
        amount_out=5935024,
        min_amount_out=5875673,
        fees=(
            Fee(
                kind="app", asset=A("unmapped:oneclick/native:1cs%5Fv1%3Abtc%3Anative%3Acoin"), amount=None, bps=D("10")
            ),
            Fee(
                kind="withdraw",
                asset=A("unmapped:oneclick/native:nep141%3Aeth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near"),
                amount=300000,
                bps=None,
            ),
            Fee(
                kind="refund", asset=A("unmapped:oneclick/native:1cs%5Fv1%3Abtc%3Anative%3Acoin"), amount=1900, bps=None
            ),
        ),
        estimated_duration_s=812,
    ),
    "oneclick/quote-firm": Quote(
        provider="oneclick",
        quote_id="bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw",  # the signed deposit address
        from_asset=A("unmapped:oneclick/native:1cs%5Fv1%3Abtc%3Anative%3Acoin"),
        to_asset=A("unmapped:oneclick/native:nep141%3Aeth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near"),
        amount_in=10000,
        amount_out=5931560,
        min_amount_out=5872244,
        fees=(
            Fee(
                kind="app", asset=A("unmapped:oneclick/native:1cs%5Fv1%3Abtc%3Anative%3Acoin"), amount=None, bps=D("10")
            ),
            Fee(
                kind="withdraw",
                asset=A("unmapped:oneclick/native:nep141%3Aeth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near"),
                amount=300000,
                bps=None,
            ),
            Fee(
                kind="refund", asset=A("unmapped:oneclick/native:1cs%5Fv1%3Abtc%3Anative%3Acoin"), amount=1900, bps=None
            ),
        ),
        expires_at=dt(2026, 6, 26, 19, 0, 0),
        estimated_duration_s=812,
        actions=(
            Deposit(
                chain="unmapped:oneclick",
                address="bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw",
                asset=A("unmapped:oneclick/native:1cs%5Fv1%3Abtc%3Anative%3Acoin"),
                amount=10000,
            ),
        ),
        status_ref="bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw",
        dry=False,
    ),
    "oneclick/status-failed": StatusReport(
        provider="oneclick",
        ref="0x0b0ada8ad16ad6880c098309ddc15f8c7c429078",
        state=SwapState.FAILED,
        provider_status="FAILED",
        origin_tx_hashes=("0xabababababababababababababababababababababababababababababababab",),
        refunded_amount=0,
        updated_at=dt(2026, 11, 21, 3, 33, 30, 617000),
    ),
    "oneclick/status-known-deposit-tx": StatusReport(
        provider="oneclick",
        ref="0x93bf14fbc3497f982dc845ff0ea5e4d23a036796",
        state=SwapState.PROCESSING,
        provider_status="KNOWN_DEPOSIT_TX",
        origin_tx_hashes=("0xabababababababababababababababababababababababababababababababab",),
        refunded_amount=0,
        updated_at=dt(2026, 11, 21, 3, 33, 29, 804000),
    ),
    "oneclick/status-pending-deposit": StatusReport(
        provider="oneclick",
        ref="0x9c33ccf78e7c1a7738b574f0aa4bcc2723db6ed8",
        state=SwapState.PENDING_DEPOSIT,
        provider_status="PENDING_DEPOSIT",
        refunded_amount=0,
        updated_at=dt(2026, 11, 21, 3, 33, 29, 520000),
    ),
    "oneclick/status-processing": StatusReport(
        provider="oneclick",
        ref="bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw",
        state=SwapState.PROCESSING,
        provider_status="PROCESSING",
        refunded_amount=0,
        updated_at=dt(2026, 6, 23, 17, 12, 0),
    ),
    "oneclick/status-refunded": StatusReport(
        provider="oneclick",
        ref="0x1e5f93f7d2d235fe96537e3f22515f2d78a85cd7",
        state=SwapState.REFUNDED,
        provider_status="REFUNDED",
        origin_tx_hashes=(
            "0xabababababababababababababababababababababababababababababababab",
            "0xf9cd15e02bb5fca64bb6b5d44a81dfb0de5f3d2ba921e859048d631ced47e3e2",
        ),
        refunded_amount=4980000,
        updated_at=dt(2026, 11, 21, 3, 33, 30, 137000),
    ),
    "oneclick/status-success": StatusReport(
        provider="oneclick",
        ref="0x76b4c56085ED136a8744D52bE956396624a730E8",
        state=SwapState.SUCCESS,
        provider_status="SUCCESS",
        origin_tx_hashes=("0x123abc456def789",),
        amount_in=1000,
        amount_out=9950000,
        refunded_amount=0,
        updated_at=dt(2019, 8, 24, 14, 15, 22),
    ),
    "oneclick/submit": StatusReport(
        provider="oneclick",
        ref="bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw",
        state=SwapState.PROCESSING,
        provider_status="PROCESSING",
        refunded_amount=0,
        updated_at=dt(2026, 6, 23, 17, 12, 0),
    ),
    "oneclick/tokens": [
        Token(
            provider="oneclick",
            asset=A("near:mainnet/nep141:wrap.near"),
            symbol="wNEAR",
            decimals=24,
            native_id="nep141:wrap.near",
            price_usd=D("2.7"),
        ),
        Token(
            provider="oneclick",
            asset=A("eip155:1/slip44:60"),
            symbol="ETH",
            decimals=18,
            native_id="nep141:eth.omft.near",
            price_usd=D("3649.37"),
        ),
        Token(
            provider="oneclick",
            asset=A("bip122:000000000019d6689c085ae165831e93/slip44:0"),
            symbol="BTC",
            decimals=8,
            native_id="nep141:btc.omft.near",
            price_usd=D("118658"),
        ),
        Token(
            provider="oneclick",
            asset=A("solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp/token:EKpQGSJtjMFqKZ9KQanSqYXRcF8fBopzLHYxdM65zcjm"),
            symbol="$WIF",
            decimals=6,
            native_id="nep141:sol-b9c68f94ec8fd160137af8cdfe5e61cd68e2afba.omft.near",
            price_usd=D("1.088"),
        ),
        Token(
            provider="oneclick",
            asset=A("eip155:42161/erc20:0x912ce59144191c1204e64559fe8253a0e49e6548"),
            symbol="ARB",
            decimals=18,
            native_id="nep141:arb-0x912ce59144191c1204e64559fe8253a0e49e6548.omft.near",
            price_usd=D("0.432771"),
        ),
        Token(
            provider="oneclick",
            asset=A("eip155:1/erc20:0x6982508145454ce325ddbe47a25d4ec3d2311933"),
            symbol="PEPE",
            decimals=18,
            native_id="nep141:eth-0x6982508145454ce325ddbe47a25d4ec3d2311933.omft.near",
            price_usd=D("0.00001255"),
        ),
        Token(
            provider="oneclick",
            asset=A("unmapped:oneclick/native:nep245%3Av2%5F1.omni.hot.tg%3A10%5F11111111111111111111"),
            symbol="ETH",
            decimals=18,
            native_id="nep245:v2_1.omni.hot.tg:10_11111111111111111111",
            price_usd=D("3649.37"),
        ),
    ],
}


# --- the replay ---------------------------------------------------------------------------------------------------
def replay(cassette: str, mode: str) -> tuple[casslib.Scenario, dict[str, Any], casslib.Outcome]:
    """Drive the cassette's scenario through a fresh provider pointed at the cassette's base URL."""
    provider, name = cassette.split("/")
    provenance = casslib.read_provenance(CASSETTES / f"{cassette}.yaml")
    scenario = casslib.scenario(provider, name)
    params = provenance.get("params", {})
    key = casslib.REPLAY_KEY if provider in REQUIRED_KEY else None
    base_url = provenance["base_url"]
    if mode == "sync":
        outcome = casslib.run(scenario, casslib.make_provider(provider, base_url, params, api_key=key), params)
    else:
        built = casslib.make_async_provider(provider, base_url, params, api_key=key)
        outcome = asyncio.run(casslib.arun(scenario, built, params))
    return scenario, provenance, outcome


def check_structure(scenario: casslib.Scenario, outcome: casslib.Outcome) -> None:
    """What any recording of a scenario must give: a typed error, or a result of the right shape."""
    if outcome.error is not None:
        assert isinstance(outcome.error, SwapsuiteError)
        return
    result = outcome.result
    if scenario.driver == "tokens":
        assert isinstance(result, list) and all(isinstance(t, Token) for t in result)
        assert all(AssetId.parse(str(t.asset)) == t.asset for t in result)
    elif scenario.driver in ("quote", "execute"):
        assert isinstance(result, Quote) and result.amount_in >= 0 and result.amount_out >= 0
        assert result.expires_at is None or result.expires_at.utcoffset() is not None
    else:
        assert isinstance(result, StatusReport) and isinstance(result.state, SwapState)
        assert result.provider_status


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """pytest-recording looks cassettes up under cassettes/ (the default is a directory per test module)."""
    return str(CASSETTES)


@pytest.fixture
def default_cassette_name(cassette: str) -> str:
    """The parametrized cassette, e.g. ``oneclick/quote-firm`` (→ ``cassettes/oneclick/quote-firm.yaml``)."""
    return cassette


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("cassette", CASSETTE_IDS)
def test_replay(cassette: str, mode: str, vcr: Cassette) -> None:
    scenario, provenance, outcome = replay(cassette, mode)
    if provenance["provenance"] == "live recording":
        check_structure(scenario, outcome)
    else:
        assert cassette in EXPECTED, f"{cassette}: no expected result: add one to EXPECTED"
        expected = EXPECTED[cassette]
        if callable(expected):
            expected(outcome)
        else:
            assert outcome.error is None, f"{cassette}: unexpected {outcome.error!r}"
            assert outcome.result == expected
            check_structure(scenario, outcome)
    unplayed = [request.uri for index, request in enumerate(vcr.requests) if not vcr.play_counts[index]]
    assert vcr.all_played and vcr.play_count == len(vcr), f"cassettes/{cassette}.yaml only partly played: {unplayed}"


def test_every_scenario_has_its_cassette_and_expectation() -> None:
    have = set(CASSETTE_IDS)
    missing = [f"{p}/{n}" for p, n in casslib.SCENARIOS if f"{p}/{n}" not in have]
    assert not missing, f"scenarios without a cassette (run python -m conformance.cassettes): {missing}"
    assert not set(EXPECTED) - have, f"expectations without a cassette: {sorted(set(EXPECTED) - have)}"


@pytest.mark.parametrize("cassette", CASSETTE_IDS)
def test_provenance_is_stated(cassette: str) -> None:
    provenance = casslib.read_provenance(CASSETTES / f"{cassette}.yaml")
    kind = provenance["provenance"]
    assert kind in ("documented example", "sandbox recording", "live recording")
    if kind == "documented example":
        requests, _ = casslib.read_cassette(CASSETTES / f"{cassette}.yaml")
        listed = provenance["interactions"]
        assert len(listed) == len(requests), "one source per interaction"
        for item in listed:
            assert (casslib.ROOT / item["fixture"]).is_file(), item["fixture"]
            assert item["source"], "the public origin is named"
    else:
        datetime.strptime(provenance["recorded_on"], "%Y-%m-%d")  # a recording states its date
    assert provenance["base_url"].startswith(("https://", "http://127.0.0.1:8765/"))


@pytest.mark.parametrize("scenario", casslib.DOCUMENTED, ids=lambda s: f"{s.provider}/{s.name}")
def test_documented_cassettes_are_reproducible(scenario: casslib.Scenario) -> None:
    """Rebuilding from the fixture files gives the committed bytes (``python -m conformance.cassettes --check``)."""
    for path, text in casslib.build_documented(scenario).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.relative_to(casslib.ROOT)} is stale: rebuild it"


def test_the_index_is_current() -> None:
    """cassettes/README.md lists every cassette with its provenance (``python -m conformance.cassettes`` writes it)."""
    assert (CASSETTES / "README.md").read_text(encoding="utf-8") == casslib.index_text()


# --- the replay machinery fails where it must --------------------------------------------------------------------
def _copy_with_extra_interaction(tmp_path: Path) -> Path:
    """cassettes/across/tokens.yaml plus one interaction nobody asks for (a status lookup)."""
    requests, responses = casslib.read_cassette(CASSETTES / "across" / "tokens.yaml")
    extra_requests, extra_responses = casslib.read_cassette(CASSETTES / "across" / "status-filled.yaml")
    path = tmp_path / "tokens-plus.yaml"
    path.write_text(
        casslib.cassette_text(list(zip(requests + extra_requests, responses + extra_responses, strict=True))),
        encoding="utf-8",
    )
    return path


def test_a_partly_played_cassette_is_detected(tmp_path: Path) -> None:
    path = _copy_with_extra_interaction(tmp_path)
    recorder = vcrpy.VCR(record_mode="none", match_on=casslib.MATCH_ON)
    with recorder.use_cassette(str(path), allow_playback_repeats=False) as cassette:
        provider = casslib.make_provider("across", casslib.PRODUCTION["across"], {})
        casslib.run(casslib.scenario("across", "tokens"), provider, {})
    assert cassette.play_count == 1 and len(cassette) == 2 and not cassette.all_played


def test_a_request_the_cassette_does_not_hold_fails(tmp_path: Path) -> None:
    """Another amount (so another query string) is not answered from the cassette, and nothing is recorded."""
    recorder = vcrpy.VCR(record_mode="none", match_on=casslib.MATCH_ON)
    params = {**across_scenarios.ACROSS_QUOTE, "amount": 2_000_000}
    with recorder.use_cassette(str(CASSETTES / "across" / "quote-dry.yaml"), allow_playback_repeats=False):
        provider = casslib.make_provider("across", casslib.PRODUCTION["across"], params)
        with pytest.raises(CannotOverwriteExistingCassetteException):
            casslib.run(casslib.scenario("across", "quote-dry"), provider, params)


def test_a_replayed_interaction_is_not_played_twice() -> None:
    recorder = vcrpy.VCR(record_mode="none", match_on=casslib.MATCH_ON)
    cassette = recorder.use_cassette(str(CASSETTES / "across" / "tokens.yaml"), allow_playback_repeats=False)
    with cassette, httpx.Client() as client:
        client.get("https://app.across.to/api/swap/tokens")
        with pytest.raises(CannotOverwriteExistingCassetteException):
            client.get("https://app.across.to/api/swap/tokens")


def test_the_network_is_blocked() -> None:
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("203.0.113.1", 443), timeout=1)
