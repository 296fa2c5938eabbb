"""The generated models give back what they were given: ``from_dict(body).to_dict() == body``.

Every JSON response body of the cassettes (``cassettes/<provider>/*.yaml``) and of the evidence corpus
(``conformance/evidence/<provider>/*.json``) goes through the generated client's own response parsing for its
operation and status (``_build_response``); the models it returns are written back with ``to_dict`` and compared
with the decoded body. The body is decoded twice: by ``json.loads`` (what the generated client's endpoint functions
use) and by ``swapsuite.codec.decode_json`` (what the adapters use: non-integer numbers as ``Decimal``), whose
result goes through the same model classes directly.

Round-tripping covers formatted strings written back verbatim (``...104Z`` stays ``...104Z``, an upper-case uuid
stays upper case), unknown enum values, extra properties, nulls and absent optional properties.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from swapsuite.codec import decode_json

from conformance import cassettes as casslib
from conformance import specschema
from conformance.evidence import fixtures, generated_module

BASE_URL = "https://roundtrip.invalid"


@dataclass(frozen=True)
class Body:
    provider: str
    origin: str  # file (and interaction) the body comes from
    method: str
    path: str  # relative to the provider's base URL
    status: int
    text: str

    @property
    def id(self) -> str:
        return self.origin


def _cassette_bodies() -> Iterator[Body]:
    for path in sorted(casslib.CASSETTES.glob("*/*.yaml")):
        provider = path.parent.name
        base_path = urlsplit(casslib.read_provenance(path)["base_url"]).path.rstrip("/")
        requests, responses = casslib.read_cassette(path)
        for i, (request, response) in enumerate(zip(requests, responses, strict=True)):
            text = response["body"]["string"]
            if isinstance(text, bytes):
                text = text.decode()
            if not text.strip():
                continue
            relative = urlsplit(request.uri).path.removeprefix(base_path)
            origin = f"{path.relative_to(casslib.ROOT)}#{i}"
            yield Body(provider, origin, request.method, relative, response["status"]["code"], text)


def _evidence_bodies() -> Iterator[Body]:
    for fixture in fixtures():
        if fixture.body is None or fixture.upstream_error is not None:
            continue
        text = json.dumps(fixture.body)
        yield Body(fixture.provider, f"evidence/{fixture.id}", fixture.route.method, fixture.route.path,
                   fixture.route.status, text)  # fmt: skip


BODIES = [*_cassette_bodies(), *_evidence_bodies()]


def parse(body: Body) -> Any:
    """The generated client's parse of ``body`` for its operation and status (None: the status has no model)."""
    op = specschema.find_operation(specschema.provider_spec(body.provider), body.method, body.path)
    assert op is not None, f"{body.origin}: no operation for {body.method} {body.path}"
    module = generated_module(body.provider, op.operation_id)
    package = __import__(f"swapsuite_{body.provider}_client")
    client = package.Client(base_url=BASE_URL, raise_on_unexpected_status=False)
    return module._build_response(client=client, response=httpx.Response(body.status, content=body.text)).parsed


def dump(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [dump(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def reparse(parsed: Any, data: Any) -> Any:
    """The same model classes applied to another decoding of the same body."""
    if isinstance(parsed, list):
        return [reparse(model, item) for model, item in zip(parsed, data, strict=True)]
    return type(parsed).from_dict(data) if hasattr(parsed, "to_dict") else data


def _models(parsed: Any) -> bool:
    return hasattr(parsed, "to_dict") or (isinstance(parsed, list) and any(hasattr(p, "to_dict") for p in parsed))


@pytest.mark.parametrize("body", BODIES, ids=[b.id for b in BODIES])
def test_to_dict_gives_back_the_body(body: Body) -> None:
    parsed = parse(body)
    if not _models(parsed):
        # No model for this status (e.g. a plain-text error the spec documents without a schema): nothing to
        # round-trip, but then the body must not have been parsed into something else either.
        assert parsed is None or parsed == json.loads(body.text), body.origin
        return
    assert dump(parsed) == json.loads(body.text)
    exact = decode_json(body.text.encode())
    assert dump(reparse(parsed, exact)) == exact


@pytest.mark.parametrize("provider", casslib.PROVIDER_NAMES)
def test_every_provider_round_trips_many_models(provider: str) -> None:
    modelled = [b for b in BODIES if b.provider == provider and _models(parse(b))]
    assert len(modelled) >= 8, f"{provider}: only {len(modelled)} bodies parse into models"


def test_date_time_text_is_kept_verbatim() -> None:
    from swapsuite_oneclick_client.models import TokenResponse

    item = {
        "assetId": "nep141:wrap.near",
        "decimals": 24,
        "blockchain": "near",
        "symbol": "wNEAR",
        "price": 2.79,
        "priceUpdatedAt": "2025-03-28T12:23:00.104Z",
    }
    token = TokenResponse.from_dict(item)
    assert token.to_dict()["priceUpdatedAt"] == "2025-03-28T12:23:00.104Z"
    # A replaced value is written as the new value, not the old text.
    token.price_updated_at = token.price_updated_at.replace(second=1)
    assert token.to_dict()["priceUpdatedAt"] == "2025-03-28T12:23:01.104000+00:00"
    # The same instant in another offset is a different value for the writer.
    token = TokenResponse.from_dict(item)
    token.price_updated_at = token.price_updated_at.astimezone(__import__("datetime").timezone.max)
    assert token.to_dict()["priceUpdatedAt"] != "2025-03-28T12:23:00.104Z"


def test_round_trip_bodies_exist_for_every_source() -> None:
    origins = {Path(b.origin).parts[0] for b in BODIES}
    assert origins == {"cassettes", "evidence"}
