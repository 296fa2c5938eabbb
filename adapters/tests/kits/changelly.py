"""Changelly test kit (its token list takes two requests: networks, then tokens)."""

from . import Kit

KIT = Kit(
    status_fixture="changelly/intent_status.finished.json",
    status_ref="bf53a856-46aa-4865-8d66-a649a9d5b169",
    steps={
        "tokens": ("listTokens", None),
        "dry quote": ("createQuote", None),
        "firm quote": ("createIntent", None),
        "execute": ("createIntent", None),
        "submit": ("createIntentApproval", None),
        "status": ("getIntent", None),
    },
    journey=("100.000404", "FAILED", 1),
    submit_action="sign_typed_data",
)
