from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_details import TransactionDetails


T = TypeVar("T", bound="SwapDetails")


@_attrs_define
class SwapDetails:
    """What actually happened so far. Fields not yet known are `null` in live responses (e.g. the amounts
    and `slippage` while `PROCESSING`), so every optional field is nullable.

        Attributes:
            intent_hashes (list[str]): Hashes of all intents involved in the swap.
            near_tx_hashes (list[str]): Hashes of all NEAR transactions executed for the swap.
            origin_chain_tx_hashes (list[TransactionDetails]): Transactions of the swap on the origin chain.
            destination_chain_tx_hashes (list[TransactionDetails]): Transactions of the swap on the destination chain.
            amount_in (None | str | Unset): Settled input amount in smallest units of the origin asset. Example: 1000.
            amount_in_formatted (None | str | Unset): Settled input amount in whole-token units. Example: 0.1.
            amount_in_usd (None | str | Unset): Settled input amount in USD. Example: 0.1.
            amount_out (None | str | Unset): Settled output amount in smallest units of the destination asset. Example:
                9950000.
            amount_out_formatted (None | str | Unset): Settled output amount in whole-token units. Example: 9.95.
            amount_out_usd (None | str | Unset): Settled output amount in USD. Example: 9.95.
            slippage (float | None | Unset): Slippage actually realised (presumably basis points; negative when the user got
                more than quoted). Example: 50.
            refunded_amount (None | str | Unset): Amount of the origin asset sent back to `refundTo`, in smallest units.
                Example: 1000.
            refunded_amount_formatted (None | str | Unset): Refunded amount in whole-token units. Example: 0.1.
            refunded_amount_usd (None | str | Unset): Refunded amount in USD. Example: 0.1.
            refund_reason (None | str | Unset): Why a refund happened, e.g. `PARTIAL_DEPOSIT`. Example: PARTIAL_DEPOSIT.
            deposited_amount (None | str | Unset): Amount that arrived at the deposit address on chain, in smallest units.
            deposited_amount_formatted (None | str | Unset): Deposited amount in whole-token units.
            deposited_amount_usd (None | str | Unset): Deposited amount in USD.
            referral (None | str | Unset): Referral identifier of the quote. Example: referral.
            withdraw_fee (None | str | Unset): Fee charged for withdrawing the output, in smallest units of the destination
                asset.
            refund_fee (None | str | Unset): Fee charged for a refund, in smallest units of the origin asset. Not in any
                upstream spec; present in
                live `/v0/status` responses (2026).
    """

    intent_hashes: list[str]
    near_tx_hashes: list[str]
    origin_chain_tx_hashes: list[TransactionDetails]
    destination_chain_tx_hashes: list[TransactionDetails]
    amount_in: None | str | Unset = UNSET
    amount_in_formatted: None | str | Unset = UNSET
    amount_in_usd: None | str | Unset = UNSET
    amount_out: None | str | Unset = UNSET
    amount_out_formatted: None | str | Unset = UNSET
    amount_out_usd: None | str | Unset = UNSET
    slippage: float | None | Unset = UNSET
    refunded_amount: None | str | Unset = UNSET
    refunded_amount_formatted: None | str | Unset = UNSET
    refunded_amount_usd: None | str | Unset = UNSET
    refund_reason: None | str | Unset = UNSET
    deposited_amount: None | str | Unset = UNSET
    deposited_amount_formatted: None | str | Unset = UNSET
    deposited_amount_usd: None | str | Unset = UNSET
    referral: None | str | Unset = UNSET
    withdraw_fee: None | str | Unset = UNSET
    refund_fee: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_hashes = self.intent_hashes

        near_tx_hashes = self.near_tx_hashes

        origin_chain_tx_hashes = []
        for origin_chain_tx_hashes_item_data in self.origin_chain_tx_hashes:
            origin_chain_tx_hashes_item = origin_chain_tx_hashes_item_data.to_dict()
            origin_chain_tx_hashes.append(origin_chain_tx_hashes_item)

        destination_chain_tx_hashes = []
        for destination_chain_tx_hashes_item_data in self.destination_chain_tx_hashes:
            destination_chain_tx_hashes_item = destination_chain_tx_hashes_item_data.to_dict()
            destination_chain_tx_hashes.append(destination_chain_tx_hashes_item)

        amount_in: None | str | Unset
        if isinstance(self.amount_in, Unset):
            amount_in = UNSET
        else:
            amount_in = self.amount_in

        amount_in_formatted: None | str | Unset
        if isinstance(self.amount_in_formatted, Unset):
            amount_in_formatted = UNSET
        else:
            amount_in_formatted = self.amount_in_formatted

        amount_in_usd: None | str | Unset
        if isinstance(self.amount_in_usd, Unset):
            amount_in_usd = UNSET
        else:
            amount_in_usd = self.amount_in_usd

        amount_out: None | str | Unset
        if isinstance(self.amount_out, Unset):
            amount_out = UNSET
        else:
            amount_out = self.amount_out

        amount_out_formatted: None | str | Unset
        if isinstance(self.amount_out_formatted, Unset):
            amount_out_formatted = UNSET
        else:
            amount_out_formatted = self.amount_out_formatted

        amount_out_usd: None | str | Unset
        if isinstance(self.amount_out_usd, Unset):
            amount_out_usd = UNSET
        else:
            amount_out_usd = self.amount_out_usd

        slippage: float | None | Unset
        if isinstance(self.slippage, Unset):
            slippage = UNSET
        else:
            slippage = self.slippage

        refunded_amount: None | str | Unset
        if isinstance(self.refunded_amount, Unset):
            refunded_amount = UNSET
        else:
            refunded_amount = self.refunded_amount

        refunded_amount_formatted: None | str | Unset
        if isinstance(self.refunded_amount_formatted, Unset):
            refunded_amount_formatted = UNSET
        else:
            refunded_amount_formatted = self.refunded_amount_formatted

        refunded_amount_usd: None | str | Unset
        if isinstance(self.refunded_amount_usd, Unset):
            refunded_amount_usd = UNSET
        else:
            refunded_amount_usd = self.refunded_amount_usd

        refund_reason: None | str | Unset
        if isinstance(self.refund_reason, Unset):
            refund_reason = UNSET
        else:
            refund_reason = self.refund_reason

        deposited_amount: None | str | Unset
        if isinstance(self.deposited_amount, Unset):
            deposited_amount = UNSET
        else:
            deposited_amount = self.deposited_amount

        deposited_amount_formatted: None | str | Unset
        if isinstance(self.deposited_amount_formatted, Unset):
            deposited_amount_formatted = UNSET
        else:
            deposited_amount_formatted = self.deposited_amount_formatted

        deposited_amount_usd: None | str | Unset
        if isinstance(self.deposited_amount_usd, Unset):
            deposited_amount_usd = UNSET
        else:
            deposited_amount_usd = self.deposited_amount_usd

        referral: None | str | Unset
        if isinstance(self.referral, Unset):
            referral = UNSET
        else:
            referral = self.referral

        withdraw_fee: None | str | Unset
        if isinstance(self.withdraw_fee, Unset):
            withdraw_fee = UNSET
        else:
            withdraw_fee = self.withdraw_fee

        refund_fee: None | str | Unset
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intentHashes": intent_hashes,
                "nearTxHashes": near_tx_hashes,
                "originChainTxHashes": origin_chain_tx_hashes,
                "destinationChainTxHashes": destination_chain_tx_hashes,
            }
        )
        if amount_in is not UNSET:
            field_dict["amountIn"] = amount_in
        if amount_in_formatted is not UNSET:
            field_dict["amountInFormatted"] = amount_in_formatted
        if amount_in_usd is not UNSET:
            field_dict["amountInUsd"] = amount_in_usd
        if amount_out is not UNSET:
            field_dict["amountOut"] = amount_out
        if amount_out_formatted is not UNSET:
            field_dict["amountOutFormatted"] = amount_out_formatted
        if amount_out_usd is not UNSET:
            field_dict["amountOutUsd"] = amount_out_usd
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if refunded_amount is not UNSET:
            field_dict["refundedAmount"] = refunded_amount
        if refunded_amount_formatted is not UNSET:
            field_dict["refundedAmountFormatted"] = refunded_amount_formatted
        if refunded_amount_usd is not UNSET:
            field_dict["refundedAmountUsd"] = refunded_amount_usd
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
        if deposited_amount is not UNSET:
            field_dict["depositedAmount"] = deposited_amount
        if deposited_amount_formatted is not UNSET:
            field_dict["depositedAmountFormatted"] = deposited_amount_formatted
        if deposited_amount_usd is not UNSET:
            field_dict["depositedAmountUsd"] = deposited_amount_usd
        if referral is not UNSET:
            field_dict["referral"] = referral
        if withdraw_fee is not UNSET:
            field_dict["withdrawFee"] = withdraw_fee
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_details import TransactionDetails  # noqa: PLC0415

        d = dict(src_dict)
        intent_hashes = cast(list[str], d.pop("intentHashes"))

        near_tx_hashes = cast(list[str], d.pop("nearTxHashes"))

        origin_chain_tx_hashes = []
        _origin_chain_tx_hashes = d.pop("originChainTxHashes")
        for origin_chain_tx_hashes_item_data in _origin_chain_tx_hashes:
            origin_chain_tx_hashes_item = TransactionDetails.from_dict(origin_chain_tx_hashes_item_data)

            origin_chain_tx_hashes.append(origin_chain_tx_hashes_item)

        destination_chain_tx_hashes = []
        _destination_chain_tx_hashes = d.pop("destinationChainTxHashes")
        for destination_chain_tx_hashes_item_data in _destination_chain_tx_hashes:
            destination_chain_tx_hashes_item = TransactionDetails.from_dict(destination_chain_tx_hashes_item_data)

            destination_chain_tx_hashes.append(destination_chain_tx_hashes_item)

        def _parse_amount_in(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_in = _parse_amount_in(d.pop("amountIn", UNSET))

        def _parse_amount_in_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_in_formatted = _parse_amount_in_formatted(d.pop("amountInFormatted", UNSET))

        def _parse_amount_in_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_in_usd = _parse_amount_in_usd(d.pop("amountInUsd", UNSET))

        def _parse_amount_out(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_out = _parse_amount_out(d.pop("amountOut", UNSET))

        def _parse_amount_out_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_out_formatted = _parse_amount_out_formatted(d.pop("amountOutFormatted", UNSET))

        def _parse_amount_out_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_out_usd = _parse_amount_out_usd(d.pop("amountOutUsd", UNSET))

        def _parse_slippage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        slippage = _parse_slippage(d.pop("slippage", UNSET))

        def _parse_refunded_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refunded_amount = _parse_refunded_amount(d.pop("refundedAmount", UNSET))

        def _parse_refunded_amount_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refunded_amount_formatted = _parse_refunded_amount_formatted(d.pop("refundedAmountFormatted", UNSET))

        def _parse_refunded_amount_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refunded_amount_usd = _parse_refunded_amount_usd(d.pop("refundedAmountUsd", UNSET))

        def _parse_refund_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_reason = _parse_refund_reason(d.pop("refundReason", UNSET))

        def _parse_deposited_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposited_amount = _parse_deposited_amount(d.pop("depositedAmount", UNSET))

        def _parse_deposited_amount_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposited_amount_formatted = _parse_deposited_amount_formatted(d.pop("depositedAmountFormatted", UNSET))

        def _parse_deposited_amount_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposited_amount_usd = _parse_deposited_amount_usd(d.pop("depositedAmountUsd", UNSET))

        def _parse_referral(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral = _parse_referral(d.pop("referral", UNSET))

        def _parse_withdraw_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdraw_fee = _parse_withdraw_fee(d.pop("withdrawFee", UNSET))

        def _parse_refund_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_fee = _parse_refund_fee(d.pop("refundFee", UNSET))

        swap_details = cls(
            intent_hashes=intent_hashes,
            near_tx_hashes=near_tx_hashes,
            origin_chain_tx_hashes=origin_chain_tx_hashes,
            destination_chain_tx_hashes=destination_chain_tx_hashes,
            amount_in=amount_in,
            amount_in_formatted=amount_in_formatted,
            amount_in_usd=amount_in_usd,
            amount_out=amount_out,
            amount_out_formatted=amount_out_formatted,
            amount_out_usd=amount_out_usd,
            slippage=slippage,
            refunded_amount=refunded_amount,
            refunded_amount_formatted=refunded_amount_formatted,
            refunded_amount_usd=refunded_amount_usd,
            refund_reason=refund_reason,
            deposited_amount=deposited_amount,
            deposited_amount_formatted=deposited_amount_formatted,
            deposited_amount_usd=deposited_amount_usd,
            referral=referral,
            withdraw_fee=withdraw_fee,
            refund_fee=refund_fee,
        )

        swap_details.additional_properties = d
        return swap_details

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
