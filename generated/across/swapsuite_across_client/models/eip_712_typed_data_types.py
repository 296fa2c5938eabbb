from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch

T = TypeVar("T", bound="Eip712TypedDataTypes")


@_attrs_define
class Eip712TypedDataTypes:
    """Struct definitions keyed by type name."""

    additional_properties: dict[str, list[Eip712TypeField]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop_value in self.additional_properties.items():
            prop_value_list: list[Any] = []
            for prop_value_item in prop_value:
                prop_value_out = prop_value_item.to_dict()

                prop_value_list.append(prop_value_out)
            field_dict[prop_name] = prop_value_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        additional_properties: dict[str, Any] = {}
        for prop_name, prop_value in src_dict.items():
            if not isinstance(prop_value, list):
                raise TypeMismatch("array", prop_value, prop_name)
            prop_value_list: list[Any] = []
            try:
                for prop_value_item in prop_value:
                    prop_value_item = Eip712TypeField.from_dict(prop_value_item)

                    prop_value_list.append(prop_value_item)
            except TypeMismatch as _exc:
                _exc.prepend(prop_name, len(prop_value_list))
                raise
            prop_value = prop_value_list

            additional_properties[prop_name] = prop_value
        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Eip712TypeField]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Eip712TypeField]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once at import: on every from_dict call these attribute lookups would cost more than the type checks.
_new_object = object.__new__

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.eip_712_type_field import Eip712TypeField  # noqa: E402
