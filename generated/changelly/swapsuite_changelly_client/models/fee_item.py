from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeItem")


@_attrs_define
class FeeItem:
    """One fee taken from the swap, in the token it is charged in.

    Attributes:
        network_id (int | Unset):
        contract_address (None | str | Unset):
        token_id (int | Unset):
        decimals (int | Unset):
        amount (str | Unset): Fee amount in base units of the fee token (see "Units" in the API description).
        bps (str | Unset): Fee rate in basis points.
    """

    network_id: int | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    token_id: int | Unset = UNSET
    decimals: int | Unset = UNSET
    amount: str | Unset = UNSET
    bps: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_id = self.network_id

        contract_address: None | str | Unset
        if isinstance(self.contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = self.contract_address

        token_id = self.token_id

        decimals = self.decimals

        amount = self.amount

        bps = self.bps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if contract_address is not UNSET:
            field_dict["contract_address"] = contract_address
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if amount is not UNSET:
            field_dict["amount"] = amount
        if bps is not UNSET:
            field_dict["bps"] = bps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_id = d.pop("network_id", UNSET)

        def _parse_contract_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_address = _parse_contract_address(d.pop("contract_address", UNSET))

        token_id = d.pop("token_id", UNSET)

        decimals = d.pop("decimals", UNSET)

        amount = d.pop("amount", UNSET)

        bps = d.pop("bps", UNSET)

        fee_item = cls(
            network_id=network_id,
            contract_address=contract_address,
            token_id=token_id,
            decimals=decimals,
            amount=amount,
            bps=bps,
        )

        fee_item.additional_properties = d
        return fee_item

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
