from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapFees")
_KNOWN_KEYS = frozenset(
    (
        "total",
        "totalMax",
        "maxTotal",
        "originGas",
        "destinationGas",
        "relayerCapital",
        "lpFee",
        "relayerTotal",
        "bridgeFee",
        "app",
        "swapImpact",
        "maxSwapImpact",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total is not UNSET:
            field_dict["total"] = self.total.to_dict()

        if self.total_max is not UNSET:
            field_dict["totalMax"] = self.total_max.to_dict()

        if self.max_total is not UNSET:
            field_dict["maxTotal"] = self.max_total.to_dict()

        if self.origin_gas is not UNSET:
            field_dict["originGas"] = self.origin_gas.to_dict()

        if self.destination_gas is not UNSET:
            field_dict["destinationGas"] = self.destination_gas.to_dict()

        if self.relayer_capital is not UNSET:
            field_dict["relayerCapital"] = self.relayer_capital.to_dict()

        if self.lp_fee is not UNSET:
            field_dict["lpFee"] = self.lp_fee.to_dict()

        if self.relayer_total is not UNSET:
            field_dict["relayerTotal"] = self.relayer_total.to_dict()

        if self.bridge_fee is not UNSET:
            field_dict["bridgeFee"] = self.bridge_fee.to_dict()

        if self.app is not UNSET:
            field_dict["app"] = self.app.to_dict()

        if self.swap_impact is not UNSET:
            field_dict["swapImpact"] = self.swap_impact.to_dict()

        if self.max_swap_impact is not UNSET:
            field_dict["maxSwapImpact"] = self.max_swap_impact.to_dict()

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
        total = src_dict.get("total", UNSET)
        if total is not UNSET:
            _seen += 1
            try:
                total = TotalFee.from_dict(total)
            except TypeMismatch as _exc:
                _exc.prepend("total")
                raise

        total_max = src_dict.get("totalMax", UNSET)
        if total_max is not UNSET:
            _seen += 1
            try:
                total_max = TotalFee.from_dict(total_max)
            except TypeMismatch as _exc:
                _exc.prepend("totalMax")
                raise

        max_total = src_dict.get("maxTotal", UNSET)
        if max_total is not UNSET:
            _seen += 1
            try:
                max_total = TotalFee.from_dict(max_total)
            except TypeMismatch as _exc:
                _exc.prepend("maxTotal")
                raise

        origin_gas = src_dict.get("originGas", UNSET)
        if origin_gas is not UNSET:
            _seen += 1
            try:
                origin_gas = FeeComponent.from_dict(origin_gas)
            except TypeMismatch as _exc:
                _exc.prepend("originGas")
                raise

        destination_gas = src_dict.get("destinationGas", UNSET)
        if destination_gas is not UNSET:
            _seen += 1
            try:
                destination_gas = FeeComponent.from_dict(destination_gas)
            except TypeMismatch as _exc:
                _exc.prepend("destinationGas")
                raise

        relayer_capital = src_dict.get("relayerCapital", UNSET)
        if relayer_capital is not UNSET:
            _seen += 1
            try:
                relayer_capital = FeeComponent.from_dict(relayer_capital)
            except TypeMismatch as _exc:
                _exc.prepend("relayerCapital")
                raise

        lp_fee = src_dict.get("lpFee", UNSET)
        if lp_fee is not UNSET:
            _seen += 1
            try:
                lp_fee = FeeComponent.from_dict(lp_fee)
            except TypeMismatch as _exc:
                _exc.prepend("lpFee")
                raise

        relayer_total = src_dict.get("relayerTotal", UNSET)
        if relayer_total is not UNSET:
            _seen += 1
            try:
                relayer_total = FeeComponent.from_dict(relayer_total)
            except TypeMismatch as _exc:
                _exc.prepend("relayerTotal")
                raise

        bridge_fee = src_dict.get("bridgeFee", UNSET)
        if bridge_fee is not UNSET:
            _seen += 1
            try:
                bridge_fee = FeeComponent.from_dict(bridge_fee)
            except TypeMismatch as _exc:
                _exc.prepend("bridgeFee")
                raise

        app = src_dict.get("app", UNSET)
        if app is not UNSET:
            _seen += 1
            try:
                app = FeeComponent.from_dict(app)
            except TypeMismatch as _exc:
                _exc.prepend("app")
                raise

        swap_impact = src_dict.get("swapImpact", UNSET)
        if swap_impact is not UNSET:
            _seen += 1
            try:
                swap_impact = FeeComponent.from_dict(swap_impact)
            except TypeMismatch as _exc:
                _exc.prepend("swapImpact")
                raise

        max_swap_impact = src_dict.get("maxSwapImpact", UNSET)
        if max_swap_impact is not UNSET:
            _seen += 1
            try:
                max_swap_impact = FeeComponent.from_dict(max_swap_impact)
            except TypeMismatch as _exc:
                _exc.prepend("maxSwapImpact")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.total = total
        _model.total_max = total_max
        _model.max_total = max_total
        _model.origin_gas = origin_gas
        _model.destination_gas = destination_gas
        _model.relayer_capital = relayer_capital
        _model.lp_fee = lp_fee
        _model.relayer_total = relayer_total
        _model.bridge_fee = bridge_fee
        _model.app = app
        _model.swap_impact = swap_impact
        _model.max_swap_impact = max_swap_impact
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.fee_component import FeeComponent  # noqa: E402
from ..models.total_fee import TotalFee  # noqa: E402
