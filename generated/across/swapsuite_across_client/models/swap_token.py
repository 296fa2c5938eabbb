from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="SwapToken")
_KNOWN_KEYS = frozenset(
    (
        "chainId",
        "address",
        "symbol",
        "decimals",
        "name",
        "logoUrl",
        "priceUsd",
    )
)


@_attrs_define
class SwapToken:
    """A token supported by the Swap API.

    Attributes:
        chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream restricts this
            to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        address (str):
        symbol (str):
        decimals (int):
        name (str | Unset):
        logo_url (str | Unset):
        price_usd (None | str | Unset): USD price as a decimal string; null when no price is known.
    """

    chain_id: int
    address: str
    symbol: str
    decimals: int
    name: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    price_usd: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["chainId"] = self.chain_id

        field_dict["address"] = self.address

        field_dict["symbol"] = self.symbol

        field_dict["decimals"] = self.decimals

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.logo_url is not UNSET:
            field_dict["logoUrl"] = self.logo_url

        if self.price_usd is not UNSET:
            field_dict["priceUsd"] = self.price_usd

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
            chain_id = src_dict["chainId"]
            address = src_dict["address"]
            symbol = src_dict["symbol"]
            decimals = src_dict["decimals"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (type(chain_id) is int or is_integer(chain_id)):
            raise TypeMismatch("integer", chain_id, "chainId")

        if not isinstance(address, str):
            raise TypeMismatch("string", address, "address")

        if not isinstance(symbol, str):
            raise TypeMismatch("string", symbol, "symbol")

        if not (type(decimals) is int or is_integer(decimals)):
            raise TypeMismatch("integer", decimals, "decimals")

        _seen = 4
        name = src_dict.get("name", UNSET)
        if name is not UNSET:
            _seen += 1
            if not isinstance(name, str):
                raise TypeMismatch("string", name, "name")

        logo_url = src_dict.get("logoUrl", UNSET)
        if logo_url is not UNSET:
            _seen += 1
            if not isinstance(logo_url, str):
                raise TypeMismatch("string", logo_url, "logoUrl")

        price_usd = src_dict.get("priceUsd", UNSET)
        if price_usd is not UNSET:
            _seen += 1
            if price_usd is None:
                pass

            elif isinstance(price_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", price_usd, "priceUsd")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.chain_id = chain_id
        _model.address = address
        _model.symbol = symbol
        _model.decimals = decimals
        _model.name = name
        _model.logo_url = logo_url
        _model.price_usd = price_usd
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
