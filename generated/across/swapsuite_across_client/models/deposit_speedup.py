from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositSpeedup")


@_attrs_define
class DepositSpeedup:
    """A `RequestedSpeedUpDeposit` event that updated the deposit's output amount, recipient or message.

    Attributes:
        transaction_hash (str | Unset):
        updated_recipient (str | Unset):
        updated_message (str | Unset):
        updated_output_amount (str | Unset):
        block_number (int | Unset):
    """

    transaction_hash: str | Unset = UNSET
    updated_recipient: str | Unset = UNSET
    updated_message: str | Unset = UNSET
    updated_output_amount: str | Unset = UNSET
    block_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_hash = self.transaction_hash

        updated_recipient = self.updated_recipient

        updated_message = self.updated_message

        updated_output_amount = self.updated_output_amount

        block_number = self.block_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if updated_recipient is not UNSET:
            field_dict["updatedRecipient"] = updated_recipient
        if updated_message is not UNSET:
            field_dict["updatedMessage"] = updated_message
        if updated_output_amount is not UNSET:
            field_dict["updatedOutputAmount"] = updated_output_amount
        if block_number is not UNSET:
            field_dict["blockNumber"] = block_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_hash = d.pop("transactionHash", UNSET)

        updated_recipient = d.pop("updatedRecipient", UNSET)

        updated_message = d.pop("updatedMessage", UNSET)

        updated_output_amount = d.pop("updatedOutputAmount", UNSET)

        block_number = d.pop("blockNumber", UNSET)

        deposit_speedup = cls(
            transaction_hash=transaction_hash,
            updated_recipient=updated_recipient,
            updated_message=updated_message,
            updated_output_amount=updated_output_amount,
            block_number=block_number,
        )

        deposit_speedup.additional_properties = d
        return deposit_speedup

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
