"""Per-provider test data for the tests that run every registered provider (one module per provider, named after it).

A test that iterates :func:`swapsuite.registry.provider_names` takes what it needs about a provider from
``kit(name)`` — a documented fixture and the reference that reads it, the adapter arguments for offline runs — so
adding a provider means adding its kit module, and a registered provider without one fails loudly instead of
going untested.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Kit:
    """What the cross-provider tests need to know about one provider."""

    status_fixture: str  # a documented status answer (path under adapters/tests/fixtures)
    status_ref: str  # the reference a status lookup of that answer takes
    tokens_fixture: str | None = None  # a documented token list answered by one request (None: no such list)
    offline_args: dict[str, Any] = field(default_factory=dict)  # adapter arguments for canned, unsigned answers
    # The common-interface steps the hostile-network tests attack: step -> (operation id it sends, idempotent or
    # None for the step's default: reads yes, firm steps no).
    steps: dict[str, tuple[str, bool | None]] = field(default_factory=dict)
    # The CLI journey against the sandbox: (human USDC amount — its last three base-unit digits choose the ending —,
    # the state it ends in, the exit status of `status --watch`), and the action `submit` reports (None: no submit).
    journey: tuple[str, str, int] = ("100", "SUCCESS", 0)
    submit_action: str | None = None


def kit(name: str) -> Kit:
    """The kit of a registered provider (``adapters/tests/kits/<name>.py``'s ``KIT``)."""
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        raise RuntimeError(f"provider {name!r} is registered but adapters/tests/kits/{name}.py is missing") from exc
    found = module.KIT
    assert isinstance(found, Kit)
    return found
