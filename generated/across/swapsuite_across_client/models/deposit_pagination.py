from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import is_integer

T = TypeVar("T", bound="DepositPagination")
_KNOWN_KEYS = frozenset(
    (
        "currentIndex",
        "maxIndex",
    )
)


@_attrs_define
class DepositPagination:
    """Position of the returned deposit among all deposits matching the lookup.

    Attributes:
        current_index (int): 0-based index of the returned deposit.
        max_index (int): Highest valid `index` (0 when the lookup matched a single deposit).
    """

    current_index: int
    max_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["currentIndex"] = self.current_index

        field_dict["maxIndex"] = self.max_index

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
            current_index = src_dict["currentIndex"]
            max_index = src_dict["maxIndex"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (type(current_index) is int or is_integer(current_index)):
            raise TypeMismatch("integer", current_index, "currentIndex")

        if not (type(max_index) is int or is_integer(max_index)):
            raise TypeMismatch("integer", max_index, "maxIndex")

        _seen = 2
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.current_index = current_index
        _model.max_index = max_index
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
