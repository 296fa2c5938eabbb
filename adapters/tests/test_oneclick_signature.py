"""1Click quote verification: the signature scheme, the checks swapsuite adds, the adapter wiring, ``verify-quote``.

Signed quotes come from two places: the SDK's staging-signed fixtures in the spec (``specs/oneclick/openapi.yaml``,
``components.examples``) and the sandbox, which signs in-process here (``swapsuite.sandbox.oneclick``'s own
``quote_response`` / ``status_body``) and is served to the adapter through ``httpx.MockTransport``, so a test can
tamper with a response between signing and the wire.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import swapsuite
import yaml
from click.testing import CliRunner
from cryptography.exceptions import InvalidSignature
from swapsuite import QuoteSignatureError, SwapsuiteError
from swapsuite.caip import native_asset, token_asset
from swapsuite.chains import BY_KEY
from swapsuite.cli import main
from swapsuite.engine import decode_json
from swapsuite.errors import ConfigurationError, ResponseShapeError
from swapsuite.models import QuoteRequest
from swapsuite.providers.oneclick import PUBLIC_KEY_ENV, VERIFY_ENV, OneClickAdapter
from swapsuite.providers.oneclick import signature as sig
from swapsuite.sandbox import oneclick as sandbox
from swapsuite.sandbox import oneclick_data as data
from swapsuite.sandbox.control import SandboxState, iso_utc

SPEC = Path(__file__).resolve().parents[2] / "specs" / "oneclick" / "openapi.yaml"
SANDBOX_KEY = data.SANDBOX_PUBLIC_KEY
BASE = "https://oneclick.test"
WALLET = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D"
OTHER_WALLET = "0xb4c2fbec9d610F9A3a9b843c47b1A8095ceC887C"
USDC_ARB = token_asset(BY_KEY["arbitrum"], "0xaf88d065e77c8cc2239327c5edb3a432268e5831")
ETH_BASE = native_asset(BY_KEY["base"])
ETH_ARB_ID = "nep141:arb.omft.near"  # not the destination the adapter asks for


@pytest.fixture(scope="module")
def examples() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)["components"]["examples"]
    return loaded


def spec_quote(examples: dict[str, Any], name: str) -> dict[str, Any]:
    value = copy.deepcopy(examples[name]["value"])
    return value.get("quoteResponse", value)  # type: ignore[no-any-return]


def wire(value: Any) -> Any:
    """What a client decodes: the sandbox's JSON text read back with exact numbers."""
    return decode_json(data.dumps(value).encode())


def sandbox_body(*, dry: bool, amount: str = "5000000", **changes: Any) -> dict[str, Any]:
    """A quote request the sandbox prices: USDC on Arbitrum → ETH on Base."""
    base = {
        "dry": dry,
        "swapType": "EXACT_INPUT",
        "slippageTolerance": 100,
        "originAsset": "nep141:arb-0xaf88d065e77c8cc2239327c5edb3a432268e5831.omft.near",
        "depositType": "ORIGIN_CHAIN",
        "destinationAsset": "nep141:base.omft.near",
        "amount": amount,
        "refundTo": WALLET,
        "refundType": "ORIGIN_CHAIN",
        "recipient": WALLET,
        "recipientType": "DESTINATION_CHAIN",
        "deadline": "2030-01-01T00:00:00.000Z",
    }
    return {**base, **changes}


def signed(*, dry: bool, state: SandboxState | None = None, **changes: Any) -> dict[str, Any]:
    """A quote response the sandbox signed in-process, as a client decodes it."""
    state = state or SandboxState("oneclick")
    return wire(sandbox.quote_response(state, sandbox.validate_quote(sandbox_body(dry=dry, **changes), True)))  # type: ignore[no-any-return]


