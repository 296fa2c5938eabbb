from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_type import ApprovalType
from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fees import Fees
    from ..models.swap_from import SwapFrom
    from ..models.swap_refund import SwapRefund
    from ..models.swap_to import SwapTo


T = TypeVar("T", bound="Swap")


@_attrs_define
class Swap:
    """One entry of the swap list, read by the adapter's swap history (`swaps()`). Every field is in the documented sample;
    by the tolerant-reader rule none is required here, and the adapter itself refuses an entry without `intent_id` (its
    record id and status reference) and leaves any other missing field empty.

        Attributes:
            intent_id (UUID | Unset): Intent id (the docs' table says "Number"; the sample is a UUID string).
            status (SwapStatus | Unset): Combined state of an intent and the swap that fills it:
                * `created` - intent exists, no approval submitted yet
                * `approved` - the user's signature was attached
                * `verified` - a resolver accepted the intent
                * `failed` - the resolver declined the intent (terminal)
                * `deposited` - the resolver escrowed the user's funds on the source chain
                * `finished` - the user received the destination funds (terminal)
                * `expired` - the intent lapsed before completion (terminal)
                * `refunded` - the user's funds were returned (terminal)

                Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while the newest
                swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as the newest
                sample); the page that lists the values for the current API was not retrievable. Compare statuses
                case-insensitively.
            approval_mechanism (ApprovalType | Unset): How the user approves an intent, fixed by the source chain: `permit2`
                (EIP-712 Permit2 signature, EVM and Tron), `cosign` (co-signed transaction, Solana) or `htlc` (signed PSBT for a
                hash time-locked contract, Bitcoin). Used both as the intent's `approval_type` and as a swap's
                `approval_mechanism`.
            from_ (SwapFrom | Unset): Source side of a swap. Only what the adapter reads is required (`amount`, `decimals`);
                the rest is in every sample.
            to (SwapTo | Unset): Destination side of a swap. Nothing is required: the adapter reports no delivered amount
                (Changelly documents only bounds) and reads only the transaction hash.
            refund (SwapRefund | Unset): Refund details of a swap.
            fees (Fees | Unset): Fees applied to a quote or swap. The affiliate fee rate is configured outside the API.
            intent_created_at (int | Unset): Intent creation time, documented as a Unix timestamp in microseconds; the
                documented sample (1778856025) is in seconds.
            swap_created_at (int | Unset): Swap creation time; same unit caveat as `intent_created_at`.
            swap_updated_at (int | Unset): Last swap update; same unit caveat as `intent_created_at`.
    """

    intent_id: UUID | Unset = UNSET
    status: SwapStatus | Unset = UNSET
    approval_mechanism: ApprovalType | Unset = UNSET
    from_: SwapFrom | Unset = UNSET
    to: SwapTo | Unset = UNSET
    refund: SwapRefund | Unset = UNSET
    fees: Fees | Unset = UNSET
    intent_created_at: int | Unset = UNSET
    swap_created_at: int | Unset = UNSET
    swap_updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_id: str | Unset = UNSET
        if not isinstance(self.intent_id, Unset):
            intent_id = str(self.intent_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        approval_mechanism: str | Unset = UNSET
        if not isinstance(self.approval_mechanism, Unset):
            approval_mechanism = self.approval_mechanism.value

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        intent_created_at = self.intent_created_at

        swap_created_at = self.swap_created_at

        swap_updated_at = self.swap_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intent_id is not UNSET:
            field_dict["intent_id"] = intent_id
        if status is not UNSET:
            field_dict["status"] = status
        if approval_mechanism is not UNSET:
            field_dict["approval_mechanism"] = approval_mechanism
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if refund is not UNSET:
            field_dict["refund"] = refund
        if fees is not UNSET:
            field_dict["fees"] = fees
        if intent_created_at is not UNSET:
            field_dict["intent_created_at"] = intent_created_at
        if swap_created_at is not UNSET:
            field_dict["swap_created_at"] = swap_created_at
        if swap_updated_at is not UNSET:
            field_dict["swap_updated_at"] = swap_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fees import Fees  # noqa: PLC0415
        from ..models.swap_from import SwapFrom  # noqa: PLC0415
        from ..models.swap_refund import SwapRefund  # noqa: PLC0415
        from ..models.swap_to import SwapTo  # noqa: PLC0415

        d = dict(src_dict)
        _intent_id = d.pop("intent_id", UNSET)
        intent_id: UUID | Unset
        if isinstance(_intent_id, Unset):
            intent_id = UNSET
        else:
            intent_id = UUID(_intent_id)

        _status = d.pop("status", UNSET)
        status: SwapStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SwapStatus(_status)

        _approval_mechanism = d.pop("approval_mechanism", UNSET)
        approval_mechanism: ApprovalType | Unset
        if isinstance(_approval_mechanism, Unset):
            approval_mechanism = UNSET
        else:
            approval_mechanism = ApprovalType(_approval_mechanism)

        _from_ = d.pop("from", UNSET)
        from_: SwapFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = SwapFrom.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: SwapTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = SwapTo.from_dict(_to)

        _refund = d.pop("refund", UNSET)
        refund: SwapRefund | Unset
        if isinstance(_refund, Unset):
            refund = UNSET
        else:
            refund = SwapRefund.from_dict(_refund)

        _fees = d.pop("fees", UNSET)
        fees: Fees | Unset
        if isinstance(_fees, Unset):
            fees = UNSET
        else:
            fees = Fees.from_dict(_fees)

        intent_created_at = d.pop("intent_created_at", UNSET)

        swap_created_at = d.pop("swap_created_at", UNSET)

        swap_updated_at = d.pop("swap_updated_at", UNSET)

        swap = cls(
            intent_id=intent_id,
            status=status,
            approval_mechanism=approval_mechanism,
            from_=from_,
            to=to,
            refund=refund,
            fees=fees,
            intent_created_at=intent_created_at,
            swap_created_at=swap_created_at,
            swap_updated_at=swap_updated_at,
        )

        swap.additional_properties = d
        return swap

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
