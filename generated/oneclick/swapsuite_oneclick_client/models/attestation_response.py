from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import NUMBER_TYPES, UNSET, Unset, is_number

T = TypeVar("T", bound="AttestationResponse")
_KNOWN_KEYS = frozenset(
    (
        "signature",
        "version",
    )
)


@_attrs_define
class AttestationResponse:
    """A secp256k1 signature (r ‖ s ‖ v, 0x-hex) by the attestor key, and the attestation format version.

    Attributes:
        signature (str): 0x-prefixed 65-byte signature.
        version (float | Unset): Attestation format version (1).
    """

    signature: str
    version: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["signature"] = self.signature

        if self.version is not UNSET:
            field_dict["version"] = self.version

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
            signature = src_dict["signature"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(signature, str):
            raise TypeMismatch("string", signature, "signature")

        _seen = 1
        version = src_dict.get("version", UNSET)
        if version is not UNSET:
            _seen += 1
            if not (type(version) in NUMBER_TYPES or is_number(version)):
                raise TypeMismatch("number", version, "version")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.signature = signature
        _model.version = version
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
