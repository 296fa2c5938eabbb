from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentInstructionsPix")


@_attrs_define
class PaymentInstructionsPix:
    """
    Attributes:
        copy_paste (str | Unset): Pix "copia e cola" payment code to show the user.
    """

    copy_paste: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy_paste = self.copy_paste

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if copy_paste is not UNSET:
            field_dict["copyPaste"] = copy_paste

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        copy_paste = d.pop("copyPaste", UNSET)

        payment_instructions_pix = cls(
            copy_paste=copy_paste,
        )

        payment_instructions_pix.additional_properties = d
        return payment_instructions_pix

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
