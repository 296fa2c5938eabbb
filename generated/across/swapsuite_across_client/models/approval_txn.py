from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApprovalTxn")


@_attrs_define
class ApprovalTxn:
    """Token approval to send before `swapTx`. For tokens like USDT that require resetting an existing allowance,
    a zero-approval precedes the real one.

        Attributes:
            chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream restricts this
                to an enum of
                eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
                not carried over.
                 Example: 10.
            to (str): Token contract to call.
            data (str): Calldata of the `approve` call.
    """

    chain_id: int
    to: str
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        to = self.to

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "to": to,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chainId")

        to = d.pop("to")

        data = d.pop("data")

        approval_txn = cls(
            chain_id=chain_id,
            to=to,
            data=data,
        )

        approval_txn.additional_properties = d
        return approval_txn

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
