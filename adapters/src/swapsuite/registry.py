"""Which providers exist: the four built in, plus any another package registers through the entry-point group
``swapsuite.providers`` (``name = "package.module:AdapterClass"``). Everything that iterates over providers (the
CLI, the demo, nox, conformance, bench, tests) asks here instead of spelling names."""

from __future__ import annotations

import functools
from importlib.metadata import entry_points

ENTRY_POINT_GROUP = "swapsuite.providers"
BUILTIN = ("oneclick", "across", "changelly", "deframe")


@functools.cache
def _external() -> dict[str, str]:
    """name -> "module:attr" of providers registered by other installed packages (read once per process)."""
    return {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name not in BUILTIN}


def provider_names() -> tuple[str, ...]:
    """Every registered provider name: the built-in ones first, then external ones in name order."""
    return BUILTIN + tuple(sorted(_external()))


def refresh() -> None:
    """Forget the entry points read so far (after installing a provider package into a running process)."""
    _external.cache_clear()
