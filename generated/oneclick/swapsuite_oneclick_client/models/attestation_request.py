from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch

T = TypeVar("T", bound="AttestationRequest")
_KNOWN_KEYS = frozenset(
    (
        "depositAddress",
        "quoteHash",
    )
)


@_attrs_define
class AttestationRequest:
    """What to attest (cow-sdk `GetAttestationRequest`).

    Attributes:
        deposit_address (str): The quote's EVM deposit address (checksummed in cow-sdk). Example:
            0xAd8b7139196c5ae9fb66B71C91d87A1F9071687e.
        quote_hash (str): 0x + hex SHA-256 of the quote's minimal signed payload with `dry` false.
    """

    deposit_address: str
    quote_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["depositAddress"] = self.deposit_address

        field_dict["quoteHash"] = self.quote_hash

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
            deposit_address = src_dict["depositAddress"]
            quote_hash = src_dict["quoteHash"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(deposit_address, str):
            raise TypeMismatch("string", deposit_address, "depositAddress")

        if not isinstance(quote_hash, str):
            raise TypeMismatch("string", quote_hash, "quoteHash")

        _seen = 2
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.deposit_address = deposit_address
        _model.quote_hash = quote_hash
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
