from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SolanaBytecodeResponseTransactionData")


@_attrs_define
class SolanaBytecodeResponseTransactionData:
    """
    Attributes:
        raw_transaction (str | Unset): Serialized transaction to sign and send.
    """

    raw_transaction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw_transaction = self.raw_transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw_transaction is not UNSET:
            field_dict["rawTransaction"] = raw_transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        raw_transaction = d.pop("rawTransaction", UNSET)

        solana_bytecode_response_transaction_data = cls(
            raw_transaction=raw_transaction,
        )

        solana_bytecode_response_transaction_data.additional_properties = d
        return solana_bytecode_response_transaction_data

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
