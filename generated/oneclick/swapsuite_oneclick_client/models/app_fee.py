from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import NUMBER_TYPES, is_number

T = TypeVar("T", bound="AppFee")
_KNOWN_KEYS = frozenset(
    (
        "recipient",
        "fee",
    )
)


@_attrs_define
class AppFee:
    """A fee the integrator adds to a quote for one recipient.

    Attributes:
        recipient (str): NEAR Intents account that receives this fee. Example: recipient.near.
        fee (float): Fee in basis points of the input amount (100 = 1%). The docs allow 0 to 500 and by default split
            the fee evenly between the recipient and 1Click.
             Example: 100.
    """

    recipient: str
    fee: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["recipient"] = self.recipient

        field_dict["fee"] = self.fee

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
            recipient = src_dict["recipient"]
            fee = src_dict["fee"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(recipient, str):
            raise TypeMismatch("string", recipient, "recipient")

        if not (type(fee) in NUMBER_TYPES or is_number(fee)):
            raise TypeMismatch("number", fee, "fee")

        _seen = 2
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.recipient = recipient
        _model.fee = fee
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
