"""The common model every adapter maps to: tokens, quote requests, quotes, actions, fees and status reports."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from .caip import AssetId

JSON = Any  # a decoded JSON value, kept verbatim in ``raw`` fields


class SwapState(enum.StrEnum):
    """One lifecycle vocabulary for every provider (1Click's, plus EXPIRED and UNKNOWN)."""

    PENDING_DEPOSIT = "PENDING_DEPOSIT"
    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    INCOMPLETE_DEPOSIT = "INCOMPLETE_DEPOSIT"
    REFUNDED = "REFUNDED"
    FAILED = "FAILED"
    EXPIRED = "EXPIRED"
    UNKNOWN = "UNKNOWN"

    @property
    def is_terminal(self) -> bool:
        return self in _TERMINAL


_TERMINAL = frozenset({SwapState.SUCCESS, SwapState.REFUNDED, SwapState.FAILED, SwapState.EXPIRED})


class SwapType(enum.StrEnum):
    """How ``QuoteRequest.amount`` is read. ``FLEX_INPUT`` (1Click): an exact-input quote that still executes when
    the deposit differs from ``amount`` (the output scales with it); providers without it raise UnsupportedError."""

    EXACT_INPUT = "EXACT_INPUT"
    EXACT_OUTPUT = "EXACT_OUTPUT"
    FLEX_INPUT = "FLEX_INPUT"


class AccountType(enum.StrEnum):
    """Where a deposit comes from, a refund goes to or the output is delivered: an address on the chain itself
    (the default everywhere) or an account inside the provider's own ledger (1Click's ``INTENTS``)."""

    CHAIN = "CHAIN"
    INTENTS = "INTENTS"


@dataclass(frozen=True)
class AppFee:
    """An integrator fee charged on top of the swap: ``bps`` basis points of the input, paid to ``recipient``."""

    recipient: str
    bps: int


@dataclass(frozen=True)
class Token:
    """A token a provider supports. ``native_id`` is the provider's own identifier (1Click assetId, token_id…)."""

    provider: str
    asset: AssetId
    symbol: str
    decimals: int
    native_id: str
    name: str | None = None
    price_usd: Decimal | None = None

    @property
    def chain_key(self) -> str | None:
        chain = self.asset.chain
        return chain.key if chain else None


@dataclass(frozen=True)
class QuoteRequest:
    """What to swap. ``amount`` is in base units of the input asset (exact input) or output asset (exact output)."""

    from_asset: AssetId
    to_asset: AssetId
    amount: int
    swap_type: SwapType = SwapType.EXACT_INPUT
    sender: str | None = None
    recipient: str | None = None
    refund_to: str | None = None
    slippage_bps: int = 100
    dry: bool = True
    # Integrator extras. Each adapter sends what its provider supports and raises UnsupportedError (before any
    # request) for what it cannot honour, never silently dropping a fee or a ledger choice.
    app_fees: tuple[AppFee, ...] = ()
    referral: str | None = None  # 1Click `referral`
    integrator_id: str | None = None  # Across `integratorId` (2-byte hex, assigned by Across)
    deposit_type: AccountType = AccountType.CHAIN
    refund_type: AccountType = AccountType.CHAIN
    recipient_type: AccountType = AccountType.CHAIN


@dataclass(frozen=True)
class Fee:
    """One fee. ``amount`` in base units of ``asset`` when known; ``bps`` of the input amount when known."""

    kind: str
    asset: AssetId | None
    amount: int | None
    bps: Decimal | None


@dataclass(frozen=True)
class Deposit:
    """Send ``amount`` of ``asset`` to ``address`` on ``chain`` (with ``memo`` if given) — 1Click's execution step."""

    chain: str
    address: str
    asset: AssetId
    amount: int
    memo: str | None = None
    type: Literal["deposit"] = "deposit"


@dataclass(frozen=True)
class Transaction:
    """Sign and send this transaction on ``chain``. Approvals come first in a quote's action list."""

    chain: str
    to: str | None
    data: str | None
    value: int = 0
    gas: int | None = None
    max_fee_per_gas: int | None = None
    max_priority_fee_per_gas: int | None = None
    purpose: str = "swap"
    raw: JSON = None
    type: Literal["transaction"] = "transaction"


@dataclass(frozen=True)
class SignTypedData:
    """Sign ``payload`` (EIP-712 typed data or a chain-specific message), then call ``submit`` with the signature."""

    chain: str
    payload: JSON
    submit_ref: str
    approval_type: str | None = None
    type: Literal["sign_typed_data"] = "sign_typed_data"


Action = Deposit | Transaction | SignTypedData


@dataclass(frozen=True)
class Quote:
    """A provider's answer to a :class:`QuoteRequest`, normalized. ``raw`` is the provider's payload, untouched."""

    provider: str
    quote_id: str | None
    from_asset: AssetId
    to_asset: AssetId
    amount_in: int
    amount_out: int
    min_amount_out: int | None
    fees: tuple[Fee, ...] = ()
    expires_at: datetime | None = None
    estimated_duration_s: int | None = None
    actions: tuple[Action, ...] = ()
    status_ref: str | None = None
    dry: bool = True
    raw: JSON = field(default=None, compare=False, repr=False)
    # The request this quote answers: lets execute() finish a quote without the caller repeating addresses.
    request: QuoteRequest | None = field(default=None, compare=False, repr=False)
    # Names of this quote's fields whose values are covered by a verified provider signature (1Click); None when
    # the provider signs nothing. Fields outside it are the provider's word only.
    signed_fields: frozenset[str] | None = field(default=None, compare=False)

    @property
    def ranking_key(self) -> tuple[int, int]:
        """Best first when sorted descending: minimum out, then expected out."""
        return (self.min_amount_out if self.min_amount_out is not None else self.amount_out, self.amount_out)


@dataclass(frozen=True)
class StatusReport:
    """Where a swap is. ``provider_status`` is the provider's raw status string."""

    provider: str
    ref: str
    state: SwapState
    provider_status: str
    origin_tx_hashes: tuple[str, ...] = ()
    destination_tx_hashes: tuple[str, ...] = ()
    refund_tx_hashes: tuple[str, ...] = ()
    amount_in: int | None = None
    amount_out: int | None = None
    refunded_amount: int | None = None
    updated_at: datetime | None = None
    raw: JSON = field(default=None, compare=False, repr=False)

    @property
    def is_terminal(self) -> bool:
        return self.state.is_terminal


def map_state(table: Mapping[str, SwapState], raw_status: str | None) -> SwapState:
    """Look a provider status up in its documented table; anything undocumented is UNKNOWN, never an error."""
    if raw_status is None:
        return SwapState.UNKNOWN
    return table.get(raw_status, SwapState.UNKNOWN)
