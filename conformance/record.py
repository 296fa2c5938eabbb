"""Record cassettes against the live provider APIs, with every credential scrubbed.

    nox -s record -- --provider oneclick                       # every live-safe scenario of 1Click
    nox -s record -- --provider across --scenario tokens
    nox -s record -- --provider changelly --scenario status --ref <intent-id>

Keys come from the environment (``ONECLICK_API_KEY``, ``ACROSS_API_KEY``, ``CHANGELLY_API_KEY``,
``DEFRAME_API_KEY``; Changelly and Deframe require theirs). Before anything else the recorder checks that the
provider's host answers on port 443 within ``--timeout`` seconds; offline, or without a required key, it stops at
once with a message and exit status 2, and writes nothing.

Only scenarios that read (``live = True`` in ``conformance.cassettes``: token lists, dry quotes, status lookups)
can be recorded live; firm quotes, intents, approvals and bytecode change state at the provider and are refused.
A live recording goes to ``cassettes/<provider>/<scenario>.live.yaml`` next to the scenario's documented or
sandbox cassette, which stays the reference of the exact-value replay checks; the live one is replayed with the
structural checks only and validated against the spec like every cassette (that is what finds spec drift). Its
provenance (``.live.provenance.toml``) says "live recording" and the date.

Scrubbing (vcrpy ``filter_headers`` / ``filter_query_parameters`` / ``before_record_request`` /
``before_record_response``, see :func:`scrub_request` and :func:`scrub_response`): credential headers, credential
query parameters and credential fields of JSON or form bodies become ``REDACTED``; every occurrence of a key in use
is replaced wherever it appears (URI, body, any header), and JWTs and ``Bearer`` tokens in response bodies too. The
written file is then scanned with :func:`find_secrets` (the same patterns ``conformance/test_secrets.py`` applies
to every file under ``cassettes/``); a hit deletes the file and fails the run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from swapsuite import registry

ROOT = Path(__file__).resolve().parent.parent
REDACTED = "REDACTED"

# Header names whose values are credentials (compared lower-case).
SECRET_HEADERS = (
    "authorization",
    "proxy-authorization",
    "x-api-key",
    "api-key",
    "apikey",
    "x-auth-token",
    "x-access-token",
    "cookie",
    "set-cookie",
)
# Query parameters and JSON/form body fields whose values are credentials (compared lower-case).
SECRET_QUERY = ("api_key", "apikey", "api-key", "key", "access_token", "token", "auth", "secret", "client_secret")
SECRET_FIELDS = (
    "api_key",
    "apikey",
    "api-key",
    "x-api-key",
    "access_token",
    "refresh_token",
    "client_secret",
    "secret",
    "password",
    "private_key",
    "privatekey",
)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)\b(bearer)\s+(?!REDACTED\b)[A-Za-z0-9._~+/=-]{6,}")


# --- secret patterns (shared with conformance/test_secrets.py) ------------------------------------------------
@dataclass(frozen=True)
class SecretHit:
    """One credential-looking string in a text: 1-based line, the pattern's name and the matched text."""

    line: int
    kind: str
    text: str


_PLACEHOLDER = rf"(?:{REDACTED}|<redacted>|\*+|x+|\.\.\.)"
SECRET_PATTERNS: dict[str, re.Pattern[str]] = {
    # "Authorization: Bearer <token>" in any form (header line, YAML list item, body text).
    "bearer token": re.compile(rf"(?i)\bbearer\s+(?!{_PLACEHOLDER}(?![A-Za-z0-9._~+/=-]))[A-Za-z0-9._~+/=-]{{6,}}"),
    # A JSON Web Token: base64url header and payload that both start with '{"' (eyJ), then the signature.
    "JWT": _JWT,
    # An API-key header followed by its value, inline ("X-Api-Key: abc") or as the next YAML list item.
    "api key header": re.compile(
        rf"(?im)^[ \t-]*[\"']?(?:x-api-key|api-key|apikey|x-auth-token|x-access-token)[\"']?[ \t]*:[ \t]*"
        rf"(?:\n[ \t]*-[ \t]*)?[\"']?(?!{_PLACEHOLDER}[\"']?[ \t]*$)(?P<value>[^\s\"']{{4,}})"
    ),
    # A credential query parameter with a value (?api_key=..., &key=...).
    "api key query parameter": re.compile(
        rf"(?i)[?&](?:api[_-]?key|apikey|key|access_token|token|secret|client_secret)="
        rf"(?!{_PLACEHOLDER}(?:[&\s\"']|$))[^&\s\"'#]{{4,}}"
    ),
    # A long hex or base64 value right next to a key/secret/token name (JSON, YAML, query or form syntax).
    "secret next to key/secret/token": re.compile(
        r"(?i)(?<!/)\b(?P<name>api[_-]?key|apikey|secret|token|access[_-]?token|refresh[_-]?token|client[_-]?secret|"
        r"private[_-]?key|password|key)\b[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>(?:0x)?[A-Fa-f0-9]{32,}|"
        r"[A-Za-z0-9+/_-]{24,}={0,2})(?![A-Za-z0-9+/_=-])"
    ),
}
_EVM_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
_BASE58_ADDRESS = re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}")


