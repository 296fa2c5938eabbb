from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blockchain import Blockchain
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainDepositAddress")


@_attrs_define
class ChainDepositAddress:
    """A deposit address for the quote on one particular chain.

    Attributes:
        blockchain (Blockchain): Short chain code used by 1Click (`TokenResponse.blockchain`,
            `ChainDepositAddress.blockchain`).
            The list keeps growing; generated clients must tolerate codes that are not listed here.
            Union of the Jan-2026 spec, one-click-sdk-typescript 0.1.25 and the newest docs (`fogo`; `hood` and
            `hlevm` appear in the docs only for chain deposit addresses).
             Example: near.
        address (str): Deposit address on that chain.
        memo (str | Unset): Memo to attach to deposits on that chain, when one is needed.
    """

    blockchain: Blockchain
    address: str
    memo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blockchain = self.blockchain.value

        address = self.address

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blockchain": blockchain,
                "address": address,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blockchain = Blockchain(d.pop("blockchain"))

        address = d.pop("address")

        memo = d.pop("memo", UNSET)

        chain_deposit_address = cls(
            blockchain=blockchain,
            address=address,
            memo=memo,
        )

        chain_deposit_address.additional_properties = d
        return chain_deposit_address

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
