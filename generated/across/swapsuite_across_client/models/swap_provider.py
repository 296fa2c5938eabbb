from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapProvider")
_KNOWN_KEYS = frozenset(
    (
        "name",
        "sources",
    )
)


@_attrs_define
class SwapProvider:
    """DEX aggregator that produced a swap leg.

    Attributes:
        name (str): Provider name, e.g. `0x`, `LiFi`, `Uniswap`.
        sources (list[str] | Unset): Liquidity sources used by the leg.
    """

    name: str
    sources: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name

        if self.sources is not UNSET:
            field_dict["sources"] = self.sources

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
            name = src_dict["name"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(name, str):
            raise TypeMismatch("string", name, "name")

        _seen = 1
        sources = src_dict.get("sources", UNSET)
        if sources is not UNSET:
            _seen += 1
            if not isinstance(sources, list):
                raise TypeMismatch("array", sources, "sources")
            sources_list: list[Any] = []
            try:
                for sources_item in sources:
                    if not isinstance(sources_item, str):
                        raise TypeMismatch("string", sources_item)

                    sources_list.append(sources_item)
            except TypeMismatch as _exc:
                _exc.prepend("sources", len(sources_list))
                raise
            sources = sources_list

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.name = name
        _model.sources = sources
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
