from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import is_integer

T = TypeVar("T", bound="ChainTokenInfo")
_KNOWN_KEYS = frozenset(
    (
        "address",
        "symbol",
        "name",
        "decimals",
        "logoUrl",
    )
)


@_attrs_define
class ChainTokenInfo:
    """A token a chain accepts (`inputTokens`) or delivers (`outputTokens`) in `/chains`.

    Attributes:
        address (str): Token address (ETH is listed by its WETH address with symbol `ETH`).
        symbol (str):
        name (str):
        decimals (int):
        logo_url (str):
    """

    address: str
    symbol: str
    name: str
    decimals: int
    logo_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["address"] = self.address

        field_dict["symbol"] = self.symbol

        field_dict["name"] = self.name

        field_dict["decimals"] = self.decimals

        field_dict["logoUrl"] = self.logo_url

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
            address = src_dict["address"]
            symbol = src_dict["symbol"]
            name = src_dict["name"]
            decimals = src_dict["decimals"]
            logo_url = src_dict["logoUrl"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(address, str):
            raise TypeMismatch("string", address, "address")

        if not isinstance(symbol, str):
            raise TypeMismatch("string", symbol, "symbol")

        if not isinstance(name, str):
            raise TypeMismatch("string", name, "name")

        if not (type(decimals) is int or is_integer(decimals)):
            raise TypeMismatch("integer", decimals, "decimals")

        if not isinstance(logo_url, str):
            raise TypeMismatch("string", logo_url, "logoUrl")

        _seen = 5
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.address = address
        _model.symbol = symbol
        _model.name = name
        _model.decimals = decimals
        _model.logo_url = logo_url
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
