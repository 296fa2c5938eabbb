"""The command line as a user drives it: ``swapsuite`` subprocesses against one ``swapsuite sandbox`` subprocess.

For every provider a swap is quoted, executed, acted on by the sandbox wallet, submitted where the provider has the
step and watched to SUCCESS, REFUNDED or FAILED; exit codes, ``--timeout`` with a hanging provider, Ctrl-C, a busy
port, and every README example marked ``cli-example``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from swapsuite import registry
from swapsuite.sandbox.server import free_port

from .kits import kit

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
KEY_VARIABLES = tuple(d.api_key_env for d in registry.descriptors())


def swapsuite_command() -> list[str]:
    script = BIN / "swapsuite"
    return [str(script)] if script.exists() else [sys.executable, "-m", "swapsuite.cli"]


class Sandbox:
    def __init__(self, url: str, port: int, banner: str) -> None:
        self.url, self.port, self.banner = url, port, banner

    def control(self, provider: str, method: str, path: str, body: object = None) -> None:
        reply = httpx.request(method, f"{self.url}/{provider}/_sandbox/{path}", json=body if body is not None else {})
        reply.raise_for_status()

    @contextlib.contextmanager
    def fast_clock(self, provider: str) -> Iterator[None]:
        """Run this provider's sandbox clock about eight times faster (one lifecycle dwell per 0.25 s), then reset
        it: the swap still passes through every state, the test just waits less."""
        stop = threading.Event()

        def tick() -> None:
            while not stop.wait(0.25):
                self.control(provider, "POST", "clock/advance", {"seconds": 2})

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        finally:
            stop.set()
            ticker.join()
            self.control(provider, "POST", "reset")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    port = free_port()
    process = subprocess.Popen(
        [*swapsuite_command(), "sandbox", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    banner: list[str] = []
    assert process.stdout is not None
    for line in process.stdout:  # the banner comes before the server starts
        banner.append(line)
        if line.startswith("Ctrl-C stops."):
            break
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/_sandbox/connection", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"swapsuite sandbox did not start: {process.communicate()[0]}")
        time.sleep(0.1)
    try:
        yield Sandbox(url, port, "".join(banner))
    finally:
        process.send_signal(signal.SIGINT)
        try:  # uvicorn waits for in-flight requests, such as one an injected delay still holds
            process.communicate(timeout=3)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


@pytest.fixture
def env(sandbox: Sandbox, tmp_path: Path) -> dict[str, str]:
    """Only the sandbox URL: no keys, no base URLs, no signing key — the sandbox's connection facts supply them."""
    environ = {k: v for k, v in os.environ.items() if k not in KEY_VARIABLES and not k.startswith("SWAPSUITE_")}
    environ.update(
        SWAPSUITE_SANDBOX_URL=sandbox.url,
        SWAPSUITE_STATE_DIR=str(tmp_path / "state"),
        PATH=f"{BIN}{os.pathsep}{environ.get('PATH', '')}",
        COLUMNS="200",
    )
    return environ


