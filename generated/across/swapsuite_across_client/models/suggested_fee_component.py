from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SuggestedFeeComponent")


@_attrs_define
class SuggestedFeeComponent:
    """A fee as 1e18-scaled percentage and as an amount in base units of the input token.

    Attributes:
        pct (str): Fraction of the transfer amount, scaled by 1e18 (1% = 1e16).
        total (str): Fee amount in base units of the input token.
    """

    pct: str
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pct = self.pct

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pct": pct,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pct = d.pop("pct")

        total = d.pop("total")

        suggested_fee_component = cls(
            pct=pct,
            total=total,
        )

        suggested_fee_component.additional_properties = d
        return suggested_fee_component

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
