from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GasFeeDetails")


@_attrs_define
class GasFeeDetails:
    """Gas estimate for the destination fill.

    Attributes:
        native_gas_cost (str | Unset): Gas units.
        op_stack_l1_gas_cost (str | Unset): L1 data fee on OP-stack chains, in wei.
        gas_price (str | Unset): Gas price, in wei.
        token_gas_cost (str | Unset): Total gas cost converted to the input token, base units.
    """

    native_gas_cost: str | Unset = UNSET
    op_stack_l1_gas_cost: str | Unset = UNSET
    gas_price: str | Unset = UNSET
    token_gas_cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        native_gas_cost = self.native_gas_cost

        op_stack_l1_gas_cost = self.op_stack_l1_gas_cost

        gas_price = self.gas_price

        token_gas_cost = self.token_gas_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if native_gas_cost is not UNSET:
            field_dict["nativeGasCost"] = native_gas_cost
        if op_stack_l1_gas_cost is not UNSET:
            field_dict["opStackL1GasCost"] = op_stack_l1_gas_cost
        if gas_price is not UNSET:
            field_dict["gasPrice"] = gas_price
        if token_gas_cost is not UNSET:
            field_dict["tokenGasCost"] = token_gas_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        native_gas_cost = d.pop("nativeGasCost", UNSET)

        op_stack_l1_gas_cost = d.pop("opStackL1GasCost", UNSET)

        gas_price = d.pop("gasPrice", UNSET)

        token_gas_cost = d.pop("tokenGasCost", UNSET)

        gas_fee_details = cls(
            native_gas_cost=native_gas_cost,
            op_stack_l1_gas_cost=op_stack_l1_gas_cost,
            gas_price=gas_price,
            token_gas_cost=token_gas_cost,
        )

        gas_fee_details.additional_properties = d
        return gas_fee_details

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
