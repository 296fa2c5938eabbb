from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.any_input_quote_withdrawal_status import AnyInputQuoteWithdrawalStatus

T = TypeVar("T", bound="AnyInputQuoteWithdrawal")


@_attrs_define
class AnyInputQuoteWithdrawal:
    """One payout made for an `ANY_INPUT` quote.

    Attributes:
        status (AnyInputQuoteWithdrawalStatus): Outcome of the withdrawal.
        amount_out_formatted (str): Amount paid out in whole-token units. Example: 9.95.
        amount_out_usd (str): Amount paid out in USD at withdrawal time. Example: 9.95.
        amount_out (str): Amount paid out in smallest units. Example: 9950000.
        withdraw_fee_formatted (str): Withdrawal fee in whole-token units. Example: 0.01.
        withdraw_fee (str): Fee deducted for the withdrawal, in smallest units. Example: 10000.
        withdraw_fee_usd (str): Withdrawal fee in USD. Example: 0.01.
        timestamp (str): When the withdrawal happened (ISO-8601 string). Example: 2019-08-24T14:15:22Z.
        hash_ (str): Hash of the withdrawal transaction. Example: 0x123abc456def789.
    """

    status: AnyInputQuoteWithdrawalStatus
    amount_out_formatted: str
    amount_out_usd: str
    amount_out: str
    withdraw_fee_formatted: str
    withdraw_fee: str
    withdraw_fee_usd: str
    timestamp: str
    hash_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        amount_out_formatted = self.amount_out_formatted

        amount_out_usd = self.amount_out_usd

        amount_out = self.amount_out

        withdraw_fee_formatted = self.withdraw_fee_formatted

        withdraw_fee = self.withdraw_fee

        withdraw_fee_usd = self.withdraw_fee_usd

        timestamp = self.timestamp

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "amountOutFormatted": amount_out_formatted,
                "amountOutUsd": amount_out_usd,
                "amountOut": amount_out,
                "withdrawFeeFormatted": withdraw_fee_formatted,
                "withdrawFee": withdraw_fee,
                "withdrawFeeUsd": withdraw_fee_usd,
                "timestamp": timestamp,
                "hash": hash_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AnyInputQuoteWithdrawalStatus(d.pop("status"))

        amount_out_formatted = d.pop("amountOutFormatted")

        amount_out_usd = d.pop("amountOutUsd")

        amount_out = d.pop("amountOut")

        withdraw_fee_formatted = d.pop("withdrawFeeFormatted")

        withdraw_fee = d.pop("withdrawFee")

        withdraw_fee_usd = d.pop("withdrawFeeUsd")

        timestamp = d.pop("timestamp")

        hash_ = d.pop("hash")

        any_input_quote_withdrawal = cls(
            status=status,
            amount_out_formatted=amount_out_formatted,
            amount_out_usd=amount_out_usd,
            amount_out=amount_out,
            withdraw_fee_formatted=withdraw_fee_formatted,
            withdraw_fee=withdraw_fee,
            withdraw_fee_usd=withdraw_fee_usd,
            timestamp=timestamp,
            hash_=hash_,
        )

        any_input_quote_withdrawal.additional_properties = d
        return any_input_quote_withdrawal

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
