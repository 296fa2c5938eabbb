from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.history_item_deposit_type import HistoryItemDepositType
from ..models.history_item_recipient_type import HistoryItemRecipientType
from ..models.history_item_refund_type import HistoryItemRefundType
from ..models.history_item_status import HistoryItemStatus
from ..types import UNSET, Unset, original_text

T = TypeVar("T", bound="HistoryItem")
_KNOWN_KEYS = frozenset(
    (
        "status",
        "createdAt",
        "depositAddress",
        "depositType",
        "recipientType",
        "refundType",
        "depositMemo",
        "originAsset",
        "amountInFormatted",
        "amountInUsd",
        "destinationAsset",
        "amountOutFormatted",
        "amountOutUsd",
        "recipient",
        "refundTo",
        "quoteTransactions",
        "refundReason",
        "refundedAmountFormatted",
        "refundedAmountUsd",
        "refundFee",
        "refundFeeFormatted",
    )
)


@_attrs_define
class HistoryItem:
    """One swap of the user. Only `status`, `depositAddress` and `createdAt` are required (tolerant reader:
    the SDK model is the only evidence and no adapter reads the rest).

        Attributes:
            status (HistoryItemStatus): Execution status.
            created_at (datetime.datetime): When the swap was created.
            deposit_address (str): Deposit address of the swap.
            deposit_type (HistoryItemDepositType | Unset): Deposit type of the quote.
            recipient_type (HistoryItemRecipientType | Unset): Recipient type of the quote.
            refund_type (HistoryItemRefundType | Unset): Refund type of the quote.
            deposit_memo (None | str | Unset): Deposit memo, null when none.
            origin_asset (str | Unset): Origin asset id.
            amount_in_formatted (str | Unset): Input in whole-token units.
            amount_in_usd (str | Unset): Input in USD.
            destination_asset (str | Unset): Destination asset id.
            amount_out_formatted (str | Unset): Output in whole-token units.
            amount_out_usd (str | Unset): Output in USD.
            recipient (str | Unset): Recipient address.
            refund_to (str | Unset): Refund address.
            quote_transactions (list[HistoryTransaction] | Unset): Deposit transactions.
            refund_reason (None | str | Unset): Why a refund happened; null without one.
            refunded_amount_formatted (str | Unset): Refunded amount in whole-token units.
            refunded_amount_usd (str | Unset): Refunded amount in USD.
            refund_fee (None | str | Unset): Refund fee in base units of the origin asset.
            refund_fee_formatted (str | Unset): Refund fee in whole-token units.
    """

    status: HistoryItemStatus
    created_at: datetime.datetime
    deposit_address: str
    deposit_type: HistoryItemDepositType | Unset = UNSET
    recipient_type: HistoryItemRecipientType | Unset = UNSET
    refund_type: HistoryItemRefundType | Unset = UNSET
    deposit_memo: None | str | Unset = UNSET
    origin_asset: str | Unset = UNSET
    amount_in_formatted: str | Unset = UNSET
    amount_in_usd: str | Unset = UNSET
    destination_asset: str | Unset = UNSET
    amount_out_formatted: str | Unset = UNSET
    amount_out_usd: str | Unset = UNSET
    recipient: str | Unset = UNSET
    refund_to: str | Unset = UNSET
    quote_transactions: list[HistoryTransaction] | Unset = UNSET
    refund_reason: None | str | Unset = UNSET
    refunded_amount_formatted: str | Unset = UNSET
    refunded_amount_usd: str | Unset = UNSET
    refund_fee: None | str | Unset = UNSET
    refund_fee_formatted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _created_at_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status.value

        field_dict["createdAt"] = (
            original_text(self.created_at, self._created_at_text, datetime.datetime.fromisoformat)
            or self.created_at.isoformat()
        )

        field_dict["depositAddress"] = self.deposit_address

        if self.deposit_type is not UNSET:
            field_dict["depositType"] = self.deposit_type.value

        if self.recipient_type is not UNSET:
            field_dict["recipientType"] = self.recipient_type.value

        if self.refund_type is not UNSET:
            field_dict["refundType"] = self.refund_type.value

        if self.deposit_memo is not UNSET:
            field_dict["depositMemo"] = self.deposit_memo

        if self.origin_asset is not UNSET:
            field_dict["originAsset"] = self.origin_asset

        if self.amount_in_formatted is not UNSET:
            field_dict["amountInFormatted"] = self.amount_in_formatted

        if self.amount_in_usd is not UNSET:
            field_dict["amountInUsd"] = self.amount_in_usd

        if self.destination_asset is not UNSET:
            field_dict["destinationAsset"] = self.destination_asset

        if self.amount_out_formatted is not UNSET:
            field_dict["amountOutFormatted"] = self.amount_out_formatted

        if self.amount_out_usd is not UNSET:
            field_dict["amountOutUsd"] = self.amount_out_usd

        if self.recipient is not UNSET:
            field_dict["recipient"] = self.recipient

        if self.refund_to is not UNSET:
            field_dict["refundTo"] = self.refund_to

        if self.quote_transactions is not UNSET:
            quote_transactions_list: list[Any] = []
            for quote_transactions_item in self.quote_transactions:
                quote_transactions_out = quote_transactions_item.to_dict()

                quote_transactions_list.append(quote_transactions_out)
            field_dict["quoteTransactions"] = quote_transactions_list

        if self.refund_reason is not UNSET:
            field_dict["refundReason"] = self.refund_reason

        if self.refunded_amount_formatted is not UNSET:
            field_dict["refundedAmountFormatted"] = self.refunded_amount_formatted

        if self.refunded_amount_usd is not UNSET:
            field_dict["refundedAmountUsd"] = self.refunded_amount_usd

        if self.refund_fee is not UNSET:
            field_dict["refundFee"] = self.refund_fee

        if self.refund_fee_formatted is not UNSET:
            field_dict["refundFeeFormatted"] = self.refund_fee_formatted

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
            created_at = src_dict["createdAt"]
            deposit_address = src_dict["depositAddress"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(status, str):
            raise TypeMismatch("string", status, "status")
        status = _HistoryItemStatus_BY_VALUE.get(status) or HistoryItemStatus(status)

        _created_at_text: str | None = None
        if not isinstance(created_at, str):
            raise TypeMismatch("date-time string", created_at, "createdAt")
        try:
            _created_at_text, created_at = created_at, _parse_datetime(created_at)
        except ValueError:
            raise TypeMismatch("date-time string", created_at, "createdAt") from None

        if not isinstance(deposit_address, str):
            raise TypeMismatch("string", deposit_address, "depositAddress")

        _seen = 3
        deposit_type = src_dict.get("depositType", UNSET)
        if deposit_type is not UNSET:
            _seen += 1
            if not isinstance(deposit_type, str):
                raise TypeMismatch("string", deposit_type, "depositType")
            deposit_type = _HistoryItemDepositType_BY_VALUE.get(deposit_type) or HistoryItemDepositType(deposit_type)

        recipient_type = src_dict.get("recipientType", UNSET)
        if recipient_type is not UNSET:
            _seen += 1
            if not isinstance(recipient_type, str):
                raise TypeMismatch("string", recipient_type, "recipientType")
            recipient_type = _HistoryItemRecipientType_BY_VALUE.get(recipient_type) or HistoryItemRecipientType(
                recipient_type
            )

        refund_type = src_dict.get("refundType", UNSET)
        if refund_type is not UNSET:
            _seen += 1
            if not isinstance(refund_type, str):
                raise TypeMismatch("string", refund_type, "refundType")
            refund_type = _HistoryItemRefundType_BY_VALUE.get(refund_type) or HistoryItemRefundType(refund_type)

        deposit_memo = src_dict.get("depositMemo", UNSET)
        if deposit_memo is not UNSET:
            _seen += 1
            if deposit_memo is None:
                pass

            elif isinstance(deposit_memo, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_memo, "depositMemo")

        origin_asset = src_dict.get("originAsset", UNSET)
        if origin_asset is not UNSET:
            _seen += 1
            if not isinstance(origin_asset, str):
                raise TypeMismatch("string", origin_asset, "originAsset")

        amount_in_formatted = src_dict.get("amountInFormatted", UNSET)
        if amount_in_formatted is not UNSET:
            _seen += 1
            if not isinstance(amount_in_formatted, str):
                raise TypeMismatch("string", amount_in_formatted, "amountInFormatted")

        amount_in_usd = src_dict.get("amountInUsd", UNSET)
        if amount_in_usd is not UNSET:
            _seen += 1
            if not isinstance(amount_in_usd, str):
                raise TypeMismatch("string", amount_in_usd, "amountInUsd")

        destination_asset = src_dict.get("destinationAsset", UNSET)
        if destination_asset is not UNSET:
            _seen += 1
            if not isinstance(destination_asset, str):
                raise TypeMismatch("string", destination_asset, "destinationAsset")

        amount_out_formatted = src_dict.get("amountOutFormatted", UNSET)
        if amount_out_formatted is not UNSET:
            _seen += 1
            if not isinstance(amount_out_formatted, str):
                raise TypeMismatch("string", amount_out_formatted, "amountOutFormatted")

        amount_out_usd = src_dict.get("amountOutUsd", UNSET)
        if amount_out_usd is not UNSET:
            _seen += 1
            if not isinstance(amount_out_usd, str):
                raise TypeMismatch("string", amount_out_usd, "amountOutUsd")

        recipient = src_dict.get("recipient", UNSET)
        if recipient is not UNSET:
            _seen += 1
            if not isinstance(recipient, str):
                raise TypeMismatch("string", recipient, "recipient")

        refund_to = src_dict.get("refundTo", UNSET)
        if refund_to is not UNSET:
            _seen += 1
            if not isinstance(refund_to, str):
                raise TypeMismatch("string", refund_to, "refundTo")

        quote_transactions = src_dict.get("quoteTransactions", UNSET)
        if quote_transactions is not UNSET:
            _seen += 1
            if not isinstance(quote_transactions, list):
                raise TypeMismatch("array", quote_transactions, "quoteTransactions")
            quote_transactions_list: list[Any] = []
            try:
                for quote_transactions_item in quote_transactions:
                    quote_transactions_item = HistoryTransaction.from_dict(quote_transactions_item)

                    quote_transactions_list.append(quote_transactions_item)
            except TypeMismatch as _exc:
                _exc.prepend("quoteTransactions", len(quote_transactions_list))
                raise
            quote_transactions = quote_transactions_list

        refund_reason = src_dict.get("refundReason", UNSET)
        if refund_reason is not UNSET:
            _seen += 1
            if refund_reason is None:
                pass

            elif isinstance(refund_reason, str):
                pass

            else:
                raise TypeMismatch("string | null", refund_reason, "refundReason")

        refunded_amount_formatted = src_dict.get("refundedAmountFormatted", UNSET)
        if refunded_amount_formatted is not UNSET:
            _seen += 1
            if not isinstance(refunded_amount_formatted, str):
                raise TypeMismatch("string", refunded_amount_formatted, "refundedAmountFormatted")

        refunded_amount_usd = src_dict.get("refundedAmountUsd", UNSET)
        if refunded_amount_usd is not UNSET:
            _seen += 1
            if not isinstance(refunded_amount_usd, str):
                raise TypeMismatch("string", refunded_amount_usd, "refundedAmountUsd")

        refund_fee = src_dict.get("refundFee", UNSET)
        if refund_fee is not UNSET:
            _seen += 1
            if refund_fee is None:
                pass

            elif isinstance(refund_fee, str):
                pass

            else:
                raise TypeMismatch("string | null", refund_fee, "refundFee")

        refund_fee_formatted = src_dict.get("refundFeeFormatted", UNSET)
        if refund_fee_formatted is not UNSET:
            _seen += 1
            if not isinstance(refund_fee_formatted, str):
                raise TypeMismatch("string", refund_fee_formatted, "refundFeeFormatted")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.status = status
        _model.created_at = created_at
        _model._created_at_text = _created_at_text
        _model.deposit_address = deposit_address
        _model.deposit_type = deposit_type
        _model.recipient_type = recipient_type
        _model.refund_type = refund_type
        _model.deposit_memo = deposit_memo
        _model.origin_asset = origin_asset
        _model.amount_in_formatted = amount_in_formatted
        _model.amount_in_usd = amount_in_usd
        _model.destination_asset = destination_asset
        _model.amount_out_formatted = amount_out_formatted
        _model.amount_out_usd = amount_out_usd
        _model.recipient = recipient
        _model.refund_to = refund_to
        _model.quote_transactions = quote_transactions
        _model.refund_reason = refund_reason
        _model.refunded_amount_formatted = refunded_amount_formatted
        _model.refunded_amount_usd = refunded_amount_usd
        _model.refund_fee = refund_fee
        _model.refund_fee_formatted = refund_fee_formatted
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
_parse_datetime = datetime.datetime.fromisoformat
_HistoryItemDepositType_BY_VALUE = HistoryItemDepositType._value2member_map_  # known values only; see from_dict
_HistoryItemRecipientType_BY_VALUE = HistoryItemRecipientType._value2member_map_  # known values only; see from_dict
_HistoryItemRefundType_BY_VALUE = HistoryItemRefundType._value2member_map_  # known values only; see from_dict
_HistoryItemStatus_BY_VALUE = HistoryItemStatus._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.history_transaction import HistoryTransaction  # noqa: E402
