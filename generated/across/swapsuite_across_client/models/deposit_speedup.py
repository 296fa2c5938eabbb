from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="DepositSpeedup")
_KNOWN_KEYS = frozenset(
    (
        "transactionHash",
        "updatedRecipient",
        "updatedMessage",
        "updatedOutputAmount",
        "blockNumber",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.transaction_hash is not UNSET:
            field_dict["transactionHash"] = self.transaction_hash

        if self.updated_recipient is not UNSET:
            field_dict["updatedRecipient"] = self.updated_recipient

        if self.updated_message is not UNSET:
            field_dict["updatedMessage"] = self.updated_message

        if self.updated_output_amount is not UNSET:
            field_dict["updatedOutputAmount"] = self.updated_output_amount

        if self.block_number is not UNSET:
            field_dict["blockNumber"] = self.block_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        transaction_hash = src_dict.get("transactionHash", UNSET)
        if transaction_hash is not UNSET:
            _seen += 1
            if not isinstance(transaction_hash, str):
                raise TypeMismatch("string", transaction_hash, "transactionHash")

        updated_recipient = src_dict.get("updatedRecipient", UNSET)
        if updated_recipient is not UNSET:
            _seen += 1
            if not isinstance(updated_recipient, str):
                raise TypeMismatch("string", updated_recipient, "updatedRecipient")

        updated_message = src_dict.get("updatedMessage", UNSET)
        if updated_message is not UNSET:
            _seen += 1
            if not isinstance(updated_message, str):
                raise TypeMismatch("string", updated_message, "updatedMessage")

        updated_output_amount = src_dict.get("updatedOutputAmount", UNSET)
        if updated_output_amount is not UNSET:
            _seen += 1
            if not isinstance(updated_output_amount, str):
                raise TypeMismatch("string", updated_output_amount, "updatedOutputAmount")

        block_number = src_dict.get("blockNumber", UNSET)
        if block_number is not UNSET:
            _seen += 1
            if not (type(block_number) is int or is_integer(block_number)):
                raise TypeMismatch("integer", block_number, "blockNumber")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.transaction_hash = transaction_hash
        _model.updated_recipient = updated_recipient
        _model.updated_message = updated_message
        _model.updated_output_amount = updated_output_amount
        _model.block_number = block_number
        _model.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS} if len(src_dict) != _seen else {}
        )
        return _model

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


# Bound once at import: on every from_dict call these attribute lookups would cost more than the type checks.
_new_object = object.__new__
