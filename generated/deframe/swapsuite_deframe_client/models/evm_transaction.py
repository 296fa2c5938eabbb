from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvmTransaction")


@_attrs_define
class EvmTransaction:
    """One EVM transaction to sign and send. `from` is in every sample but not required: the signer is the quote's origin
    address, which the caller already knows.

        Attributes:
            chain_id (int | str): Chain identifier as it appears in execution data: normally the numeric EVM chain id, but
                Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
            to (str):
            data (str): Hex-encoded calldata.
            value (str): Native amount to attach, integer string in wei.
            from_ (str | Unset):
    """

    chain_id: int | str
    to: str
    data: str
    value: str
    from_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id: int | str
        chain_id = self.chain_id

        to = self.to

        data = self.data

        value = self.value

        from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "to": to,
                "data": data,
                "value": value,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_chain_id(data: object) -> int | str:
            return cast(int | str, data)

        chain_id = _parse_chain_id(d.pop("chainId"))

        to = d.pop("to")

        data = d.pop("data")

        value = d.pop("value")

        from_ = d.pop("from", UNSET)

        evm_transaction = cls(
            chain_id=chain_id,
            to=to,
            data=data,
            value=value,
            from_=from_,
        )

        evm_transaction.additional_properties = d
        return evm_transaction

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
