from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteFrom")


@_attrs_define
class QuoteFrom:
    """Source side of a quote. Truncated in public docs; further fields may appear.

    Attributes:
        amount (str): Amount sold, in base units; it echoes the request's human `amount` scaled by `decimals` (see
            "Units").
        decimals (int):
        network_id (int | Unset):
        token_id (int | Unset):
        contract_address (None | str | Unset):
    """

    amount: str
    decimals: int
    network_id: int | Unset = UNSET
    token_id: int | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        decimals = self.decimals

        network_id = self.network_id

        token_id = self.token_id

        contract_address: None | str | Unset
        if isinstance(self.contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = self.contract_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "decimals": decimals,
            }
        )
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if contract_address is not UNSET:
            field_dict["contract_address"] = contract_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        decimals = d.pop("decimals")

        network_id = d.pop("network_id", UNSET)

        token_id = d.pop("token_id", UNSET)

        def _parse_contract_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_address = _parse_contract_address(d.pop("contract_address", UNSET))

        quote_from = cls(
            amount=amount,
            decimals=decimals,
            network_id=network_id,
            token_id=token_id,
            contract_address=contract_address,
        )

        quote_from.additional_properties = d
        return quote_from

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
