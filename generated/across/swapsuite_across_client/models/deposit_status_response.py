from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_status import DepositStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_pagination import DepositPagination


T = TypeVar("T", bound="DepositStatusResponse")


@_attrs_define
class DepositStatusResponse:
    """Status of one deposit. The `*TxHash` / `fillTx` keys are legacy aliases of the `*TxnRef` keys and carry the
    same values. Upstream types `depositId`, `depositTxnRef` and `depositRefundTxnRef` as integers; they are
    strings (ids and transaction hashes).

    Which keys are present depends on the indexer version and the kind of deposit, so only the four every
    answer carries are required: older indexers (and today's gasless-deposit answers) send only the legacy
    `depositTxHash` / `fillTx` / `depositRefundTxHash` keys, HyperCore withdrawals only the `*TxnRef` ones, and
    `actionsSucceeded` is missing from the oldest answers.

        Attributes:
            status (DepositStatus): Lifecycle state reported by `/deposit/status`:
                * `pending` — deposited, not filled yet (the indexer's `unfilled`).
                * `filled` — filled on the destination chain; the recipient has the funds (terminal).
                * `slowFillRequested` — no relayer filled it; a slow fill from protocol liquidity was requested.
                * `slowFilled` — completed by that slow fill (terminal).
                * `expired` — the fill deadline passed unfilled; a refund follows in a later repayment bundle.
                * `refunded` — the depositor was refunded on the origin chain (terminal).
                * `deposit-pending` / `deposit-failed` — gasless deposits whose submission is still pending / failed.
                CCTP and OFT transfers only report `pending` and `filled`. Upstream lists only the first five of
                filled/pending/expired/refunded/slowFillRequested.
            origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
                restricts this to an enum of
                eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
                not carried over.
                 Example: 10.
            deposit_id (str): Deposit id (decimal string; for OFT transfers the message guid, for CCTP the nonce).
            pagination (DepositPagination): Position of the returned deposit among all deposits matching the lookup.
            deposit_txn_ref (None | str | Unset): Deposit transaction hash on the origin chain.
            deposit_tx_hash (None | str | Unset): Legacy alias of `depositTxnRef`.
            fill_txn_ref (None | str | Unset): Fill transaction hash on the destination chain; null (or absent for CCTP/OFT)
                until filled.
            fill_tx (None | str | Unset): Legacy alias of `fillTxnRef`.
            destination_chain_id (int | None | Unset): Chain the deposit is filled on; null for CCTP/OFT transfers that have
                not been received yet.
            deposit_refund_txn_ref (None | str | Unset): Refund transaction hash on the origin chain, once refunded; absent
                for CCTP/OFT transfers.
            deposit_refund_tx_hash (None | str | Unset): Legacy alias of `depositRefundTxnRef`.
            actions_succeeded (bool | None | Unset): For filled deposits that carried destination actions, whether those
                calls succeeded; null otherwise.
            actions_target_chain_id (int | None | str | Unset): Chain where the deposit's destination actions delivered the
                funds when that is not the destination chain
                (`1337` = HyperCore, for fills forwarded from HyperEVM); null otherwise. Not in the upstream spec.
    """

    status: DepositStatus
    origin_chain_id: int
    deposit_id: str
    pagination: DepositPagination
    deposit_txn_ref: None | str | Unset = UNSET
    deposit_tx_hash: None | str | Unset = UNSET
    fill_txn_ref: None | str | Unset = UNSET
    fill_tx: None | str | Unset = UNSET
    destination_chain_id: int | None | Unset = UNSET
    deposit_refund_txn_ref: None | str | Unset = UNSET
    deposit_refund_tx_hash: None | str | Unset = UNSET
    actions_succeeded: bool | None | Unset = UNSET
    actions_target_chain_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        origin_chain_id = self.origin_chain_id

        deposit_id = self.deposit_id

        pagination = self.pagination.to_dict()

        deposit_txn_ref: None | str | Unset
        if isinstance(self.deposit_txn_ref, Unset):
            deposit_txn_ref = UNSET
        else:
            deposit_txn_ref = self.deposit_txn_ref

        deposit_tx_hash: None | str | Unset
        if isinstance(self.deposit_tx_hash, Unset):
            deposit_tx_hash = UNSET
        else:
            deposit_tx_hash = self.deposit_tx_hash

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

        destination_chain_id: int | None | Unset
        if isinstance(self.destination_chain_id, Unset):
            destination_chain_id = UNSET
        else:
            destination_chain_id = self.destination_chain_id

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

        actions_succeeded: bool | None | Unset
        if isinstance(self.actions_succeeded, Unset):
            actions_succeeded = UNSET
        else:
            actions_succeeded = self.actions_succeeded

        actions_target_chain_id: int | None | str | Unset
        if isinstance(self.actions_target_chain_id, Unset):
            actions_target_chain_id = UNSET
        else:
            actions_target_chain_id = self.actions_target_chain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "originChainId": origin_chain_id,
                "depositId": deposit_id,
                "pagination": pagination,
            }
        )
        if deposit_txn_ref is not UNSET:
            field_dict["depositTxnRef"] = deposit_txn_ref
        if deposit_tx_hash is not UNSET:
            field_dict["depositTxHash"] = deposit_tx_hash
        if fill_txn_ref is not UNSET:
            field_dict["fillTxnRef"] = fill_txn_ref
        if fill_tx is not UNSET:
            field_dict["fillTx"] = fill_tx
        if destination_chain_id is not UNSET:
            field_dict["destinationChainId"] = destination_chain_id
        if deposit_refund_txn_ref is not UNSET:
            field_dict["depositRefundTxnRef"] = deposit_refund_txn_ref
        if deposit_refund_tx_hash is not UNSET:
            field_dict["depositRefundTxHash"] = deposit_refund_tx_hash
        if actions_succeeded is not UNSET:
            field_dict["actionsSucceeded"] = actions_succeeded
        if actions_target_chain_id is not UNSET:
            field_dict["actionsTargetChainId"] = actions_target_chain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_pagination import DepositPagination  # noqa: PLC0415

        d = dict(src_dict)
        status = DepositStatus(d.pop("status"))

        origin_chain_id = d.pop("originChainId")

        deposit_id = d.pop("depositId")

        pagination = DepositPagination.from_dict(d.pop("pagination"))

        def _parse_deposit_txn_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_txn_ref = _parse_deposit_txn_ref(d.pop("depositTxnRef", UNSET))

        def _parse_deposit_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_tx_hash = _parse_deposit_tx_hash(d.pop("depositTxHash", UNSET))

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

        def _parse_destination_chain_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        destination_chain_id = _parse_destination_chain_id(d.pop("destinationChainId", UNSET))

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

        def _parse_actions_succeeded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        actions_succeeded = _parse_actions_succeeded(d.pop("actionsSucceeded", UNSET))

        def _parse_actions_target_chain_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        actions_target_chain_id = _parse_actions_target_chain_id(d.pop("actionsTargetChainId", UNSET))

        deposit_status_response = cls(
            status=status,
            origin_chain_id=origin_chain_id,
            deposit_id=deposit_id,
            pagination=pagination,
            deposit_txn_ref=deposit_txn_ref,
            deposit_tx_hash=deposit_tx_hash,
            fill_txn_ref=fill_txn_ref,
            fill_tx=fill_tx,
            destination_chain_id=destination_chain_id,
            deposit_refund_txn_ref=deposit_refund_txn_ref,
            deposit_refund_tx_hash=deposit_refund_tx_hash,
            actions_succeeded=actions_succeeded,
            actions_target_chain_id=actions_target_chain_id,
        )

        deposit_status_response.additional_properties = d
        return deposit_status_response

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
