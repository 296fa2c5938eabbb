"""No credential may ever sit in cassettes/, and the recorder's scrubber removes every kind of it.

``test_no_credentials_under_cassettes`` scans every file under ``cassettes/`` — the raw text line by line, and for
cassettes also each interaction's decoded URI, headers and bodies (a long value can be folded over two YAML lines)
— with the patterns of :data:`conformance.record.SECRET_PATTERNS`: ``Authorization: Bearer`` tokens, JWTs,
``X-Api-Key`` / ``x-api-key`` / ``X-API-Key`` header values, ``api_key`` / ``apikey`` / ``key`` (and token, secret)
query parameters, and long hex or base64 values next to "key", "secret" or "token". Any hit fails, naming the file
and the line. ``REDACTED`` is the only value those places may hold.

The other tests prove the scanner finds each kind, that the recorder's scrubbing (the vcrpy hooks
``conformance/record.py`` records with) leaves none of them in a synthetic interaction — also when vcrpy itself
records it — and that the recorder stops with a clear message offline or without a required key.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
from vcr.request import Request as VcrRequest

from conformance import cassettes as casslib
from conformance import record, specschema

FILES = sorted(path for path in casslib.CASSETTES.rglob("*") if path.is_file())
KEY = "sk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXJ0bmVyLTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJl-c2ln_bmF0"
HEX_SECRET = "4f3c2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e6d5c4b3a29"


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def scan_file(path: Path) -> list[str]:
    """``<file>:<line>: <kind>: <match>`` for every credential-looking string in a file under cassettes/."""
    text = path.read_text(encoding="utf-8", errors="replace")
    shown = path.relative_to(casslib.ROOT)
    found = {f"{shown}:{hit.line}: {hit.kind}: {hit.text[:60]}" for hit in record.find_secrets(text)}
    if path.suffix == ".yaml":
        requests, responses = casslib.read_cassette(path)
        for request, response in zip(requests, responses, strict=True):
            line = _line_of(text, f"uri: {request.uri}"[:60])
            parts: list[Any] = [request.uri, request.body, response["body"]["string"]]
            parts += [f"{name}: {value}" for name, value in request.headers.items()]
            parts += [f"{name}: {value}" for name, values in response["headers"].items() for value in values]
            for part in parts:
                if part:
                    decoded = part.decode("utf-8", "replace") if isinstance(part, bytes) else str(part)
                    hits = record.find_secrets(decoded)
                    found |= {
                        f"{shown}:{line}: {hit.kind} (in the interaction at this line): {hit.text[:60]}" for hit in hits
                    }
    return sorted(found)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(casslib.CASSETTES)))
def test_no_credentials_under_cassettes(path: Path) -> None:
    hits = scan_file(path)
    assert not hits, "credentials in cassettes/:\n" + "\n".join(hits)


# --- the scanner ------------------------------------------------------------------------------------------------
UNSCRUBBED = f"""interactions:
- request:
    body: '{{"quote_id":"q1","api_key":"{KEY}"}}'
    headers:
      Authorization:
      - Bearer {JWT}
      X-Api-Key:
      - {KEY}
      x-api-key: {KEY}
      X-API-Key:
      - "{KEY}"
    method: GET
    uri: https://api.example.test/v1/tokens?limit=100&api_key={KEY}&apikey={KEY}&key={KEY}
  response:
    body:
      string: |
        {{"session": "{JWT}", "client_secret": "{HEX_SECRET}", "token": "{KEY}Zx9"}}