def run(
    env: dict[str, str], *args: str, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*swapsuite_command(), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


# --- every provider's lifecycle -------------------------------------------------------------------------------
# provider, amount (human USDC; the last three base-unit digits choose the ending), expected end, exit status
JOURNEYS = [(name, *kit(name).journey) for name in registry.provider_names()]
SUBMITS = {name: kit(name).submit_action for name in registry.provider_names() if kit(name).submit_action}


@pytest.mark.parametrize(("provider", "amount", "ending", "code"), JOURNEYS)
def test_quote_execute_act_submit_watch(
    env: dict[str, str], sandbox: Sandbox, tmp_path: Path, provider: str, amount: str, ending: str, code: int
) -> None:
    saved = tmp_path / "swap.json"
    route = ["--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", amount, "--human"]
    quote = json.loads(ok(run(env, "quote", "-p", provider, *route, "--firm", "--save", str(saved), "--json")))
    assert quote["provider"] == provider and quote["dry"] is False
    assert json.loads(saved.read_text())["quote"]["quote_id"] == quote["quote_id"]

    # execute by provider + ref (the store remembers every firm quote), then act on the saved file
    executed = json.loads(ok(run(env, "execute", "-p", provider, quote["quote_id"], "--json")))
    assert executed["actions"], executed
    kinds = [a["type"] for a in executed["actions"]]
    purposes = [a.get("purpose") for a in executed["actions"] if a["type"] == "transaction"]
    assert purposes == sorted(purposes, key=lambda p: p != "approval")  # approvals first
    if provider == "oneclick":  # the table form: a deposit shows its amount in token units
        assert f"send {amount} USDC to " in ok(run(env, "execute", str(saved), "--human"))

    acted = json.loads(ok(run(env, "sandbox", "act", str(saved), "--json")))
    assert acted["ref"] and [p["type"] for p in acted["performed"]] == kinds

    submitted = run(env, "submit", str(saved), "--json")
    if provider in SUBMITS:
        assert SUBMITS[provider] in kinds
        assert json.loads(ok(submitted))["provider"] == provider
    else:  # Across and Deframe: the broadcast transactions are the whole job
        assert submitted.returncode == 1 and "no submit step" in submitted.stderr

    with sandbox.fast_clock(provider):
        watched = run(env, "status", "--watch", "-p", provider, acted["ref"], "--interval", "0.2", "--json")
    assert watched.returncode == code, watched.stderr
    states = [json.loads(line)["state"] for line in watched.stdout.splitlines()]
    assert states[-1] == ending and len(states) == len(set(states))  # one line per state change
    assert json.loads(watched.stdout.splitlines()[-1])["is_terminal"] is True


def test_swap_runs_the_whole_journey_in_one_command(env: dict[str, str]) -> None:
    args = ["swap", "--all", "--from", "USDC@arbitrum", "--to", "SOL@solana", "--amount", "50", "--human", "--yes"]
    result = run(env, *args, "--interval", "0.3", "--json")
    out = json.loads(ok(result))
    assert out["status"]["state"] == "SUCCESS" and out["wallet"]["performed"]
    assert "dry quotes, best first" in result.stderr and "SUCCESS" in result.stderr


def test_swap_elsewhere_stops_after_the_actions(env: dict[str, str], sandbox: Sandbox) -> None:
    """No sandbox configured (only SWAPSUITE_ACROSS_BASE_URL, as for any server): no wallet acts for the user."""
    elsewhere = {k: v for k, v in env.items() if k != "SWAPSUITE_SANDBOX_URL"}
    elsewhere["SWAPSUITE_ACROSS_BASE_URL"] = f"{sandbox.url}/across"
    args = ["swap", "-p", "across", "--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", "3", "--human"]
    out = ok(run(elsewhere, *args, "--sender", "0x2527d02599ba641c19fea793cd0f167589a0f10d", "--yes"))
    assert "actions for your wallet" in out and "Perform these actions with your wallet" in out
    assert "swapsuite status --watch --provider across TX_HASH" in out


def test_swap_asks_before_anything_firm(env: dict[str, str], sandbox: Sandbox) -> None:
    args = ["swap", "-p", "changelly", "--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", "7", "--human"]
    before = httpx.get(f"{sandbox.url}/changelly/_sandbox/state").json()["requests"].get("createIntent", 0)
    result = subprocess.run([*swapsuite_command(), *args], env=env, input="n\n", capture_output=True, text=True)
    assert result.returncode == 1 and "firm quote" in result.stderr
    after = httpx.get(f"{sandbox.url}/changelly/_sandbox/state").json()["requests"].get("createIntent", 0)
    assert after == before  # nothing firm was asked


# --- connection facts ----------------------------------------------------------------------------------------------
def test_dry_quote_all_gets_four_quotes_from_the_sandbox_url_alone(env: dict[str, str]) -> None:
    out = json.loads(ok(run(env, "quote", "--all", "--from", "USDC@arbitrum", "--to", "SOL@solana", "--amount",
                            "100", "--human", "--json")))  # fmt: skip
    assert out["errors"] == {}
    assert {q["provider"] for q in out["quotes"]} == set(registry.provider_names())
    assert all(q["amount_in"] == "100000000" for q in out["quotes"])  # JSON stays in base units


def test_human_table_shows_token_units_and_fees(env: dict[str, str]) -> None:
    out = ok(run(env, "quote", "-p", "changelly", "--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", "100",
                 "--human", "--firm"))  # fmt: skip
    assert "100 USDC" in out and "99.7 USDC" in out
    assert "protocol 0.3 USDC (30 bps)" in out
    assert "status ref" in out and "sign_typed_data" in out
    assert re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", out)


def test_banner_prints_one_export_block(sandbox: Sandbox) -> None:
    exports = [line for line in sandbox.banner.splitlines() if line.startswith("export ")]
    assert exports[0] == f"export SWAPSUITE_SANDBOX_URL={sandbox.url}"
    assert f"export SWAPSUITE_ACROSS_BASE_URL={sandbox.url}/across" in exports
    assert any(line.startswith("export SWAPSUITE_ONECLICK_PUBLIC_KEY=ed25519:") for line in exports)
    block = sandbox.banner[sandbox.banner.index(exports[0]) :].splitlines()[: len(exports)]
    assert block == exports  # one contiguous block, ready to paste


def test_connection_endpoint_follows_the_control_rules(sandbox: Sandbox) -> None:
    facts = httpx.get(f"{sandbox.url}/_sandbox/connection").json()
    assert facts["base_urls"]["across"] == f"{sandbox.url}/across"
    assert facts["env"]["SWAPSUITE_SANDBOX_URL"] == sandbox.url
    assert facts["oneclick_public_key"].startswith("ed25519:")
    assert httpx.get(f"{sandbox.url}/_sandbox/connection", headers={"Host": "evil.example"}).status_code == 403
    origin = {"Origin": "http://evil.example"}
    assert httpx.get(f"{sandbox.url}/_sandbox/connection", headers=origin).status_code == 403


def test_a_busy_port_fails_with_one_line_before_any_banner(env: dict[str, str], sandbox: Sandbox) -> None:
    result = run(env, "sandbox", "--port", str(sandbox.port))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "already in use" in result.stderr


# --- deadlines, interrupts, exit codes ---------------------------------------------------------------------------
@pytest.fixture
def hanging_across(sandbox: Sandbox) -> Iterator[None]:
    sandbox.control("across", "POST", "faults", {"route": "*", "kind": "timeout", "ms": 60_000})
    try:
        yield
    finally:
        sandbox.control("across", "DELETE", "faults")


@pytest.mark.usefixtures("hanging_across")
def test_timeout_bounds_each_provider_including_the_token_list(env: dict[str, str]) -> None:
    started = time.monotonic()
    result = run(env, "quote", "--all", "--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", "100", "--human",
                 "--timeout", "5", "--json")  # fmt: skip
    elapsed = time.monotonic() - started
    out = json.loads(result.stdout)
    assert out["errors"]["across"]["type"] == "RequestTimeoutError"
    assert {q["provider"] for q in out["quotes"]} == set(registry.provider_names()) - {"across"}
    assert elapsed < 5 + 8, elapsed  # the deadline plus start-up on a loaded machine, not the 60 s across hangs

    started = time.monotonic()
    single = run(env, "quote", "-p", "across", "--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", "1",
                 "--human", "--timeout", "1.5")  # fmt: skip
    assert single.returncode == 1 and single.stderr == "error: [across] no answer within 1.5s\n"
    assert time.monotonic() - started < 1.5 + 8


@pytest.mark.usefixtures("hanging_across")
def test_ctrl_c_leaves_at_once(env: dict[str, str], sandbox: Sandbox) -> None:
    args = ["quote", "-p", "across", "--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", "1", "--human"]
    process = subprocess.Popen([*swapsuite_command(), *args], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    state = f"{sandbox.url}/across/_sandbox/state"
    before = sum(httpx.get(state).json()["requests"].values())
    deadline = time.monotonic() + 30
    while sum(httpx.get(state).json()["requests"].values()) == before:  # wait until it hangs in a request
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    time.sleep(0.3)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=10)
    assert time.monotonic() - sent < 1.5
    assert process.returncode == 130 and "Traceback" not in err


def test_watch_gives_up_at_its_timeout(env: dict[str, str], tmp_path: Path) -> None:
    saved = tmp_path / "q.json"
    ok(run(env, "quote", "-p", "oneclick", "--from", "USDC@arbitrum", "--to", "USDC@base", "--amount", "5", "--human",
           "--firm", "--save", str(saved)))  # fmt: skip
    result = run(env, "status", "--watch", str(saved), "--timeout", "1", "--interval", "0.2")
    assert result.returncode == 1
    assert "PENDING_DEPOSIT" in result.stdout and "still PENDING_DEPOSIT after 1s" in result.stderr


# --- README ---------------------------------------------------------------------------------------------------------
def readme_examples() -> list[str]:
    """Every line of the README's code blocks marked ``cli-example``, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```bash cli-example\n(.*?)^```", text, flags=re.S | re.M)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def test_readme_has_examples() -> None:
    lines = readme_examples()
    assert len(lines) >= 8 and all(line.startswith("swapsuite ") for line in lines)
    for command in ("execute", "sandbox act", "submit", "status --watch", "swap "):
        assert any(command in line for line in lines), command


def test_readme_examples_run_offline_against_the_sandbox(env: dict[str, str], tmp_path: Path) -> None:
    for line in readme_examples():  # in order, in one directory: later lines use the files earlier ones saved
        result = subprocess.run(
            ["bash", "-c", line], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, f"{line}\nexit {result.returncode}\n{result.stdout}\n{result.stderr}"
