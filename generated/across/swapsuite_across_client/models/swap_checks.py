from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.allowance_check import AllowanceCheck
    from ..models.balance_check import BalanceCheck


T = TypeVar("T", bound="SwapChecks")


@_attrs_define
class SwapChecks:
    """
    Attributes:
        allowance (AllowanceCheck): Allowance the depositor has granted `spender` versus what the swap needs.
        balance (BalanceCheck): Depositor's balance of the input token versus what the swap needs.
    """

    allowance: AllowanceCheck
    balance: BalanceCheck
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowance = self.allowance.to_dict()

        balance = self.balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowance": allowance,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowance_check import AllowanceCheck  # noqa: PLC0415
        from ..models.balance_check import BalanceCheck  # noqa: PLC0415

        d = dict(src_dict)
        allowance = AllowanceCheck.from_dict(d.pop("allowance"))

        balance = BalanceCheck.from_dict(d.pop("balance"))

        swap_checks = cls(
            allowance=allowance,
            balance=balance,
        )

        swap_checks.additional_properties = d
        return swap_checks

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
