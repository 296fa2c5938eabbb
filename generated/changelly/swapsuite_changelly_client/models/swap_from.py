from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapFrom")


@_attrs_define
class SwapFrom:
    """Source side of a swap. Only what the adapter reads is required (`amount`, `decimals`); the rest is in every sample.

    Attributes:
        decimals (int):
        amount (str): Amount sold, in base units (see "Units").
        address (str | Unset): Sender address.
        tx (None | str | Unset): Source-chain transaction hash, once there is one.
        tx_at (str | Unset): Time of the source transaction, an ISO 8601 string per the docs (listed on the intent-
            status page only; no sample value seen, so no `date-time` format is enforced).
        network_id (int | Unset):
        token_id (int | Unset):
        contract_address (None | str | Unset):
    """

    decimals: int
    amount: str
    address: str | Unset = UNSET
    tx: None | str | Unset = UNSET
    tx_at: str | Unset = UNSET
    network_id: int | Unset = UNSET
    token_id: int | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decimals = self.decimals

        amount = self.amount

        address = self.address

        tx: None | str | Unset
        if isinstance(self.tx, Unset):
            tx = UNSET
        else:
            tx = self.tx

        tx_at = self.tx_at

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
                "decimals": decimals,
                "amount": amount,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if tx is not UNSET:
            field_dict["tx"] = tx
        if tx_at is not UNSET:
            field_dict["tx_at"] = tx_at
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
        decimals = d.pop("decimals")

        amount = d.pop("amount")

        address = d.pop("address", UNSET)

        def _parse_tx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx = _parse_tx(d.pop("tx", UNSET))

        tx_at = d.pop("tx_at", UNSET)

        network_id = d.pop("network_id", UNSET)

        token_id = d.pop("token_id", UNSET)

        def _parse_contract_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_address = _parse_contract_address(d.pop("contract_address", UNSET))

        swap_from = cls(
            decimals=decimals,
            amount=amount,
            address=address,
            tx=tx,
            tx_at=tx_at,
            network_id=network_id,
            token_id=token_id,
            contract_address=contract_address,
        )

        swap_from.additional_properties = d
        return swap_from

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
