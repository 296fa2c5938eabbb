from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitDepositTxRequest")


@_attrs_define
class SubmitDepositTxRequest:
    """Notification that a deposit was sent.

    Attributes:
        tx_hash (str): Hash of the deposit transaction. Example: 0x123abc456def789.
        deposit_address (str): Deposit address of the quote that was funded. Example:
            0x2527D02599Ba641c19FEa793cD0F167589a0f10D.
        near_sender_account (str | Unset): Sending account; only used for deposits made on NEAR. Example: relay.tg.
        memo (str | Unset): Memo the deposit was sent with, if any. Example: 123456.
    """

    tx_hash: str
    deposit_address: str
    near_sender_account: str | Unset = UNSET
    memo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_hash = self.tx_hash

        deposit_address = self.deposit_address

        near_sender_account = self.near_sender_account

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txHash": tx_hash,
                "depositAddress": deposit_address,
            }
        )
        if near_sender_account is not UNSET:
            field_dict["nearSenderAccount"] = near_sender_account
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tx_hash = d.pop("txHash")

        deposit_address = d.pop("depositAddress")

        near_sender_account = d.pop("nearSenderAccount", UNSET)

        memo = d.pop("memo", UNSET)

        submit_deposit_tx_request = cls(
            tx_hash=tx_hash,
            deposit_address=deposit_address,
            near_sender_account=near_sender_account,
            memo=memo,
        )

        submit_deposit_tx_request.additional_properties = d
        return submit_deposit_tx_request

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
