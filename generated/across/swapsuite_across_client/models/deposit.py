from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relay_status import RelayStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_speedup import DepositSpeedup


T = TypeVar("T", bound="Deposit")


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        relay_hash: None | str | Unset
        if isinstance(self.relay_hash, Unset):
            relay_hash = UNSET
        else:
            relay_hash = self.relay_hash

        deposit_id: None | str | Unset
        if isinstance(self.deposit_id, Unset):
            deposit_id = UNSET
        else:
            deposit_id = self.deposit_id

        origin_chain_id: int | str | Unset
        if isinstance(self.origin_chain_id, Unset):
            origin_chain_id = UNSET
        else:
            origin_chain_id = self.origin_chain_id

        destination_chain_id: int | None | str | Unset
        if isinstance(self.destination_chain_id, Unset):
            destination_chain_id = UNSET
        else:
            destination_chain_id = self.destination_chain_id

        depositor = self.depositor

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        input_token = self.input_token

        input_amount = self.input_amount

        output_token: None | str | Unset
        if isinstance(self.output_token, Unset):
            output_token = UNSET
        else:
            output_token = self.output_token

        output_amount: None | str | Unset
        if isinstance(self.output_amount, Unset):
            output_amount = UNSET
        else:
            output_amount = self.output_amount

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        message_hash: None | str | Unset
        if isinstance(self.message_hash, Unset):
            message_hash = UNSET
        else:
            message_hash = self.message_hash

        exclusive_relayer: None | str | Unset
        if isinstance(self.exclusive_relayer, Unset):
            exclusive_relayer = UNSET
        else:
            exclusive_relayer = self.exclusive_relayer

        exclusivity_deadline: None | str | Unset
        if isinstance(self.exclusivity_deadline, Unset):
            exclusivity_deadline = UNSET
        elif isinstance(self.exclusivity_deadline, datetime.datetime):
            exclusivity_deadline = self.exclusivity_deadline.isoformat()
        else:
            exclusivity_deadline = self.exclusivity_deadline

        fill_deadline: None | str | Unset
        if isinstance(self.fill_deadline, Unset):
            fill_deadline = UNSET
        elif isinstance(self.fill_deadline, datetime.datetime):
            fill_deadline = self.fill_deadline.isoformat()
        else:
            fill_deadline = self.fill_deadline

        quote_timestamp: None | str | Unset
        if isinstance(self.quote_timestamp, Unset):
            quote_timestamp = UNSET
        elif isinstance(self.quote_timestamp, datetime.datetime):
            quote_timestamp = self.quote_timestamp.isoformat()
        else:
            quote_timestamp = self.quote_timestamp

        deposit_txn_ref = self.deposit_txn_ref

        deposit_tx_hash = self.deposit_tx_hash

        deposit_block_number = self.deposit_block_number

        deposit_block_timestamp: None | str | Unset
        if isinstance(self.deposit_block_timestamp, Unset):
            deposit_block_timestamp = UNSET
        elif isinstance(self.deposit_block_timestamp, datetime.datetime):
            deposit_block_timestamp = self.deposit_block_timestamp.isoformat()
        else:
            deposit_block_timestamp = self.deposit_block_timestamp

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        deposit_refund_txn_ref: None | str | Unset
        if isinstance(self.deposit_refund_txn_ref, Unset):
            deposit_refund_txn_ref = UNSET
        else:
            deposit_refund_txn_ref = self.deposit_refund_txn_ref

        deposit_refund_tx_hash: None | str | Unset
        if isinstance(self.deposit_refund_tx_hash, Unset):
            deposit_refund_tx_hash = UNSET
        else:
            deposit_refund_tx_hash = self.deposit_refund_tx_hash

        swap_token_price_usd: None | str | Unset
        if isinstance(self.swap_token_price_usd, Unset):
            swap_token_price_usd = UNSET
        else:
            swap_token_price_usd = self.swap_token_price_usd

        swap_fee_usd: None | str | Unset
        if isinstance(self.swap_fee_usd, Unset):
            swap_fee_usd = UNSET
        else:
            swap_fee_usd = self.swap_fee_usd

        bridge_fee_usd: None | str | Unset
        if isinstance(self.bridge_fee_usd, Unset):
            bridge_fee_usd = UNSET
        else:
            bridge_fee_usd = self.bridge_fee_usd

        input_price_usd: None | str | Unset
        if isinstance(self.input_price_usd, Unset):
            input_price_usd = UNSET
        else:
            input_price_usd = self.input_price_usd

        output_price_usd: None | str | Unset
        if isinstance(self.output_price_usd, Unset):
            output_price_usd = UNSET
        else:
            output_price_usd = self.output_price_usd

        fill_gas_fee: None | str | Unset
        if isinstance(self.fill_gas_fee, Unset):
            fill_gas_fee = UNSET
        else:
            fill_gas_fee = self.fill_gas_fee

        fill_gas_fee_usd: None | str | Unset
        if isinstance(self.fill_gas_fee_usd, Unset):
            fill_gas_fee_usd = UNSET
        else:
            fill_gas_fee_usd = self.fill_gas_fee_usd

        fill_gas_token_price_usd: None | str | Unset
        if isinstance(self.fill_gas_token_price_usd, Unset):
            fill_gas_token_price_usd = UNSET
        else:
            fill_gas_token_price_usd = self.fill_gas_token_price_usd

        actions_succeeded: bool | None | Unset
        if isinstance(self.actions_succeeded, Unset):
            actions_succeeded = UNSET
        else:
            actions_succeeded = self.actions_succeeded

        swap_transaction_hash: None | str | Unset
        if isinstance(self.swap_transaction_hash, Unset):
            swap_transaction_hash = UNSET
        else:
            swap_transaction_hash = self.swap_transaction_hash

        swap_token: None | str | Unset
        if isinstance(self.swap_token, Unset):
            swap_token = UNSET
        else:
            swap_token = self.swap_token

        swap_token_amount: None | str | Unset
        if isinstance(self.swap_token_amount, Unset):
            swap_token_amount = UNSET
        else:
            swap_token_amount = self.swap_token_amount

        swap_output_token: None | str | Unset
        if isinstance(self.swap_output_token, Unset):
            swap_output_token = UNSET
        else:
            swap_output_token = self.swap_output_token

        swap_output_token_amount: None | str | Unset
        if isinstance(self.swap_output_token_amount, Unset):
            swap_output_token_amount = UNSET
        else:
            swap_output_token_amount = self.swap_output_token_amount

        relayer: None | str | Unset
        if isinstance(self.relayer, Unset):
            relayer = UNSET
        else:
            relayer = self.relayer

        fill_block_number: int | None | Unset
        if isinstance(self.fill_block_number, Unset):
            fill_block_number = UNSET
        else:
            fill_block_number = self.fill_block_number

        actions_target_chain_id: int | None | str | Unset
        if isinstance(self.actions_target_chain_id, Unset):
            actions_target_chain_id = UNSET
        else:
            actions_target_chain_id = self.actions_target_chain_id

        actions_target_recipient: None | str | Unset
        if isinstance(self.actions_target_recipient, Unset):
            actions_target_recipient = UNSET
        else:
            actions_target_recipient = self.actions_target_recipient

        actions_target_token: None | str | Unset
        if isinstance(self.actions_target_token, Unset):
            actions_target_token = UNSET
        else:
            actions_target_token = self.actions_target_token

        actions_target_amount: None | str | Unset
        if isinstance(self.actions_target_amount, Unset):
            actions_target_amount = UNSET
        else:
            actions_target_amount = self.actions_target_amount

        actions_target_txn_ref: None | str | Unset
        if isinstance(self.actions_target_txn_ref, Unset):
            actions_target_txn_ref = UNSET
        else:
            actions_target_txn_ref = self.actions_target_txn_ref

        actions_target_block_timestamp: None | str | Unset
        if isinstance(self.actions_target_block_timestamp, Unset):
            actions_target_block_timestamp = UNSET
        else:
            actions_target_block_timestamp = self.actions_target_block_timestamp

        deposit_address: None | str | Unset
        if isinstance(self.deposit_address, Unset):
            deposit_address = UNSET
        else:
            deposit_address = self.deposit_address

        sweep_txn_ref: None | str | Unset
        if isinstance(self.sweep_txn_ref, Unset):
            sweep_txn_ref = UNSET
        else:
            sweep_txn_ref = self.sweep_txn_ref

        bridged_input_token: None | str | Unset
        if isinstance(self.bridged_input_token, Unset):
            bridged_input_token = UNSET
        else:
            bridged_input_token = self.bridged_input_token

        bridged_input_amount: None | str | Unset
        if isinstance(self.bridged_input_amount, Unset):
            bridged_input_amount = UNSET
        else:
            bridged_input_amount = self.bridged_input_amount

        deposit_refund_address: None | str | Unset
        if isinstance(self.deposit_refund_address, Unset):
            deposit_refund_address = UNSET
        else:
            deposit_refund_address = self.deposit_refund_address

        fill_block_timestamp: None | str | Unset
        if isinstance(self.fill_block_timestamp, Unset):
            fill_block_timestamp = UNSET
        elif isinstance(self.fill_block_timestamp, datetime.datetime):
            fill_block_timestamp = self.fill_block_timestamp.isoformat()
        else:
            fill_block_timestamp = self.fill_block_timestamp

        fill_txn_ref: None | str | Unset
        if isinstance(self.fill_txn_ref, Unset):
            fill_txn_ref = UNSET
        else:
            fill_txn_ref = self.fill_txn_ref

        fill_tx: None | str | Unset
        if isinstance(self.fill_tx, Unset):
            fill_tx = UNSET
        else:
            fill_tx = self.fill_tx

        speedups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speedups, Unset):
            speedups = []
            for speedups_item_data in self.speedups:
                speedups_item = speedups_item_data.to_dict()
                speedups.append(speedups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if relay_hash is not UNSET:
            field_dict["relayHash"] = relay_hash
        if deposit_id is not UNSET:
            field_dict["depositId"] = deposit_id
        if origin_chain_id is not UNSET:
            field_dict["originChainId"] = origin_chain_id
        if destination_chain_id is not UNSET:
            field_dict["destinationChainId"] = destination_chain_id
        if depositor is not UNSET:
            field_dict["depositor"] = depositor
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if input_token is not UNSET:
            field_dict["inputToken"] = input_token
        if input_amount is not UNSET:
            field_dict["inputAmount"] = input_amount
        if output_token is not UNSET:
            field_dict["outputToken"] = output_token
        if output_amount is not UNSET:
            field_dict["outputAmount"] = output_amount
        if message is not UNSET:
            field_dict["message"] = message
        if message_hash is not UNSET:
            field_dict["messageHash"] = message_hash
        if exclusive_relayer is not UNSET:
            field_dict["exclusiveRelayer"] = exclusive_relayer
        if exclusivity_deadline is not UNSET:
            field_dict["exclusivityDeadline"] = exclusivity_deadline
        if fill_deadline is not UNSET:
            field_dict["fillDeadline"] = fill_deadline
        if quote_timestamp is not UNSET:
            field_dict["quoteTimestamp"] = quote_timestamp
        if deposit_txn_ref is not UNSET:
            field_dict["depositTxnRef"] = deposit_txn_ref
        if deposit_tx_hash is not UNSET:
            field_dict["depositTxHash"] = deposit_tx_hash
        if deposit_block_number is not UNSET:
            field_dict["depositBlockNumber"] = deposit_block_number
        if deposit_block_timestamp is not UNSET:
            field_dict["depositBlockTimestamp"] = deposit_block_timestamp
        if status is not UNSET:
            field_dict["status"] = status
        if deposit_refund_txn_ref is not UNSET:
            field_dict["depositRefundTxnRef"] = deposit_refund_txn_ref
        if deposit_refund_tx_hash is not UNSET:
            field_dict["depositRefundTxHash"] = deposit_refund_tx_hash
        if swap_token_price_usd is not UNSET:
            field_dict["swapTokenPriceUsd"] = swap_token_price_usd
        if swap_fee_usd is not UNSET:
            field_dict["swapFeeUsd"] = swap_fee_usd
        if bridge_fee_usd is not UNSET:
            field_dict["bridgeFeeUsd"] = bridge_fee_usd
        if input_price_usd is not UNSET:
            field_dict["inputPriceUsd"] = input_price_usd
        if output_price_usd is not UNSET:
            field_dict["outputPriceUsd"] = output_price_usd
        if fill_gas_fee is not UNSET:
            field_dict["fillGasFee"] = fill_gas_fee
        if fill_gas_fee_usd is not UNSET:
            field_dict["fillGasFeeUsd"] = fill_gas_fee_usd
        if fill_gas_token_price_usd is not UNSET:
            field_dict["fillGasTokenPriceUsd"] = fill_gas_token_price_usd
        if actions_succeeded is not UNSET:
            field_dict["actionsSucceeded"] = actions_succeeded
        if swap_transaction_hash is not UNSET:
            field_dict["swapTransactionHash"] = swap_transaction_hash
        if swap_token is not UNSET:
            field_dict["swapToken"] = swap_token
        if swap_token_amount is not UNSET:
            field_dict["swapTokenAmount"] = swap_token_amount
        if swap_output_token is not UNSET:
            field_dict["swapOutputToken"] = swap_output_token
        if swap_output_token_amount is not UNSET:
            field_dict["swapOutputTokenAmount"] = swap_output_token_amount
        if relayer is not UNSET:
            field_dict["relayer"] = relayer
        if fill_block_number is not UNSET:
            field_dict["fillBlockNumber"] = fill_block_number
        if actions_target_chain_id is not UNSET:
            field_dict["actionsTargetChainId"] = actions_target_chain_id
        if actions_target_recipient is not UNSET:
            field_dict["actionsTargetRecipient"] = actions_target_recipient
        if actions_target_token is not UNSET:
            field_dict["actionsTargetToken"] = actions_target_token
        if actions_target_amount is not UNSET:
            field_dict["actionsTargetAmount"] = actions_target_amount
        if actions_target_txn_ref is not UNSET:
            field_dict["actionsTargetTxnRef"] = actions_target_txn_ref
        if actions_target_block_timestamp is not UNSET:
            field_dict["actionsTargetBlockTimestamp"] = actions_target_block_timestamp
        if deposit_address is not UNSET:
            field_dict["depositAddress"] = deposit_address
        if sweep_txn_ref is not UNSET:
            field_dict["sweepTxnRef"] = sweep_txn_ref
        if bridged_input_token is not UNSET:
            field_dict["bridgedInputToken"] = bridged_input_token
        if bridged_input_amount is not UNSET:
            field_dict["bridgedInputAmount"] = bridged_input_amount
        if deposit_refund_address is not UNSET:
            field_dict["depositRefundAddress"] = deposit_refund_address
        if fill_block_timestamp is not UNSET:
            field_dict["fillBlockTimestamp"] = fill_block_timestamp
        if fill_txn_ref is not UNSET:
            field_dict["fillTxnRef"] = fill_txn_ref
        if fill_tx is not UNSET:
            field_dict["fillTx"] = fill_tx
        if speedups is not UNSET:
            field_dict["speedups"] = speedups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_speedup import DepositSpeedup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_relay_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relay_hash = _parse_relay_hash(d.pop("relayHash", UNSET))

        def _parse_deposit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_id = _parse_deposit_id(d.pop("depositId", UNSET))

        def _parse_origin_chain_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        origin_chain_id = _parse_origin_chain_id(d.pop("originChainId", UNSET))

        def _parse_destination_chain_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        destination_chain_id = _parse_destination_chain_id(d.pop("destinationChainId", UNSET))

        depositor = d.pop("depositor", UNSET)

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        input_token = d.pop("inputToken", UNSET)

        input_amount = d.pop("inputAmount", UNSET)

        def _parse_output_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_token = _parse_output_token(d.pop("outputToken", UNSET))

        def _parse_output_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_amount = _parse_output_amount(d.pop("outputAmount", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_message_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_hash = _parse_message_hash(d.pop("messageHash", UNSET))

        def _parse_exclusive_relayer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exclusive_relayer = _parse_exclusive_relayer(d.pop("exclusiveRelayer", UNSET))

        def _parse_exclusivity_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exclusivity_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return exclusivity_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        exclusivity_deadline = _parse_exclusivity_deadline(d.pop("exclusivityDeadline", UNSET))

        def _parse_fill_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fill_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return fill_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fill_deadline = _parse_fill_deadline(d.pop("fillDeadline", UNSET))

        def _parse_quote_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quote_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return quote_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        quote_timestamp = _parse_quote_timestamp(d.pop("quoteTimestamp", UNSET))

        deposit_txn_ref = d.pop("depositTxnRef", UNSET)

        deposit_tx_hash = d.pop("depositTxHash", UNSET)

        deposit_block_number = d.pop("depositBlockNumber", UNSET)

        def _parse_deposit_block_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deposit_block_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return deposit_block_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deposit_block_timestamp = _parse_deposit_block_timestamp(d.pop("depositBlockTimestamp", UNSET))

        _status = d.pop("status", UNSET)
        status: RelayStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RelayStatus(_status)

        def _parse_deposit_refund_txn_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_refund_txn_ref = _parse_deposit_refund_txn_ref(d.pop("depositRefundTxnRef", UNSET))

        def _parse_deposit_refund_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_refund_tx_hash = _parse_deposit_refund_tx_hash(d.pop("depositRefundTxHash", UNSET))

        def _parse_swap_token_price_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swap_token_price_usd = _parse_swap_token_price_usd(d.pop("swapTokenPriceUsd", UNSET))

        def _parse_swap_fee_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swap_fee_usd = _parse_swap_fee_usd(d.pop("swapFeeUsd", UNSET))

        def _parse_bridge_fee_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bridge_fee_usd = _parse_bridge_fee_usd(d.pop("bridgeFeeUsd", UNSET))

        def _parse_input_price_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_price_usd = _parse_input_price_usd(d.pop("inputPriceUsd", UNSET))

        def _parse_output_price_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_price_usd = _parse_output_price_usd(d.pop("outputPriceUsd", UNSET))

        def _parse_fill_gas_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_gas_fee = _parse_fill_gas_fee(d.pop("fillGasFee", UNSET))

        def _parse_fill_gas_fee_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_gas_fee_usd = _parse_fill_gas_fee_usd(d.pop("fillGasFeeUsd", UNSET))

        def _parse_fill_gas_token_price_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_gas_token_price_usd = _parse_fill_gas_token_price_usd(d.pop("fillGasTokenPriceUsd", UNSET))

        def _parse_actions_succeeded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        actions_succeeded = _parse_actions_succeeded(d.pop("actionsSucceeded", UNSET))

        def _parse_swap_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swap_transaction_hash = _parse_swap_transaction_hash(d.pop("swapTransactionHash", UNSET))

        def _parse_swap_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swap_token = _parse_swap_token(d.pop("swapToken", UNSET))

        def _parse_swap_token_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swap_token_amount = _parse_swap_token_amount(d.pop("swapTokenAmount", UNSET))

        def _parse_swap_output_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swap_output_token = _parse_swap_output_token(d.pop("swapOutputToken", UNSET))

        def _parse_swap_output_token_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swap_output_token_amount = _parse_swap_output_token_amount(d.pop("swapOutputTokenAmount", UNSET))

        def _parse_relayer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relayer = _parse_relayer(d.pop("relayer", UNSET))

        def _parse_fill_block_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fill_block_number = _parse_fill_block_number(d.pop("fillBlockNumber", UNSET))

        def _parse_actions_target_chain_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        actions_target_chain_id = _parse_actions_target_chain_id(d.pop("actionsTargetChainId", UNSET))

        def _parse_actions_target_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actions_target_recipient = _parse_actions_target_recipient(d.pop("actionsTargetRecipient", UNSET))

        def _parse_actions_target_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actions_target_token = _parse_actions_target_token(d.pop("actionsTargetToken", UNSET))

        def _parse_actions_target_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actions_target_amount = _parse_actions_target_amount(d.pop("actionsTargetAmount", UNSET))

        def _parse_actions_target_txn_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actions_target_txn_ref = _parse_actions_target_txn_ref(d.pop("actionsTargetTxnRef", UNSET))

        def _parse_actions_target_block_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actions_target_block_timestamp = _parse_actions_target_block_timestamp(
            d.pop("actionsTargetBlockTimestamp", UNSET)
        )

        def _parse_deposit_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_address = _parse_deposit_address(d.pop("depositAddress", UNSET))

        def _parse_sweep_txn_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sweep_txn_ref = _parse_sweep_txn_ref(d.pop("sweepTxnRef", UNSET))

        def _parse_bridged_input_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bridged_input_token = _parse_bridged_input_token(d.pop("bridgedInputToken", UNSET))

        def _parse_bridged_input_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bridged_input_amount = _parse_bridged_input_amount(d.pop("bridgedInputAmount", UNSET))

        def _parse_deposit_refund_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_refund_address = _parse_deposit_refund_address(d.pop("depositRefundAddress", UNSET))

        def _parse_fill_block_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fill_block_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return fill_block_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fill_block_timestamp = _parse_fill_block_timestamp(d.pop("fillBlockTimestamp", UNSET))

        def _parse_fill_txn_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_txn_ref = _parse_fill_txn_ref(d.pop("fillTxnRef", UNSET))

        def _parse_fill_tx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_tx = _parse_fill_tx(d.pop("fillTx", UNSET))

        _speedups = d.pop("speedups", UNSET)
        speedups: list[DepositSpeedup] | Unset = UNSET
        if _speedups is not UNSET:
            speedups = []
            for speedups_item_data in _speedups:
                speedups_item = DepositSpeedup.from_dict(speedups_item_data)

                speedups.append(speedups_item)

        deposit = cls(
            id=id,
            relay_hash=relay_hash,
            deposit_id=deposit_id,
            origin_chain_id=origin_chain_id,
            destination_chain_id=destination_chain_id,
            depositor=depositor,
            recipient=recipient,
            input_token=input_token,
            input_amount=input_amount,
            output_token=output_token,
            output_amount=output_amount,
            message=message,
            message_hash=message_hash,
            exclusive_relayer=exclusive_relayer,
            exclusivity_deadline=exclusivity_deadline,
            fill_deadline=fill_deadline,
            quote_timestamp=quote_timestamp,
            deposit_txn_ref=deposit_txn_ref,
            deposit_tx_hash=deposit_tx_hash,
            deposit_block_number=deposit_block_number,
            deposit_block_timestamp=deposit_block_timestamp,
            status=status,
            deposit_refund_txn_ref=deposit_refund_txn_ref,
            deposit_refund_tx_hash=deposit_refund_tx_hash,
            swap_token_price_usd=swap_token_price_usd,
            swap_fee_usd=swap_fee_usd,
            bridge_fee_usd=bridge_fee_usd,
            input_price_usd=input_price_usd,
            output_price_usd=output_price_usd,
            fill_gas_fee=fill_gas_fee,
            fill_gas_fee_usd=fill_gas_fee_usd,
            fill_gas_token_price_usd=fill_gas_token_price_usd,
            actions_succeeded=actions_succeeded,
            swap_transaction_hash=swap_transaction_hash,
            swap_token=swap_token,
            swap_token_amount=swap_token_amount,
            swap_output_token=swap_output_token,
            swap_output_token_amount=swap_output_token_amount,
            relayer=relayer,
            fill_block_number=fill_block_number,
            actions_target_chain_id=actions_target_chain_id,
            actions_target_recipient=actions_target_recipient,
            actions_target_token=actions_target_token,
            actions_target_amount=actions_target_amount,
            actions_target_txn_ref=actions_target_txn_ref,
            actions_target_block_timestamp=actions_target_block_timestamp,
            deposit_address=deposit_address,
            sweep_txn_ref=sweep_txn_ref,
            bridged_input_token=bridged_input_token,
            bridged_input_amount=bridged_input_amount,
            deposit_refund_address=deposit_refund_address,
            fill_block_timestamp=fill_block_timestamp,
            fill_txn_ref=fill_txn_ref,
            fill_tx=fill_tx,
            speedups=speedups,
        )

        deposit.additional_properties = d
        return deposit

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
