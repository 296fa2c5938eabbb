from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapTo")


@_attrs_define
class SwapTo:
    """Destination side of a swap.

    Attributes:
        address (str): Recipient address.
        network_id (int):
        token_id (int):
        contract_address (None | str):
        decimals (int):
        min_amount (str): Lower bound of the amount received (the docs wrongly call it basis points); samples show
            integer base units.
        max_amount (str): Upper bound of the amount received; samples show integer base units.
        tx (None | str | Unset): Destination-chain transaction hash, once there is one.
        tx_at (str | Unset): Time of the destination transaction, an ISO 8601 string per the docs (listed on the intent-
            status page only; no sample value seen, so no `date-time` format is enforced).
        amount_expected (str | Unset): Expected amount received. Required on the swap list; the intent-status table is
            truncated before it, so it is optional here.
    """

    address: str
    network_id: int
    token_id: int
    contract_address: None | str
    decimals: int
    min_amount: str
    max_amount: str
    tx: None | str | Unset = UNSET
    tx_at: str | Unset = UNSET
    amount_expected: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        network_id = self.network_id

        token_id = self.token_id

        contract_address: None | str
        contract_address = self.contract_address

        decimals = self.decimals

        min_amount = self.min_amount

        max_amount = self.max_amount

        tx: None | str | Unset
        if isinstance(self.tx, Unset):
            tx = UNSET
        else:
            tx = self.tx

        tx_at = self.tx_at

        amount_expected = self.amount_expected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "network_id": network_id,
                "token_id": token_id,
                "contract_address": contract_address,
                "decimals": decimals,
                "min_amount": min_amount,
                "max_amount": max_amount,
            }
        )
        if tx is not UNSET:
            field_dict["tx"] = tx
        if tx_at is not UNSET:
            field_dict["tx_at"] = tx_at
        if amount_expected is not UNSET:
            field_dict["amount_expected"] = amount_expected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        network_id = d.pop("network_id")

        token_id = d.pop("token_id")

        def _parse_contract_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_address = _parse_contract_address(d.pop("contract_address"))

        decimals = d.pop("decimals")

        min_amount = d.pop("min_amount")

        max_amount = d.pop("max_amount")

        def _parse_tx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx = _parse_tx(d.pop("tx", UNSET))

        tx_at = d.pop("tx_at", UNSET)

        amount_expected = d.pop("amount_expected", UNSET)

        swap_to = cls(
            address=address,
            network_id=network_id,
            token_id=token_id,
            contract_address=contract_address,
            decimals=decimals,
            min_amount=min_amount,
            max_amount=max_amount,
            tx=tx,
            tx_at=tx_at,
            amount_expected=amount_expected,
        )

        swap_to.additional_properties = d
        return swap_to

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
