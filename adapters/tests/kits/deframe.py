"""Deframe test kit (its token list is built in: no request)."""

from . import Kit

KIT = Kit(
    status_fixture="deframe/status.fulfilled.json",
    status_ref="q-123",
    steps={
        "dry quote": ("getSwapQuote", False),  # with addresses: an execution record
        "firm quote": ("getSwapQuote", None),
        "execute": ("createSwapBytecode", None),
        "status": ("getSwapStatus", None),
    },
)
