from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.balance_entry_source import BalanceEntrySource
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceEntry")
_KNOWN_KEYS = frozenset(
    (
        "tokenId",
        "available",
        "source",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tokenId"] = self.token_id

        field_dict["available"] = self.available

        if self.source is not UNSET:
            field_dict["source"] = self.source.value

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
            token_id = src_dict["tokenId"]
            available = src_dict["available"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(token_id, str):
            raise TypeMismatch("string", token_id, "tokenId")

        if not isinstance(available, str):
            raise TypeMismatch("string", available, "available")

        _seen = 2
        source = src_dict.get("source", UNSET)
        if source is not UNSET:
            _seen += 1
            if not isinstance(source, str):
                raise TypeMismatch("string", source, "source")
            source = _BalanceEntrySource_BY_VALUE.get(source) or BalanceEntrySource(source)

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.token_id = token_id
        _model.available = available
        _model.source = source
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
_BalanceEntrySource_BY_VALUE = BalanceEntrySource._value2member_map_  # known values only; see from_dict
