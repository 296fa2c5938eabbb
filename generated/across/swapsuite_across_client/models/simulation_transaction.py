from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimulationTransaction")


@_attrs_define
class SimulationTransaction:
    """The transaction whose simulation failed (`SIMULATION_ERROR`).

    Attributes:
        from_ (str | Unset):
        to (str | Unset):
        data (str | Unset):
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
            restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
    """

    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    data: str | Unset = UNSET
    chain_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        data = self.data

        chain_id = self.chain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if data is not UNSET:
            field_dict["data"] = data
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        data = d.pop("data", UNSET)

        chain_id = d.pop("chainId", UNSET)

        simulation_transaction = cls(
            from_=from_,
            to=to,
            data=data,
            chain_id=chain_id,
        )

        simulation_transaction.additional_properties = d
        return simulation_transaction

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
