from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch

T = TypeVar("T", bound="Eip712TypedData")
_KNOWN_KEYS = frozenset(
    (
        "domain",
        "types",
        "value",
    )
)


@_attrs_define
class Eip712TypedData:
    """EIP-712 typed data to sign (permit/authorization flows).

    Attributes:
        domain (Eip712Domain): EIP-712 domain separator fields.
        types (Eip712TypedDataTypes): Struct definitions keyed by type name.
        value (Eip712TypedDataValue): Message to sign.
    """

    domain: Eip712Domain
    types: Eip712TypedDataTypes
    value: Eip712TypedDataValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["domain"] = self.domain.to_dict()

        field_dict["types"] = self.types.to_dict()

        field_dict["value"] = self.value.to_dict()

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
            domain = src_dict["domain"]
            types = src_dict["types"]
            value = src_dict["value"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        try:
            domain = Eip712Domain.from_dict(domain)
        except TypeMismatch as _exc:
            _exc.prepend("domain")
            raise

        try:
            types = Eip712TypedDataTypes.from_dict(types)
        except TypeMismatch as _exc:
            _exc.prepend("types")
            raise

        try:
            value = Eip712TypedDataValue.from_dict(value)
        except TypeMismatch as _exc:
            _exc.prepend("value")
            raise

        _seen = 3
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.domain = domain
        _model.types = types
        _model.value = value
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
from ..models.eip_712_domain import Eip712Domain  # noqa: E402
from ..models.eip_712_typed_data_types import Eip712TypedDataTypes  # noqa: E402
from ..models.eip_712_typed_data_value import Eip712TypedDataValue  # noqa: E402
