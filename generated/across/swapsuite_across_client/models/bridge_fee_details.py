from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_details_type import FeeDetailsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee_component import FeeComponent


T = TypeVar("T", bound="BridgeFeeDetails")


@_attrs_define
class BridgeFeeDetails:
    """Breakdown of the Across bridge fee (`type` = `across`).

    Attributes:
        type_ (FeeDetailsType): Discriminates a fee breakdown object.
        lp (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18. Amounts
            and percentages can be
            negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
            `steps.bridge.fees`.
        relayer_capital (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by
            1e18. Amounts and percentages can be
            negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
            `steps.bridge.fees`.
        destination_gas (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by
            1e18. Amounts and percentages can be
            negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
            `steps.bridge.fees`.
    """

    type_: FeeDetailsType
    lp: FeeComponent | Unset = UNSET
    relayer_capital: FeeComponent | Unset = UNSET
    destination_gas: FeeComponent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        lp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lp, Unset):
            lp = self.lp.to_dict()

        relayer_capital: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relayer_capital, Unset):
            relayer_capital = self.relayer_capital.to_dict()

        destination_gas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_gas, Unset):
            destination_gas = self.destination_gas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if lp is not UNSET:
            field_dict["lp"] = lp
        if relayer_capital is not UNSET:
            field_dict["relayerCapital"] = relayer_capital
        if destination_gas is not UNSET:
            field_dict["destinationGas"] = destination_gas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_component import FeeComponent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = FeeDetailsType(d.pop("type"))

        _lp = d.pop("lp", UNSET)
        lp: FeeComponent | Unset
        if isinstance(_lp, Unset):
            lp = UNSET
        else:
            lp = FeeComponent.from_dict(_lp)

        _relayer_capital = d.pop("relayerCapital", UNSET)
        relayer_capital: FeeComponent | Unset
        if isinstance(_relayer_capital, Unset):
            relayer_capital = UNSET
        else:
            relayer_capital = FeeComponent.from_dict(_relayer_capital)

        _destination_gas = d.pop("destinationGas", UNSET)
        destination_gas: FeeComponent | Unset
        if isinstance(_destination_gas, Unset):
            destination_gas = UNSET
        else:
            destination_gas = FeeComponent.from_dict(_destination_gas)

        bridge_fee_details = cls(
            type_=type_,
            lp=lp,
            relayer_capital=relayer_capital,
            destination_gas=destination_gas,
        )

        bridge_fee_details.additional_properties = d
        return bridge_fee_details

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
