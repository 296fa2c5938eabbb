from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapTo")


@_attrs_define
class SwapTo:
    """Destination side of a swap. Nothing is required: the adapter reports no delivered amount (Changelly documents only
    bounds) and reads only the transaction hash.

        Attributes:
            address (str | Unset): Recipient address.
            tx (None | str | Unset): Destination-chain transaction hash, once there is one.
            tx_at (str | Unset): Time of the destination transaction, an ISO 8601 string per the docs (listed on the intent-
                status page only; no sample value seen, so no `date-time` format is enforced).
            network_id (int | Unset):
            token_id (int | Unset):
            contract_address (None | str | Unset):
            decimals (int | Unset):
            min_amount (str | Unset): Lower bound of the amount received, in base units (the docs wrongly call it basis
                points).
            max_amount (str | Unset): Upper bound of the amount received, in base units.
            amount_expected (str | Unset): Expected amount received. Required on the swap list; the intent-status table is
                truncated before it, so it is optional here.
    """

    address: str | Unset = UNSET
    tx: None | str | Unset = UNSET
    tx_at: str | Unset = UNSET
    network_id: int | Unset = UNSET
    token_id: int | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    decimals: int | Unset = UNSET
    min_amount: str | Unset = UNSET
    max_amount: str | Unset = UNSET
    amount_expected: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        decimals = self.decimals

        min_amount = self.min_amount

        max_amount = self.max_amount

        amount_expected = self.amount_expected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if amount_expected is not UNSET:
            field_dict["amount_expected"] = amount_expected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        decimals = d.pop("decimals", UNSET)

        min_amount = d.pop("min_amount", UNSET)

        max_amount = d.pop("max_amount", UNSET)

        amount_expected = d.pop("amount_expected", UNSET)

        swap_to = cls(
            address=address,
            tx=tx,
            tx_at=tx_at,
            network_id=network_id,
            token_id=token_id,
            contract_address=contract_address,
            decimals=decimals,
            min_amount=min_amount,
            max_amount=max_amount,
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
