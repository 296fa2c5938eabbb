from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_payload_narrowed import MultiPayloadNarrowed


T = TypeVar("T", bound="GenerateIntentResponse")


@_attrs_define
class GenerateIntentResponse:
    """The unsigned intent. `correlationId` is optional by the tolerant-reader rule (only the SDK model shows it).

    Attributes:
        intent (MultiPayloadNarrowed): An unsigned intent to be signed in the given standard (`standard` and `payload`
            only).
        correlation_id (str | Unset): Identifier of the call, for tracing.
    """

    intent: MultiPayloadNarrowed
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent.to_dict()

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_payload_narrowed import MultiPayloadNarrowed  # noqa: PLC0415

        d = dict(src_dict)
        intent = MultiPayloadNarrowed.from_dict(d.pop("intent"))

        correlation_id = d.pop("correlationId", UNSET)

        generate_intent_response = cls(
            intent=intent,
            correlation_id=correlation_id,
        )

        generate_intent_response.additional_properties = d
        return generate_intent_response

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
