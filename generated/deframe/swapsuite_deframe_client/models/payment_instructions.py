from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_instructions_amount import PaymentInstructionsAmount
    from ..models.payment_instructions_pix import PaymentInstructionsPix


T = TypeVar("T", bound="PaymentInstructions")


@_attrs_define
class PaymentInstructions:
    """How the user pays on a fiat on-ramp quote (BRL via Pix).

    Attributes:
        amount (PaymentInstructionsAmount | Unset): What the user pays (shown in Pods' demo test payload).
        pix (PaymentInstructionsPix | Unset):
        expires_at (datetime.datetime | Unset): When the payment instructions expire.
    """

    amount: PaymentInstructionsAmount | Unset = UNSET
    pix: PaymentInstructionsPix | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        pix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix, Unset):
            pix = self.pix.to_dict()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if pix is not UNSET:
            field_dict["pix"] = pix
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_instructions_amount import PaymentInstructionsAmount  # noqa: PLC0415
        from ..models.payment_instructions_pix import PaymentInstructionsPix  # noqa: PLC0415

        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: PaymentInstructionsAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = PaymentInstructionsAmount.from_dict(_amount)

        _pix = d.pop("pix", UNSET)
        pix: PaymentInstructionsPix | Unset
        if isinstance(_pix, Unset):
            pix = UNSET
        else:
            pix = PaymentInstructionsPix.from_dict(_pix)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        payment_instructions = cls(
            amount=amount,
            pix=pix,
            expires_at=expires_at,
        )

        payment_instructions.additional_properties = d
        return payment_instructions

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
