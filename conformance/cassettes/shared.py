"""Helpers the per-provider scenario modules share: the documented-payload entry, wallets and hashes of the sandbox
recordings, the status-scenario builder.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .core import Prepare, SandboxRun, Scenario, Served


def _docs(provider: str, method: str, path: str, fixture: str, origin: str, status: int = 200) -> Served:
    return Served(method, path, f"{provider}/{fixture}", origin, status)


SPEC_ONECLICK = "specs/oneclick/openapi.yaml"


EVM_WALLET = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D"


SOLANA_WALLET = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"


DEPOSIT_TX = "0x" + "ab" * 32


SIGNATURE = "0x" + "5a" * 65


def _no_setup(params: Mapping[str, Any]) -> Prepare:
    def prepare(run: SandboxRun) -> dict[str, Any]:
        return dict(params)

    prepare.__doc__ = "none"
    return prepare


def _status(provider: str, state: str, prepare: Prepare, *, live: bool = False) -> Scenario:
    return Scenario(
        provider,
        f"status-{state.lower().replace('_', '-')}",
        f"status() → {state}",
        "status",
        prepare=prepare,
        expect_status=state,
        live=live,
    )
