from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..models.relay_status import RelayStatus
from ..types import UNSET, Unset, is_integer, original_text

T = TypeVar("T", bound="Deposit")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "relayHash",
        "depositId",
        "originChainId",
        "destinationChainId",
        "depositor",
        "recipient",
        "inputToken",
        "inputAmount",
        "outputToken",
        "outputAmount",
        "message",
        "messageHash",
        "exclusiveRelayer",
        "exclusivityDeadline",
        "fillDeadline",
        "quoteTimestamp",
        "depositTxnRef",
        "depositTxHash",
        "depositBlockNumber",
        "depositBlockTimestamp",
        "status",
        "depositRefundTxnRef",
        "depositRefundTxHash",
        "swapTokenPriceUsd",
        "swapFeeUsd",
        "bridgeFeeUsd",
        "inputPriceUsd",
        "outputPriceUsd",
        "fillGasFee",
        "fillGasFeeUsd",
        "fillGasTokenPriceUsd",
        "actionsSucceeded",
        "swapTransactionHash",
        "swapToken",
        "swapTokenAmount",
        "swapOutputToken",
        "swapOutputTokenAmount",
        "relayer",
        "fillBlockNumber",
        "actionsTargetChainId",
        "actionsTargetRecipient",
        "actionsTargetToken",
        "actionsTargetAmount",
        "actionsTargetTxnRef",
        "actionsTargetBlockTimestamp",
        "depositAddress",
        "sweepTxnRef",
        "bridgedInputToken",
        "bridgedInputAmount",
        "depositRefundAddress",
        "fillBlockTimestamp",
        "fillTxnRef",
        "fillTx",
        "speedups",
    )
)


