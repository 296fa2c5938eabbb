"""1Click test kit."""

from . import Kit

KIT = Kit(
    status_fixture="oneclick/status.success.json",
    status_ref="0x76b4c56085ED136a8744D52bE956396624a730E8",
    tokens_fixture="oneclick/tokens.excerpt-2025-07-24.json",
    offline_args={"verify_signatures": False},  # canned quotes carry no signature of a key we hold
    steps={
        "tokens": ("getTokens", None),
        "dry quote": ("getQuote", None),
        "firm quote": ("getQuote", None),
        "submit": ("submitDepositTx", None),
        "status": ("getExecutionStatus", None),
    },
    submit_action="deposit",
)
