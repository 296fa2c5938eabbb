from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evm_transaction import EvmTransaction


T = TypeVar("T", bound="EvmBytecodeResponse")


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
        id = self.id

        chain_id: int | str
        chain_id = self.chain_id

        transaction_data = []
        for transaction_data_item_data in self.transaction_data:
            transaction_data_item = transaction_data_item_data.to_dict()
            transaction_data.append(transaction_data_item)

        user_operation = self.user_operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chainId": chain_id,
                "transactionData": transaction_data,
            }
        )
        if user_operation is not UNSET:
            field_dict["userOperation"] = user_operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evm_transaction import EvmTransaction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_chain_id(data: object) -> int | str:
            return cast(int | str, data)

        chain_id = _parse_chain_id(d.pop("chainId"))

        transaction_data = []
        _transaction_data = d.pop("transactionData")
        for transaction_data_item_data in _transaction_data:
            transaction_data_item = EvmTransaction.from_dict(transaction_data_item_data)

            transaction_data.append(transaction_data_item)

        user_operation = d.pop("userOperation", UNSET)

        evm_bytecode_response = cls(
            id=id,
            chain_id=chain_id,
            transaction_data=transaction_data,
            user_operation=user_operation,
        )

        evm_bytecode_response.additional_properties = d
        return evm_bytecode_response

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
