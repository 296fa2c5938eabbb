from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch

T = TypeVar("T", bound="TokenList")
_KNOWN_KEYS = frozenset(
    (
        "data",
        "pagination",
    )
)


@_attrs_define
class TokenList:
    """
    Attributes:
        data (list[Token]):
        pagination (Pagination):
    """

    data: list[Token]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        data_list: list[Any] = []
        for data_item in self.data:
            data_out = data_item.to_dict()

            data_list.append(data_out)
        field_dict["data"] = data_list

        field_dict["pagination"] = self.pagination.to_dict()

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
            data = src_dict["data"]
            pagination = src_dict["pagination"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(data, list):
            raise TypeMismatch("array", data, "data")
        data_list: list[Any] = []
        try:
            for data_item in data:
                data_item = Token.from_dict(data_item)

                data_list.append(data_item)
        except TypeMismatch as _exc:
            _exc.prepend("data", len(data_list))
            raise
        data = data_list

        try:
            pagination = Pagination.from_dict(pagination)
        except TypeMismatch as _exc:
            _exc.prepend("pagination")
            raise

        _seen = 2
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.data = data
        _model.pagination = pagination
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
from ..models.pagination import Pagination  # noqa: E402
from ..models.token import Token  # noqa: E402
