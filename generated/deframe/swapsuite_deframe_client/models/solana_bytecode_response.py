from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solana_bytecode_response_type import SolanaBytecodeResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.solana_bytecode_response_raw_swap_data import SolanaBytecodeResponseRawSwapData
    from ..models.solana_bytecode_response_transaction_data import SolanaBytecodeResponseTransactionData


T = TypeVar("T", bound="SolanaBytecodeResponse")


@_attrs_define
class SolanaBytecodeResponse:
    """Same-chain Solana routes. Not in the API reference; shape taken from Pods' Privy integration demo, which reads
    `transactionData.rawTransaction` and falls back to `rawSwapData.transaction`.

        Attributes:
            type_ (SolanaBytecodeResponseType):
            chain_id (int | str): Chain identifier as it appears in execution data: normally the numeric EVM chain id, but
                Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
            transaction_data (SolanaBytecodeResponseTransactionData):
            raw_swap_data (SolanaBytecodeResponseRawSwapData | Unset):
    """

    type_: SolanaBytecodeResponseType
    chain_id: int | str
    transaction_data: SolanaBytecodeResponseTransactionData
    raw_swap_data: SolanaBytecodeResponseRawSwapData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        chain_id: int | str
        chain_id = self.chain_id

        transaction_data = self.transaction_data.to_dict()

        raw_swap_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_swap_data, Unset):
            raw_swap_data = self.raw_swap_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "chainId": chain_id,
                "transactionData": transaction_data,
            }
        )
        if raw_swap_data is not UNSET:
            field_dict["rawSwapData"] = raw_swap_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.solana_bytecode_response_raw_swap_data import SolanaBytecodeResponseRawSwapData  # noqa: PLC0415
        from ..models.solana_bytecode_response_transaction_data import SolanaBytecodeResponseTransactionData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = SolanaBytecodeResponseType(d.pop("type"))

        def _parse_chain_id(data: object) -> int | str:
            return cast(int | str, data)

        chain_id = _parse_chain_id(d.pop("chainId"))

        transaction_data = SolanaBytecodeResponseTransactionData.from_dict(d.pop("transactionData"))

        _raw_swap_data = d.pop("rawSwapData", UNSET)
        raw_swap_data: SolanaBytecodeResponseRawSwapData | Unset
        if isinstance(_raw_swap_data, Unset):
            raw_swap_data = UNSET
        else:
            raw_swap_data = SolanaBytecodeResponseRawSwapData.from_dict(_raw_swap_data)

        solana_bytecode_response = cls(
            type_=type_,
            chain_id=chain_id,
            transaction_data=transaction_data,
            raw_swap_data=raw_swap_data,
        )

        solana_bytecode_response.additional_properties = d
        return solana_bytecode_response

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
