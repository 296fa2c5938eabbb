from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="EvmBytecodeResponse")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "chainId",
        "transactionData",
        "userOperation",
    )
)


@_attrs_define
class EvmBytecodeResponse:
    """EVM routes (the documented form).

    Attributes:
        id (str): Execution-tracking id created for this call (24 hex characters).
        chain_id (int | str): Chain identifier as it appears in execution data: normally the numeric EVM chain id, but
            Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
        transaction_data (list[EvmTransaction]): Transactions to sign and send, in order (approvals first).
        user_operation (Any | Unset): ERC-4337 user operation when `output` was `userOperation` (shape not documented).
    """

    id: str
    chain_id: int | str
    transaction_data: list[EvmTransaction]
    user_operation: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        field_dict["chainId"] = self.chain_id

        transaction_data_list: list[Any] = []
        for transaction_data_item in self.transaction_data:
            transaction_data_out = transaction_data_item.to_dict()

            transaction_data_list.append(transaction_data_out)
        field_dict["transactionData"] = transaction_data_list

        if self.user_operation is not UNSET:
            field_dict["userOperation"] = self.user_operation

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
            id = src_dict["id"]
            chain_id = src_dict["chainId"]
            transaction_data = src_dict["transactionData"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(id, str):
            raise TypeMismatch("string", id, "id")

        if type(chain_id) is int or is_integer(chain_id):
            pass

        elif isinstance(chain_id, str):
            pass

        else:
            raise TypeMismatch("integer | string", chain_id, "chainId")

        if not isinstance(transaction_data, list):
            raise TypeMismatch("array", transaction_data, "transactionData")
        transaction_data_list: list[Any] = []
        try:
            for transaction_data_item in transaction_data:
                transaction_data_item = EvmTransaction.from_dict(transaction_data_item)

                transaction_data_list.append(transaction_data_item)
        except TypeMismatch as _exc:
            _exc.prepend("transactionData", len(transaction_data_list))
            raise
        transaction_data = transaction_data_list

        _seen = 3
        user_operation = src_dict.get("userOperation", UNSET)
        if user_operation is not UNSET:
            _seen += 1

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.id = id
        _model.chain_id = chain_id
        _model.transaction_data = transaction_data
        _model.user_operation = user_operation
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
from ..models.evm_transaction import EvmTransaction  # noqa: E402
