from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DepositPagination")


@_attrs_define
class DepositPagination:
    """Position of the returned deposit among all deposits matching the lookup.

    Attributes:
        current_index (int): 0-based index of the returned deposit.
        max_index (int): Highest valid `index` (0 when the lookup matched a single deposit).
    """

    current_index: int
    max_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_index = self.current_index

        max_index = self.max_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentIndex": current_index,
                "maxIndex": max_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_index = d.pop("currentIndex")

        max_index = d.pop("maxIndex")

        deposit_pagination = cls(
            current_index=current_index,
            max_index=max_index,
        )

        deposit_pagination.additional_properties = d
        return deposit_pagination

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