version: 1
"""


def test_the_scanner_finds_each_kind() -> None:
    found = {(hit.line, hit.kind) for hit in record.find_secrets(UNSCRUBBED)}
    assert {
        (3, "secret next to key/secret/token"),  # "api_key":"sk_live_…" in a JSON body
        (6, "bearer token"),
        (6, "JWT"),
        (8, "api key header"),  # X-Api-Key, value on the next YAML line
        (9, "api key header"),  # x-api-key inline
        (11, "api key header"),  # X-API-Key, quoted value on the next line
        (13, "api key query parameter"),  # api_key=, apikey= and key= on the same line
        (17, "JWT"),
        (17, "secret next to key/secret/token"),  # client_secret (hex) and token (base64-ish) values
    } <= found
    query_hits = [h for h in record.find_secrets(UNSCRUBBED) if h.kind == "api key query parameter"]
    assert [h.text.split("=")[0] for h in query_hits] == ["&api_key", "&apikey", "&key"]


def test_the_scanner_leaves_redacted_values_and_ordinary_fields_alone() -> None:
    clean = """      X-Api-Key:
      - REDACTED
      Authorization:
      - Bearer REDACTED
    uri: https://x.test/v1?api_key=REDACTED&inputToken=0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85
        {"token": "0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85", "secret_hash": "0x3f2bb70a115e0a187d9351c565682b8",
         "signed_data": "eyJ0cmFuc2FjdGlvbi...", "tokenIn": {"contract": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"}}
"""
    assert record.find_secrets(clean) == []


# --- the scrubber -------------------------------------------------------------------------------------------------
def _synthetic_request(key_header: str = "X-Api-Key") -> VcrRequest:
    body = json.dumps({"quote_id": "q1", "api_key": KEY, "nested": {"secret": HEX_SECRET, "note": f"key {KEY}"}})
    headers = {"Authorization": f"Bearer {JWT}", key_header: KEY, "Content-Type": "application/json"}
    uri = f"https://api.example.test/v1/tokens?limit=100&api_key={KEY}&apikey={KEY}&key={KEY}&token={KEY}"
    return VcrRequest("POST", uri, body.encode(), headers)


def _synthetic_response() -> dict[str, Any]:
    body = {"session": JWT, "echo": f"Bearer {JWT}", "your_key": KEY, "client_secret": HEX_SECRET}
    return {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": ["application/json"], "Set-Cookie": [f"sid={KEY}"], "X-Api-Key": [KEY]},
        "body": {"string": json.dumps(body).encode()},
    }


@pytest.mark.parametrize("key_header", ["X-Api-Key", "x-api-key", "X-API-Key"])
def test_the_scrubber_removes_each_kind(key_header: str) -> None:
    request = record.scrub_request(_synthetic_request(key_header), secrets=[KEY])
    response = record.scrub_response(_synthetic_response(), secrets=[KEY])
    assert dict(request.headers) == {
        "Authorization": "Bearer REDACTED",
        key_header: "REDACTED",
        "Content-Type": "application/json",
    }
    assert request.query == sorted(
        [("limit", "100"), ("api_key", "REDACTED"), ("apikey", "REDACTED"), ("key", "REDACTED"), ("token", "REDACTED")]
    )
    assert json.loads(request.body) == {
        "quote_id": "q1",
        "api_key": "REDACTED",
        "nested": {"secret": "REDACTED", "note": "key REDACTED"},
    }
    assert "Set-Cookie" not in response["headers"] and response["headers"]["X-Api-Key"] == ["REDACTED"]
    assert json.loads(response["body"]["string"]) == {
        "session": "REDACTED",
        "echo": "Bearer REDACTED",
        "your_key": "REDACTED",
        "client_secret": "REDACTED",
    }
    text = casslib.cassette_text([(request, response)])
    assert KEY not in text and JWT not in text and HEX_SECRET not in text
    assert record.find_secrets(text) == []


def test_a_vcrpy_recording_with_the_recorder_settings_is_clean(tmp_path: Path) -> None:
    """The recorder's vcrpy configuration (filter_headers, filter_query_parameters, before_record_*) end to end:
    vcrpy records an httpx call that carries every kind of credential, both ways."""

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=json.loads(_synthetic_response()["body"]["string"]), headers={"X-Api-Key": KEY})

    raw, clean = tmp_path / "raw.yaml", tmp_path / "clean.yaml"
    recorder = vcr.VCR(record_mode="all", match_on=casslib.MATCH_ON, **record.vcr_filters([KEY]))
    original = _synthetic_request()
    with recorder.use_cassette(str(raw)), httpx.Client(transport=httpx.MockTransport(server)) as client:
        client.post(original.uri, content=original.body, headers=dict(original.headers))
    casslib.rewrite_recording(raw, clean, secrets=[KEY])
    for path in (raw, clean):
        text = path.read_text(encoding="utf-8")
        assert KEY not in text and JWT not in text and HEX_SECRET not in text, path.name
        assert record.find_secrets(text) == [], path.name


# --- the recorder stops early --------------------------------------------------------------------------------------
def test_the_recorder_stops_without_a_required_key(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.delenv("CHANGELLY_API_KEY", raising=False)
    assert record.main(["--provider", "changelly", "--scenario", "tokens"]) == 2
    assert "CHANGELLY_API_KEY is not set" in capsys.readouterr().err


def test_the_recorder_stops_offline(monkeypatch: pytest.MonkeyPatch, capsys: Any, tmp_path: Path) -> None:
    def unreachable(*args: Any, **kwargs: Any) -> Any:
        raise OSError(101, "Network is unreachable")

    monkeypatch.setattr(socket, "create_connection", unreachable)
    assert record.main(["--provider", "across", "--scenario", "tokens", "--out", str(tmp_path)]) == 2
    message = capsys.readouterr().err
    assert "cannot reach app.across.to:443" in message and "nothing was recorded" in message
    assert list(tmp_path.iterdir()) == []


def test_the_recorder_refuses_scenarios_that_change_state(capsys: Any) -> None:
    assert record.main(["--provider", "changelly", "--scenario", "quote-firm"]) == 2
    assert "only reading scenarios can be recorded live" in capsys.readouterr().err


def test_the_recorder_writes_a_clean_replayable_cassette(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The whole recording path, with the local Across sandbox standing in for the live API (the only difference is
    the base URL): vcrpy records with the scrubbing hooks, the file is rewritten, scanned and given its provenance;
    the result replays through the adapter and validates against the spec."""
    from swapsuite.sandbox import SandboxServer

    from conformance.test_cassette_conformance import cassette_problems

    with SandboxServer(["across"]) as server:
        table = record.providers_table()
        table["across"] = {**table["across"], "base_url": server.base_url("across")}
        monkeypatch.setattr(record, "providers_table", lambda: table)
        monkeypatch.setenv("ACROSS_API_KEY", KEY)
        assert record.main(["--provider", "across", "--scenario", "tokens", "--out", str(tmp_path)]) == 0
    cassette = tmp_path / "across" / "tokens.live.yaml"
    text = cassette.read_text(encoding="utf-8")
    assert KEY not in text and record.find_secrets(text) == []
    requests, _ = casslib.read_cassette(cassette)
    assert requests[0].headers["authorization"] in ("REDACTED", "Bearer REDACTED")  # it was sent, scrubbed
    provenance = casslib.read_provenance(cassette)
    assert (provenance["provenance"], provenance["scenario"]) == ("live recording", "tokens")
    recorder = vcr.VCR(record_mode="none", match_on=casslib.MATCH_ON)
    with recorder.use_cassette(str(cassette), allow_playback_repeats=False) as played:
        provider = casslib.make_provider("across", provenance["base_url"], {})
        outcome = casslib.run(casslib.scenario("across", "tokens"), provider, {})
    assert outcome.error is None and outcome.result and played.all_played
    assert cassette_problems(cassette, specschema.provider_spec("across")) == []
