from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapRefund")
_KNOWN_KEYS = frozenset(
    (
        "address",
        "tx",
        "tx_at",
    )
)


@_attrs_define
class SwapRefund:
    """Refund details of a swap.

    Attributes:
        address (str | Unset): Refund address.
        tx (None | str | Unset): Refund transaction hash, once there is one.
        tx_at (str | Unset): Time of the refund transaction, an ISO 8601 string per the docs (no sample value seen).
    """

    address: str | Unset = UNSET
    tx: None | str | Unset = UNSET
    tx_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.address is not UNSET:
            field_dict["address"] = self.address

        if self.tx is not UNSET:
            field_dict["tx"] = self.tx

        if self.tx_at is not UNSET:
            field_dict["tx_at"] = self.tx_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        address = src_dict.get("address", UNSET)
        if address is not UNSET:
            _seen += 1
            if not isinstance(address, str):
                raise TypeMismatch("string", address, "address")

        tx = src_dict.get("tx", UNSET)
        if tx is not UNSET:
            _seen += 1
            if tx is None:
                pass

            elif isinstance(tx, str):
                pass

            else:
                raise TypeMismatch("string | null", tx, "tx")

        tx_at = src_dict.get("tx_at", UNSET)
        if tx_at is not UNSET:
            _seen += 1
            if not isinstance(tx_at, str):
                raise TypeMismatch("string", tx_at, "tx_at")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.address = address
        _model.tx = tx
        _model.tx_at = tx_at
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
