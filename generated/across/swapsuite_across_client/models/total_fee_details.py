from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.fee_details_type import FeeDetailsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalFeeDetails")
_KNOWN_KEYS = frozenset(
    (
        "type",
        "swapImpact",
        "maxSwapImpact",
        "app",
        "bridge",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value

        if self.swap_impact is not UNSET:
            field_dict["swapImpact"] = self.swap_impact.to_dict()

        if self.max_swap_impact is not UNSET:
            field_dict["maxSwapImpact"] = self.max_swap_impact.to_dict()

        if self.app is not UNSET:
            field_dict["app"] = self.app.to_dict()

        if self.bridge is not UNSET:
            field_dict["bridge"] = self.bridge.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        try:
            type_ = src_dict["type"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(type_, str):
            raise TypeMismatch("string", type_, "type")
        type_ = _FeeDetailsType_BY_VALUE.get(type_) or FeeDetailsType(type_)

        _seen = 1
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

        app = src_dict.get("app", UNSET)
        if app is not UNSET:
            _seen += 1
            try:
                app = FeeComponent.from_dict(app)
            except TypeMismatch as _exc:
                _exc.prepend("app")
                raise

        bridge = src_dict.get("bridge", UNSET)
        if bridge is not UNSET:
            _seen += 1
            try:
                bridge = BridgeFee.from_dict(bridge)
            except TypeMismatch as _exc:
                _exc.prepend("bridge")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.type_ = type_
        _model.swap_impact = swap_impact
        _model.max_swap_impact = max_swap_impact
        _model.app = app
        _model.bridge = bridge
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
_FeeDetailsType_BY_VALUE = FeeDetailsType._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.bridge_fee import BridgeFee  # noqa: E402
from ..models.fee_component import FeeComponent  # noqa: E402
