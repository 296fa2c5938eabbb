from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelayerFeeDetails")
_KNOWN_KEYS = frozenset(
    (
        "relayFeeTotal",
        "relayFeePercent",
        "gasFeeTotal",
        "gasFeePercent",
        "capitalFeeTotal",
        "capitalFeePercent",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.relay_fee_total is not UNSET:
            field_dict["relayFeeTotal"] = self.relay_fee_total

        if self.relay_fee_percent is not UNSET:
            field_dict["relayFeePercent"] = self.relay_fee_percent

        if self.gas_fee_total is not UNSET:
            field_dict["gasFeeTotal"] = self.gas_fee_total

        if self.gas_fee_percent is not UNSET:
            field_dict["gasFeePercent"] = self.gas_fee_percent

        if self.capital_fee_total is not UNSET:
            field_dict["capitalFeeTotal"] = self.capital_fee_total

        if self.capital_fee_percent is not UNSET:
            field_dict["capitalFeePercent"] = self.capital_fee_percent

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
        relay_fee_total = src_dict.get("relayFeeTotal", UNSET)
        if relay_fee_total is not UNSET:
            _seen += 1
            if not isinstance(relay_fee_total, str):
                raise TypeMismatch("string", relay_fee_total, "relayFeeTotal")

        relay_fee_percent = src_dict.get("relayFeePercent", UNSET)
        if relay_fee_percent is not UNSET:
            _seen += 1
            if not isinstance(relay_fee_percent, str):
                raise TypeMismatch("string", relay_fee_percent, "relayFeePercent")

        gas_fee_total = src_dict.get("gasFeeTotal", UNSET)
        if gas_fee_total is not UNSET:
            _seen += 1
            if not isinstance(gas_fee_total, str):
                raise TypeMismatch("string", gas_fee_total, "gasFeeTotal")

        gas_fee_percent = src_dict.get("gasFeePercent", UNSET)
        if gas_fee_percent is not UNSET:
            _seen += 1
            if not isinstance(gas_fee_percent, str):
                raise TypeMismatch("string", gas_fee_percent, "gasFeePercent")

        capital_fee_total = src_dict.get("capitalFeeTotal", UNSET)
        if capital_fee_total is not UNSET:
            _seen += 1
            if not isinstance(capital_fee_total, str):
                raise TypeMismatch("string", capital_fee_total, "capitalFeeTotal")

        capital_fee_percent = src_dict.get("capitalFeePercent", UNSET)
        if capital_fee_percent is not UNSET:
            _seen += 1
            if not isinstance(capital_fee_percent, str):
                raise TypeMismatch("string", capital_fee_percent, "capitalFeePercent")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.relay_fee_total = relay_fee_total
        _model.relay_fee_percent = relay_fee_percent
        _model.gas_fee_total = gas_fee_total
        _model.gas_fee_percent = gas_fee_percent
        _model.capital_fee_total = capital_fee_total
        _model.capital_fee_percent = capital_fee_percent
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
