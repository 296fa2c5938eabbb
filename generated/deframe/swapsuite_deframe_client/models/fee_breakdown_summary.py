from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import NUMBER_TYPES, UNSET, Unset, is_number

T = TypeVar("T", bound="FeeBreakdownSummary")
_KNOWN_KEYS = frozenset(
    (
        "platformFeesTotalInRaw",
        "platformFeesTotalInUSD",
        "bridgeAndSlippageImpactOutRaw",
        "bridgeAndSlippageImpactOutUSD",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.platform_fees_total_in_raw is not UNSET:
            field_dict["platformFeesTotalInRaw"] = self.platform_fees_total_in_raw

        if self.platform_fees_total_in_usd is not UNSET:
            field_dict["platformFeesTotalInUSD"] = self.platform_fees_total_in_usd

        if self.bridge_and_slippage_impact_out_raw is not UNSET:
            field_dict["bridgeAndSlippageImpactOutRaw"] = self.bridge_and_slippage_impact_out_raw

        if self.bridge_and_slippage_impact_out_usd is not UNSET:
            field_dict["bridgeAndSlippageImpactOutUSD"] = self.bridge_and_slippage_impact_out_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        platform_fees_total_in_raw = src_dict.get("platformFeesTotalInRaw", UNSET)
        if platform_fees_total_in_raw is not UNSET:
            _seen += 1
            if not isinstance(platform_fees_total_in_raw, str):
                raise TypeMismatch("string", platform_fees_total_in_raw, "platformFeesTotalInRaw")

        platform_fees_total_in_usd = src_dict.get("platformFeesTotalInUSD", UNSET)
        if platform_fees_total_in_usd is not UNSET:
            _seen += 1
            if not (type(platform_fees_total_in_usd) in NUMBER_TYPES or is_number(platform_fees_total_in_usd)):
                raise TypeMismatch("number", platform_fees_total_in_usd, "platformFeesTotalInUSD")

        bridge_and_slippage_impact_out_raw = src_dict.get("bridgeAndSlippageImpactOutRaw", UNSET)
        if bridge_and_slippage_impact_out_raw is not UNSET:
            _seen += 1
            if not isinstance(bridge_and_slippage_impact_out_raw, str):
                raise TypeMismatch("string", bridge_and_slippage_impact_out_raw, "bridgeAndSlippageImpactOutRaw")

        bridge_and_slippage_impact_out_usd = src_dict.get("bridgeAndSlippageImpactOutUSD", UNSET)
        if bridge_and_slippage_impact_out_usd is not UNSET:
            _seen += 1
            if not (
                type(bridge_and_slippage_impact_out_usd) in NUMBER_TYPES
                or is_number(bridge_and_slippage_impact_out_usd)
            ):
                raise TypeMismatch("number", bridge_and_slippage_impact_out_usd, "bridgeAndSlippageImpactOutUSD")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.platform_fees_total_in_raw = platform_fees_total_in_raw
        _model.platform_fees_total_in_usd = platform_fees_total_in_usd
        _model.bridge_and_slippage_impact_out_raw = bridge_and_slippage_impact_out_raw
        _model.bridge_and_slippage_impact_out_usd = bridge_and_slippage_impact_out_usd
        _model.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS} if len(src_dict) != _seen else {}
        )
        return _model

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


# Bound once at import: on every from_dict call these attribute lookups would cost more than the type checks.
_new_object = object.__new__
