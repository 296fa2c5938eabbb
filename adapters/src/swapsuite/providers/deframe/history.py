"""Deframe swap history: there is none to walk.

Deframe's swap API (docs.deframe.io, "Swap v2") documents three operations — ``GET /v2/swap/quote``,
``POST /v2/swap/bytecode`` and ``GET /v2/swap/status/{id}`` — and no endpoint that lists past swaps (re-checked
for issue 14 against docs.deframe.io and a search of public code).
So ``swaps()`` refuses before any request, saying so, instead of pretending with an empty list.
"""

from __future__ import annotations

from swapsuite.errors import UnsupportedError
from swapsuite.history import HistoryPlan, SwapFilter

from .ids import PROVIDER

REASON = (
    "Deframe has no swap history: its API documents no endpoint that lists past swaps "
    "(only /v2/swap/quote, /v2/swap/bytecode and /v2/swap/status/{id}); track each swap with status(<quote id>)"
)


def plan(flt: SwapFilter) -> HistoryPlan:
    """Always ``UnsupportedError`` (see the module docstring)."""
    raise UnsupportedError(REASON, provider=PROVIDER)
