from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapToken")


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
        chain_id = self.chain_id

        address = self.address

        symbol = self.symbol

        decimals = self.decimals

        name = self.name

        logo_url = self.logo_url

        price_usd: None | str | Unset
        if isinstance(self.price_usd, Unset):
            price_usd = UNSET
        else:
            price_usd = self.price_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "address": address,
                "symbol": symbol,
                "decimals": decimals,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if price_usd is not UNSET:
            field_dict["priceUsd"] = price_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chainId")

        address = d.pop("address")

        symbol = d.pop("symbol")

        decimals = d.pop("decimals")

        name = d.pop("name", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        def _parse_price_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_usd = _parse_price_usd(d.pop("priceUsd", UNSET))

        swap_token = cls(
            chain_id=chain_id,
            address=address,
            symbol=symbol,
            decimals=decimals,
            name=name,
            logo_url=logo_url,
            price_usd=price_usd,
        )

        swap_token.additional_properties = d
        return swap_token

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
