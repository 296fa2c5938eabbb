from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Eip712Domain")


@_attrs_define
class Eip712Domain:
    """EIP-712 domain separator fields.

    Attributes:
        name (str | Unset):
        version (str | Unset):
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
            restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        verifying_contract (str | Unset):
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    chain_id: int | Unset = UNSET
    verifying_contract: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        chain_id = self.chain_id

        verifying_contract = self.verifying_contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if verifying_contract is not UNSET:
            field_dict["verifyingContract"] = verifying_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        chain_id = d.pop("chainId", UNSET)

        verifying_contract = d.pop("verifyingContract", UNSET)

        eip_712_domain = cls(
            name=name,
            version=version,
            chain_id=chain_id,
            verifying_contract=verifying_contract,
        )

        eip_712_domain.additional_properties = d
        return eip_712_domain

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
