from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.fee_details_type import FeeDetailsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BridgeFeeDetails")
_KNOWN_KEYS = frozenset(
    (
        "type",
        "lp",
        "relayerCapital",
        "destinationGas",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value

        if self.lp is not UNSET:
            field_dict["lp"] = self.lp.to_dict()

        if self.relayer_capital is not UNSET:
            field_dict["relayerCapital"] = self.relayer_capital.to_dict()

        if self.destination_gas is not UNSET:
            field_dict["destinationGas"] = self.destination_gas.to_dict()

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
        lp = src_dict.get("lp", UNSET)
        if lp is not UNSET:
            _seen += 1
            try:
                lp = FeeComponent.from_dict(lp)
            except TypeMismatch as _exc:
                _exc.prepend("lp")
                raise

        relayer_capital = src_dict.get("relayerCapital", UNSET)
        if relayer_capital is not UNSET:
            _seen += 1
            try:
                relayer_capital = FeeComponent.from_dict(relayer_capital)
            except TypeMismatch as _exc:
                _exc.prepend("relayerCapital")
                raise

        destination_gas = src_dict.get("destinationGas", UNSET)
        if destination_gas is not UNSET:
            _seen += 1
            try:
                destination_gas = FeeComponent.from_dict(destination_gas)
            except TypeMismatch as _exc:
                _exc.prepend("destinationGas")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.type_ = type_
        _model.lp = lp
        _model.relayer_capital = relayer_capital
        _model.destination_gas = destination_gas
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
from ..models.fee_component import FeeComponent  # noqa: E402
