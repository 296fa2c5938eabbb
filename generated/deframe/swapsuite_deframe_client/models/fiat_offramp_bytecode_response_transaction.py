from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="FiatOfframpBytecodeResponseTransaction")
_KNOWN_KEYS = frozenset(
    (
        "to",
        "data",
        "value",
    )
)


@_attrs_define
class FiatOfframpBytecodeResponseTransaction:
    """Transfer payload, when the backend returns one.

    Attributes:
        to (str | Unset):
        data (str | Unset):
        value (str | Unset): Native amount, integer string in wei.
    """

    to: str | Unset = UNSET
    data: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.to is not UNSET:
            field_dict["to"] = self.to

        if self.data is not UNSET:
            field_dict["data"] = self.data

        if self.value is not UNSET:
            field_dict["value"] = self.value

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
        to = src_dict.get("to", UNSET)
        if to is not UNSET:
            _seen += 1
            if not isinstance(to, str):
                raise TypeMismatch("string", to, "to")

        data = src_dict.get("data", UNSET)
        if data is not UNSET:
            _seen += 1
            if not isinstance(data, str):
                raise TypeMismatch("string", data, "data")

        value = src_dict.get("value", UNSET)
        if value is not UNSET:
            _seen += 1
            if not isinstance(value, str):
                raise TypeMismatch("string", value, "value")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.to = to
        _model.data = data
        _model.value = value
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
