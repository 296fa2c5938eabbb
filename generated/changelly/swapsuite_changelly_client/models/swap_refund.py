from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapRefund")


@_attrs_define
class SwapRefund:
    """Refund details of a swap.

    Attributes:
        address (str | Unset): Refund address.
        tx (None | str | Unset): Refund transaction hash, once there is one.
        tx_at (str | Unset): Time of the refund transaction, an ISO 8601 string per the docs (no sample value seen).
    """

    address: str | Unset = UNSET
    tx: None | str | Unset = UNSET
    tx_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        tx: None | str | Unset
        if isinstance(self.tx, Unset):
            tx = UNSET
        else:
            tx = self.tx

        tx_at = self.tx_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if tx is not UNSET:
            field_dict["tx"] = tx
        if tx_at is not UNSET:
            field_dict["tx_at"] = tx_at

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

        swap_refund = cls(
            address=address,
            tx=tx,
            tx_at=tx_at,
        )

        swap_refund.additional_properties = d
        return swap_refund

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
