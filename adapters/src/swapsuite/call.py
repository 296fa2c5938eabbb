"""The request value a plan yields, in its own module so the engine and the attempt loop need not import each other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Call", "Parser"]

Parser = Callable[[Any], Any]


@dataclass(frozen=True)
class Call:
    """One HTTP request of a plan.

    ``request`` holds httpx request keyword arguments (as built by the generated module's public ``build_request``);
    ``parse`` turns the decoded JSON body into the generated model. ``idempotent`` marks calls that may be retried.
    ``expect_empty`` marks calls whose success body may be empty.
    """

    provider: str
    operation: str
    request: dict[str, Any]
    parse: Parser
    idempotent: bool = True
    expect_empty: bool = False
