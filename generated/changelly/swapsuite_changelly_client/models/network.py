from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="Network")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "type",
        "supports_optimized_swap",
        "icon_url",
        "supports_custom_tokens",
    )
)


@_attrs_define
class Network:
    """A supported network (shape from the oldest documentation generation). `type` is in the sample but not required: the
    adapter identifies a network by `id` and `name` only.

        Attributes:
            id (int): Changelly's internal network id (not an EVM chain id).
            name (str):
            type_ (str | Unset): Network family; only `EVM` appears in the docs, the full list is not documented.
            supports_optimized_swap (bool | Unset):
            icon_url (str | Unset):
            supports_custom_tokens (bool | Unset): When true, any token contract on this network can be quoted, not only
                listed tokens.
    """

    id: int
    name: str
    type_: str | Unset = UNSET
    supports_optimized_swap: bool | Unset = UNSET
    icon_url: str | Unset = UNSET
    supports_custom_tokens: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        field_dict["name"] = self.name

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.supports_optimized_swap is not UNSET:
            field_dict["supports_optimized_swap"] = self.supports_optimized_swap

        if self.icon_url is not UNSET:
            field_dict["icon_url"] = self.icon_url

        if self.supports_custom_tokens is not UNSET:
            field_dict["supports_custom_tokens"] = self.supports_custom_tokens

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
            id = src_dict["id"]
            name = src_dict["name"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (type(id) is int or is_integer(id)):
            raise TypeMismatch("integer", id, "id")

        if not isinstance(name, str):
            raise TypeMismatch("string", name, "name")

        _seen = 2
        type_ = src_dict.get("type", UNSET)
        if type_ is not UNSET:
            _seen += 1
            if not isinstance(type_, str):
                raise TypeMismatch("string", type_, "type")

        supports_optimized_swap = src_dict.get("supports_optimized_swap", UNSET)
        if supports_optimized_swap is not UNSET:
            _seen += 1
            if not (supports_optimized_swap is True or supports_optimized_swap is False):
                raise TypeMismatch("boolean", supports_optimized_swap, "supports_optimized_swap")

        icon_url = src_dict.get("icon_url", UNSET)
        if icon_url is not UNSET:
            _seen += 1
            if not isinstance(icon_url, str):
                raise TypeMismatch("string", icon_url, "icon_url")

        supports_custom_tokens = src_dict.get("supports_custom_tokens", UNSET)
        if supports_custom_tokens is not UNSET:
            _seen += 1
            if not (supports_custom_tokens is True or supports_custom_tokens is False):
                raise TypeMismatch("boolean", supports_custom_tokens, "supports_custom_tokens")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.id = id
        _model.name = name
        _model.type_ = type_
        _model.supports_optimized_swap = supports_optimized_swap
        _model.icon_url = icon_url
        _model.supports_custom_tokens = supports_custom_tokens
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
