from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AllowanceCheck")


@_attrs_define
class AllowanceCheck:
    """Allowance the depositor has granted `spender` versus what the swap needs.

    Attributes:
        token (str): Input token address.
        spender (str): Contract that must be approved (zero address when no approval applies).
        actual (str): Current allowance, base units.
        expected (str): Allowance required, base units.
    """

    token: str
    spender: str
    actual: str
    expected: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        spender = self.spender

        actual = self.actual

        expected = self.expected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "spender": spender,
                "actual": actual,
                "expected": expected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        spender = d.pop("spender")

        actual = d.pop("actual")

        expected = d.pop("expected")

        allowance_check = cls(
            token=token,
            spender=spender,
            actual=actual,
            expected=expected,
        )

        allowance_check.additional_properties = d
        return allowance_check

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
