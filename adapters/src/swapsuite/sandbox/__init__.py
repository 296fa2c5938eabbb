"""Local sandboxes that imitate the providers: real HTTP servers implementing each provider's spec.

Every registered provider whose descriptor names a sandbox is served on one port under its own path prefix
(``http://127.0.0.1:PORT/oneclick`` and so on). Point a provider at its prefix with ``base_url``. The sandboxes
accept the API key :data:`SANDBOX_API_KEY` where the real provider requires one and answer anything else with the
provider's own authentication error. See ``swapsuite.sandbox.control`` for the ``/_sandbox`` control API (clock,
lifecycle outcomes, fault injection).
"""

from __future__ import annotations

from ..extras import require

require("sandbox")  # starlette and uvicorn: one clear error naming the extra, not a bare ImportError

from .server import SANDBOX_API_KEY, SandboxServer, build_app  # noqa: E402

__all__ = ["SANDBOX_API_KEY", "SandboxServer", "build_app"]
