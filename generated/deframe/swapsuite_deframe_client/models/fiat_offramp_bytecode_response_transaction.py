from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FiatOfframpBytecodeResponseTransaction")


@_attrs_define
class FiatOfframpBytecodeResponseTransaction:
    """Transfer payload, when the backend returns one.

    Attributes:
        to (str | Unset):
        data (str | Unset):
        value (str | Unset): Native amount, integer string in wei.
    """

    to: str | Unset = UNSET
    data: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        data = self.data

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if data is not UNSET:
            field_dict["data"] = data
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)

        data = d.pop("data", UNSET)

        value = d.pop("value", UNSET)

        fiat_offramp_bytecode_response_transaction = cls(
            to=to,
            data=data,
            value=value,
        )

        fiat_offramp_bytecode_response_transaction.additional_properties = d
        return fiat_offramp_bytecode_response_transaction

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
