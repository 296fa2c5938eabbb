"""``swapsuite quote`` with 1Click's current API, end to end.

The done-when of issue 11: the real BTC→USDT staging quote from one-click-sdk-typescript's tests
(src/__tests__/quote-signature.test.ts @ ae28ef0348f616dd30c174cb22dd1b1126d8f76b, kept as
conformance/evidence/oneclick/quote-sdk-staging-non-dry.json), replayed by a local HTTP server, goes through
``swapsuite quote --firm --json`` in a subprocess with verification on (the SDK test's staging key, the clock set to
just after the quote's timestamp), and the request the server receives carries ``1cs_v1:btc:native:coin``.

The token list is cow-sdk's Omni-migration list (deprecated ``nep141:btc.omft.near`` first, then the ``1cs_v1`` id:
conformance/evidence/oneclick/tokens-cow-sdk-omni-btc.json) plus one USDT entry written here for the quote's
destination asset (no published list holds it): ``nep141:…stft.near`` on ``eth`` with the USDT contract address.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner
from swapsuite.cli import main
from swapsuite.providers.oneclick import STAGING_PUBLIC_KEY

EVIDENCE = Path(__file__).resolve().parents[2] / "conformance" / "evidence" / "oneclick"
BTC = "bip122:000000000019d6689c085ae165831e93/slip44:0"
USDT = "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7"
USDT_ENTRY = {
    "assetId": "nep141:eth-0xdac17f958d2ee523a2206206994597c13d831ec7.stft.near",
    "decimals": 6,
    "blockchain": "eth",
    "symbol": "USDT",
    "price": 1,
    "priceUpdatedAt": "2026-06-23T17:00:00.000Z",
    "contractAddress": "0xdac17f958d2ee523a2206206994597c13d831ec7",
}
APP_FEE = "5880ad2b362620fadf759cbceb1cd5737ce8c6ed7fb8e9942881e6731f9247dd:10"
DEPOSIT = "bc1q873cxltdc560dth6tpwqpehq9uvhxxcdgwnmnw"


def evidence(name: str) -> Any:
    return json.loads((EVIDENCE / f"{name}.json").read_text())["body"]


class Replay(BaseHTTPRequestHandler):
    """Answers /v0/tokens and /v0/quote with the recorded payloads and keeps the quote requests it got."""

    tokens: Any = None
    quote: Any = None
    received: ClassVar[list[Any]] = []

    def _send(self, status: int, body: Any) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_GET(self) -> None:  # http.server's naming
        if self.path.startswith("/v0/tokens"):
            self._send(200, self.tokens)
        else:
            self._send(404, {"message": "not found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.received.append(json.loads(self.rfile.read(length)))
        self._send(201, self.quote)

    def log_message(self, *args: Any) -> None:  # keep the test output clean
        pass


@pytest.fixture
def replay() -> Iterator[tuple[str, type[Replay]]]:
    answers = {
        "tokens": [*evidence("tokens-cow-sdk-omni-btc"), USDT_ENTRY],
        "quote": evidence("quote-sdk-staging-non-dry"),
    }
    handler: type[Replay] = type("Handler", (Replay,), {"received": [], **answers})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


def quote_args(url: str, *extra: str) -> list[str]:
    return [
        "quote", "--provider", "oneclick", "--base-url", url, "--from", BTC, "--to", USDT, "--amount", "10000",
        "--recipient", "0xcac3C41676deF4FE375E57118f3eB83A99105577",
        "--refund-to", "bc1q6mte80265ghwq4vsrpm9lnaz46uvdreu9z8wly", "--firm", "--json", *extra,
    ]  # fmt: skip


def run_cli(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("SWAPSUITE_", "ONECLICK_"))}
    environ.update(SWAPSUITE_ONECLICK_PUBLIC_KEY=STAGING_PUBLIC_KEY, SWAPSUITE_ONECLICK_CLOCK="2026-06-23T17:10:50Z")
    environ.update(env)
    code = "import sys; from swapsuite.cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=environ, timeout=60)


def test_the_sdk_staging_quote_goes_through_quote_firm_json_verified(replay: tuple[str, type[Replay]]) -> None:
    url, server = replay
    done = run_cli(quote_args(url, "--app-fee", APP_FEE))
    assert done.returncode == 0, done.stderr
    sent = server.received[0]
    assert sent["originAsset"] == "1cs_v1:btc:native:coin"  # not the deprecated nep141:btc.omft.near
    assert sent["destinationAsset"] == USDT_ENTRY["assetId"] and sent["dry"] is False
    assert sent["appFees"] == [{"recipient": APP_FEE.split(":")[0], "fee": 10}]
    quote = json.loads(done.stdout)
    assert (quote["provider"], quote["amount_out"], quote["min_amount_out"]) == ("oneclick", "5931560", "5872244")
    assert quote["status_ref"] == quote["quote_id"] == DEPOSIT
    assert quote["actions"][0]["address"] == DEPOSIT and quote["actions"][0]["amount"] == "10000"


@pytest.mark.parametrize(
    ("env", "check"),
    [
        ({"SWAPSUITE_ONECLICK_PUBLIC_KEY": ""}, "(signature)"),  # the production key did not sign a staging quote
        ({"SWAPSUITE_ONECLICK_CLOCK": "2026-07-01T00:00:00Z"}, "(expired)"),  # past quote.deadline
    ],
)
def test_verification_stays_on(replay: tuple[str, type[Replay]], env: dict[str, str], check: str) -> None:
    url, _ = replay
    done = run_cli(quote_args(url, "--app-fee", APP_FEE), **env)
    assert done.returncode == 1 and check in done.stderr and "Traceback" not in done.stderr


def test_without_the_app_fee_the_echo_does_not_match(replay: tuple[str, type[Replay]]) -> None:
    url, _ = replay
    done = run_cli(quote_args(url))
    assert done.returncode == 1 and "request-mismatch:appFees" in done.stderr


def test_new_request_flags_reach_1click(replay: tuple[str, type[Replay]]) -> None:
    """FLEX_INPUT, INTENTS accounts, two app fees and a referral as 1Click reads them (verification off: the
    replayed answer is the SDK's quote, which echoes another request)."""
    url, server = replay
    flags = ["--swap-type", "FLEX_INPUT", "--app-fee", APP_FEE, "--app-fee", "fees.near:25", "--referral", "swapsuite",
             "--deposit-type", "INTENTS", "--refund-type", "INTENTS", "--recipient-type", "INTENTS",
             "--recipient", "alice.near", "--refund-to", "bob.near"]  # fmt: skip
    done = run_cli(quote_args(url, *flags), SWAPSUITE_ONECLICK_VERIFY="0")
    sent = server.received[0]
    assert (sent["swapType"], sent["referral"]) == ("FLEX_INPUT", "swapsuite")
    assert (sent["depositType"], sent["refundType"], sent["recipientType"]) == ("INTENTS", "INTENTS", "INTENTS")
    assert (sent["recipient"], sent["refundTo"]) == ("alice.near", "bob.near")  # NEAR Intents accounts
    assert sent["appFees"] == [{"recipient": APP_FEE.split(":")[0], "fee": 10}, {"recipient": "fees.near", "fee": 25}]
    assert done.returncode == 0, done.stderr
    fees = [(fee["kind"], fee["bps"]) for fee in json.loads(done.stdout)["fees"] if fee["kind"] == "app"]
    assert fees == [("app", "10"), ("app", "25")]
    # The deposit goes to an account inside NEAR Intents, on NEAR, not to an address on the origin chain.
    assert json.loads(done.stdout)["actions"][0]["chain"] == "near:mainnet"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--app-fee", "no-bps"], "RECIPIENT:BPS"),
        (["--app-fee", "x:1e3"], "RECIPIENT:BPS"),
        (["--swap-type", "EXACT_INPUT", "--exact-output"], "contradicts"),
    ],
)
def test_bad_flags_are_usage_errors(extra: list[str], message: str) -> None:
    args = ["quote", "--provider", "oneclick", "--base-url", "http://127.0.0.1:9", "--from", BTC, "--to", USDT,
            "--amount", "1", "--recipient", "r", "--refund-to", "s", *extra]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and message in result.output
