"""Saved quotes (``quote --save``, the local store) read back exactly; the per-provider deadline runner."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from swapsuite import errors, get_provider, registry
from swapsuite.caip import AssetId
from swapsuite.cli_deadline import run_each
from swapsuite.cli_store import Saved, from_document, load, read, remember, to_document, write
from swapsuite.models import AccountType, AppFee, Quote, QuoteRequest, SwapType
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer

USDC_ARB = AssetId.parse("eip155:42161/erc20:0xaf88d065e77c8cc2239327c5edb3a432268e5831")
USDC_BASE = AssetId.parse("eip155:8453/erc20:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913")
WALLET = "0x2527d02599ba641c19fea793cd0f167589a0f10d"


@pytest.fixture(scope="module")
def firm_quotes() -> Iterator[dict[str, Quote]]:
    with SandboxServer() as server:
        quotes = {}
        for name in server.providers:
            extra = registry.descriptor(name).sandbox_adapter_args  # 1Click: the sandbox's signing key
            with get_provider(name, base_url=server.base_url(name), api_key=SANDBOX_API_KEY, **extra) as p:
                request = QuoteRequest(USDC_ARB, USDC_BASE, 100_000_000, sender=WALLET, recipient=WALLET,
                                       refund_to=WALLET, dry=False)  # fmt: skip
                quotes[name] = p.quote(request)
        yield quotes


@pytest.mark.parametrize("name", registry.provider_names())
def test_a_saved_quote_reads_back_exactly(firm_quotes: dict[str, Quote], tmp_path: Path, name: str) -> None:
    quote = firm_quotes[name]
    path = tmp_path / "q.json"
    write(path, Saved(quote, {"ref": "0xabc", "performed": []}))
    back = read(path)
    assert back.quote == quote  # every compared field, actions included
    assert back.quote.raw == quote.raw  # exact numbers (Decimal) survive
    assert back.quote.request == quote.request
    assert back.quote.signed_fields == quote.signed_fields
    assert back.wallet == {"ref": "0xabc", "performed": []}
    assert '"amount_in":"100000000"' in path.read_text()  # base units as strings, as in --json


def test_the_store_finds_a_firm_quote_by_ref_and_by_quote_id(
    firm_quotes: dict[str, Quote], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWAPSUITE_STATE_DIR", str(tmp_path))
    quote = firm_quotes["changelly"]
    remember(Saved(quote))
    for ref in (quote.status_ref, quote.quote_id):
        assert ref is not None
        saved, path = load(ref, "changelly")
        assert saved.quote == quote and path is None
    with pytest.raises(errors.ValidationError, match="no saved across quote"):
        load("0xnothing", "across")
    with pytest.raises(errors.ValidationError, match="give --provider"):
        load("0xnothing", None)


def test_a_document_that_is_not_a_saved_quote_is_refused() -> None:
    with pytest.raises(errors.ValidationError, match="not a saved swapsuite quote"):
        from_document({"quote": {}})
    with pytest.raises(errors.ValidationError, match="damaged"):
        from_document({"format": "swapsuite-quote/1", "quote": {"provider": "x"}})


def test_the_request_reads_back_with_its_extras(firm_quotes: dict[str, Quote], tmp_path: Path) -> None:
    request = QuoteRequest(USDC_ARB, USDC_BASE, 5, swap_type=SwapType.EXACT_OUTPUT, sender=WALLET, dry=False,
                           app_fees=(AppFee(WALLET, 25),), deposit_type=AccountType.INTENTS)  # fmt: skip
    quote = dataclasses.replace(firm_quotes["oneclick"], request=request)
    doc = to_document(Saved(quote))
    assert doc["request"]["amount"] == "5" and doc["request"]["swap_type"] == "EXACT_OUTPUT"
    write(tmp_path / "q.json", Saved(quote))
    assert read(tmp_path / "q.json").quote.request == request


def test_run_each_bounds_every_job_and_returns_at_the_deadline() -> None:
    release = threading.Event()

    def work(name: str) -> str:
        if name == "slow":
            release.wait(30)
        if name == "broken":
            raise errors.ValidationError("bad", provider=name)
        return name.upper()

    started = time.monotonic()
    results, failures = run_each(["fast", "slow", "broken"], work, timeout=0.5)
    elapsed = time.monotonic() - started
    release.set()
    assert results == {"fast": "FAST"}
    assert isinstance(failures["slow"], errors.RequestTimeoutError) and "0.5s" in str(failures["slow"])
    assert isinstance(failures["broken"], errors.ValidationError)
    assert 0.5 <= elapsed < 2.0
