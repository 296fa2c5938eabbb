from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryResponse")
_KNOWN_KEYS = frozenset(
    (
        "items",
        "nextCursor",
        "prevCursor",
    )
)


@_attrs_define
class HistoryResponse:
    """One page of history.

    Attributes:
        items (list[HistoryItem]):
        next_cursor (str | Unset): Pass back as `nextCursor` to poll for newer items.
        prev_cursor (str | Unset): Pass back as `prevCursor` to fetch older items.
    """

    items: list[HistoryItem]
    next_cursor: str | Unset = UNSET
    prev_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        items_list: list[Any] = []
        for items_item in self.items:
            items_out = items_item.to_dict()

            items_list.append(items_out)
        field_dict["items"] = items_list

        if self.next_cursor is not UNSET:
            field_dict["nextCursor"] = self.next_cursor

        if self.prev_cursor is not UNSET:
            field_dict["prevCursor"] = self.prev_cursor

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
            items = src_dict["items"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(items, list):
            raise TypeMismatch("array", items, "items")
        items_list: list[Any] = []
        try:
            for items_item in items:
                items_item = HistoryItem.from_dict(items_item)

                items_list.append(items_item)
        except TypeMismatch as _exc:
            _exc.prepend("items", len(items_list))
            raise
        items = items_list

        _seen = 1
        next_cursor = src_dict.get("nextCursor", UNSET)
        if next_cursor is not UNSET:
            _seen += 1
            if not isinstance(next_cursor, str):
                raise TypeMismatch("string", next_cursor, "nextCursor")

        prev_cursor = src_dict.get("prevCursor", UNSET)
        if prev_cursor is not UNSET:
            _seen += 1
            if not isinstance(prev_cursor, str):
                raise TypeMismatch("string", prev_cursor, "prevCursor")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.items = items
        _model.next_cursor = next_cursor
        _model.prev_cursor = prev_cursor
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.history_item import HistoryItem  # noqa: E402
