from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intent_standard import IntentStandard

T = TypeVar("T", bound="MultiPayloadNarrowed")


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
        standard = self.standard.value

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        standard = IntentStandard(d.pop("standard"))

        payload = d.pop("payload")

        multi_payload_narrowed = cls(
            standard=standard,
            payload=payload,
        )

        multi_payload_narrowed.additional_properties = d
        return multi_payload_narrowed

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
