from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_type import ApprovalType
from ..models.swap_status import SwapStatus

if TYPE_CHECKING:
    from ..models.fees import Fees
    from ..models.swap_from import SwapFrom
    from ..models.swap_refund import SwapRefund
    from ..models.swap_to import SwapTo


T = TypeVar("T", bound="Swap")


@_attrs_define
class Swap:
    """One entry of the swap list.

    Attributes:
        intent_id (UUID): Intent id (the docs' table says "Number"; the sample is a UUID string).
        status (SwapStatus): Combined state of an intent and the swap that fills it:
            * `created` - intent exists, no approval submitted yet
            * `approved` - the user's signature was attached
            * `verified` - a resolver accepted the intent
            * `failed` - the resolver declined the intent (terminal)
            * `deposited` - the resolver escrowed the user's funds on the source chain
            * `finished` - the user received the destination funds (terminal)
            * `expired` - the intent lapsed before completion (terminal)
            * `refunded` - the user's funds were returned (terminal)

            Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while the newest
            swap-list sample returns lowercase `created`. The newest sample is followed; the page that lists the values
            for the current API was not retrievable.
        approval_mechanism (ApprovalType): How the user approves an intent, fixed by the source chain: `permit2`
            (EIP-712 Permit2 signature, EVM and Tron), `cosign` (co-signed transaction, Solana) or `htlc` (signed PSBT for a
            hash time-locked contract, Bitcoin). Used both as the intent's `approval_type` and as a swap's
            `approval_mechanism`.
        from_ (SwapFrom): Source side of a swap.
        to (SwapTo): Destination side of a swap.
        refund (SwapRefund): Refund details of a swap.
        fees (Fees): Fees applied to a quote or swap. The affiliate fee rate is configured outside the API.
        intent_created_at (int): Intent creation time, documented as a Unix timestamp in microseconds; the documented
            sample (1778856025) is in seconds.
        swap_created_at (int): Swap creation time; same unit caveat as `intent_created_at`.
        swap_updated_at (int): Last swap update; same unit caveat as `intent_created_at`.
    """

    intent_id: UUID
    status: SwapStatus
    approval_mechanism: ApprovalType
    from_: SwapFrom
    to: SwapTo
    refund: SwapRefund
    fees: Fees
    intent_created_at: int
    swap_created_at: int
    swap_updated_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_id = str(self.intent_id)

        status = self.status.value

        approval_mechanism = self.approval_mechanism.value

        from_ = self.from_.to_dict()

        to = self.to.to_dict()

        refund = self.refund.to_dict()

        fees = self.fees.to_dict()

        intent_created_at = self.intent_created_at

        swap_created_at = self.swap_created_at

        swap_updated_at = self.swap_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent_id": intent_id,
                "status": status,
                "approval_mechanism": approval_mechanism,
                "from": from_,
                "to": to,
                "refund": refund,
                "fees": fees,
                "intent_created_at": intent_created_at,
                "swap_created_at": swap_created_at,
                "swap_updated_at": swap_updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fees import Fees  # noqa: PLC0415
        from ..models.swap_from import SwapFrom  # noqa: PLC0415
        from ..models.swap_refund import SwapRefund  # noqa: PLC0415
        from ..models.swap_to import SwapTo  # noqa: PLC0415

        d = dict(src_dict)
        intent_id = UUID(d.pop("intent_id"))

        status = SwapStatus(d.pop("status"))

        approval_mechanism = ApprovalType(d.pop("approval_mechanism"))

        from_ = SwapFrom.from_dict(d.pop("from"))

        to = SwapTo.from_dict(d.pop("to"))

        refund = SwapRefund.from_dict(d.pop("refund"))

        fees = Fees.from_dict(d.pop("fees"))

        intent_created_at = d.pop("intent_created_at")

        swap_created_at = d.pop("swap_created_at")

        swap_updated_at = d.pop("swap_updated_at")

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
