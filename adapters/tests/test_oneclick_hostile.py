"""1Click under hostile numbers (issue 12 items 1, 2 and 11): NaN, Infinity and huge numbers inside a quote are typed
errors (never AssertionError, never seconds of CPU), in the library and in ``swapsuite verify-quote``; and a verified
quote says which of its fields the signature covers.

The payloads are the SDK's staging-signed fixtures (adapters/tests/fixtures/oneclick, from
defuse-protocol/one-click-sdk-typescript src/__tests__/quote-signature.test.ts @ ae28ef0).
"""

from __future__ import annotations

import copy
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from swapsuite import AssetId, QuoteRequest, ResponseShapeError, SwapsuiteError, get_provider
from swapsuite.cli import main
from swapsuite.engine import decode_json
from swapsuite.providers.oneclick import STAGING_PUBLIC_KEY, mapping
from swapsuite.providers.oneclick import signature as sig

FIXTURES = Path(__file__).parent / "fixtures" / "oneclick"
BTC = AssetId.unmapped("oneclick", "1cs_v1:btc:native:coin")
USDT = AssetId.unmapped("oneclick", "nep141:eth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near")
HOSTILE = [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity"), Decimal("1e1000"), 10**400]


def load(name: str) -> Any:
    return decode_json((FIXTURES / name).read_bytes())


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
@pytest.mark.parametrize(("where", "key"), [("quoteRequest", "slippageTolerance"), ("quote", "timeEstimate")])
def test_a_number_no_double_holds_is_a_malformed_quote(value: object, where: str, key: str) -> None:
    data = load("quote-response.non-dry.json")
    data[where][key] = value
    started = time.monotonic()
    problem = sig.signature_problem(data, STAGING_PUBLIC_KEY)
    assert problem is not None and problem[0] == "malformed-quote"
    assert sig.verify_quote_signature(data, STAGING_PUBLIC_KEY) is False
    with pytest.raises(SwapsuiteError) as caught:
        sig.check_quote(data, STAGING_PUBLIC_KEY)
    assert caught.value.check == "malformed-quote"  # type: ignore[attr-defined]
    assert time.monotonic() - started < 1


def test_js_number_refuses_non_finite_values() -> None:
    for value in (Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")):
        with pytest.raises(ValueError, match="not a finite number"):
            sig.js_number(value)
    assert sig.same_value(Decimal("NaN"), Decimal("NaN")) is False
    assert sig.same_value(Decimal("sNaN"), 1) is False  # comparing a signalling NaN would raise


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e1000000"])
def test_verify_quote_cli_reports_hostile_numbers_without_a_traceback(tmp_path: Path, text: str) -> None:
    body = (
        (FIXTURES / "quote-response.non-dry.json").read_text().replace('"timeEstimate": 812', f'"timeEstimate": {text}')
    )
    assert text in body
    path = tmp_path / "quote.json"
    path.write_text(body)
    result = CliRunner().invoke(main, ["verify-quote", str(path), "--public-key", STAGING_PUBLIC_KEY])
    assert result.exit_code in (1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and (
        "invalid (malformed-quote)" in result.output or "error:" in result.output
    )


def test_verify_quote_cli_still_verifies_the_fixture(tmp_path: Path) -> None:
    path = tmp_path / "quote.json"
    path.write_bytes((FIXTURES / "quote-response.non-dry.json").read_bytes())
    result = CliRunner().invoke(main, ["verify-quote", str(path), "--public-key", STAGING_PUBLIC_KEY])
    assert (result.exit_code, result.output.strip()) == (0, "valid")


@pytest.mark.parametrize("value", ["1e300", "100000000000", "-5"])
def test_an_absurd_unsigned_time_estimate_is_a_shape_error_fast(value: str) -> None:
    """A dry quote's timeEstimate is not signed: even verified, a 13-byte number must not stall or rank."""
    body = (FIXTURES / "quote-response.dry.json").read_text().replace('"timeEstimate": 812', f'"timeEstimate": {value}')
    transport = httpx.MockTransport(
        lambda r: (
            httpx.Response(200, json=[]) if r.url.path == "/v0/tokens" else httpx.Response(200, content=body.encode())
        )
    )
    request = QuoteRequest(
        BTC,
        USDT,
        10_000,
        recipient="0xcac3C41676deF4FE375E57118f3eB83A99105577",
        refund_to="bc1q6mte80265ghwq4vsrpm9lnaz46uvdreu9z8wly",
    )
    started = time.monotonic()
    args: dict[str, Any] = {"env": {}, "verify_signatures": False, "httpx_args": {"transport": transport}}
    with get_provider("oneclick", **args) as provider, pytest.raises(ResponseShapeError, match="timeEstimate"):
        provider.quote(request)
    assert time.monotonic() - started < 2


def test_signed_fields_dry_firm_and_unverified() -> None:
    request = QuoteRequest(BTC, USDT, 10_000, recipient="x", refund_to="y")
    firm = mapping.signed_fields(QuoteRequest(BTC, USDT, 10_000, recipient="x", refund_to="y", dry=False))
    dry = mapping.signed_fields(request)
    # Dry quotes: only the amounts and the echoed request are signed; fees, ETA and id are the provider's word.
    assert {"amount_in", "amount_out", "min_amount_out", "from_asset", "to_asset"} <= dry
    assert not {"fees", "estimated_duration_s", "expires_at", "quote_id"} & dry
    # Firm quotes: the deposit instructions, deadline, ETA and fees too.
    assert {"actions", "status_ref", "expires_at", "estimated_duration_s", "fees", "quote_id"} <= firm
    data = load("quote-response.dry.json")
    unverified = mapping.quote(request, _parsed(data), data, BTC.chain_id, verified=False)
    assert unverified.signed_fields is None


def _parsed(data: Any) -> Any:
    from swapsuite_oneclick_client.models import QuoteResponse

    return QuoteResponse.from_dict(copy.deepcopy(data))
