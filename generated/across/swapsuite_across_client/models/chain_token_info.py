from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChainTokenInfo")


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
        address = self.address

        symbol = self.symbol

        name = self.name

        decimals = self.decimals

        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "symbol": symbol,
                "name": name,
                "decimals": decimals,
                "logoUrl": logo_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        symbol = d.pop("symbol")

        name = d.pop("name")

        decimals = d.pop("decimals")

        logo_url = d.pop("logoUrl")

        chain_token_info = cls(
            address=address,
            symbol=symbol,
            name=name,
            decimals=decimals,
            logo_url=logo_url,
        )

        chain_token_info.additional_properties = d
        return chain_token_info

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
