from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Network")


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
        id = self.id

        name = self.name

        type_ = self.type_

        supports_optimized_swap = self.supports_optimized_swap

        icon_url = self.icon_url

        supports_custom_tokens = self.supports_custom_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if supports_optimized_swap is not UNSET:
            field_dict["supports_optimized_swap"] = supports_optimized_swap
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if supports_custom_tokens is not UNSET:
            field_dict["supports_custom_tokens"] = supports_custom_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type", UNSET)

        supports_optimized_swap = d.pop("supports_optimized_swap", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        supports_custom_tokens = d.pop("supports_custom_tokens", UNSET)

        network = cls(
            id=id,
            name=name,
            type_=type_,
            supports_optimized_swap=supports_optimized_swap,
            icon_url=icon_url,
            supports_custom_tokens=supports_custom_tokens,
        )

        network.additional_properties = d
        return network

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
