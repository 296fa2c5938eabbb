"""The main job runs end to end against the sandboxes: token lists, best quote, execution, tracking."""

from __future__ import annotations

import io

from rich.console import Console
from swapsuite import registry
from swapsuite.demo import run
from swapsuite.models import SwapState


def test_demo_reaches_a_terminal_state() -> None:
    out = io.StringIO()
    final = run(Console(file=out, width=140))
    text = out.getvalue()
    assert final.state is SwapState.SUCCESS
    for heading in ("1. token lists", "2. best quote", "3. executing", "4. tracking", "done: SUCCESS"):
        assert heading in text
    for provider in registry.provider_names():  # every registered provider with a sandbox takes part
        assert provider in text
    assert "failed:" not in text  # every provider quoted the route
