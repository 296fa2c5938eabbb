from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_deposit_address import ChainDepositAddress


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """Priced result of a quote request. Dry quotes omit `depositAddress`, `deadline` and `timeWhenInactive`.
    Optional fields may be `null` in echoes (same reasoning as for `QuoteRequest`).

        Attributes:
            amount_in (str): Input amount in smallest units. Example: 1000000.
            amount_in_formatted (str): Input amount in whole-token units, as a decimal string. Example: 1.
            amount_in_usd (str): Input amount in USD, as a decimal string (display only). Example: 1.
            min_amount_in (str): Least input amount (smallest units) that will still be swapped. Example: 995000.
            amount_out (str): Expected output amount in smallest units. Example: 9950000.
            amount_out_formatted (str): Expected output in whole-token units, as a decimal string. Example: 9.95.
            amount_out_usd (str): Expected output in USD, as a decimal string. For display only, never for calculations.
                Example: 9.95.
            min_amount_out (str): Least output amount (smallest units) once slippage is applied. Example: 9900000.
            time_estimate (float): Expected seconds from a confirmed deposit to a completed swap. Example: 120.
            deposit_address (None | str | Unset): Where to send the origin asset: an address on the origin chain for
                `depositType` `ORIGIN_CHAIN`, or
                an account inside NEAR Intents (the verifier contract) for `INTENTS`. Absent from dry quotes.
                 Example: 0x76b4c56085ED136a8744D52bE956396624a730E8.
            deposit_memo (None | str | Unset): Memo that must accompany the deposit, for deposit addresses that need one.
                Example: 1111111.
            chain_deposit_addresses (list[ChainDepositAddress] | None | Unset): Per-chain deposit addresses, returned for
                some quotes (seen on public `ANY_INPUT` quotes).
            deadline (datetime.datetime | None | Unset): After this moment the deposit address is no longer active and late
                funds may be lost. Absent from dry quotes. Example: 2025-03-04T15:00:00Z.
            time_when_inactive (datetime.datetime | None | Unset): After this moment the deposit address goes cold and
                processing a deposit takes longer. Absent from dry quotes. Example: 2025-03-04T15:00:00Z.
            virtual_chain_recipient (None | str | Unset): EVM address of the transfer recipient on a virtual chain. Example:
                0xb4c2fbec9d610F9A3a9b843c47b1A8095ceC887C.
            virtual_chain_refund_recipient (None | str | Unset): EVM address of the refund recipient on a virtual chain.
                Example: 0xb4c2fbec9d610F9A3a9b843c47b1A8095ceC887C.
            custom_recipient_msg (None | str | Unset): Highly experimental. Message used with `ft_transfer_call` when the
                output is withdrawn to NEAR
                (otherwise `ft_transfer`); see the warning on `QuoteRequest.customRecipientMsg`.
                 Example: smart-contract-recipient.near.
            refund_fee (None | str | Unset): Fee charged if the deposit has to be refunded, in smallest units of the origin
                asset. Example: 10000.
            withdraw_fee (None | str | Unset): Fee for withdrawing the output, in smallest units of the destination asset;
                already subtracted
                from `amountOut`.
                 Example: 300000.
    """

    amount_in: str
    amount_in_formatted: str
    amount_in_usd: str
    min_amount_in: str
    amount_out: str
    amount_out_formatted: str
    amount_out_usd: str
    min_amount_out: str
    time_estimate: float
    deposit_address: None | str | Unset = UNSET
    deposit_memo: None | str | Unset = UNSET
    chain_deposit_addresses: list[ChainDepositAddress] | None | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    time_when_inactive: datetime.datetime | None | Unset = UNSET
    virtual_chain_recipient: None | str | Unset = UNSET
    virtual_chain_refund_recipient: None | str | Unset = UNSET
    custom_recipient_msg: None | str | Unset = UNSET
    refund_fee: None | str | Unset = UNSET
    withdraw_fee: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in = self.amount_in

        amount_in_formatted = self.amount_in_formatted

        amount_in_usd = self.amount_in_usd

        min_amount_in = self.min_amount_in

        amount_out = self.amount_out

        amount_out_formatted = self.amount_out_formatted

        amount_out_usd = self.amount_out_usd

        min_amount_out = self.min_amount_out

        time_estimate = self.time_estimate

        deposit_address: None | str | Unset
        if isinstance(self.deposit_address, Unset):
            deposit_address = UNSET
        else:
            deposit_address = self.deposit_address

        deposit_memo: None | str | Unset
        if isinstance(self.deposit_memo, Unset):
            deposit_memo = UNSET
        else:
            deposit_memo = self.deposit_memo

        chain_deposit_addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.chain_deposit_addresses, Unset):
            chain_deposit_addresses = UNSET
        elif isinstance(self.chain_deposit_addresses, list):
            chain_deposit_addresses = []
            for chain_deposit_addresses_type_0_item_data in self.chain_deposit_addresses:
                chain_deposit_addresses_type_0_item = chain_deposit_addresses_type_0_item_data.to_dict()
                chain_deposit_addresses.append(chain_deposit_addresses_type_0_item)

        else:
            chain_deposit_addresses = self.chain_deposit_addresses

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        time_when_inactive: None | str | Unset
        if isinstance(self.time_when_inactive, Unset):
            time_when_inactive = UNSET
        elif isinstance(self.time_when_inactive, datetime.datetime):
            time_when_inactive = self.time_when_inactive.isoformat()
        else:
            time_when_inactive = self.time_when_inactive

        virtual_chain_recipient: None | str | Unset
        if isinstance(self.virtual_chain_recipient, Unset):
            virtual_chain_recipient = UNSET
        else:
            virtual_chain_recipient = self.virtual_chain_recipient

        virtual_chain_refund_recipient: None | str | Unset
        if isinstance(self.virtual_chain_refund_recipient, Unset):
            virtual_chain_refund_recipient = UNSET
        else:
            virtual_chain_refund_recipient = self.virtual_chain_refund_recipient

        custom_recipient_msg: None | str | Unset
        if isinstance(self.custom_recipient_msg, Unset):
            custom_recipient_msg = UNSET
        else:
            custom_recipient_msg = self.custom_recipient_msg

        refund_fee: None | str | Unset
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        withdraw_fee: None | str | Unset
        if isinstance(self.withdraw_fee, Unset):
            withdraw_fee = UNSET
        else:
            withdraw_fee = self.withdraw_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountIn": amount_in,
                "amountInFormatted": amount_in_formatted,
                "amountInUsd": amount_in_usd,
                "minAmountIn": min_amount_in,
                "amountOut": amount_out,
                "amountOutFormatted": amount_out_formatted,
                "amountOutUsd": amount_out_usd,
                "minAmountOut": min_amount_out,
                "timeEstimate": time_estimate,
            }
        )
        if deposit_address is not UNSET:
            field_dict["depositAddress"] = deposit_address
        if deposit_memo is not UNSET:
            field_dict["depositMemo"] = deposit_memo
        if chain_deposit_addresses is not UNSET:
            field_dict["chainDepositAddresses"] = chain_deposit_addresses
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if time_when_inactive is not UNSET:
            field_dict["timeWhenInactive"] = time_when_inactive
        if virtual_chain_recipient is not UNSET:
            field_dict["virtualChainRecipient"] = virtual_chain_recipient
        if virtual_chain_refund_recipient is not UNSET:
            field_dict["virtualChainRefundRecipient"] = virtual_chain_refund_recipient
        if custom_recipient_msg is not UNSET:
            field_dict["customRecipientMsg"] = custom_recipient_msg
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if withdraw_fee is not UNSET:
            field_dict["withdrawFee"] = withdraw_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_deposit_address import ChainDepositAddress  # noqa: PLC0415

        d = dict(src_dict)
        amount_in = d.pop("amountIn")

        amount_in_formatted = d.pop("amountInFormatted")

        amount_in_usd = d.pop("amountInUsd")

        min_amount_in = d.pop("minAmountIn")

        amount_out = d.pop("amountOut")

        amount_out_formatted = d.pop("amountOutFormatted")

        amount_out_usd = d.pop("amountOutUsd")

        min_amount_out = d.pop("minAmountOut")

        time_estimate = d.pop("timeEstimate")

        def _parse_deposit_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_address = _parse_deposit_address(d.pop("depositAddress", UNSET))

        def _parse_deposit_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_memo = _parse_deposit_memo(d.pop("depositMemo", UNSET))

        def _parse_chain_deposit_addresses(data: object) -> list[ChainDepositAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                chain_deposit_addresses_type_0 = []
                _chain_deposit_addresses_type_0 = data
                for chain_deposit_addresses_type_0_item_data in _chain_deposit_addresses_type_0:
                    chain_deposit_addresses_type_0_item = ChainDepositAddress.from_dict(
                        chain_deposit_addresses_type_0_item_data
                    )

                    chain_deposit_addresses_type_0.append(chain_deposit_addresses_type_0_item)

                return chain_deposit_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChainDepositAddress] | None | Unset, data)

        chain_deposit_addresses = _parse_chain_deposit_addresses(d.pop("chainDepositAddresses", UNSET))

        def _parse_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_time_when_inactive(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_when_inactive_type_0 = datetime.datetime.fromisoformat(data)

                return time_when_inactive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_when_inactive = _parse_time_when_inactive(d.pop("timeWhenInactive", UNSET))

        def _parse_virtual_chain_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        virtual_chain_recipient = _parse_virtual_chain_recipient(d.pop("virtualChainRecipient", UNSET))

        def _parse_virtual_chain_refund_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        virtual_chain_refund_recipient = _parse_virtual_chain_refund_recipient(
            d.pop("virtualChainRefundRecipient", UNSET)
        )

        def _parse_custom_recipient_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_recipient_msg = _parse_custom_recipient_msg(d.pop("customRecipientMsg", UNSET))

        def _parse_refund_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_fee = _parse_refund_fee(d.pop("refundFee", UNSET))

        def _parse_withdraw_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdraw_fee = _parse_withdraw_fee(d.pop("withdrawFee", UNSET))

        quote = cls(
            amount_in=amount_in,
            amount_in_formatted=amount_in_formatted,
            amount_in_usd=amount_in_usd,
            min_amount_in=min_amount_in,
            amount_out=amount_out,
            amount_out_formatted=amount_out_formatted,
            amount_out_usd=amount_out_usd,
            min_amount_out=min_amount_out,
            time_estimate=time_estimate,
            deposit_address=deposit_address,
            deposit_memo=deposit_memo,
            chain_deposit_addresses=chain_deposit_addresses,
            deadline=deadline,
            time_when_inactive=time_when_inactive,
            virtual_chain_recipient=virtual_chain_recipient,
            virtual_chain_refund_recipient=virtual_chain_refund_recipient,
            custom_recipient_msg=custom_recipient_msg,
            refund_fee=refund_fee,
            withdraw_fee=withdraw_fee,
        )

        quote.additional_properties = d
        return quote

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
