"""Shared fixtures for the conformance suite."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
SHARED = ROOT.parent / "shared"

with (SPECS / "providers.toml").open("rb") as _fh:
    PROVIDERS: dict[str, dict[str, Any]] = tomllib.load(_fh)


def load_spec(provider: str) -> dict[str, Any]:
    """The provider's spec as a plain dict."""
    with (SPECS / provider / "openapi.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)  # type: ignore[no-any-return]


@pytest.fixture(params=sorted(PROVIDERS))
def provider(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (``#/components/...``) until a concrete node is reached."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
