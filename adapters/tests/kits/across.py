"""Across test kit."""

from . import Kit

KIT = Kit(
    status_fixture="across/deposit_status.200.filled.json",
    status_ref="0x" + "ab" * 32,
    tokens_fixture="across/swap_tokens.200.json",
)
