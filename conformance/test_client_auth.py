"""Each generated client's AuthenticatedClient sends its token the way the spec's security scheme says."""

from __future__ import annotations

import importlib
from pathlib import Path

import httpx
import pytest
from swapsuite import registry

from codegen import auth

ROOT = Path(__file__).resolve().parents[1]
# provider: (header, value sent for token "k") — what each provider's docs ask for, as its descriptor records it.
EXPECTED = {
    d.name: (d.key_header, f"{d.key_prefix}k") for d in registry.descriptors() if d.client_package and d.key_header
}


@pytest.mark.parametrize("provider", sorted(EXPECTED))
def test_authenticated_client_default_header_follows_the_spec(provider: str) -> None:
    package = importlib.import_module(f"swapsuite_{provider}_client")
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json={}))
    client = package.AuthenticatedClient(base_url="http://test", token="k", httpx_args={"transport": transport})
    client.get_httpx_client().get("/anything")
    header, value = EXPECTED[provider]
    assert seen[0].headers[header] == value
    if header != "Authorization":
        assert "authorization" not in seen[0].headers  # not Bearer on top of the key
    spec_default = auth.default(ROOT / "specs" / provider / "openapi.yaml")
    assert (spec_default.header, spec_default.prefix) == (header, value.removesuffix("k").strip())
    readme = (ROOT / "generated" / provider / "README.md").read_text(encoding="utf-8")
    assert "### Authentication" in readme and f"`{header}: " in readme


def test_the_default_prefers_the_global_requirement_then_declaration_order() -> None:
    spec = {
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                "query": {"type": "apiKey", "in": "query", "name": "key"},
                "bearer": {"type": "http", "scheme": "bearer"},
            }
        },
    }
    assert [s.scheme for s in auth.schemes(spec)] == ["bearer", "key"]  # a query key is no header
    del spec["security"]
    assert auth.schemes(spec)[0] == auth.AuthDefault("key", "X-Key", "")
    assert auth.schemes({}) == []
