"""Shared fixtures for the conformance suite."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"

with (SPECS / "providers.toml").open("rb") as _fh:
    PROVIDERS: dict[str, dict[str, Any]] = tomllib.load(_fh)


def load_spec(provider: str) -> dict[str, Any]:
    """The provider's spec as a plain dict."""
    with (SPECS / provider / "openapi.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)  # type: ignore[no-any-return]


@pytest.fixture(params=sorted(PROVIDERS))
def provider(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


# --- cassettes and properties (conformance/test_cassettes.py, conformance/test_properties.py) ------------------

# Generated bodies are large and varied by design: slowness and size are not health problems here.
_GENERATED_DATA_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
# The property tests run this profile unless another one is loaded: few examples, so the file stays fast.
hypothesis_settings.register_profile(
    "conformance-fast", max_examples=12, deadline=None, suppress_health_check=_GENERATED_DATA_OK
)
# `pytest --hypothesis-profile=ci` (what `nox -s conformance` runs): many more examples per property.
hypothesis_settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=_GENERATED_DATA_OK, print_blob=True
)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """pytest-recording's VCR.py settings for the cassette replays: replay only (never record, never reach the
    network), match on everything the adapters choose (method, URL parts, JSON-aware body), each recorded
    interaction at most once — so a cassette is played exactly as recorded, and the tests then require all of it."""
    return {
        "record_mode": "none",
        "match_on": ("method", "scheme", "host", "port", "path", "query", "body"),
        "allow_playback_repeats": False,
    }
