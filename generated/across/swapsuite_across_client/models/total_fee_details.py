from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_details_type import FeeDetailsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_fee import BridgeFee
    from ..models.fee_component import FeeComponent


T = TypeVar("T", bound="TotalFeeDetails")


@_attrs_define
class TotalFeeDetails:
    """Breakdown of `fees.total` (`type` = `total-breakdown`, with `swapImpact`) or of `fees.totalMax`
    (`type` = `max-total-breakdown`, with `maxSwapImpact`).

        Attributes:
            type_ (FeeDetailsType): Discriminates a fee breakdown object.
            swap_impact (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18.
                Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            max_swap_impact (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by
                1e18. Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            app (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18. Amounts
                and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            bridge (BridgeFee | Unset): Bridge fee with an optional provider-specific breakdown.
    """

    type_: FeeDetailsType
    swap_impact: FeeComponent | Unset = UNSET
    max_swap_impact: FeeComponent | Unset = UNSET
    app: FeeComponent | Unset = UNSET
    bridge: BridgeFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        swap_impact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swap_impact, Unset):
            swap_impact = self.swap_impact.to_dict()

        max_swap_impact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_swap_impact, Unset):
            max_swap_impact = self.max_swap_impact.to_dict()

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        bridge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bridge, Unset):
            bridge = self.bridge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if swap_impact is not UNSET:
            field_dict["swapImpact"] = swap_impact
        if max_swap_impact is not UNSET:
            field_dict["maxSwapImpact"] = max_swap_impact
        if app is not UNSET:
            field_dict["app"] = app
        if bridge is not UNSET:
            field_dict["bridge"] = bridge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bridge_fee import BridgeFee  # noqa: PLC0415
        from ..models.fee_component import FeeComponent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = FeeDetailsType(d.pop("type"))

        _swap_impact = d.pop("swapImpact", UNSET)
        swap_impact: FeeComponent | Unset
        if isinstance(_swap_impact, Unset):
            swap_impact = UNSET
        else:
            swap_impact = FeeComponent.from_dict(_swap_impact)

        _max_swap_impact = d.pop("maxSwapImpact", UNSET)
        max_swap_impact: FeeComponent | Unset
        if isinstance(_max_swap_impact, Unset):
            max_swap_impact = UNSET
        else:
            max_swap_impact = FeeComponent.from_dict(_max_swap_impact)

        _app = d.pop("app", UNSET)
        app: FeeComponent | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = FeeComponent.from_dict(_app)

        _bridge = d.pop("bridge", UNSET)
        bridge: BridgeFee | Unset
        if isinstance(_bridge, Unset):
            bridge = UNSET
        else:
            bridge = BridgeFee.from_dict(_bridge)

        total_fee_details = cls(
            type_=type_,
            swap_impact=swap_impact,
            max_swap_impact=max_swap_impact,
            app=app,
            bridge=bridge,
        )

        total_fee_details.additional_properties = d
        return total_fee_details

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
