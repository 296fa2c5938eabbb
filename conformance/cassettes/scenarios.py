"""Every scenario, collected from the per-provider modules in registry order (a registered provider without a module
fails loudly), and lookups.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from types import ModuleType
from typing import Any

from .core import PROVIDER_NAMES, Scenario


def _provider_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(f"{__package__}.{name}")
    except ModuleNotFoundError as exc:
        raise RuntimeError(f"provider {name!r} is registered but conformance/cassettes/{name}.py is missing") from exc


PROVIDER_MODULES = tuple(_provider_module(name) for name in PROVIDER_NAMES)
DOCUMENTED: tuple[Scenario, ...] = tuple(s for module in PROVIDER_MODULES for s in module.DOCUMENTED)
SANDBOX: tuple[Scenario, ...] = tuple(s for module in PROVIDER_MODULES for s in module.SANDBOX)


SCENARIOS: dict[tuple[str, str], Scenario] = {(s.provider, s.name): s for s in (*DOCUMENTED, *SANDBOX)}


def scenario(provider: str, name: str) -> Scenario:
    """A scenario by provider and name (a ``.live`` suffix names the live recording of the same scenario)."""
    try:
        return SCENARIOS[(provider, name.removesuffix(".live"))]
    except KeyError:
        known = ", ".join(n for p, n in SCENARIOS if p == provider)
        raise KeyError(f"no scenario {provider}/{name}; known: {known}") from None


def live_scenarios(provider: str) -> list[Scenario]:
    return [s for s in SCENARIOS.values() if s.provider == provider and s.live]


def live_params(scenario: Scenario, *, ref: str | None, memo: str | None, now: datetime) -> dict[str, Any]:
    """A scenario's parameters for a live recording: the caller's ref, today's clock, no seeded token list."""
    params = {key: value for key, value in scenario.params.items() if key != "prime_tokens"}
    if scenario.driver in ("status", "submit"):
        params["ref"] = ref
        if memo:
            params["memo"] = memo
    if "clock" in params:
        params["clock"] = now.replace(microsecond=0).isoformat()
    return params
