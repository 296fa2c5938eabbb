from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.any_input_quote_withdrawal_status import AnyInputQuoteWithdrawalStatus

T = TypeVar("T", bound="AnyInputQuoteWithdrawal")
_KNOWN_KEYS = frozenset(
    (
        "status",
        "amountOutFormatted",
        "amountOutUsd",
        "amountOut",
        "withdrawFeeFormatted",
        "withdrawFee",
        "withdrawFeeUsd",
        "timestamp",
        "hash",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status.value

        field_dict["amountOutFormatted"] = self.amount_out_formatted

        field_dict["amountOutUsd"] = self.amount_out_usd

        field_dict["amountOut"] = self.amount_out

        field_dict["withdrawFeeFormatted"] = self.withdraw_fee_formatted

        field_dict["withdrawFee"] = self.withdraw_fee

        field_dict["withdrawFeeUsd"] = self.withdraw_fee_usd

        field_dict["timestamp"] = self.timestamp

        field_dict["hash"] = self.hash_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        try:
            status = src_dict["status"]
            amount_out_formatted = src_dict["amountOutFormatted"]
            amount_out_usd = src_dict["amountOutUsd"]
            amount_out = src_dict["amountOut"]
            withdraw_fee_formatted = src_dict["withdrawFeeFormatted"]
            withdraw_fee = src_dict["withdrawFee"]
            withdraw_fee_usd = src_dict["withdrawFeeUsd"]
            timestamp = src_dict["timestamp"]
            hash_ = src_dict["hash"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(status, str):
            raise TypeMismatch("string", status, "status")
        status = _AnyInputQuoteWithdrawalStatus_BY_VALUE.get(status) or AnyInputQuoteWithdrawalStatus(status)

        if not isinstance(amount_out_formatted, str):
            raise TypeMismatch("string", amount_out_formatted, "amountOutFormatted")

        if not isinstance(amount_out_usd, str):
            raise TypeMismatch("string", amount_out_usd, "amountOutUsd")

        if not isinstance(amount_out, str):
            raise TypeMismatch("string", amount_out, "amountOut")

        if not isinstance(withdraw_fee_formatted, str):
            raise TypeMismatch("string", withdraw_fee_formatted, "withdrawFeeFormatted")

        if not isinstance(withdraw_fee, str):
            raise TypeMismatch("string", withdraw_fee, "withdrawFee")

        if not isinstance(withdraw_fee_usd, str):
            raise TypeMismatch("string", withdraw_fee_usd, "withdrawFeeUsd")

        if not isinstance(timestamp, str):
            raise TypeMismatch("string", timestamp, "timestamp")

        if not isinstance(hash_, str):
            raise TypeMismatch("string", hash_, "hash")

        _seen = 9
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.status = status
        _model.amount_out_formatted = amount_out_formatted
        _model.amount_out_usd = amount_out_usd
        _model.amount_out = amount_out
        _model.withdraw_fee_formatted = withdraw_fee_formatted
        _model.withdraw_fee = withdraw_fee
        _model.withdraw_fee_usd = withdraw_fee_usd
        _model.timestamp = timestamp
        _model.hash_ = hash_
        _model.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS} if len(src_dict) != _seen else {}
        )
        return _model

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


# Bound once at import: on every from_dict call these attribute lookups would cost more than the type checks.
_new_object = object.__new__
_AnyInputQuoteWithdrawalStatus_BY_VALUE = (
    AnyInputQuoteWithdrawalStatus._value2member_map_
)  # known values only; see from_dict
