"""``GET /_sandbox/connection``: everything a client needs to talk to a running sandbox, from one URL.

The command line reads it (``--sandbox-url URL`` / ``SWAPSUITE_SANDBOX_URL``) instead of asking the user for every
provider's base URL, the API keys and the sandbox-only adapter arguments (the 1Click sandbox's signing key), all of
which come from the registered providers' descriptors. The endpoint follows the control-API rules of
``swapsuite.sandbox.control_api`` (loopback ``Host``, same ``Origin``): it hands out the sandbox key, which is no
secret, but a web page the user visits has no business reading it either.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..registry import descriptor
from .control import SandboxState
from .control_api import endpoint
from .server import SANDBOX_API_KEY

CONNECTION_PATH = "/_sandbox/connection"

# The sandbox wallet's address per chain namespace (CAIP-2): the default sender, recipient and refund address of
# quotes asked in sandbox mode, so a dry quote never lacks the addresses 1Click and Across require.
WALLET_ADDRESSES = {
    "eip155": "0x2527d02599ba641c19fea793cd0f167589a0f10d",
    "solana": "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM",
    "bip122": "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "near": "sandbox-wallet.near",
}


def adapter_args(providers: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The sandbox-only adapter keyword arguments of each provider that has any (its descriptor's)."""
    found = {name: dict(descriptor(name).sandbox_adapter_args) for name in providers}
    return {name: args for name, args in found.items() if args}


def facts(url: str, providers: Sequence[str]) -> dict[str, Any]:
    """The connection facts of a sandbox served at ``url`` (no trailing slash)."""
    base_urls = {name: f"{url}/{name}" for name in providers}
    args = adapter_args(providers)
    found = {
        "url": url,
        "base_urls": base_urls,
        "api_key": SANDBOX_API_KEY,
        "adapter_args": args,
        "wallet": dict(WALLET_ADDRESSES),
        "env": environment(url, base_urls),
    }
    if "public_key" in args.get("oneclick", {}):  # the name clients of the first version of this endpoint read
        found["oneclick_public_key"] = args["oneclick"]["public_key"]
    return found


def environment(url: str, base_urls: dict[str, str]) -> dict[str, str]:
    """The environment variables that point every swapsuite command (and the adapters) at this sandbox."""
    env = {"SWAPSUITE_SANDBOX_URL": url}
    env.update({f"SWAPSUITE_{name.upper()}_BASE_URL": base for name, base in base_urls.items()})
    env.update({descriptor(name).api_key_env: SANDBOX_API_KEY for name in base_urls})
    for name, args in adapter_args(list(base_urls)).items():  # e.g. SWAPSUITE_ONECLICK_PUBLIC_KEY
        env.update({f"SWAPSUITE_{name.upper()}_{key.upper()}": str(value) for key, value in args.items()})
    return env


def export_block(env: dict[str, str]) -> str:
    """One ``export`` line per variable, quoted for a POSIX shell."""
    return "\n".join(f"export {name}={shlex.quote(value)}" for name, value in env.items())


def route(providers: Sequence[str], remote_hosts: frozenset[str] = frozenset()) -> Route:
    """The ``GET /_sandbox/connection`` route of the combined app (guarded like every control endpoint)."""
    guard = SandboxState("connection", control_hosts=remote_hosts)

    async def connection(request: Request, body: dict[str, Any]) -> Response:
        url = f"{request.url.scheme}://{request.headers.get('host', '')}"
        return JSONResponse(facts(url, providers))

    return Route(CONNECTION_PATH, endpoint(guard, connection), methods=["GET"])