# --- the scheme: sandbox-signed quotes, tampering, keys -------------------------------------------------------
@pytest.mark.parametrize("dry", [False, True])
def test_sandbox_signed_quotes_verify(dry: bool) -> None:
    response = signed(dry=dry)
    assert sig.signature_problem(response, SANDBOX_KEY) is None
    assert sig.verify_quote_signature(response, SANDBOX_KEY)
    assert data.verify_quote_signature(response)  # the sandbox's wrapper runs the same code
    assert sig.verify_quote_signature(response, sig.parse_public_key(SANDBOX_KEY))
    sig.check_quote(response, SANDBOX_KEY, sent=sandbox_body(dry=dry), now=datetime.now(UTC))


def altered(value: Any) -> Any:
    """Another value of the same JSON type."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str) and value.endswith("Z"):  # an ISO timestamp: one millisecond later
        return value[:-2] + str((int(value[-2]) + 1) % 10) + "Z"
    return str(value) + "1"


def signed_locations(response: dict[str, Any]) -> list[tuple[str, ...]]:
    """Where each key of the signed payload comes from in the response (the quote wins on shared names)."""
    places: list[tuple[str, ...]] = []
    for key in sig.signed_payload(response):
        if key == "timestamp":
            places.append(("timestamp",))
        elif key in response["quote"]:
            places.append(("quote", key))
        else:
            places.append(("quoteRequest", key))
    return places


@pytest.mark.parametrize("dry", [False, True])
def test_every_signed_field_is_covered(dry: bool) -> None:
    response = signed(dry=dry)
    places = signed_locations(response)
    expected = {("timestamp",), ("quote", "amountOut"), ("quoteRequest", "recipient"), ("quoteRequest", "amount")}
    if not dry:
        expected |= {("quote", "depositAddress"), ("quote", "deadline"), ("quote", "timeWhenInactive")}
    assert expected <= set(places)
    for place in places:
        tampered = copy.deepcopy(response)
        target = tampered
        for step in place[:-1]:
            target = target[step]
        target[place[-1]] = altered(target[place[-1]])
        problem = sig.signature_problem(tampered, SANDBOX_KEY)
        assert problem is not None and problem[0] == "signature", place


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.update(correlationId="00000000-0000-4000-8000-000000000000"),
        lambda r: r.pop("correlationId"),
        lambda r: r["quoteRequest"].update(
            sessionId="s", connectedWallets=["w"], appFees=[{"recipient": "x", "fee": 9}]
        ),
        lambda r: r["quoteRequest"].update(referral=None, virtualChainRecipient=None, quoteWaitingTimeMs=0),
        lambda r: r.update({"extra": {"nested": [1, 2]}}),
    ],
    ids=["correlationId", "no-correlationId", "unsigned-request-fields", "status-echo-nulls", "unknown-field"],
)
def test_unsigned_changes_keep_the_signature_valid(change: Callable[[dict[str, Any]], Any]) -> None:
    response = signed(dry=False)
    change(response)
    assert sig.signature_problem(response, SANDBOX_KEY) is None


def test_a_dry_signature_does_not_cover_the_deposit_address() -> None:
    """Why the echoed ``dry`` must be checked: a genuine dry quote plus an injected address still verifies."""
    response = signed(dry=True)
    response["quote"]["depositAddress"] = OTHER_WALLET
    assert sig.signature_problem(response, SANDBOX_KEY) is None
    with pytest.raises(QuoteSignatureError) as caught:
        sig.check_quote(response, SANDBOX_KEY, sent=sandbox_body(dry=False))
    assert caught.value.check == "request-mismatch:dry"


@pytest.mark.parametrize("key", [sig.PRODUCTION_PUBLIC_KEY, sig.STAGING_PUBLIC_KEY])
def test_another_key_rejects(key: str) -> None:
    problem = sig.signature_problem(signed(dry=False), key)
    assert problem is not None and problem[0] == "signature" and key in problem[1]


@pytest.mark.parametrize(
    ("value", "check"),
    [
        (None, "missing-signature"),
        ("", "missing-signature"),
        ("secp256k1:3yVRcYGXRVj2YqrUng4Ne2yiWgh9YQfer46KW6sXiWzo", "unknown-key-format"),
        ("not-a-valid-signature", "malformed-signature"),  # the SDK's own negative fixture
        ("ed25519:0OIl", "malformed-signature"),
        ("ed25519:" + sig.b58encode(b"\1" * 32), "malformed-signature"),
        ("ed25519:" + sig.b58encode(b"\1" * 64), "signature"),
        (12, "malformed-signature"),
    ],
)
def test_signature_problems_are_named(value: Any, check: str) -> None:
    response = signed(dry=True)
    response["signature"] = value
    problem = sig.signature_problem(response, SANDBOX_KEY)
    assert problem is not None and problem[0] == check
    del response["signature"]
    assert sig.signature_problem(response, SANDBOX_KEY) == ("missing-signature", "the response carries no signature")


def test_bare_base58_signature_is_accepted_like_the_sdk() -> None:
    response = signed(dry=True)
    response["signature"] = response["signature"].removeprefix("ed25519:")
    assert sig.verify_quote_signature(response, SANDBOX_KEY)


def test_malformed_quotes() -> None:
    assert sig.signature_problem([], SANDBOX_KEY) == ("malformed-quote", "a quote response is a JSON object, got list")
    response = signed(dry=True)
    del response["quoteRequest"]
    problem = sig.signature_problem(response, SANDBOX_KEY)
    assert problem is not None and problem[0] == "malformed-quote"
    assert not sig.verify_quote_signature(signed(dry=True), "not a key")


# --- the staging-signed spec fixtures -------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["QuoteResponseNonDry", "QuoteResponseDry", "StatusProcessingWithNulls"])
def test_staging_signed_spec_examples_verify(examples: dict[str, Any], name: str) -> None:
    response = spec_quote(examples, name)
    assert sig.signature_problem(response, sig.STAGING_PUBLIC_KEY) is None
    assert not sig.verify_quote_signature(response)  # the production key did not sign them
    tampered = copy.deepcopy(response)
    tampered["quote"]["amountOut"] = "1"
    assert sig.signature_problem(tampered, sig.STAGING_PUBLIC_KEY)[0] == "signature"  # type: ignore[index]
    if not response["quoteRequest"]["dry"]:  # the SDK's man-in-the-middle case; dry quotes do not sign the address
        tampered = copy.deepcopy(response)
        tampered["quote"]["depositAddress"] = "bc1q" + "q" * 38
        assert sig.signature_problem(tampered, sig.STAGING_PUBLIC_KEY)[0] == "signature"  # type: ignore[index]


def test_illustrative_status_example_does_not_verify(examples: dict[str, Any]) -> None:
    response = spec_quote(examples, "StatusSuccess")
    assert sig.signature_problem(response, sig.STAGING_PUBLIC_KEY)[0] == "signature"  # type: ignore[index]


def test_quote_hash_is_the_sdk_message(examples: dict[str, Any]) -> None:
    """The signed message is the ASCII Base58 hash; the raw digest (or its hex) does not verify."""
    response = spec_quote(examples, "QuoteResponseNonDry")
    key = sig.parse_public_key(sig.STAGING_PUBLIC_KEY)
    raw = sig.b58decode(response["signature"].removeprefix("ed25519:"))
    key.verify(raw, sig.quote_hash(response).encode())
    digest = sig.b58decode(sig.quote_hash(response))
    assert len(digest) == 32
    for wrong in (digest, digest.hex().encode()):
        with pytest.raises(InvalidSignature):
            key.verify(raw, wrong)


def test_canonical_json_writes_numbers_like_javascript() -> None:
    """json-stable-stringify over JavaScript values: doubles, sorted keys, no whitespace, lone surrogates escaped."""
    value = {"b": Decimal("100.50"), "a": Decimal("1E+21"), "c": 2**60, "e": 0.1, "d": "\ud800/é\n"}
    text = sig.dumps(value, canonical=True)
    assert text == '{"a":1e+21,"b":100.5,"c":1152921504606847000,"d":"\\ud800/é\\n","e":0.1}'


# --- keys -----------------------------------------------------------------------------------------------------
def test_production_key_is_the_sdk_default() -> None:
    assert sig.PRODUCTION_PUBLIC_KEY == "ed25519:reYaWhvwu8Jzo3WUM3zhn6VrhuMEF4eADL17qtRVifc"
    for key in (sig.PRODUCTION_PUBLIC_KEY, sig.STAGING_PUBLIC_KEY, SANDBOX_KEY):
        assert sig.format_public_key(sig.parse_public_key(key)) == key
    adapter = OneClickAdapter(env={})
    assert adapter.public_key == sig.PRODUCTION_PUBLIC_KEY and adapter.verify_signatures


@pytest.mark.parametrize(
    "bad",
    ["", "reYaWhvwu8Jzo3WUM3zhn6VrhuMEF4eADL17qtRVifc", "ed25519:0OIl", "ed25519:abc", "secp256k1:abc"],
)
def test_malformed_keys_are_configuration_errors_naming_their_source(bad: str) -> None:
    with pytest.raises(ConfigurationError, match=PUBLIC_KEY_ENV) as from_env:
        OneClickAdapter(env={PUBLIC_KEY_ENV: bad or " "})
    assert "\n" not in str(from_env.value)
    with pytest.raises(ConfigurationError, match="public_key"):
        swapsuite.get_provider("oneclick", env={}, public_key=bad)


def test_keyword_wins_over_the_environment() -> None:
    adapter = OneClickAdapter(env={PUBLIC_KEY_ENV: SANDBOX_KEY}, public_key=sig.STAGING_PUBLIC_KEY)
    assert adapter.public_key == sig.STAGING_PUBLIC_KEY
    assert OneClickAdapter(env={PUBLIC_KEY_ENV: SANDBOX_KEY}).public_key == SANDBOX_KEY


@pytest.mark.parametrize(("text", "on"), [("0", False), ("false", False), ("OFF", False), ("1", True), ("", True)])
def test_verify_environment_variable(text: str, on: bool) -> None:
    assert OneClickAdapter(env={VERIFY_ENV: text}).verify_signatures is on
    assert OneClickAdapter(env={VERIFY_ENV: text}, verify_signatures=True).verify_signatures is True


def test_unknown_verify_value_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match=VERIFY_ENV):
        OneClickAdapter(env={VERIFY_ENV: "maybe"})


# --- the adapter against an in-process signing sandbox --------------------------------------------------------
Mutator = Callable[[dict[str, Any]], None]


class SigningFake:
    """A fake 1Click made of the sandbox's pure parts: it prices and signs like the sandbox, then lets a test
    rewrite the request it answers (``answer``) or the signed response (``tamper``) before the wire."""

    def __init__(self, *, answer: dict[str, Any] | None = None, tamper: Mutator | None = None) -> None:
        self.state = SandboxState("oneclick")
        self.answer = answer or {}
        self.tamper = tamper
        self.status_tamper: Mutator | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        route = f"{request.method} {request.url.path}"
        if route == "GET /v0/tokens":
            return self.reply(200, [token.entry(iso_utc(self.state.clock.now())) for token in data.TOKENS])
        if route == "POST /v0/quote":
            body = {**json.loads(request.content), **self.answer}
            response = sandbox.quote_response(self.state, sandbox.validate_quote(body, True))
            response = wire(response)
            if self.tamper is not None:
                self.tamper(response)
            return self.reply(201, response)
        # /v0/status and /v0/deposit/submit: the swap asked about; an unknown address gets the first swap's answer.
        asked = request.url.params.get("depositAddress") or json.loads(request.content).get("depositAddress")
        known = {address.lower(): address for address in self.state.records}
        address = known.get(str(asked).lower(), next(iter(self.state.records)))
        body = wire(sandbox.status_body(self.state, address, "status"))
        if self.status_tamper is not None:
            self.status_tamper(body)
        return self.reply(200, body)

    @staticmethod
    def reply(status: int, body: Any) -> httpx.Response:
        return httpx.Response(status, content=data.dumps(body).encode())


def provider(fake: SigningFake, **kwargs: Any) -> swapsuite.Provider:
    args: dict[str, Any] = {"public_key": SANDBOX_KEY, "env": {}, **kwargs}
    return swapsuite.get_provider(
        "oneclick", base_url=BASE, httpx_args={"transport": httpx.MockTransport(fake)}, **args
    )


def request(*, dry: bool = False, amount: int = 5_000_000) -> QuoteRequest:
    return QuoteRequest(USDC_ARB, ETH_BASE, amount, recipient=WALLET, refund_to=WALLET, dry=dry)


@pytest.fixture
def fake() -> SigningFake:
    return SigningFake()


@pytest.mark.parametrize("dry", [False, True])
def test_adapter_accepts_sandbox_signed_quotes(fake: SigningFake, dry: bool) -> None:
    with provider(fake) as p:
        quote = p.quote(request(dry=dry))
    assert sig.verify_quote_signature(quote.raw, SANDBOX_KEY) and quote.dry is dry


TAMPERS: dict[str, Mutator] = {
    "amountOut": lambda r: r["quote"].update(amountOut=str(int(r["quote"]["amountOut"]) * 2)),
    "minAmountOut": lambda r: r["quote"].update(minAmountOut="1"),
    "depositAddress": lambda r: r["quote"].update(depositAddress=OTHER_WALLET),
    "deadline": lambda r: r["quote"].update(deadline="2099-01-01T00:00:00.000Z"),
    "timeEstimate": lambda r: r["quote"].update(timeEstimate=1),
    "withdrawFee": lambda r: r["quote"].update(withdrawFee="0"),
    "recipient": lambda r: r["quoteRequest"].update(recipient=OTHER_WALLET),
    "amount": lambda r: r["quoteRequest"].update(amount="5000001"),
    "dry": lambda r: r["quoteRequest"].update(dry=True),
    "timestamp": lambda r: r.update(timestamp=altered(r["timestamp"])),
}


@pytest.mark.parametrize("field", sorted(TAMPERS))
def test_tampered_firm_quote_is_rejected(field: str) -> None:
    fake = SigningFake(tamper=TAMPERS[field])
    with provider(fake) as p, pytest.raises(QuoteSignatureError) as caught:
        p.quote(request())
    error = caught.value
    assert error.check == "signature" and "(signature)" in str(error) and "\n" not in str(error)
    assert error.status_code == 201 and error.provider == "oneclick" and error.response is not None
    assert isinstance(error, SwapsuiteError) and not isinstance(error, ResponseShapeError)


def test_unsigned_field_change_passes_but_is_not_used_where_it_matters(fake: SigningFake) -> None:
    fake.tamper = lambda r: r.update(correlationId="00000000-0000-4000-8000-000000000000")
    with provider(fake) as p:
        firm, dry = p.quote(request()), p.quote(request(dry=True))
    # A firm quote is named by its signed deposit address; only a dry one by the unsigned correlationId.
    assert firm.raw["correlationId"] == "00000000-0000-4000-8000-000000000000" != firm.quote_id
    assert firm.quote_id == firm.status_ref and firm.signed_fields is not None and "quote_id" in firm.signed_fields
    assert dry.quote_id == "00000000-0000-4000-8000-000000000000"
    assert dry.signed_fields is not None and "quote_id" not in dry.signed_fields


def test_wrong_key_rejects(fake: SigningFake) -> None:
    with provider(fake, public_key=sig.STAGING_PUBLIC_KEY) as p, pytest.raises(QuoteSignatureError) as caught:
        p.quote(request(dry=True))
    assert caught.value.check == "signature"
    with provider(fake, public_key=None) as p, pytest.raises(QuoteSignatureError, match="reYaWh"):
        p.quote(request(dry=True))  # the production key by default


@pytest.mark.parametrize(
    ("answer", "check"),
    [
        ({"amount": "6000000"}, "request-mismatch:amount"),
        ({"recipient": OTHER_WALLET}, "request-mismatch:recipient"),
        ({"refundTo": OTHER_WALLET}, "request-mismatch:refundTo"),
        ({"destinationAsset": ETH_ARB_ID}, "request-mismatch:destinationAsset"),
        ({"swapType": "EXACT_OUTPUT", "amount": "1000000000000000"}, "request-mismatch:swapType"),
        ({"dry": True}, "request-mismatch:dry"),
        ({"slippageTolerance": 300}, "request-mismatch:slippageTolerance"),
    ],
)
def test_signed_answer_to_another_request_is_rejected(answer: dict[str, Any], check: str) -> None:
    with provider(SigningFake(answer=answer)) as p, pytest.raises(QuoteSignatureError) as caught:
        p.quote(request())
    assert caught.value.check == check
    assert check.partition(":")[2] in str(caught.value)


def test_echo_comparison_ignores_only_meaningless_differences() -> None:
    assert sig.same_value(WALLET, WALLET.lower())  # EVM checksum case
    assert sig.same_value("5000000", "05000000") and sig.same_value(100, 100)
    assert not sig.same_value(
        "13QkxhNMrTPxoCkRdYdJ65tFuwXPhL5gLS2Z5Nr6gjRK", "13qkxhnmrtpxockrdydj65tfuwxphl5gls2z5nr6gjrk"
    )
    assert not sig.same_value(False, 0) and not sig.same_value(1, True)


def test_expired_firm_quote_is_rejected(fake: SigningFake) -> None:
    late = datetime.now(UTC) + timedelta(seconds=sandbox.QUOTE_VALIDITY_S + 5)
    with provider(fake, clock=lambda: late) as p:
        with pytest.raises(QuoteSignatureError) as caught:
            p.quote(request())
        assert caught.value.check == "expired" and "expired at" in str(caught.value)
        assert p.quote(request(dry=True)).dry  # dry quotes have no deadline
    soon = datetime.now(UTC) + timedelta(seconds=sandbox.QUOTE_VALIDITY_S - 60)
    with provider(fake, clock=lambda: soon) as p:
        assert p.quote(request()).expires_at is not None


def test_status_and_submit_echoes_are_verified(fake: SigningFake) -> None:
    with provider(fake) as p:
        quote = p.quote(request())
        ref = quote.status_ref
        assert ref is not None
        assert p.status(ref).provider_status == "PENDING_DEPOSIT"
        assert p.submit(ref, tx_hash="0x" + "ab" * 32).ref == ref
        fake.status_tamper = lambda b: b["quoteResponse"]["quote"].update(amountOut="1")
        with pytest.raises(QuoteSignatureError) as caught:
            p.status(ref)
        assert caught.value.check == "signature" and caught.value.status_code == 200
        with pytest.raises(QuoteSignatureError):
            p.submit(ref, tx_hash="0x" + "ab" * 32)
        fake.status_tamper = lambda b: b["quoteResponse"].pop("signature")
        with pytest.raises(QuoteSignatureError) as caught:
            p.status(ref)
        assert caught.value.check == "missing-signature"
        fake.status_tamper = None
        with pytest.raises(QuoteSignatureError) as caught:
            p.status(OTHER_WALLET)  # answered with the echo of another deposit address
        assert caught.value.check == "request-mismatch:depositAddress"
        assert p.status(ref.lower()).ref == ref.lower()  # an EVM address in another case is the same address


def test_a_quote_without_a_signature_is_refused_not_misparsed(fake: SigningFake) -> None:
    fake.tamper = lambda r: r.pop("signature")
    with provider(fake) as p, pytest.raises(QuoteSignatureError) as caught:
        p.quote(request())
    assert caught.value.check == "missing-signature"


# --- opting out -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "kwargs", [{"verify_signatures": False}, {"env": {VERIFY_ENV: "0"}}], ids=["keyword", "environment"]
)
def test_opt_out_skips_every_check(kwargs: dict[str, Any]) -> None:
    late = datetime.now(UTC) + timedelta(days=1)
    fake = SigningFake(answer={"amount": "6000000"}, tamper=TAMPERS["amountOut"])
    with provider(fake, clock=lambda: late, **kwargs) as p:
        assert p.quote(request()).amount_in == 6_000_000
    fake.tamper = lambda r: r.pop("signature")
    with provider(fake, clock=lambda: late, **kwargs) as p:
        assert p.quote(request()).status_ref is not None


def test_environment_key_is_used() -> None:
    with provider(SigningFake(), public_key=None, env={PUBLIC_KEY_ENV: SANDBOX_KEY}) as p:
        assert p.quote(request(dry=True)).dry
    with pytest.raises(ConfigurationError, match=PUBLIC_KEY_ENV):
        provider(SigningFake(), public_key=None, env={PUBLIC_KEY_ENV: "ed25519:nope"})


# --- swapsuite verify-quote -----------------------------------------------------------------------------------
@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv(PUBLIC_KEY_ENV, raising=False)
    return CliRunner()


def save(tmp_path: Path, value: Any, name: str = "quote.json") -> str:
    path = tmp_path / name
    path.write_text(data.dumps(value), encoding="utf-8")
    return str(path)


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1 and "Traceback" not in text
    return text.strip()


def test_verify_quote_valid(cli: CliRunner, tmp_path: Path, examples: dict[str, Any]) -> None:
    staging = ["--public-key", sig.STAGING_PUBLIC_KEY]
    for name in ("QuoteResponseNonDry", "QuoteResponseDry"):
        result = cli.invoke(main, ["verify-quote", save(tmp_path, examples[name]["value"]), *staging])
        assert (result.exit_code, result.stdout) == (0, "valid\n")
    status = save(tmp_path, examples["StatusProcessingWithNulls"]["value"], "status.json")  # a /v0/status body
    assert cli.invoke(main, ["verify-quote", status, *staging]).stdout == "valid\n"
    sandboxed = save(tmp_path, signed(dry=False), "sandbox.json")
    result = cli.invoke(main, ["verify-quote", sandboxed], env={PUBLIC_KEY_ENV: SANDBOX_KEY})
    assert (result.exit_code, result.stdout) == (0, "valid\n")
    with (tmp_path / "sandbox.json").open("rb") as stdin:
        result = cli.invoke(main, ["verify-quote", "-", "--public-key", SANDBOX_KEY], input=stdin.read())
    assert (result.exit_code, result.stdout) == (0, "valid\n")


def test_verify_quote_invalid(cli: CliRunner, tmp_path: Path, examples: dict[str, Any]) -> None:
    fixture = save(tmp_path, examples["QuoteResponseNonDry"]["value"])
    result = cli.invoke(main, ["verify-quote", fixture])  # production key by default
    assert result.exit_code == 1
    assert one_line(result.stdout).startswith("invalid (signature): the signature does not verify under ed25519:reYa")
    tampered = copy.deepcopy(examples["QuoteResponseNonDry"]["value"])
    tampered["quote"]["amountOut"] = "1"
    result = cli.invoke(main, ["verify-quote", save(tmp_path, tampered), "--public-key", sig.STAGING_PUBLIC_KEY])
    assert result.exit_code == 1 and one_line(result.stdout).startswith("invalid (signature)")
    del tampered["signature"]
    result = cli.invoke(main, ["verify-quote", save(tmp_path, tampered)])
    assert (
        result.exit_code == 1
        and one_line(result.stdout) == "invalid (missing-signature): the response carries no signature"
    )
    result = cli.invoke(main, ["verify-quote", save(tmp_path, [1, 2])])
    assert result.exit_code == 1 and one_line(result.stdout).startswith("invalid (malformed-quote)")


def test_verify_quote_unreadable(cli: CliRunner, tmp_path: Path) -> None:
    result = cli.invoke(main, ["verify-quote", str(tmp_path / "missing.json")])
    assert result.exit_code == 2 and one_line(result.stderr).startswith("error: cannot read")
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    result = cli.invoke(main, ["verify-quote", str(tmp_path / "junk.json")])
    assert result.exit_code == 2 and one_line(result.stderr).startswith("error: cannot read")
    result = cli.invoke(main, ["verify-quote", str(tmp_path / "junk.json"), "--public-key", "ed25519:nope"])
    assert result.exit_code == 2 and "public_key" in one_line(result.stderr)
    result = cli.invoke(main, ["verify-quote", str(tmp_path / "junk.json")], env={PUBLIC_KEY_ENV: "nope"})
    assert result.exit_code == 2 and PUBLIC_KEY_ENV in one_line(result.stderr)
