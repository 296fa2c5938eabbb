from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_entry_source import BalanceEntrySource
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceEntry")


@_attrs_define
class BalanceEntry:
    """One token balance.

    Attributes:
        token_id (str): Asset id.
        available (str): Available balance in base units (a string, to keep precision).
        source (BalanceEntrySource | Unset): Where the balance is held.
    """

    token_id: str
    available: str
    source: BalanceEntrySource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        available = self.available

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenId": token_id,
                "available": available,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_id = d.pop("tokenId")

        available = d.pop("available")

        _source = d.pop("source", UNSET)
        source: BalanceEntrySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = BalanceEntrySource(_source)

        balance_entry = cls(
            token_id=token_id,
            available=available,
            source=source,
        )

        balance_entry.additional_properties = d
        return balance_entry

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
