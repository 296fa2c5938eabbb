from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CosignSignedData")


@_attrs_define
class CosignSignedData:
    """Object form of `signed_data` shown by an older version of the approvals page for `cosign`.

    Attributes:
        transaction (str | Unset):
        user_address (str | Unset):
    """

    transaction: str | Unset = UNSET
    user_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction

        user_address = self.user_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if user_address is not UNSET:
            field_dict["user_address"] = user_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction = d.pop("transaction", UNSET)

        user_address = d.pop("user_address", UNSET)

        cosign_signed_data = cls(
            transaction=transaction,
            user_address=user_address,
        )

        cosign_signed_data.additional_properties = d
        return cosign_signed_data

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
