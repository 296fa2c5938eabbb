from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import NUMBER_TYPES, UNSET, Unset, is_number, original_text

T = TypeVar("T", bound="Quote")
_KNOWN_KEYS = frozenset(
    (
        "amountIn",
        "amountInFormatted",
        "amountInUsd",
        "minAmountIn",
        "amountOut",
        "amountOutFormatted",
        "amountOutUsd",
        "minAmountOut",
        "timeEstimate",
        "depositAddress",
        "depositMemo",
        "chainDepositAddresses",
        "deadline",
        "timeWhenInactive",
        "virtualChainRecipient",
        "virtualChainRefundRecipient",
        "customRecipientMsg",
        "refundFee",
        "withdrawFee",
    )
)


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

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _deadline_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _time_when_inactive_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amountIn"] = self.amount_in

        field_dict["amountInFormatted"] = self.amount_in_formatted

        field_dict["amountInUsd"] = self.amount_in_usd

        field_dict["minAmountIn"] = self.min_amount_in

        field_dict["amountOut"] = self.amount_out

        field_dict["amountOutFormatted"] = self.amount_out_formatted

        field_dict["amountOutUsd"] = self.amount_out_usd

        field_dict["minAmountOut"] = self.min_amount_out

        field_dict["timeEstimate"] = self.time_estimate

        if self.deposit_address is not UNSET:
            field_dict["depositAddress"] = self.deposit_address

        if self.deposit_memo is not UNSET:
            field_dict["depositMemo"] = self.deposit_memo

        if self.chain_deposit_addresses is not UNSET:
            if isinstance(self.chain_deposit_addresses, list):
                chain_deposit_addresses_list: list[Any] = []
                for chain_deposit_addresses_item in self.chain_deposit_addresses:
                    chain_deposit_addresses_out = chain_deposit_addresses_item.to_dict()

                    chain_deposit_addresses_list.append(chain_deposit_addresses_out)
                field_dict["chainDepositAddresses"] = chain_deposit_addresses_list

            else:
                field_dict["chainDepositAddresses"] = self.chain_deposit_addresses

        if self.deadline is not UNSET:
            if isinstance(self.deadline, datetime.datetime):
                field_dict["deadline"] = (
                    original_text(self.deadline, self._deadline_text, datetime.datetime.fromisoformat)
                    or self.deadline.isoformat()
                )

            else:
                field_dict["deadline"] = self.deadline

        if self.time_when_inactive is not UNSET:
            if isinstance(self.time_when_inactive, datetime.datetime):
                field_dict["timeWhenInactive"] = (
                    original_text(
                        self.time_when_inactive, self._time_when_inactive_text, datetime.datetime.fromisoformat
                    )
                    or self.time_when_inactive.isoformat()
                )

            else:
                field_dict["timeWhenInactive"] = self.time_when_inactive

        if self.virtual_chain_recipient is not UNSET:
            field_dict["virtualChainRecipient"] = self.virtual_chain_recipient

        if self.virtual_chain_refund_recipient is not UNSET:
            field_dict["virtualChainRefundRecipient"] = self.virtual_chain_refund_recipient

        if self.custom_recipient_msg is not UNSET:
            field_dict["customRecipientMsg"] = self.custom_recipient_msg

        if self.refund_fee is not UNSET:
            field_dict["refundFee"] = self.refund_fee

        if self.withdraw_fee is not UNSET:
            field_dict["withdrawFee"] = self.withdraw_fee

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
            amount_in = src_dict["amountIn"]
            amount_in_formatted = src_dict["amountInFormatted"]
            amount_in_usd = src_dict["amountInUsd"]
            min_amount_in = src_dict["minAmountIn"]
            amount_out = src_dict["amountOut"]
            amount_out_formatted = src_dict["amountOutFormatted"]
            amount_out_usd = src_dict["amountOutUsd"]
            min_amount_out = src_dict["minAmountOut"]
            time_estimate = src_dict["timeEstimate"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(amount_in, str):
            raise TypeMismatch("string", amount_in, "amountIn")

        if not isinstance(amount_in_formatted, str):
            raise TypeMismatch("string", amount_in_formatted, "amountInFormatted")

        if not isinstance(amount_in_usd, str):
            raise TypeMismatch("string", amount_in_usd, "amountInUsd")

        if not isinstance(min_amount_in, str):
            raise TypeMismatch("string", min_amount_in, "minAmountIn")

        if not isinstance(amount_out, str):
            raise TypeMismatch("string", amount_out, "amountOut")

        if not isinstance(amount_out_formatted, str):
            raise TypeMismatch("string", amount_out_formatted, "amountOutFormatted")

        if not isinstance(amount_out_usd, str):
            raise TypeMismatch("string", amount_out_usd, "amountOutUsd")

        if not isinstance(min_amount_out, str):
            raise TypeMismatch("string", min_amount_out, "minAmountOut")

        if not (type(time_estimate) in NUMBER_TYPES or is_number(time_estimate)):
            raise TypeMismatch("number", time_estimate, "timeEstimate")

        _seen = 9
        deposit_address = src_dict.get("depositAddress", UNSET)
        if deposit_address is not UNSET:
            _seen += 1
            if deposit_address is None:
                pass

            elif isinstance(deposit_address, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_address, "depositAddress")

        deposit_memo = src_dict.get("depositMemo", UNSET)
        if deposit_memo is not UNSET:
            _seen += 1
            if deposit_memo is None:
                pass

            elif isinstance(deposit_memo, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_memo, "depositMemo")

        chain_deposit_addresses = src_dict.get("chainDepositAddresses", UNSET)
        if chain_deposit_addresses is not UNSET:
            _seen += 1
            if chain_deposit_addresses is None:
                pass

            elif isinstance(chain_deposit_addresses, list):
                chain_deposit_addresses_list: list[Any] = []
                try:
                    for chain_deposit_addresses_item in chain_deposit_addresses:
                        chain_deposit_addresses_item = ChainDepositAddress.from_dict(chain_deposit_addresses_item)

                        chain_deposit_addresses_list.append(chain_deposit_addresses_item)
                except TypeMismatch as _exc:
                    _exc.prepend("chainDepositAddresses", len(chain_deposit_addresses_list))
                    raise
                chain_deposit_addresses = chain_deposit_addresses_list

            else:
                raise TypeMismatch("array | null", chain_deposit_addresses, "chainDepositAddresses")

        deadline = src_dict.get("deadline", UNSET)
        _deadline_text: str | None = None
        if deadline is not UNSET:
            _seen += 1
            if deadline is None:
                pass

            elif isinstance(deadline, str):
                try:
                    _deadline_text, deadline = deadline, _parse_datetime(deadline)
                except ValueError:
                    raise TypeMismatch("date-time string", deadline, "deadline") from None

            else:
                raise TypeMismatch("date-time string | null", deadline, "deadline")

        time_when_inactive = src_dict.get("timeWhenInactive", UNSET)
        _time_when_inactive_text: str | None = None
        if time_when_inactive is not UNSET:
            _seen += 1
            if time_when_inactive is None:
                pass

            elif isinstance(time_when_inactive, str):
                try:
                    _time_when_inactive_text, time_when_inactive = (
                        time_when_inactive,
                        _parse_datetime(time_when_inactive),
                    )
                except ValueError:
                    raise TypeMismatch("date-time string", time_when_inactive, "timeWhenInactive") from None

            else:
                raise TypeMismatch("date-time string | null", time_when_inactive, "timeWhenInactive")

        virtual_chain_recipient = src_dict.get("virtualChainRecipient", UNSET)
        if virtual_chain_recipient is not UNSET:
            _seen += 1
            if virtual_chain_recipient is None:
                pass

            elif isinstance(virtual_chain_recipient, str):
                pass

            else:
                raise TypeMismatch("string | null", virtual_chain_recipient, "virtualChainRecipient")

        virtual_chain_refund_recipient = src_dict.get("virtualChainRefundRecipient", UNSET)
        if virtual_chain_refund_recipient is not UNSET:
            _seen += 1
            if virtual_chain_refund_recipient is None:
                pass

            elif isinstance(virtual_chain_refund_recipient, str):
                pass

            else:
                raise TypeMismatch("string | null", virtual_chain_refund_recipient, "virtualChainRefundRecipient")

        custom_recipient_msg = src_dict.get("customRecipientMsg", UNSET)
        if custom_recipient_msg is not UNSET:
            _seen += 1
            if custom_recipient_msg is None:
                pass

            elif isinstance(custom_recipient_msg, str):
                pass

            else:
                raise TypeMismatch("string | null", custom_recipient_msg, "customRecipientMsg")

        refund_fee = src_dict.get("refundFee", UNSET)
        if refund_fee is not UNSET:
            _seen += 1
            if refund_fee is None:
                pass

            elif isinstance(refund_fee, str):
                pass

            else:
                raise TypeMismatch("string | null", refund_fee, "refundFee")

        withdraw_fee = src_dict.get("withdrawFee", UNSET)
        if withdraw_fee is not UNSET:
            _seen += 1
            if withdraw_fee is None:
                pass

            elif isinstance(withdraw_fee, str):
                pass

            else:
                raise TypeMismatch("string | null", withdraw_fee, "withdrawFee")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.amount_in = amount_in
        _model.amount_in_formatted = amount_in_formatted
        _model.amount_in_usd = amount_in_usd
        _model.min_amount_in = min_amount_in
        _model.amount_out = amount_out
        _model.amount_out_formatted = amount_out_formatted
        _model.amount_out_usd = amount_out_usd
        _model.min_amount_out = min_amount_out
        _model.time_estimate = time_estimate
        _model.deposit_address = deposit_address
        _model.deposit_memo = deposit_memo
        _model.chain_deposit_addresses = chain_deposit_addresses
        _model.deadline = deadline
        _model._deadline_text = _deadline_text
        _model.time_when_inactive = time_when_inactive
        _model._time_when_inactive_text = _time_when_inactive_text
        _model.virtual_chain_recipient = virtual_chain_recipient
        _model.virtual_chain_refund_recipient = virtual_chain_refund_recipient
        _model.custom_recipient_msg = custom_recipient_msg
        _model.refund_fee = refund_fee
        _model.withdraw_fee = withdraw_fee
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.chain_deposit_address import ChainDepositAddress  # noqa: E402
