from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.deposit_status import DepositStatus
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="DepositStatusResponse")
_KNOWN_KEYS = frozenset(
    (
        "status",
        "originChainId",
        "depositId",
        "pagination",
        "depositTxnRef",
        "depositTxHash",
        "fillTxnRef",
        "fillTx",
        "destinationChainId",
        "depositRefundTxnRef",
        "depositRefundTxHash",
        "actionsSucceeded",
        "actionsTargetChainId",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status.value

        field_dict["originChainId"] = self.origin_chain_id

        field_dict["depositId"] = self.deposit_id

        field_dict["pagination"] = self.pagination.to_dict()

        if self.deposit_txn_ref is not UNSET:
            field_dict["depositTxnRef"] = self.deposit_txn_ref

        if self.deposit_tx_hash is not UNSET:
            field_dict["depositTxHash"] = self.deposit_tx_hash

        if self.fill_txn_ref is not UNSET:
            field_dict["fillTxnRef"] = self.fill_txn_ref

        if self.fill_tx is not UNSET:
            field_dict["fillTx"] = self.fill_tx

        if self.destination_chain_id is not UNSET:
            field_dict["destinationChainId"] = self.destination_chain_id

        if self.deposit_refund_txn_ref is not UNSET:
            field_dict["depositRefundTxnRef"] = self.deposit_refund_txn_ref

        if self.deposit_refund_tx_hash is not UNSET:
            field_dict["depositRefundTxHash"] = self.deposit_refund_tx_hash

        if self.actions_succeeded is not UNSET:
            field_dict["actionsSucceeded"] = self.actions_succeeded

        if self.actions_target_chain_id is not UNSET:
            field_dict["actionsTargetChainId"] = self.actions_target_chain_id

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
            origin_chain_id = src_dict["originChainId"]
            deposit_id = src_dict["depositId"]
            pagination = src_dict["pagination"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(status, str):
            raise TypeMismatch("string", status, "status")
        status = _DepositStatus_BY_VALUE.get(status) or DepositStatus(status)

        if not (type(origin_chain_id) is int or is_integer(origin_chain_id)):
            raise TypeMismatch("integer", origin_chain_id, "originChainId")

        if not isinstance(deposit_id, str):
            raise TypeMismatch("string", deposit_id, "depositId")

        try:
            pagination = DepositPagination.from_dict(pagination)
        except TypeMismatch as _exc:
            _exc.prepend("pagination")
            raise

        _seen = 4
        deposit_txn_ref = src_dict.get("depositTxnRef", UNSET)
        if deposit_txn_ref is not UNSET:
            _seen += 1
            if deposit_txn_ref is None:
                pass

            elif isinstance(deposit_txn_ref, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_txn_ref, "depositTxnRef")

        deposit_tx_hash = src_dict.get("depositTxHash", UNSET)
        if deposit_tx_hash is not UNSET:
            _seen += 1
            if deposit_tx_hash is None:
                pass

            elif isinstance(deposit_tx_hash, str):
                pass

            else:
                raise TypeMismatch("string | null", deposit_tx_hash, "depositTxHash")

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

        destination_chain_id = src_dict.get("destinationChainId", UNSET)
        if destination_chain_id is not UNSET:
            _seen += 1
            if destination_chain_id is None:
                pass

            elif type(destination_chain_id) is int or is_integer(destination_chain_id):
                pass

            else:
                raise TypeMismatch("integer | null", destination_chain_id, "destinationChainId")

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

        actions_succeeded = src_dict.get("actionsSucceeded", UNSET)
        if actions_succeeded is not UNSET:
            _seen += 1
            if actions_succeeded is None:
                pass

            elif actions_succeeded is True or actions_succeeded is False:
                pass

            else:
                raise TypeMismatch("boolean | null", actions_succeeded, "actionsSucceeded")

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

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.status = status
        _model.origin_chain_id = origin_chain_id
        _model.deposit_id = deposit_id
        _model.pagination = pagination
        _model.deposit_txn_ref = deposit_txn_ref
        _model.deposit_tx_hash = deposit_tx_hash
        _model.fill_txn_ref = fill_txn_ref
        _model.fill_tx = fill_tx
        _model.destination_chain_id = destination_chain_id
        _model.deposit_refund_txn_ref = deposit_refund_txn_ref
        _model.deposit_refund_tx_hash = deposit_refund_tx_hash
        _model.actions_succeeded = actions_succeeded
        _model.actions_target_chain_id = actions_target_chain_id
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
_DepositStatus_BY_VALUE = DepositStatus._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.deposit_pagination import DepositPagination  # noqa: E402