@_attrs_define
class Deposit:
    """One deposit record from the indexer. Across-intent deposits fill every field; CCTP and OFT transfers leave
    the intent-specific ones (relay hash, deposit id, exclusivity, fee/price data, ...) null. Timestamps are ISO
    8601 strings, amounts are base-unit strings, USD values decimal strings.

        Attributes:
            id (int | Unset): Indexer-internal record id.
            relay_hash (None | str | Unset): Hash of the relay data; usable as `relayDataHash` in `/deposit/status`.
            deposit_id (None | str | Unset): Deposit id from the origin SpokePool event.
            origin_chain_id (int | str | Unset): A chain id the indexer sends as a number or, in some of its answers, as a
                decimal string (its database
                stores chain ids as text; across-protocol/frontend's own types read them as strings). Both are accepted.
            destination_chain_id (int | None | str | Unset): Destination chain id; null for CCTP/OFT transfers whose
                destination is not known yet.
            depositor (str | Unset):
            recipient (None | str | Unset):
            input_token (str | Unset):
            input_amount (str | Unset): Amount deposited, base units of `inputToken`.
            output_token (None | str | Unset):
            output_amount (None | str | Unset): Amount to be received, base units of `outputToken`.
            message (None | str | Unset): Message (calldata) attached to the deposit, `0x` when none.
            message_hash (None | str | Unset):
            exclusive_relayer (None | str | Unset):
            exclusivity_deadline (datetime.datetime | None | Unset):
            fill_deadline (datetime.datetime | None | Unset):
            quote_timestamp (datetime.datetime | None | Unset):
            deposit_txn_ref (str | Unset): Deposit transaction hash.
            deposit_tx_hash (str | Unset): Legacy alias of `depositTxnRef`.
            deposit_block_number (int | Unset):
            deposit_block_timestamp (datetime.datetime | None | Unset):
            status (RelayStatus | Unset): Status of a deposit record in `/deposits` — the indexer's stored value, so a not-
                yet-filled deposit reads
                `unfilled` here (where `/deposit/status` says `pending`). `pending` is kept because upstream documents it.
            deposit_refund_txn_ref (None | str | Unset): Refund transaction hash, when the deposit expired and was refunded.
            deposit_refund_tx_hash (None | str | Unset): Legacy alias of `depositRefundTxnRef`. Not in the upstream spec.
            swap_token_price_usd (None | str | Unset):
            swap_fee_usd (None | str | Unset):
            bridge_fee_usd (None | str | Unset):
            input_price_usd (None | str | Unset):
            output_price_usd (None | str | Unset):
            fill_gas_fee (None | str | Unset): Gas paid for the fill, in destination native-token base units.
            fill_gas_fee_usd (None | str | Unset):
            fill_gas_token_price_usd (None | str | Unset):
            actions_succeeded (bool | None | Unset): Whether destination actions succeeded (filled deposits with actions
                only); null otherwise. Upstream types
                this as string; the indexer computes a boolean.
            swap_transaction_hash (None | str | Unset): Origin-chain swap transaction that preceded the deposit, if any.
            swap_token (None | str | Unset):
            swap_token_amount (None | str | Unset):
            swap_output_token (None | str | Unset): Final token of a destination swap, if any. Not in the upstream spec.
            swap_output_token_amount (None | str | Unset): Minimum output of that destination swap. Not in the upstream
                spec.
            relayer (None | str | Unset): Relayer that filled the deposit.
            fill_block_number (int | None | Unset): Destination-chain block of the fill; null until filled. Not in the
                upstream spec.
            actions_target_chain_id (int | None | str | Unset): Chain the destination actions delivered to when not the
                destination chain (`1337` = HyperCore). Not in the upstream spec.
            actions_target_recipient (None | str | Unset): Final recipient of those actions. Seen in live answers; not in
                the upstream spec.
            actions_target_token (None | str | Unset):
            actions_target_amount (None | str | Unset):
            actions_target_txn_ref (None | str | Unset):
            actions_target_block_timestamp (None | str | Unset):
            deposit_address (None | str | Unset): Counterfactual deposit address, for deposits made by sending to an
                address. Seen in live answers.
            sweep_txn_ref (None | str | Unset):
            bridged_input_token (None | str | Unset):
            bridged_input_amount (None | str | Unset):
            deposit_refund_address (None | str | Unset):
            fill_block_timestamp (datetime.datetime | None | Unset):
            fill_txn_ref (None | str | Unset): Fill transaction hash.
            fill_tx (None | str | Unset): Legacy alias of `fillTxnRef`.
            speedups (list[DepositSpeedup] | Unset): Speed-up requests for the deposit. Upstream declares an array of
                strings; the indexer returns event
                objects.
    """

    id: int | Unset = UNSET
    relay_hash: None | str | Unset = UNSET
    deposit_id: None | str | Unset = UNSET
    origin_chain_id: int | str | Unset = UNSET
    destination_chain_id: int | None | str | Unset = UNSET
    depositor: str | Unset = UNSET
    recipient: None | str | Unset = UNSET
    input_token: str | Unset = UNSET
    input_amount: str | Unset = UNSET
    output_token: None | str | Unset = UNSET
    output_amount: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    message_hash: None | str | Unset = UNSET
    exclusive_relayer: None | str | Unset = UNSET
    exclusivity_deadline: datetime.datetime | None | Unset = UNSET
    fill_deadline: datetime.datetime | None | Unset = UNSET
    quote_timestamp: datetime.datetime | None | Unset = UNSET
    deposit_txn_ref: str | Unset = UNSET
    deposit_tx_hash: str | Unset = UNSET
    deposit_block_number: int | Unset = UNSET
    deposit_block_timestamp: datetime.datetime | None | Unset = UNSET
    status: RelayStatus | Unset = UNSET
    deposit_refund_txn_ref: None | str | Unset = UNSET
    deposit_refund_tx_hash: None | str | Unset = UNSET
    swap_token_price_usd: None | str | Unset = UNSET
    swap_fee_usd: None | str | Unset = UNSET
    bridge_fee_usd: None | str | Unset = UNSET
    input_price_usd: None | str | Unset = UNSET
    output_price_usd: None | str | Unset = UNSET
    fill_gas_fee: None | str | Unset = UNSET
    fill_gas_fee_usd: None | str | Unset = UNSET
    fill_gas_token_price_usd: None | str | Unset = UNSET
    actions_succeeded: bool | None | Unset = UNSET
    swap_transaction_hash: None | str | Unset = UNSET
    swap_token: None | str | Unset = UNSET
    swap_token_amount: None | str | Unset = UNSET
    swap_output_token: None | str | Unset = UNSET
    swap_output_token_amount: None | str | Unset = UNSET
    relayer: None | str | Unset = UNSET
    fill_block_number: int | None | Unset = UNSET
    actions_target_chain_id: int | None | str | Unset = UNSET
    actions_target_recipient: None | str | Unset = UNSET
    actions_target_token: None | str | Unset = UNSET
    actions_target_amount: None | str | Unset = UNSET
    actions_target_txn_ref: None | str | Unset = UNSET
    actions_target_block_timestamp: None | str | Unset = UNSET
    deposit_address: None | str | Unset = UNSET
    sweep_txn_ref: None | str | Unset = UNSET
    bridged_input_token: None | str | Unset = UNSET
    bridged_input_amount: None | str | Unset = UNSET
    deposit_refund_address: None | str | Unset = UNSET
    fill_block_timestamp: datetime.datetime | None | Unset = UNSET
    fill_txn_ref: None | str | Unset = UNSET
    fill_tx: None | str | Unset = UNSET
    speedups: list[DepositSpeedup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _exclusivity_deadline_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _fill_deadline_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _quote_timestamp_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _deposit_block_timestamp_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _fill_block_timestamp_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.relay_hash is not UNSET:
            field_dict["relayHash"] = self.relay_hash

        if self.deposit_id is not UNSET:
            field_dict["depositId"] = self.deposit_id

        if self.origin_chain_id is not UNSET:
            field_dict["originChainId"] = self.origin_chain_id

        if self.destination_chain_id is not UNSET:
            field_dict["destinationChainId"] = self.destination_chain_id

        if self.depositor is not UNSET:
            field_dict["depositor"] = self.depositor

        if self.recipient is not UNSET:
            field_dict["recipient"] = self.recipient

        if self.input_token is not UNSET:
            field_dict["inputToken"] = self.input_token

        if self.input_amount is not UNSET:
            field_dict["inputAmount"] = self.input_amount

        if self.output_token is not UNSET:
            field_dict["outputToken"] = self.output_token

        if self.output_amount is not UNSET:
            field_dict["outputAmount"] = self.output_amount

        if self.message is not UNSET:
            field_dict["message"] = self.message

        if self.message_hash is not UNSET:
            field_dict["messageHash"] = self.message_hash

        if self.exclusive_relayer is not UNSET:
            field_dict["exclusiveRelayer"] = self.exclusive_relayer

        if self.exclusivity_deadline is not UNSET:
            if isinstance(self.exclusivity_deadline, datetime.datetime):
                field_dict["exclusivityDeadline"] = (
                    original_text(
                        self.exclusivity_deadline, self._exclusivity_deadline_text, datetime.datetime.fromisoformat
                    )
                    or self.exclusivity_deadline.isoformat()
                )

            else:
                field_dict["exclusivityDeadline"] = self.exclusivity_deadline

        if self.fill_deadline is not UNSET:
            if isinstance(self.fill_deadline, datetime.datetime):
                field_dict["fillDeadline"] = (
                    original_text(self.fill_deadline, self._fill_deadline_text, datetime.datetime.fromisoformat)
                    or self.fill_deadline.isoformat()
                )

            else:
                field_dict["fillDeadline"] = self.fill_deadline

        if self.quote_timestamp is not UNSET:
            if isinstance(self.quote_timestamp, datetime.datetime):
                field_dict["quoteTimestamp"] = (
                    original_text(self.quote_timestamp, self._quote_timestamp_text, datetime.datetime.fromisoformat)
                    or self.quote_timestamp.isoformat()
                )

            else:
                field_dict["quoteTimestamp"] = self.quote_timestamp

        if self.deposit_txn_ref is not UNSET:
            field_dict["depositTxnRef"] = self.deposit_txn_ref

        if self.deposit_tx_hash is not UNSET:
            field_dict["depositTxHash"] = self.deposit_tx_hash

        if self.deposit_block_number is not UNSET:
            field_dict["depositBlockNumber"] = self.deposit_block_number

        if self.deposit_block_timestamp is not UNSET:
            if isinstance(self.deposit_block_timestamp, datetime.datetime):
                field_dict["depositBlockTimestamp"] = (
                    original_text(
                        self.deposit_block_timestamp,
                        self._deposit_block_timestamp_text,
                        datetime.datetime.fromisoformat,
                    )
                    or self.deposit_block_timestamp.isoformat()
                )

            else:
                field_dict["depositBlockTimestamp"] = self.deposit_block_timestamp

        if self.status is not UNSET:
            field_dict["status"] = self.status.value

        if self.deposit_refund_txn_ref is not UNSET:
            field_dict["depositRefundTxnRef"] = self.deposit_refund_txn_ref

        if self.deposit_refund_tx_hash is not UNSET:
            field_dict["depositRefundTxHash"] = self.deposit_refund_tx_hash

        if self.swap_token_price_usd is not UNSET:
            field_dict["swapTokenPriceUsd"] = self.swap_token_price_usd

        if self.swap_fee_usd is not UNSET:
            field_dict["swapFeeUsd"] = self.swap_fee_usd

        if self.bridge_fee_usd is not UNSET:
            field_dict["bridgeFeeUsd"] = self.bridge_fee_usd

        if self.input_price_usd is not UNSET:
            field_dict["inputPriceUsd"] = self.input_price_usd

        if self.output_price_usd is not UNSET:
            field_dict["outputPriceUsd"] = self.output_price_usd

        if self.fill_gas_fee is not UNSET:
            field_dict["fillGasFee"] = self.fill_gas_fee

        if self.fill_gas_fee_usd is not UNSET:
            field_dict["fillGasFeeUsd"] = self.fill_gas_fee_usd

        if self.fill_gas_token_price_usd is not UNSET:
            field_dict["fillGasTokenPriceUsd"] = self.fill_gas_token_price_usd

        if self.actions_succeeded is not UNSET:
            field_dict["actionsSucceeded"] = self.actions_succeeded

        if self.swap_transaction_hash is not UNSET:
            field_dict["swapTransactionHash"] = self.swap_transaction_hash

        if self.swap_token is not UNSET:
            field_dict["swapToken"] = self.swap_token

        if self.swap_token_amount is not UNSET:
            field_dict["swapTokenAmount"] = self.swap_token_amount

        if self.swap_output_token is not UNSET:
            field_dict["swapOutputToken"] = self.swap_output_token

        if self.swap_output_token_amount is not UNSET:
            field_dict["swapOutputTokenAmount"] = self.swap_output_token_amount

        if self.relayer is not UNSET:
            field_dict["relayer"] = self.relayer

        if self.fill_block_number is not UNSET:
            field_dict["fillBlockNumber"] = self.fill_block_number

        if self.actions_target_chain_id is not UNSET:
            field_dict["actionsTargetChainId"] = self.actions_target_chain_id

        if self.actions_target_recipient is not UNSET:
            field_dict["actionsTargetRecipient"] = self.actions_target_recipient

        if self.actions_target_token is not UNSET:
            field_dict["actionsTargetToken"] = self.actions_target_token

        if self.actions_target_amount is not UNSET:
            field_dict["actionsTargetAmount"] = self.actions_target_amount

        if self.actions_target_txn_ref is not UNSET:
            field_dict["actionsTargetTxnRef"] = self.actions_target_txn_ref

        if self.actions_target_block_timestamp is not UNSET:
            field_dict["actionsTargetBlockTimestamp"] = self.actions_target_block_timestamp

        if self.deposit_address is not UNSET:
            field_dict["depositAddress"] = self.deposit_address

        if self.sweep_txn_ref is not UNSET:
            field_dict["sweepTxnRef"] = self.sweep_txn_ref

        if self.bridged_input_token is not UNSET:
            field_dict["bridgedInputToken"] = self.bridged_input_token

        if self.bridged_input_amount is not UNSET:
            field_dict["bridgedInputAmount"] = self.bridged_input_amount

        if self.deposit_refund_address is not UNSET:
            field_dict["depositRefundAddress"] = self.deposit_refund_address

        if self.fill_block_timestamp is not UNSET:
            if isinstance(self.fill_block_timestamp, datetime.datetime):
                field_dict["fillBlockTimestamp"] = (
                    original_text(
                        self.fill_block_timestamp, self._fill_block_timestamp_text, datetime.datetime.fromisoformat
                    )
                    or self.fill_block_timestamp.isoformat()
                )

            else:
                field_dict["fillBlockTimestamp"] = self.fill_block_timestamp

        if self.fill_txn_ref is not UNSET:
            field_dict["fillTxnRef"] = self.fill_txn_ref

        if self.fill_tx is not UNSET:
            field_dict["fillTx"] = self.fill_tx

        if self.speedups is not UNSET:
            speedups_list: list[Any] = []
            for speedups_item in self.speedups:
                speedups_out = speedups_item.to_dict()

                speedups_list.append(speedups_out)
            field_dict["speedups"] = speedups_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            _seen += 1
            if not (type(id) is int or is_integer(id)):
                raise TypeMismatch("integer", id, "id")

        relay_hash = src_dict.get("relayHash", UNSET)
        if relay_hash is not UNSET:
            _seen += 1
            if relay_hash is None:
                pass

            elif isinstance(relay_hash, str):
                pass

            else:
                raise TypeMismatch("string | null", relay_hash, "relayHash")

        deposit_id = src_dict.get("depositId", UNSET)
        if deposit_id is not UNSET:
            _seen += 1
            if deposit_id is None:
                pass

            elif isinstance(deposit_id, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_id, "depositId")

        origin_chain_id = src_dict.get("originChainId", UNSET)
        if origin_chain_id is not UNSET:
            _seen += 1
            if type(origin_chain_id) is int or is_integer(origin_chain_id):
                pass

            elif isinstance(origin_chain_id, str):
                pass

            else:
                raise TypeMismatch("integer | string", origin_chain_id, "originChainId")

        destination_chain_id = src_dict.get("destinationChainId", UNSET)
        if destination_chain_id is not UNSET:
            _seen += 1
            if destination_chain_id is None:
                pass

            elif type(destination_chain_id) is int or is_integer(destination_chain_id):
                pass

            elif isinstance(destination_chain_id, str):
                pass

            else:
                raise TypeMismatch("null | integer | string", destination_chain_id, "destinationChainId")

        depositor = src_dict.get("depositor", UNSET)
        if depositor is not UNSET:
            _seen += 1
            if not isinstance(depositor, str):
                raise TypeMismatch("string", depositor, "depositor")

        recipient = src_dict.get("recipient", UNSET)
        if recipient is not UNSET:
            _seen += 1
            if recipient is None:
                pass

            elif isinstance(recipient, str):
                pass

            else:
                raise TypeMismatch("string | null", recipient, "recipient")

        input_token = src_dict.get("inputToken", UNSET)
        if input_token is not UNSET:
            _seen += 1
            if not isinstance(input_token, str):
                raise TypeMismatch("string", input_token, "inputToken")

        input_amount = src_dict.get("inputAmount", UNSET)
        if input_amount is not UNSET:
            _seen += 1
            if not isinstance(input_amount, str):
                raise TypeMismatch("string", input_amount, "inputAmount")

        output_token = src_dict.get("outputToken", UNSET)
        if output_token is not UNSET:
            _seen += 1
            if output_token is None:
                pass

            elif isinstance(output_token, str):
                pass

            else:
                raise TypeMismatch("string | null", output_token, "outputToken")

        output_amount = src_dict.get("outputAmount", UNSET)
        if output_amount is not UNSET:
            _seen += 1
            if output_amount is None:
                pass

            elif isinstance(output_amount, str):
                pass

            else:
                raise TypeMismatch("string | null", output_amount, "outputAmount")

        message = src_dict.get("message", UNSET)
        if message is not UNSET:
            _seen += 1
            if message is None:
                pass

            elif isinstance(message, str):
                pass

            else:
                raise TypeMismatch("string | null", message, "message")

        message_hash = src_dict.get("messageHash", UNSET)
        if message_hash is not UNSET:
            _seen += 1
            if message_hash is None:
                pass

            elif isinstance(message_hash, str):
                pass

            else:
                raise TypeMismatch("string | null", message_hash, "messageHash")

        exclusive_relayer = src_dict.get("exclusiveRelayer", UNSET)
        if exclusive_relayer is not UNSET:
            _seen += 1
            if exclusive_relayer is None:
                pass

            elif isinstance(exclusive_relayer, str):
                pass

            else:
                raise TypeMismatch("string | null", exclusive_relayer, "exclusiveRelayer")

        exclusivity_deadline = src_dict.get("exclusivityDeadline", UNSET)
        _exclusivity_deadline_text: str | None = None
        if exclusivity_deadline is not UNSET:
            _seen += 1
            if exclusivity_deadline is None:
                pass

            elif isinstance(exclusivity_deadline, str):
                try:
                    _exclusivity_deadline_text, exclusivity_deadline = (
                        exclusivity_deadline,
                        _parse_datetime(exclusivity_deadline),
                    )
                except ValueError:
                    raise TypeMismatch("date-time string", exclusivity_deadline, "exclusivityDeadline") from None

            else:
                raise TypeMismatch("date-time string | null", exclusivity_deadline, "exclusivityDeadline")

        fill_deadline = src_dict.get("fillDeadline", UNSET)
        _fill_deadline_text: str | None = None
        if fill_deadline is not UNSET:
            _seen += 1
            if fill_deadline is None:
                pass

            elif isinstance(fill_deadline, str):
                try:
                    _fill_deadline_text, fill_deadline = fill_deadline, _parse_datetime(fill_deadline)
                except ValueError:
                    raise TypeMismatch("date-time string", fill_deadline, "fillDeadline") from None

            else:
                raise TypeMismatch("date-time string | null", fill_deadline, "fillDeadline")

        quote_timestamp = src_dict.get("quoteTimestamp", UNSET)
        _quote_timestamp_text: str | None = None
        if quote_timestamp is not UNSET:
            _seen += 1
            if quote_timestamp is None:
                pass

            elif isinstance(quote_timestamp, str):
                try:
                    _quote_timestamp_text, quote_timestamp = quote_timestamp, _parse_datetime(quote_timestamp)
                except ValueError:
                    raise TypeMismatch("date-time string", quote_timestamp, "quoteTimestamp") from None

            else:
                raise TypeMismatch("date-time string | null", quote_timestamp, "quoteTimestamp")

        deposit_txn_ref = src_dict.get("depositTxnRef", UNSET)
        if deposit_txn_ref is not UNSET:
            _seen += 1
            if not isinstance(deposit_txn_ref, str):
                raise TypeMismatch("string", deposit_txn_ref, "depositTxnRef")

        deposit_tx_hash = src_dict.get("depositTxHash", UNSET)
        if deposit_tx_hash is not UNSET:
            _seen += 1
            if not isinstance(deposit_tx_hash, str):
                raise TypeMismatch("string", deposit_tx_hash, "depositTxHash")

        deposit_block_number = src_dict.get("depositBlockNumber", UNSET)
        if deposit_block_number is not UNSET:
            _seen += 1
            if not (type(deposit_block_number) is int or is_integer(deposit_block_number)):
                raise TypeMismatch("integer", deposit_block_number, "depositBlockNumber")

        deposit_block_timestamp = src_dict.get("depositBlockTimestamp", UNSET)
        _deposit_block_timestamp_text: str | None = None
        if deposit_block_timestamp is not UNSET:
            _seen += 1
            if deposit_block_timestamp is None:
                pass

            elif isinstance(deposit_block_timestamp, str):
                try:
                    _deposit_block_timestamp_text, deposit_block_timestamp = (
                        deposit_block_timestamp,
                        _parse_datetime(deposit_block_timestamp),
                    )
                except ValueError:
                    raise TypeMismatch("date-time string", deposit_block_timestamp, "depositBlockTimestamp") from None

            else:
                raise TypeMismatch("date-time string | null", deposit_block_timestamp, "depositBlockTimestamp")

        status = src_dict.get("status", UNSET)
        if status is not UNSET:
            _seen += 1
            if not isinstance(status, str):
                raise TypeMismatch("string", status, "status")
            status = _RelayStatus_BY_VALUE.get(status) or RelayStatus(status)

        deposit_refund_txn_ref = src_dict.get("depositRefundTxnRef", UNSET)
        if deposit_refund_txn_ref is not UNSET:
            _seen += 1
            if deposit_refund_txn_ref is None:
                pass

            elif isinstance(deposit_refund_txn_ref, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_refund_txn_ref, "depositRefundTxnRef")

        deposit_refund_tx_hash = src_dict.get("depositRefundTxHash", UNSET)
        if deposit_refund_tx_hash is not UNSET:
            _seen += 1
            if deposit_refund_tx_hash is None:
                pass

            elif isinstance(deposit_refund_tx_hash, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_refund_tx_hash, "depositRefundTxHash")

        swap_token_price_usd = src_dict.get("swapTokenPriceUsd", UNSET)
        if swap_token_price_usd is not UNSET:
            _seen += 1
            if swap_token_price_usd is None:
                pass

            elif isinstance(swap_token_price_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", swap_token_price_usd, "swapTokenPriceUsd")

        swap_fee_usd = src_dict.get("swapFeeUsd", UNSET)
        if swap_fee_usd is not UNSET:
            _seen += 1
            if swap_fee_usd is None:
                pass

            elif isinstance(swap_fee_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", swap_fee_usd, "swapFeeUsd")

        bridge_fee_usd = src_dict.get("bridgeFeeUsd", UNSET)
        if bridge_fee_usd is not UNSET:
            _seen += 1
            if bridge_fee_usd is None:
                pass

            elif isinstance(bridge_fee_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", bridge_fee_usd, "bridgeFeeUsd")

        input_price_usd = src_dict.get("inputPriceUsd", UNSET)
        if input_price_usd is not UNSET:
            _seen += 1
            if input_price_usd is None:
                pass

            elif isinstance(input_price_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", input_price_usd, "inputPriceUsd")

        output_price_usd = src_dict.get("outputPriceUsd", UNSET)
        if output_price_usd is not UNSET:
            _seen += 1
            if output_price_usd is None:
                pass

            elif isinstance(output_price_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", output_price_usd, "outputPriceUsd")

        fill_gas_fee = src_dict.get("fillGasFee", UNSET)
        if fill_gas_fee is not UNSET:
            _seen += 1
            if fill_gas_fee is None:
                pass

            elif isinstance(fill_gas_fee, str):
                pass

            else:
                raise TypeMismatch("string | null", fill_gas_fee, "fillGasFee")

        fill_gas_fee_usd = src_dict.get("fillGasFeeUsd", UNSET)
        if fill_gas_fee_usd is not UNSET:
            _seen += 1
            if fill_gas_fee_usd is None:
                pass

            elif isinstance(fill_gas_fee_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", fill_gas_fee_usd, "fillGasFeeUsd")

        fill_gas_token_price_usd = src_dict.get("fillGasTokenPriceUsd", UNSET)
        if fill_gas_token_price_usd is not UNSET:
            _seen += 1
            if fill_gas_token_price_usd is None:
                pass

            elif isinstance(fill_gas_token_price_usd, str):
                pass

            else:
                raise TypeMismatch("string | null", fill_gas_token_price_usd, "fillGasTokenPriceUsd")

        actions_succeeded = src_dict.get("actionsSucceeded", UNSET)
        if actions_succeeded is not UNSET:
            _seen += 1
            if actions_succeeded is None:
                pass

            elif actions_succeeded is True or actions_succeeded is False:
                pass

            else:
                raise TypeMismatch("boolean | null", actions_succeeded, "actionsSucceeded")

        swap_transaction_hash = src_dict.get("swapTransactionHash", UNSET)
        if swap_transaction_hash is not UNSET:
            _seen += 1
            if swap_transaction_hash is None:
                pass

            elif isinstance(swap_transaction_hash, str):
                pass

            else:
                raise TypeMismatch("string | null", swap_transaction_hash, "swapTransactionHash")

        swap_token = src_dict.get("swapToken", UNSET)
        if swap_token is not UNSET:
            _seen += 1
            if swap_token is None:
                pass

            elif isinstance(swap_token, str):
                pass

            else:
                raise TypeMismatch("string | null", swap_token, "swapToken")

        swap_token_amount = src_dict.get("swapTokenAmount", UNSET)
        if swap_token_amount is not UNSET:
            _seen += 1
            if swap_token_amount is None:
                pass

            elif isinstance(swap_token_amount, str):
                pass

            else:
                raise TypeMismatch("string | null", swap_token_amount, "swapTokenAmount")

        swap_output_token = src_dict.get("swapOutputToken", UNSET)
        if swap_output_token is not UNSET:
            _seen += 1
            if swap_output_token is None:
                pass

            elif isinstance(swap_output_token, str):
                pass

            else:
                raise TypeMismatch("string | null", swap_output_token, "swapOutputToken")

        swap_output_token_amount = src_dict.get("swapOutputTokenAmount", UNSET)
        if swap_output_token_amount is not UNSET:
            _seen += 1
            if swap_output_token_amount is None:
                pass

            elif isinstance(swap_output_token_amount, str):
                pass

            else:
                raise TypeMismatch("string | null", swap_output_token_amount, "swapOutputTokenAmount")

        relayer = src_dict.get("relayer", UNSET)
        if relayer is not UNSET:
            _seen += 1
            if relayer is None:
                pass

            elif isinstance(relayer, str):
                pass

            else:
                raise TypeMismatch("string | null", relayer, "relayer")

        fill_block_number = src_dict.get("fillBlockNumber", UNSET)
        if fill_block_number is not UNSET:
            _seen += 1
            if fill_block_number is None:
                pass

            elif type(fill_block_number) is int or is_integer(fill_block_number):
                pass

            else:
                raise TypeMismatch("integer | null", fill_block_number, "fillBlockNumber")

        actions_target_chain_id = src_dict.get("actionsTargetChainId", UNSET)
        if actions_target_chain_id is not UNSET:
            _seen += 1
            if actions_target_chain_id is None:
                pass

            elif type(actions_target_chain_id) is int or is_integer(actions_target_chain_id):
                pass

            elif isinstance(actions_target_chain_id, str):
                pass

            else:
                raise TypeMismatch("null | integer | string", actions_target_chain_id, "actionsTargetChainId")

        actions_target_recipient = src_dict.get("actionsTargetRecipient", UNSET)
        if actions_target_recipient is not UNSET:
            _seen += 1
            if actions_target_recipient is None:
                pass

            elif isinstance(actions_target_recipient, str):
                pass

            else:
                raise TypeMismatch("string | null", actions_target_recipient, "actionsTargetRecipient")

        actions_target_token = src_dict.get("actionsTargetToken", UNSET)
        if actions_target_token is not UNSET:
            _seen += 1
            if actions_target_token is None:
                pass

            elif isinstance(actions_target_token, str):
                pass

            else:
                raise TypeMismatch("string | null", actions_target_token, "actionsTargetToken")

        actions_target_amount = src_dict.get("actionsTargetAmount", UNSET)
        if actions_target_amount is not UNSET:
            _seen += 1
            if actions_target_amount is None:
                pass

            elif isinstance(actions_target_amount, str):
                pass

            else:
                raise TypeMismatch("string | null", actions_target_amount, "actionsTargetAmount")

        actions_target_txn_ref = src_dict.get("actionsTargetTxnRef", UNSET)
        if actions_target_txn_ref is not UNSET:
            _seen += 1
            if actions_target_txn_ref is None:
                pass

            elif isinstance(actions_target_txn_ref, str):
                pass

            else:
                raise TypeMismatch("string | null", actions_target_txn_ref, "actionsTargetTxnRef")

        actions_target_block_timestamp = src_dict.get("actionsTargetBlockTimestamp", UNSET)
        if actions_target_block_timestamp is not UNSET:
            _seen += 1
            if actions_target_block_timestamp is None:
                pass

            elif isinstance(actions_target_block_timestamp, str):
                pass

            else:
                raise TypeMismatch("string | null", actions_target_block_timestamp, "actionsTargetBlockTimestamp")

        deposit_address = src_dict.get("depositAddress", UNSET)
        if deposit_address is not UNSET:
            _seen += 1
            if deposit_address is None:
                pass

            elif isinstance(deposit_address, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_address, "depositAddress")

        sweep_txn_ref = src_dict.get("sweepTxnRef", UNSET)
        if sweep_txn_ref is not UNSET:
            _seen += 1
            if sweep_txn_ref is None:
                pass

            elif isinstance(sweep_txn_ref, str):
                pass

            else:
                raise TypeMismatch("string | null", sweep_txn_ref, "sweepTxnRef")

        bridged_input_token = src_dict.get("bridgedInputToken", UNSET)
        if bridged_input_token is not UNSET:
            _seen += 1
            if bridged_input_token is None:
                pass

            elif isinstance(bridged_input_token, str):
                pass

            else:
                raise TypeMismatch("string | null", bridged_input_token, "bridgedInputToken")

        bridged_input_amount = src_dict.get("bridgedInputAmount", UNSET)
        if bridged_input_amount is not UNSET:
            _seen += 1
            if bridged_input_amount is None:
                pass

            elif isinstance(bridged_input_amount, str):
                pass

            else:
                raise TypeMismatch("string | null", bridged_input_amount, "bridgedInputAmount")

        deposit_refund_address = src_dict.get("depositRefundAddress", UNSET)
        if deposit_refund_address is not UNSET:
            _seen += 1
            if deposit_refund_address is None:
                pass

            elif isinstance(deposit_refund_address, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_refund_address, "depositRefundAddress")

        fill_block_timestamp = src_dict.get("fillBlockTimestamp", UNSET)
        _fill_block_timestamp_text: str | None = None
        if fill_block_timestamp is not UNSET:
            _seen += 1
            if fill_block_timestamp is None:
                pass

            elif isinstance(fill_block_timestamp, str):
                try:
                    _fill_block_timestamp_text, fill_block_timestamp = (
                        fill_block_timestamp,
                        _parse_datetime(fill_block_timestamp),
                    )
                except ValueError:
                    raise TypeMismatch("date-time string", fill_block_timestamp, "fillBlockTimestamp") from None

            else:
                raise TypeMismatch("date-time string | null", fill_block_timestamp, "fillBlockTimestamp")

        fill_txn_ref = src_dict.get("fillTxnRef", UNSET)
        if fill_txn_ref is not UNSET:
            _seen += 1
            if fill_txn_ref is None:
                pass

            elif isinstance(fill_txn_ref, str):
                pass

            else:
                raise TypeMismatch("string | null", fill_txn_ref, "fillTxnRef")

        fill_tx = src_dict.get("fillTx", UNSET)
        if fill_tx is not UNSET:
            _seen += 1
            if fill_tx is None:
                pass

            elif isinstance(fill_tx, str):
                pass

            else:
                raise TypeMismatch("string | null", fill_tx, "fillTx")

        speedups = src_dict.get("speedups", UNSET)
        if speedups is not UNSET:
            _seen += 1
            if not isinstance(speedups, list):
                raise TypeMismatch("array", speedups, "speedups")
            speedups_list: list[Any] = []
            try:
                for speedups_item in speedups:
                    speedups_item = DepositSpeedup.from_dict(speedups_item)

                    speedups_list.append(speedups_item)
            except TypeMismatch as _exc:
                _exc.prepend("speedups", len(speedups_list))
                raise
            speedups = speedups_list

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.id = id
        _model.relay_hash = relay_hash
        _model.deposit_id = deposit_id
        _model.origin_chain_id = origin_chain_id
        _model.destination_chain_id = destination_chain_id
        _model.depositor = depositor
        _model.recipient = recipient
        _model.input_token = input_token
        _model.input_amount = input_amount
        _model.output_token = output_token
        _model.output_amount = output_amount
        _model.message = message
        _model.message_hash = message_hash
        _model.exclusive_relayer = exclusive_relayer
        _model.exclusivity_deadline = exclusivity_deadline
        _model._exclusivity_deadline_text = _exclusivity_deadline_text
        _model.fill_deadline = fill_deadline
        _model._fill_deadline_text = _fill_deadline_text
        _model.quote_timestamp = quote_timestamp
        _model._quote_timestamp_text = _quote_timestamp_text
        _model.deposit_txn_ref = deposit_txn_ref
        _model.deposit_tx_hash = deposit_tx_hash
        _model.deposit_block_number = deposit_block_number
        _model.deposit_block_timestamp = deposit_block_timestamp
        _model._deposit_block_timestamp_text = _deposit_block_timestamp_text
        _model.status = status
        _model.deposit_refund_txn_ref = deposit_refund_txn_ref
        _model.deposit_refund_tx_hash = deposit_refund_tx_hash
        _model.swap_token_price_usd = swap_token_price_usd
        _model.swap_fee_usd = swap_fee_usd
        _model.bridge_fee_usd = bridge_fee_usd
        _model.input_price_usd = input_price_usd
        _model.output_price_usd = output_price_usd
        _model.fill_gas_fee = fill_gas_fee
        _model.fill_gas_fee_usd = fill_gas_fee_usd
        _model.fill_gas_token_price_usd = fill_gas_token_price_usd
        _model.actions_succeeded = actions_succeeded
        _model.swap_transaction_hash = swap_transaction_hash
        _model.swap_token = swap_token
        _model.swap_token_amount = swap_token_amount
        _model.swap_output_token = swap_output_token
        _model.swap_output_token_amount = swap_output_token_amount
        _model.relayer = relayer
        _model.fill_block_number = fill_block_number
        _model.actions_target_chain_id = actions_target_chain_id
        _model.actions_target_recipient = actions_target_recipient
        _model.actions_target_token = actions_target_token
        _model.actions_target_amount = actions_target_amount
        _model.actions_target_txn_ref = actions_target_txn_ref
        _model.actions_target_block_timestamp = actions_target_block_timestamp
        _model.deposit_address = deposit_address
        _model.sweep_txn_ref = sweep_txn_ref
        _model.bridged_input_token = bridged_input_token
        _model.bridged_input_amount = bridged_input_amount
        _model.deposit_refund_address = deposit_refund_address
        _model.fill_block_timestamp = fill_block_timestamp
        _model._fill_block_timestamp_text = _fill_block_timestamp_text
        _model.fill_txn_ref = fill_txn_ref
        _model.fill_tx = fill_tx
        _model.speedups = speedups
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
_RelayStatus_BY_VALUE = RelayStatus._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.deposit_speedup import DepositSpeedup  # noqa: E402
