from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelayerFeeDetails")


@_attrs_define
class RelayerFeeDetails:
    """Relayer fee components behind the limits (percentages use a fixed-point scale larger than 1e18).

    Attributes:
        relay_fee_total (str | Unset):
        relay_fee_percent (str | Unset):
        gas_fee_total (str | Unset):
        gas_fee_percent (str | Unset):
        capital_fee_total (str | Unset):
        capital_fee_percent (str | Unset):
    """

    relay_fee_total: str | Unset = UNSET
    relay_fee_percent: str | Unset = UNSET
    gas_fee_total: str | Unset = UNSET
    gas_fee_percent: str | Unset = UNSET
    capital_fee_total: str | Unset = UNSET
    capital_fee_percent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relay_fee_total = self.relay_fee_total

        relay_fee_percent = self.relay_fee_percent

        gas_fee_total = self.gas_fee_total

        gas_fee_percent = self.gas_fee_percent

        capital_fee_total = self.capital_fee_total

        capital_fee_percent = self.capital_fee_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if relay_fee_total is not UNSET:
            field_dict["relayFeeTotal"] = relay_fee_total
        if relay_fee_percent is not UNSET:
            field_dict["relayFeePercent"] = relay_fee_percent
        if gas_fee_total is not UNSET:
            field_dict["gasFeeTotal"] = gas_fee_total
        if gas_fee_percent is not UNSET:
            field_dict["gasFeePercent"] = gas_fee_percent
        if capital_fee_total is not UNSET:
            field_dict["capitalFeeTotal"] = capital_fee_total
        if capital_fee_percent is not UNSET:
            field_dict["capitalFeePercent"] = capital_fee_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relay_fee_total = d.pop("relayFeeTotal", UNSET)

        relay_fee_percent = d.pop("relayFeePercent", UNSET)

        gas_fee_total = d.pop("gasFeeTotal", UNSET)

        gas_fee_percent = d.pop("gasFeePercent", UNSET)

        capital_fee_total = d.pop("capitalFeeTotal", UNSET)

        capital_fee_percent = d.pop("capitalFeePercent", UNSET)

        relayer_fee_details = cls(
            relay_fee_total=relay_fee_total,
            relay_fee_percent=relay_fee_percent,
            gas_fee_total=gas_fee_total,
            gas_fee_percent=gas_fee_percent,
            capital_fee_total=capital_fee_total,
            capital_fee_percent=capital_fee_percent,
        )

        relayer_fee_details.additional_properties = d
        return relayer_fee_details

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
