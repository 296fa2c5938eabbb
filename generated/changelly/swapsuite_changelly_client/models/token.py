from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """A supported token. Core fields come from the oldest documentation generation; `id`, `token_id` and `decimals` are
    mentioned by newer pages but their presence and names in this response are unconfirmed.

        Attributes:
            network_id (int):
            name (str):
            symbol (str):
            contract_address (None | str): Token contract address; null is assumed possible for a network's native coin.
            id (int | Unset): Numeric token id, if the response names it `id` (unconfirmed).
            token_id (int | Unset): Numeric token id as used in quotes and swaps, if the response names it `token_id`
                (unconfirmed).
            decimals (int | Unset): Token decimals (unconfirmed in this response).
            icon_url (str | Unset):
            wrapped_token_address (None | str | Unset): When set, the token has to be wrapped into this contract before it
                can be swapped.
    """

    network_id: int
    name: str
    symbol: str
    contract_address: None | str
    id: int | Unset = UNSET
    token_id: int | Unset = UNSET
    decimals: int | Unset = UNSET
    icon_url: str | Unset = UNSET
    wrapped_token_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_id = self.network_id

        name = self.name

        symbol = self.symbol

        contract_address: None | str
        contract_address = self.contract_address

        id = self.id

        token_id = self.token_id

        decimals = self.decimals

        icon_url = self.icon_url

        wrapped_token_address: None | str | Unset
        if isinstance(self.wrapped_token_address, Unset):
            wrapped_token_address = UNSET
        else:
            wrapped_token_address = self.wrapped_token_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network_id": network_id,
                "name": name,
                "symbol": symbol,
                "contract_address": contract_address,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if wrapped_token_address is not UNSET:
            field_dict["wrapped_token_address"] = wrapped_token_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_id = d.pop("network_id")

        name = d.pop("name")

        symbol = d.pop("symbol")

        def _parse_contract_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_address = _parse_contract_address(d.pop("contract_address"))

        id = d.pop("id", UNSET)

        token_id = d.pop("token_id", UNSET)

        decimals = d.pop("decimals", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        def _parse_wrapped_token_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrapped_token_address = _parse_wrapped_token_address(d.pop("wrapped_token_address", UNSET))

        token = cls(
            network_id=network_id,
            name=name,
            symbol=symbol,
            contract_address=contract_address,
            id=id,
            token_id=token_id,
            decimals=decimals,
            icon_url=icon_url,
            wrapped_token_address=wrapped_token_address,
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
