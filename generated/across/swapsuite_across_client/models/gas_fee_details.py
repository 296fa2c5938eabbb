from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="GasFeeDetails")
_KNOWN_KEYS = frozenset(
    (
        "nativeGasCost",
        "opStackL1GasCost",
        "gasPrice",
        "tokenGasCost",
    )
)


@_attrs_define
class GasFeeDetails:
    """Gas estimate for the destination fill.

    Attributes:
        native_gas_cost (str | Unset): Gas units.
        op_stack_l1_gas_cost (str | Unset): L1 data fee on OP-stack chains, in wei.
        gas_price (str | Unset): Gas price, in wei.
        token_gas_cost (str | Unset): Total gas cost converted to the input token, base units.
    """

    native_gas_cost: str | Unset = UNSET
    op_stack_l1_gas_cost: str | Unset = UNSET
    gas_price: str | Unset = UNSET
    token_gas_cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.native_gas_cost is not UNSET:
            field_dict["nativeGasCost"] = self.native_gas_cost

        if self.op_stack_l1_gas_cost is not UNSET:
            field_dict["opStackL1GasCost"] = self.op_stack_l1_gas_cost

        if self.gas_price is not UNSET:
            field_dict["gasPrice"] = self.gas_price

        if self.token_gas_cost is not UNSET:
            field_dict["tokenGasCost"] = self.token_gas_cost

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
        native_gas_cost = src_dict.get("nativeGasCost", UNSET)
        if native_gas_cost is not UNSET:
            _seen += 1
            if not isinstance(native_gas_cost, str):
                raise TypeMismatch("string", native_gas_cost, "nativeGasCost")

        op_stack_l1_gas_cost = src_dict.get("opStackL1GasCost", UNSET)
        if op_stack_l1_gas_cost is not UNSET:
            _seen += 1
            if not isinstance(op_stack_l1_gas_cost, str):
                raise TypeMismatch("string", op_stack_l1_gas_cost, "opStackL1GasCost")

        gas_price = src_dict.get("gasPrice", UNSET)
        if gas_price is not UNSET:
            _seen += 1
            if not isinstance(gas_price, str):
                raise TypeMismatch("string", gas_price, "gasPrice")

        token_gas_cost = src_dict.get("tokenGasCost", UNSET)
        if token_gas_cost is not UNSET:
            _seen += 1
            if not isinstance(token_gas_cost, str):
                raise TypeMismatch("string", token_gas_cost, "tokenGasCost")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.native_gas_cost = native_gas_cost
        _model.op_stack_l1_gas_cost = op_stack_l1_gas_cost
        _model.gas_price = gas_price
        _model.token_gas_cost = token_gas_cost
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
