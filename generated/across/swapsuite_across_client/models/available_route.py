from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableRoute")


@_attrs_define
class AvailableRoute:
    """A directly bridgeable token route.

    Attributes:
        origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
            restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        origin_token (str): Token address on the origin chain.
        destination_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
            restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        destination_token (str): Token address on the destination chain.
        origin_token_symbol (str | Unset):
        destination_token_symbol (str | Unset):
        is_native (bool | Unset): True when the route deposits the chain's native token rather than its wrapped form.
            Not in the upstream schema.
    """

    origin_chain_id: int
    origin_token: str
    destination_chain_id: int
    destination_token: str
    origin_token_symbol: str | Unset = UNSET
    destination_token_symbol: str | Unset = UNSET
    is_native: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin_chain_id = self.origin_chain_id

        origin_token = self.origin_token

        destination_chain_id = self.destination_chain_id

        destination_token = self.destination_token

        origin_token_symbol = self.origin_token_symbol

        destination_token_symbol = self.destination_token_symbol

        is_native = self.is_native

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originChainId": origin_chain_id,
                "originToken": origin_token,
                "destinationChainId": destination_chain_id,
                "destinationToken": destination_token,
            }
        )
        if origin_token_symbol is not UNSET:
            field_dict["originTokenSymbol"] = origin_token_symbol
        if destination_token_symbol is not UNSET:
            field_dict["destinationTokenSymbol"] = destination_token_symbol
        if is_native is not UNSET:
            field_dict["isNative"] = is_native

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        origin_chain_id = d.pop("originChainId")

        origin_token = d.pop("originToken")

        destination_chain_id = d.pop("destinationChainId")

        destination_token = d.pop("destinationToken")

        origin_token_symbol = d.pop("originTokenSymbol", UNSET)

        destination_token_symbol = d.pop("destinationTokenSymbol", UNSET)

        is_native = d.pop("isNative", UNSET)

        available_route = cls(
            origin_chain_id=origin_chain_id,
            origin_token=origin_token,
            destination_chain_id=destination_chain_id,
            destination_token=destination_token,
            origin_token_symbol=origin_token_symbol,
            destination_token_symbol=destination_token_symbol,
            is_native=is_native,
        )

        available_route.additional_properties = d
        return available_route

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
