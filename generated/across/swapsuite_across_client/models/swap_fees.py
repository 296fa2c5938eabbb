from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee_component import FeeComponent
    from ..models.total_fee import TotalFee


T = TypeVar("T", bound="SwapFees")


@_attrs_define
class SwapFees:
    """Fee summary of the quote. Current responses carry `total`, `totalMax` and `originGas`; the flat items
    (`destinationGas` … `maxSwapImpact`, and the older name `maxTotal`) come from the previous response format and
    are kept optional for compatibility. Every key is optional: the server returns `{}` when it cannot price the
    fees.

        Attributes:
            total (TotalFee | Unset): Aggregate fee denominated in the input token, with its breakdown.
            total_max (TotalFee | Unset): Aggregate fee denominated in the input token, with its breakdown.
            max_total (TotalFee | Unset): Aggregate fee denominated in the input token, with its breakdown.
            origin_gas (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18.
                Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            destination_gas (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by
                1e18. Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            relayer_capital (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by
                1e18. Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            lp_fee (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18.
                Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            relayer_total (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by
                1e18. Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            bridge_fee (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18.
                Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            app (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18. Amounts
                and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            swap_impact (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by 1e18.
                Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
            max_swap_impact (FeeComponent | Unset): One fee item. `pct` is the fee relative to the input amount, scaled by
                1e18. Amounts and percentages can be
                negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
                `steps.bridge.fees`.
    """

    total: TotalFee | Unset = UNSET
    total_max: TotalFee | Unset = UNSET
    max_total: TotalFee | Unset = UNSET
    origin_gas: FeeComponent | Unset = UNSET
    destination_gas: FeeComponent | Unset = UNSET
    relayer_capital: FeeComponent | Unset = UNSET
    lp_fee: FeeComponent | Unset = UNSET
    relayer_total: FeeComponent | Unset = UNSET
    bridge_fee: FeeComponent | Unset = UNSET
    app: FeeComponent | Unset = UNSET
    swap_impact: FeeComponent | Unset = UNSET
    max_swap_impact: FeeComponent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        total_max: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_max, Unset):
            total_max = self.total_max.to_dict()

        max_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_total, Unset):
            max_total = self.max_total.to_dict()

        origin_gas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin_gas, Unset):
            origin_gas = self.origin_gas.to_dict()

        destination_gas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_gas, Unset):
            destination_gas = self.destination_gas.to_dict()

        relayer_capital: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relayer_capital, Unset):
            relayer_capital = self.relayer_capital.to_dict()

        lp_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lp_fee, Unset):
            lp_fee = self.lp_fee.to_dict()

        relayer_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relayer_total, Unset):
            relayer_total = self.relayer_total.to_dict()

        bridge_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bridge_fee, Unset):
            bridge_fee = self.bridge_fee.to_dict()

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        swap_impact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swap_impact, Unset):
            swap_impact = self.swap_impact.to_dict()

        max_swap_impact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_swap_impact, Unset):
            max_swap_impact = self.max_swap_impact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if total_max is not UNSET:
            field_dict["totalMax"] = total_max
        if max_total is not UNSET:
            field_dict["maxTotal"] = max_total
        if origin_gas is not UNSET:
            field_dict["originGas"] = origin_gas
        if destination_gas is not UNSET:
            field_dict["destinationGas"] = destination_gas
        if relayer_capital is not UNSET:
            field_dict["relayerCapital"] = relayer_capital
        if lp_fee is not UNSET:
            field_dict["lpFee"] = lp_fee
        if relayer_total is not UNSET:
            field_dict["relayerTotal"] = relayer_total
        if bridge_fee is not UNSET:
            field_dict["bridgeFee"] = bridge_fee
        if app is not UNSET:
            field_dict["app"] = app
        if swap_impact is not UNSET:
            field_dict["swapImpact"] = swap_impact
        if max_swap_impact is not UNSET:
            field_dict["maxSwapImpact"] = max_swap_impact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_component import FeeComponent  # noqa: PLC0415
        from ..models.total_fee import TotalFee  # noqa: PLC0415

        d = dict(src_dict)
        _total = d.pop("total", UNSET)
        total: TotalFee | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = TotalFee.from_dict(_total)

        _total_max = d.pop("totalMax", UNSET)
        total_max: TotalFee | Unset
        if isinstance(_total_max, Unset):
            total_max = UNSET
        else:
            total_max = TotalFee.from_dict(_total_max)

        _max_total = d.pop("maxTotal", UNSET)
        max_total: TotalFee | Unset
        if isinstance(_max_total, Unset):
            max_total = UNSET
        else:
            max_total = TotalFee.from_dict(_max_total)

        _origin_gas = d.pop("originGas", UNSET)
        origin_gas: FeeComponent | Unset
        if isinstance(_origin_gas, Unset):
            origin_gas = UNSET
        else:
            origin_gas = FeeComponent.from_dict(_origin_gas)

        _destination_gas = d.pop("destinationGas", UNSET)
        destination_gas: FeeComponent | Unset
        if isinstance(_destination_gas, Unset):
            destination_gas = UNSET
        else:
            destination_gas = FeeComponent.from_dict(_destination_gas)

        _relayer_capital = d.pop("relayerCapital", UNSET)
        relayer_capital: FeeComponent | Unset
        if isinstance(_relayer_capital, Unset):
            relayer_capital = UNSET
        else:
            relayer_capital = FeeComponent.from_dict(_relayer_capital)

        _lp_fee = d.pop("lpFee", UNSET)
        lp_fee: FeeComponent | Unset
        if isinstance(_lp_fee, Unset):
            lp_fee = UNSET
        else:
            lp_fee = FeeComponent.from_dict(_lp_fee)

        _relayer_total = d.pop("relayerTotal", UNSET)
        relayer_total: FeeComponent | Unset
        if isinstance(_relayer_total, Unset):
            relayer_total = UNSET
        else:
            relayer_total = FeeComponent.from_dict(_relayer_total)

        _bridge_fee = d.pop("bridgeFee", UNSET)
        bridge_fee: FeeComponent | Unset
        if isinstance(_bridge_fee, Unset):
            bridge_fee = UNSET
        else:
            bridge_fee = FeeComponent.from_dict(_bridge_fee)

        _app = d.pop("app", UNSET)
        app: FeeComponent | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = FeeComponent.from_dict(_app)

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

        swap_fees = cls(
            total=total,
            total_max=total_max,
            max_total=max_total,
            origin_gas=origin_gas,
            destination_gas=destination_gas,
            relayer_capital=relayer_capital,
            lp_fee=lp_fee,
            relayer_total=relayer_total,
            bridge_fee=bridge_fee,
            app=app,
            swap_impact=swap_impact,
            max_swap_impact=max_swap_impact,
        )

        swap_fees.additional_properties = d
        return swap_fees

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
