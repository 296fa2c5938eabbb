from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """Token descriptor used throughout the Swap API.

    Attributes:
        address (str): Token address on `chainId` (zero address for a native token).
        symbol (str):
        decimals (int):
        chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream restricts this
            to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        name (str | Unset): Display name; not always present.
    """

    address: str
    symbol: str
    decimals: int
    chain_id: int
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        symbol = self.symbol

        decimals = self.decimals

        chain_id = self.chain_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "symbol": symbol,
                "decimals": decimals,
                "chainId": chain_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        symbol = d.pop("symbol")

        decimals = d.pop("decimals")

        chain_id = d.pop("chainId")

        name = d.pop("name", UNSET)

        token = cls(
            address=address,
            symbol=symbol,
            decimals=decimals,
            chain_id=chain_id,
            name=name,
        )

        token.additional_properties = d
        return token

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
