"""Across test kit."""

from . import Kit

KIT = Kit(
    status_fixture="across/deposit_status.200.filled.json",
    status_ref="0x" + "ab" * 32,
    tokens_fixture="across/swap_tokens.200.json",
    steps={
        "tokens": ("getSwapTokens", None),
        "dry quote": ("getSwapApproval", None),
        "firm quote": ("getSwapApproval", True),  # pricing only: no server state
        "status": ("getDepositStatus", None),
    },
    journey=("100.000302", "REFUNDED", 1),
)
