from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import NUMBER_TYPES, UNSET, Unset, is_number

T = TypeVar("T", bound="SwapDetails")
_KNOWN_KEYS = frozenset(
    (
        "intentHashes",
        "nearTxHashes",
        "originChainTxHashes",
        "destinationChainTxHashes",
        "amountIn",
        "amountInFormatted",
        "amountInUsd",
        "amountOut",
        "amountOutFormatted",
        "amountOutUsd",
        "slippage",
        "refundedAmount",
        "refundedAmountFormatted",
        "refundedAmountUsd",
        "refundReason",
        "depositedAmount",
        "depositedAmountFormatted",
        "depositedAmountUsd",
        "referral",
        "withdrawFee",
        "refundFee",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["intentHashes"] = self.intent_hashes

        field_dict["nearTxHashes"] = self.near_tx_hashes

        origin_chain_tx_hashes_list: list[Any] = []
        for origin_chain_tx_hashes_item in self.origin_chain_tx_hashes:
            origin_chain_tx_hashes_out = origin_chain_tx_hashes_item.to_dict()

            origin_chain_tx_hashes_list.append(origin_chain_tx_hashes_out)
        field_dict["originChainTxHashes"] = origin_chain_tx_hashes_list

        destination_chain_tx_hashes_list: list[Any] = []
        for destination_chain_tx_hashes_item in self.destination_chain_tx_hashes:
            destination_chain_tx_hashes_out = destination_chain_tx_hashes_item.to_dict()

            destination_chain_tx_hashes_list.append(destination_chain_tx_hashes_out)
        field_dict["destinationChainTxHashes"] = destination_chain_tx_hashes_list

        if self.amount_in is not UNSET:
            field_dict["amountIn"] = self.amount_in

        if self.amount_in_formatted is not UNSET:
            field_dict["amountInFormatted"] = self.amount_in_formatted

        if self.amount_in_usd is not UNSET:
            field_dict["amountInUsd"] = self.amount_in_usd

        if self.amount_out is not UNSET:
            field_dict["amountOut"] = self.amount_out

        if self.amount_out_formatted is not UNSET:
            field_dict["amountOutFormatted"] = self.amount_out_formatted

        if self.amount_out_usd is not UNSET:
            field_dict["amountOutUsd"] = self.amount_out_usd

        if self.slippage is not UNSET:
            field_dict["slippage"] = self.slippage

        if self.refunded_amount is not UNSET:
            field_dict["refundedAmount"] = self.refunded_amount

        if self.refunded_amount_formatted is not UNSET:
            field_dict["refundedAmountFormatted"] = self.refunded_amount_formatted

        if self.refunded_amount_usd is not UNSET:
            field_dict["refundedAmountUsd"] = self.refunded_amount_usd

        if self.refund_reason is not UNSET:
            field_dict["refundReason"] = self.refund_reason

        if self.deposited_amount is not UNSET:
            field_dict["depositedAmount"] = self.deposited_amount

        if self.deposited_amount_formatted is not UNSET:
            field_dict["depositedAmountFormatted"] = self.deposited_amount_formatted

        if self.deposited_amount_usd is not UNSET:
            field_dict["depositedAmountUsd"] = self.deposited_amount_usd

        if self.referral is not UNSET:
            field_dict["referral"] = self.referral

        if self.withdraw_fee is not UNSET:
            field_dict["withdrawFee"] = self.withdraw_fee

        if self.refund_fee is not UNSET:
            field_dict["refundFee"] = self.refund_fee

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
            intent_hashes = src_dict["intentHashes"]
            near_tx_hashes = src_dict["nearTxHashes"]
            origin_chain_tx_hashes = src_dict["originChainTxHashes"]
            destination_chain_tx_hashes = src_dict["destinationChainTxHashes"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(intent_hashes, list):
            raise TypeMismatch("array", intent_hashes, "intentHashes")
        intent_hashes_list: list[Any] = []
        try:
            for intent_hashes_item in intent_hashes:
                if not isinstance(intent_hashes_item, str):
                    raise TypeMismatch("string", intent_hashes_item)

                intent_hashes_list.append(intent_hashes_item)
        except TypeMismatch as _exc:
            _exc.prepend("intentHashes", len(intent_hashes_list))
            raise
        intent_hashes = intent_hashes_list

        if not isinstance(near_tx_hashes, list):
            raise TypeMismatch("array", near_tx_hashes, "nearTxHashes")
        near_tx_hashes_list: list[Any] = []
        try:
            for near_tx_hashes_item in near_tx_hashes:
                if not isinstance(near_tx_hashes_item, str):
                    raise TypeMismatch("string", near_tx_hashes_item)

                near_tx_hashes_list.append(near_tx_hashes_item)
        except TypeMismatch as _exc:
            _exc.prepend("nearTxHashes", len(near_tx_hashes_list))
            raise
        near_tx_hashes = near_tx_hashes_list

        if not isinstance(origin_chain_tx_hashes, list):
            raise TypeMismatch("array", origin_chain_tx_hashes, "originChainTxHashes")
        origin_chain_tx_hashes_list: list[Any] = []
        try:
            for origin_chain_tx_hashes_item in origin_chain_tx_hashes:
                origin_chain_tx_hashes_item = TransactionDetails.from_dict(origin_chain_tx_hashes_item)

                origin_chain_tx_hashes_list.append(origin_chain_tx_hashes_item)
        except TypeMismatch as _exc:
            _exc.prepend("originChainTxHashes", len(origin_chain_tx_hashes_list))
            raise
        origin_chain_tx_hashes = origin_chain_tx_hashes_list

        if not isinstance(destination_chain_tx_hashes, list):
            raise TypeMismatch("array", destination_chain_tx_hashes, "destinationChainTxHashes")
        destination_chain_tx_hashes_list: list[Any] = []
        try:
            for destination_chain_tx_hashes_item in destination_chain_tx_hashes:
                destination_chain_tx_hashes_item = TransactionDetails.from_dict(destination_chain_tx_hashes_item)

                destination_chain_tx_hashes_list.append(destination_chain_tx_hashes_item)
        except TypeMismatch as _exc:
            _exc.prepend("destinationChainTxHashes", len(destination_chain_tx_hashes_list))
            raise
        destination_chain_tx_hashes = destination_chain_tx_hashes_list

        _seen = 4
        amount_in = src_dict.get("amountIn", UNSET)
        if amount_in is not UNSET:
            _seen += 1
            if amount_in is None:
                pass

            elif isinstance(amount_in, str):
                pass

            else:
                raise TypeMismatch("string | null", amount_in, "amountIn")

        amount_in_formatted = src_dict.get("amountInFormatted", UNSET)
        if amount_in_formatted is not UNSET:
            _seen += 1
            if amount_in_formatted is None:
                pass

            elif isinstance(amount_in_formatted, str):
                pass

            else:
                raise TypeMismatch("string | null", amount_in_formatted, "amountInFormatted")

        amount_in_usd = src_dict.get("amountInUsd", UNSET)
        if amount_in_usd is not UNSET:
            _seen += 1
            if amount_in_usd is None:
                pass

            elif isinstance(amount_in_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", amount_in_usd, "amountInUsd")

        amount_out = src_dict.get("amountOut", UNSET)
        if amount_out is not UNSET:
            _seen += 1
            if amount_out is None:
                pass

            elif isinstance(amount_out, str):
                pass

            else:
                raise TypeMismatch("string | null", amount_out, "amountOut")

        amount_out_formatted = src_dict.get("amountOutFormatted", UNSET)
        if amount_out_formatted is not UNSET:
            _seen += 1
            if amount_out_formatted is None:
                pass

            elif isinstance(amount_out_formatted, str):
                pass

            else:
                raise TypeMismatch("string | null", amount_out_formatted, "amountOutFormatted")

        amount_out_usd = src_dict.get("amountOutUsd", UNSET)
        if amount_out_usd is not UNSET:
            _seen += 1
            if amount_out_usd is None:
                pass

            elif isinstance(amount_out_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", amount_out_usd, "amountOutUsd")

        slippage = src_dict.get("slippage", UNSET)
        if slippage is not UNSET:
            _seen += 1
            if slippage is None:
                pass

            elif type(slippage) in NUMBER_TYPES or is_number(slippage):
                pass

            else:
                raise TypeMismatch("number | null", slippage, "slippage")

        refunded_amount = src_dict.get("refundedAmount", UNSET)
        if refunded_amount is not UNSET:
            _seen += 1
            if refunded_amount is None:
                pass

            elif isinstance(refunded_amount, str):
                pass

            else:
                raise TypeMismatch("string | null", refunded_amount, "refundedAmount")

        refunded_amount_formatted = src_dict.get("refundedAmountFormatted", UNSET)
        if refunded_amount_formatted is not UNSET:
            _seen += 1
            if refunded_amount_formatted is None:
                pass

            elif isinstance(refunded_amount_formatted, str):
                pass

            else:
                raise TypeMismatch("string | null", refunded_amount_formatted, "refundedAmountFormatted")

        refunded_amount_usd = src_dict.get("refundedAmountUsd", UNSET)
        if refunded_amount_usd is not UNSET:
            _seen += 1
            if refunded_amount_usd is None:
                pass

            elif isinstance(refunded_amount_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", refunded_amount_usd, "refundedAmountUsd")

        refund_reason = src_dict.get("refundReason", UNSET)
        if refund_reason is not UNSET:
            _seen += 1
            if refund_reason is None:
                pass

            elif isinstance(refund_reason, str):
                pass

            else:
                raise TypeMismatch("string | null", refund_reason, "refundReason")

        deposited_amount = src_dict.get("depositedAmount", UNSET)
        if deposited_amount is not UNSET:
            _seen += 1
            if deposited_amount is None:
                pass

            elif isinstance(deposited_amount, str):
                pass

            else:
                raise TypeMismatch("string | null", deposited_amount, "depositedAmount")

        deposited_amount_formatted = src_dict.get("depositedAmountFormatted", UNSET)
        if deposited_amount_formatted is not UNSET:
            _seen += 1
            if deposited_amount_formatted is None:
                pass

            elif isinstance(deposited_amount_formatted, str):
                pass

            else:
                raise TypeMismatch("string | null", deposited_amount_formatted, "depositedAmountFormatted")

        deposited_amount_usd = src_dict.get("depositedAmountUsd", UNSET)
        if deposited_amount_usd is not UNSET:
            _seen += 1
            if deposited_amount_usd is None:
                pass

            elif isinstance(deposited_amount_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", deposited_amount_usd, "depositedAmountUsd")

        referral = src_dict.get("referral", UNSET)
        if referral is not UNSET:
            _seen += 1
            if referral is None:
                pass

            elif isinstance(referral, str):
                pass

            else:
                raise TypeMismatch("string | null", referral, "referral")

        withdraw_fee = src_dict.get("withdrawFee", UNSET)
        if withdraw_fee is not UNSET:
            _seen += 1
            if withdraw_fee is None:
                pass

            elif isinstance(withdraw_fee, str):
                pass

            else:
                raise TypeMismatch("string | null", withdraw_fee, "withdrawFee")

        refund_fee = src_dict.get("refundFee", UNSET)
        if refund_fee is not UNSET:
            _seen += 1
            if refund_fee is None:
                pass

            elif isinstance(refund_fee, str):
                pass

            else:
                raise TypeMismatch("string | null", refund_fee, "refundFee")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.intent_hashes = intent_hashes
        _model.near_tx_hashes = near_tx_hashes
        _model.origin_chain_tx_hashes = origin_chain_tx_hashes
        _model.destination_chain_tx_hashes = destination_chain_tx_hashes
        _model.amount_in = amount_in
        _model.amount_in_formatted = amount_in_formatted
        _model.amount_in_usd = amount_in_usd
        _model.amount_out = amount_out
        _model.amount_out_formatted = amount_out_formatted
        _model.amount_out_usd = amount_out_usd
        _model.slippage = slippage
        _model.refunded_amount = refunded_amount
        _model.refunded_amount_formatted = refunded_amount_formatted
        _model.refunded_amount_usd = refunded_amount_usd
        _model.refund_reason = refund_reason
        _model.deposited_amount = deposited_amount
        _model.deposited_amount_formatted = deposited_amount_formatted
        _model.deposited_amount_usd = deposited_amount_usd
        _model.referral = referral
        _model.withdraw_fee = withdraw_fee
        _model.refund_fee = refund_fee
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.transaction_details import TransactionDetails  # noqa: E402
