from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapChain")


@_attrs_define
class SwapChain:
    """A chain supported by the Swap API.

    Attributes:
        chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream restricts this
            to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        name (str):
        public_rpc_url (str | Unset):
        explorer_url (str | Unset):
        logo_url (str | Unset):
    """

    chain_id: int
    name: str
    public_rpc_url: str | Unset = UNSET
    explorer_url: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        name = self.name

        public_rpc_url = self.public_rpc_url

        explorer_url = self.explorer_url

        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "name": name,
            }
        )
        if public_rpc_url is not UNSET:
            field_dict["publicRpcUrl"] = public_rpc_url
        if explorer_url is not UNSET:
            field_dict["explorerUrl"] = explorer_url
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chainId")

        name = d.pop("name")

        public_rpc_url = d.pop("publicRpcUrl", UNSET)

        explorer_url = d.pop("explorerUrl", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        swap_chain = cls(
            chain_id=chain_id,
            name=name,
            public_rpc_url=public_rpc_url,
            explorer_url=explorer_url,
            logo_url=logo_url,
        )

        swap_chain.additional_properties = d
        return swap_chain

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
