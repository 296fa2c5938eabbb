from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentRequestFrom")


@_attrs_define
class IntentRequestFrom:
    """
    Attributes:
        address (str): Sender address.
        refund_address (str): Where funds go back if the swap is refunded.
        public_key (str | Unset): Sender public key; needed only when the source chain is Bitcoin or Solana.
    """

    address: str
    refund_address: str
    public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        refund_address = self.refund_address

        public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "refund_address": refund_address,
            }
        )
        if public_key is not UNSET:
            field_dict["public_key"] = public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        refund_address = d.pop("refund_address")

        public_key = d.pop("public_key", UNSET)

        intent_request_from = cls(
            address=address,
            refund_address=refund_address,
            public_key=public_key,
        )

        intent_request_from.additional_properties = d
        return intent_request_from

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
