from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.intent_standard import IntentStandard

T = TypeVar("T", bound="MultiPayloadNarrowed")
_KNOWN_KEYS = frozenset(
    (
        "standard",
        "payload",
    )
)


@_attrs_define
class MultiPayloadNarrowed:
    """An unsigned intent to be signed in the given standard (`standard` and `payload` only).

    Attributes:
        standard (IntentStandard): Message-signing standard of an intent (one-click-sdk-typescript 0.1.25
            `IntentStandardEnum`).
        payload (Any): The message to sign; a string or an object (NEP-413) depending on `standard`.
    """

    standard: IntentStandard
    payload: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["standard"] = self.standard.value

        field_dict["payload"] = self.payload

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
            standard = src_dict["standard"]
            payload = src_dict["payload"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(standard, str):
            raise TypeMismatch("string", standard, "standard")
        standard = _IntentStandard_BY_VALUE.get(standard) or IntentStandard(standard)

        _seen = 2
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.standard = standard
        _model.payload = payload
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
_IntentStandard_BY_VALUE = IntentStandard._value2member_map_  # known values only; see from_dict
