from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_item_deposit_type import HistoryItemDepositType
from ..models.history_item_recipient_type import HistoryItemRecipientType
from ..models.history_item_refund_type import HistoryItemRefundType
from ..models.history_item_status import HistoryItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_transaction import HistoryTransaction


T = TypeVar("T", bound="HistoryItem")


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

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_at = self.created_at.isoformat()

        deposit_address = self.deposit_address

        deposit_type: str | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = self.deposit_type.value

        recipient_type: str | Unset = UNSET
        if not isinstance(self.recipient_type, Unset):
            recipient_type = self.recipient_type.value

        refund_type: str | Unset = UNSET
        if not isinstance(self.refund_type, Unset):
            refund_type = self.refund_type.value

        deposit_memo: None | str | Unset
        if isinstance(self.deposit_memo, Unset):
            deposit_memo = UNSET
        else:
            deposit_memo = self.deposit_memo

        origin_asset = self.origin_asset

        amount_in_formatted = self.amount_in_formatted

        amount_in_usd = self.amount_in_usd

        destination_asset = self.destination_asset

        amount_out_formatted = self.amount_out_formatted

        amount_out_usd = self.amount_out_usd

        recipient = self.recipient

        refund_to = self.refund_to

        quote_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quote_transactions, Unset):
            quote_transactions = []
            for quote_transactions_item_data in self.quote_transactions:
                quote_transactions_item = quote_transactions_item_data.to_dict()
                quote_transactions.append(quote_transactions_item)

        refund_reason: None | str | Unset
        if isinstance(self.refund_reason, Unset):
            refund_reason = UNSET
        else:
            refund_reason = self.refund_reason

        refunded_amount_formatted = self.refunded_amount_formatted

        refunded_amount_usd = self.refunded_amount_usd

        refund_fee: None | str | Unset
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        refund_fee_formatted = self.refund_fee_formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "createdAt": created_at,
                "depositAddress": deposit_address,
            }
        )
        if deposit_type is not UNSET:
            field_dict["depositType"] = deposit_type
        if recipient_type is not UNSET:
            field_dict["recipientType"] = recipient_type
        if refund_type is not UNSET:
            field_dict["refundType"] = refund_type
        if deposit_memo is not UNSET:
            field_dict["depositMemo"] = deposit_memo
        if origin_asset is not UNSET:
            field_dict["originAsset"] = origin_asset
        if amount_in_formatted is not UNSET:
            field_dict["amountInFormatted"] = amount_in_formatted
        if amount_in_usd is not UNSET:
            field_dict["amountInUsd"] = amount_in_usd
        if destination_asset is not UNSET:
            field_dict["destinationAsset"] = destination_asset
        if amount_out_formatted is not UNSET:
            field_dict["amountOutFormatted"] = amount_out_formatted
        if amount_out_usd is not UNSET:
            field_dict["amountOutUsd"] = amount_out_usd
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if refund_to is not UNSET:
            field_dict["refundTo"] = refund_to
        if quote_transactions is not UNSET:
            field_dict["quoteTransactions"] = quote_transactions
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
        if refunded_amount_formatted is not UNSET:
            field_dict["refundedAmountFormatted"] = refunded_amount_formatted
        if refunded_amount_usd is not UNSET:
            field_dict["refundedAmountUsd"] = refunded_amount_usd
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if refund_fee_formatted is not UNSET:
            field_dict["refundFeeFormatted"] = refund_fee_formatted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_transaction import HistoryTransaction  # noqa: PLC0415

        d = dict(src_dict)
        status = HistoryItemStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        deposit_address = d.pop("depositAddress")

        _deposit_type = d.pop("depositType", UNSET)
        deposit_type: HistoryItemDepositType | Unset
        if isinstance(_deposit_type, Unset):
            deposit_type = UNSET
        else:
            deposit_type = HistoryItemDepositType(_deposit_type)

        _recipient_type = d.pop("recipientType", UNSET)
        recipient_type: HistoryItemRecipientType | Unset
        if isinstance(_recipient_type, Unset):
            recipient_type = UNSET
        else:
            recipient_type = HistoryItemRecipientType(_recipient_type)

        _refund_type = d.pop("refundType", UNSET)
        refund_type: HistoryItemRefundType | Unset
        if isinstance(_refund_type, Unset):
            refund_type = UNSET
        else:
            refund_type = HistoryItemRefundType(_refund_type)

        def _parse_deposit_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_memo = _parse_deposit_memo(d.pop("depositMemo", UNSET))

        origin_asset = d.pop("originAsset", UNSET)

        amount_in_formatted = d.pop("amountInFormatted", UNSET)

        amount_in_usd = d.pop("amountInUsd", UNSET)

        destination_asset = d.pop("destinationAsset", UNSET)

        amount_out_formatted = d.pop("amountOutFormatted", UNSET)

        amount_out_usd = d.pop("amountOutUsd", UNSET)

        recipient = d.pop("recipient", UNSET)

        refund_to = d.pop("refundTo", UNSET)

        _quote_transactions = d.pop("quoteTransactions", UNSET)
        quote_transactions: list[HistoryTransaction] | Unset = UNSET
        if _quote_transactions is not UNSET:
            quote_transactions = []
            for quote_transactions_item_data in _quote_transactions:
                quote_transactions_item = HistoryTransaction.from_dict(quote_transactions_item_data)

                quote_transactions.append(quote_transactions_item)

        def _parse_refund_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_reason = _parse_refund_reason(d.pop("refundReason", UNSET))

        refunded_amount_formatted = d.pop("refundedAmountFormatted", UNSET)

        refunded_amount_usd = d.pop("refundedAmountUsd", UNSET)

        def _parse_refund_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_fee = _parse_refund_fee(d.pop("refundFee", UNSET))

        refund_fee_formatted = d.pop("refundFeeFormatted", UNSET)

        history_item = cls(
            status=status,
            created_at=created_at,
            deposit_address=deposit_address,
            deposit_type=deposit_type,
            recipient_type=recipient_type,
            refund_type=refund_type,
            deposit_memo=deposit_memo,
            origin_asset=origin_asset,
            amount_in_formatted=amount_in_formatted,
            amount_in_usd=amount_in_usd,
            destination_asset=destination_asset,
            amount_out_formatted=amount_out_formatted,
            amount_out_usd=amount_out_usd,
            recipient=recipient,
            refund_to=refund_to,
            quote_transactions=quote_transactions,
            refund_reason=refund_reason,
            refunded_amount_formatted=refunded_amount_formatted,
            refunded_amount_usd=refunded_amount_usd,
            refund_fee=refund_fee,
            refund_fee_formatted=refund_fee_formatted,
        )

        history_item.additional_properties = d
        return history_item

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