def _exempt(kind: str, match: re.Match[str]) -> bool:
    """Public identifiers that only look like secrets: a token *address* next to the word "token" (an EVM address,
    or a Solana mint — base58 of 32 bytes), never a value next to "key" or "secret"."""
    if kind != "secret next to key/secret/token" or match.group("name").lower() != "token":
        return False
    value = match.group("value")
    return bool(_EVM_ADDRESS.fullmatch(value) or _BASE58_ADDRESS.fullmatch(value))


def find_secrets(text: str) -> list[SecretHit]:
    """Every credential-looking string in ``text`` (see :data:`SECRET_PATTERNS`), in line order."""
    hits = []
    for kind, pattern in SECRET_PATTERNS.items():
        for match in pattern.finditer(text):
            if _exempt(kind, match):
                continue
            start = match.start("value") if "value" in pattern.groupindex else match.start()
            line = text.count("\n", 0, start) + 1
            hits.append(SecretHit(line, kind, match.group(0).strip()))
    return sorted(hits, key=lambda hit: (hit.line, hit.kind))


# --- scrubbing ------------------------------------------------------------------------------------------------
def _replace_secrets(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text


def _scrub_json(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {
            key: REDACTED if str(key).lower() in SECRET_FIELDS and value is not None else _scrub_json(inner)
            for key, inner in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(item) for item in value]
    return value


def _scrub_body(body: bytes | str | None, secrets: Sequence[str], content_type: str, *, tokens: bool) -> Any:
    """A request or response body with credentials replaced; returned in the type it came in."""
    if body is None or body == b"" or body == "":
        return body
    was_bytes = isinstance(body, bytes)
    text = body.decode("utf-8", errors="surrogateescape") if isinstance(body, bytes) else body
    if "json" in content_type:
        try:
            decoded = json.loads(text)
        except ValueError:
            pass
        else:
            scrubbed = _scrub_json(decoded)
            if scrubbed != decoded:
                text = json.dumps(scrubbed, separators=(",", ":"), ensure_ascii=False)
    elif "x-www-form-urlencoded" in content_type:
        pairs = parse_qsl(text, keep_blank_values=True)
        if any(name.lower() in SECRET_FIELDS or name.lower() in SECRET_QUERY for name, _ in pairs):
            text = urlencode(
                [(n, REDACTED if n.lower() in SECRET_FIELDS or n.lower() in SECRET_QUERY else v) for n, v in pairs]
            )
    text = _replace_secrets(text, secrets)
    if tokens:
        text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", _JWT.sub(REDACTED, text))
    return text.encode("utf-8", errors="surrogateescape") if was_bytes else text


def _scrub_header(name: str, value: str, secrets: Sequence[str]) -> str:
    if name.lower() in SECRET_HEADERS:
        scheme, _, credential = value.partition(" ")
        if credential and scheme.lower() in ("bearer", "basic", "token", "apikey"):
            return f"{scheme} {REDACTED}"
        return REDACTED
    return _replace_secrets(value, secrets)


def scrub_uri(uri: str, secrets: Sequence[str] = ()) -> str:
    """A URI whose credential query parameters (and any known secret) read ``REDACTED``."""
    parts = urlsplit(uri)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(name.lower() in SECRET_QUERY for name, _ in pairs):
        query = urlencode([(n, REDACTED if n.lower() in SECRET_QUERY else v) for n, v in pairs])
        uri = urlunsplit(parts._replace(query=query))
    return _replace_secrets(uri, secrets)


def scrub_request(request: Any, secrets: Sequence[str] = ()) -> Any:
    """vcrpy ``before_record_request``: a ``vcr.request.Request`` with every credential replaced by REDACTED."""
    headers = {name: _scrub_header(name, value, secrets) for name, value in request.headers.items()}
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    request.headers = headers
    request.uri = scrub_uri(request.uri, secrets)
    request.body = _scrub_body(request.body, secrets, content_type.lower(), tokens=False)
    return request


def scrub_response(response: dict[str, Any], secrets: Sequence[str] = ()) -> dict[str, Any]:
    """vcrpy ``before_record_response``: a response dict (``status``/``headers``/``body``) with credentials replaced.

    Cookies are dropped; credential headers read REDACTED; the body loses every known key, JWT and Bearer token.
    """
    headers: dict[str, list[str]] = {}
    for name, values in response.get("headers", {}).items():
        if name.lower() in ("set-cookie", "cookie"):
            continue
        listed = values if isinstance(values, list) else [values]
        headers[name] = [_scrub_header(name, str(value), secrets) for value in listed]
    content_type = next((v[0] for k, v in headers.items() if k.lower() == "content-type" and v), "")
    body = dict(response.get("body", {}))
    body["string"] = _scrub_body(body.get("string"), secrets, content_type.lower(), tokens=True)
    return {**response, "headers": headers, "body": body}


def vcr_filters(secrets: Sequence[str]) -> dict[str, Any]:
    """The vcrpy configuration that scrubs on record (also used by the tests of the scrubber)."""
    from functools import partial

    return {
        "filter_headers": [(name, REDACTED) for name in SECRET_HEADERS],
        "filter_query_parameters": [(name, REDACTED) for name in SECRET_QUERY],
        "before_record_request": partial(scrub_request, secrets=tuple(secrets)),
        "before_record_response": partial(scrub_response, secrets=tuple(secrets)),
        "decode_compressed_response": True,
    }


# --- live recording -------------------------------------------------------------------------------------------
class Stop(Exception):
    """A reason to stop before recording anything (offline, no key, unsupported scenario)."""


def providers_table() -> dict[str, dict[str, Any]]:
    with (ROOT / "specs" / "providers.toml").open("rb") as fh:
        return tomllib.load(fh)


def check_reachable(base_url: str, timeout: float) -> None:
    """Raise :class:`Stop` unless the provider's host accepts a TCP connection within ``timeout`` seconds."""
    parts = urlsplit(base_url)
    host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return
    except OSError as exc:
        raise Stop(f"cannot reach {host}:{port} within {timeout:g} s ({type(exc).__name__}: {exc})") from None


def api_key_for(provider: str, table: Mapping[str, Any], environ: Mapping[str, str]) -> str | None:
    """The provider's key from the environment; :class:`Stop` when it is required and missing."""
    variable = table["api_key_env"]
    key = environ.get(variable) or None
    if key is None and table.get("api_key_required"):
        raise Stop(f"{variable} is not set: {provider} needs an API key to be recorded live. Nothing was recorded.")
    return key


def record_live(
    provider: str, scenarios: Sequence[str], *, ref: str | None, memo: str | None, timeout: float, out_dir: Path
) -> list[Path]:
    """Record each scenario live; returns the cassette paths written."""
    import vcr

    from conformance import cassettes as casslib

    table = providers_table()[provider]
    base_url = table["base_url"]
    chosen = [casslib.scenario(provider, name) for name in scenarios] if scenarios else casslib.live_scenarios(provider)
    for scenario in chosen:
        if not scenario.live:
            raise Stop(
                f"{provider}/{scenario.name} changes state at the provider ({scenario.summary}); only reading "
                f"scenarios can be recorded live: {', '.join(s.name for s in casslib.live_scenarios(provider))}"
            )
        if scenario.driver in ("status", "submit") and not ref:
            raise Stop(f"{provider}/{scenario.name} looks a swap up: pass --ref <the reference to look up>")
    key = api_key_for(provider, table, os.environ)
    try:
        check_reachable(base_url, timeout)
    except Stop as stop:
        raise Stop(f"{stop}. Live recording needs network access to the provider; nothing was recorded.") from None
    written = []
    today = datetime.now(UTC).date().isoformat()
    for scenario in chosen:
        params = casslib.live_params(scenario, ref=ref, memo=memo, now=datetime.now(UTC))
        path = out_dir / provider / f"{scenario.name}.live.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        raw_path = path.with_suffix(".recording.yaml")
        raw_path.unlink(missing_ok=True)
        recorder = vcr.VCR(record_mode="all", match_on=casslib.MATCH_ON, **vcr_filters([key] if key else []))
        # Only encodings vcrpy can decode (decode_compressed_response), so the bodies are stored readable.
        encodings = {"headers": {"Accept-Encoding": "gzip, deflate"}}
        client = casslib.make_provider(provider, base_url, params, api_key=key, httpx_args=encodings)
        with recorder.use_cassette(str(raw_path)):
            outcome = casslib.run(scenario, client, params)
        casslib.rewrite_recording(raw_path, path, secrets=[key] if key else [])
        raw_path.unlink(missing_ok=True)
        hits = find_secrets(path.read_text(encoding="utf-8"))
        if hits:
            path.unlink()
            details = "; ".join(f"line {hit.line}: {hit.kind}" for hit in hits)
            raise RuntimeError(f"{path.name} still contains credential-like text ({details}); it was deleted")
        what = "error " + type(outcome.error).__name__ if outcome.error else "ok"
        provenance = casslib.provenance_for(scenario, "live recording", base_url, params, recorded_on=today)
        provenance["expect"] = what if outcome.error else "result"
        casslib.write_provenance(path.with_name(f"{scenario.name}.live.provenance.toml"), provenance)
        print(f"recorded {path} ({what})")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s record --", description=__doc__.split("\n\n")[0])
    parser.add_argument("--provider", required=True, choices=registry.provider_names())
    parser.add_argument("--scenario", action="append", default=[], help="scenario name (repeatable); default: all")
    parser.add_argument("--ref", help="the swap reference a status scenario looks up (deposit address, tx hash…)")
    parser.add_argument("--memo", help="1Click deposit memo for the status lookup")
    parser.add_argument("--timeout", type=float, default=5.0, help="connectivity check timeout in seconds")
    parser.add_argument("--out", type=Path, default=ROOT / "cassettes", help="cassettes directory")
    args = parser.parse_args(argv)
    try:
        record_live(args.provider, args.scenario, ref=args.ref, memo=args.memo, timeout=args.timeout, out_dir=args.out)
    except Stop as stop:
        print(f"record: {stop}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
