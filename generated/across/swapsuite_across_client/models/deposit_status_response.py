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
            deposit_txn_ref (None | str): Deposit transaction hash on the origin chain.
            destination_chain_id (int | None): Chain the deposit is filled on; null for CCTP/OFT transfers that have not
                been received yet.
            actions_succeeded (bool | None): For filled deposits that carried destination actions, whether those calls
                succeeded; null otherwise.
            pagination (DepositPagination): Position of the returned deposit among all deposits matching the lookup.
            deposit_tx_hash (None | str | Unset): Legacy alias of `depositTxnRef`.
            fill_txn_ref (None | str | Unset): Fill transaction hash on the destination chain; null (or absent for CCTP/OFT)
                until filled.
            fill_tx (None | str | Unset): Legacy alias of `fillTxnRef`.
            deposit_refund_txn_ref (None | str | Unset): Refund transaction hash on the origin chain, once refunded; absent
                for CCTP/OFT transfers.
            deposit_refund_tx_hash (None | str | Unset): Legacy alias of `depositRefundTxnRef`.
    """

    status: DepositStatus
    origin_chain_id: int
    deposit_id: str
    deposit_txn_ref: None | str
    destination_chain_id: int | None
    actions_succeeded: bool | None
    pagination: DepositPagination
    deposit_tx_hash: None | str | Unset = UNSET
    fill_txn_ref: None | str | Unset = UNSET
    fill_tx: None | str | Unset = UNSET
    deposit_refund_txn_ref: None | str | Unset = UNSET
    deposit_refund_tx_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        origin_chain_id = self.origin_chain_id

        deposit_id = self.deposit_id

        deposit_txn_ref: None | str
        deposit_txn_ref = self.deposit_txn_ref

        destination_chain_id: int | None
        destination_chain_id = self.destination_chain_id

        actions_succeeded: bool | None
        actions_succeeded = self.actions_succeeded

        pagination = self.pagination.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "originChainId": origin_chain_id,
                "depositId": deposit_id,
                "depositTxnRef": deposit_txn_ref,
                "destinationChainId": destination_chain_id,
                "actionsSucceeded": actions_succeeded,
                "pagination": pagination,
            }
        )
        if deposit_tx_hash is not UNSET:
            field_dict["depositTxHash"] = deposit_tx_hash
        if fill_txn_ref is not UNSET:
            field_dict["fillTxnRef"] = fill_txn_ref
        if fill_tx is not UNSET:
            field_dict["fillTx"] = fill_tx
        if deposit_refund_txn_ref is not UNSET:
            field_dict["depositRefundTxnRef"] = deposit_refund_txn_ref
        if deposit_refund_tx_hash is not UNSET:
            field_dict["depositRefundTxHash"] = deposit_refund_tx_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_pagination import DepositPagination  # noqa: PLC0415

        d = dict(src_dict)
        status = DepositStatus(d.pop("status"))

        origin_chain_id = d.pop("originChainId")

        deposit_id = d.pop("depositId")

        def _parse_deposit_txn_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deposit_txn_ref = _parse_deposit_txn_ref(d.pop("depositTxnRef"))

        def _parse_destination_chain_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        destination_chain_id = _parse_destination_chain_id(d.pop("destinationChainId"))

        def _parse_actions_succeeded(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        actions_succeeded = _parse_actions_succeeded(d.pop("actionsSucceeded"))

        pagination = DepositPagination.from_dict(d.pop("pagination"))

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

        deposit_status_response = cls(
            status=status,
            origin_chain_id=origin_chain_id,
            deposit_id=deposit_id,
            deposit_txn_ref=deposit_txn_ref,
            destination_chain_id=destination_chain_id,
            actions_succeeded=actions_succeeded,
            pagination=pagination,
            deposit_tx_hash=deposit_tx_hash,
            fill_txn_ref=fill_txn_ref,
            fill_tx=fill_tx,
            deposit_refund_txn_ref=deposit_refund_txn_ref,
            deposit_refund_tx_hash=deposit_refund_tx_hash,
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
