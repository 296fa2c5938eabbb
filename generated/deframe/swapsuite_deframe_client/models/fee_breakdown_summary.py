from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeBreakdownSummary")


@_attrs_define
class FeeBreakdownSummary:
    """Totals of the fee breakdown.

    Attributes:
        platform_fees_total_in_raw (str | Unset): Pods plus customer fees, integer string in the smallest unit of
            `tokenIn`.
        platform_fees_total_in_usd (float | Unset):
        bridge_and_slippage_impact_out_raw (str | Unset): Signed bridge and slippage impact, integer string in the
            smallest unit of `tokenOut`.
        bridge_and_slippage_impact_out_usd (float | Unset):
    """

    platform_fees_total_in_raw: str | Unset = UNSET
    platform_fees_total_in_usd: float | Unset = UNSET
    bridge_and_slippage_impact_out_raw: str | Unset = UNSET
    bridge_and_slippage_impact_out_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_fees_total_in_raw = self.platform_fees_total_in_raw

        platform_fees_total_in_usd = self.platform_fees_total_in_usd

        bridge_and_slippage_impact_out_raw = self.bridge_and_slippage_impact_out_raw

        bridge_and_slippage_impact_out_usd = self.bridge_and_slippage_impact_out_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform_fees_total_in_raw is not UNSET:
            field_dict["platformFeesTotalInRaw"] = platform_fees_total_in_raw
        if platform_fees_total_in_usd is not UNSET:
            field_dict["platformFeesTotalInUSD"] = platform_fees_total_in_usd
        if bridge_and_slippage_impact_out_raw is not UNSET:
            field_dict["bridgeAndSlippageImpactOutRaw"] = bridge_and_slippage_impact_out_raw
        if bridge_and_slippage_impact_out_usd is not UNSET:
            field_dict["bridgeAndSlippageImpactOutUSD"] = bridge_and_slippage_impact_out_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_fees_total_in_raw = d.pop("platformFeesTotalInRaw", UNSET)

        platform_fees_total_in_usd = d.pop("platformFeesTotalInUSD", UNSET)

        bridge_and_slippage_impact_out_raw = d.pop("bridgeAndSlippageImpactOutRaw", UNSET)

        bridge_and_slippage_impact_out_usd = d.pop("bridgeAndSlippageImpactOutUSD", UNSET)

        fee_breakdown_summary = cls(
            platform_fees_total_in_raw=platform_fees_total_in_raw,
            platform_fees_total_in_usd=platform_fees_total_in_usd,
            bridge_and_slippage_impact_out_raw=bridge_and_slippage_impact_out_raw,
            bridge_and_slippage_impact_out_usd=bridge_and_slippage_impact_out_usd,
        )

        fee_breakdown_summary.additional_properties = d
        return fee_breakdown_summary

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
