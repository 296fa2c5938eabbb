from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitIntentResponse")


@_attrs_define
class SubmitIntentResponse:
    """The accepted intent.

    Attributes:
        intent_hash (str): Hash of the submitted intent.
        correlation_id (str | Unset): Identifier of the call, for tracing.
    """

    intent_hash: str
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_hash = self.intent_hash

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intentHash": intent_hash,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent_hash = d.pop("intentHash")

        correlation_id = d.pop("correlationId", UNSET)

        submit_intent_response = cls(
            intent_hash=intent_hash,
            correlation_id=correlation_id,
        )

        submit_intent_response.additional_properties = d
        return submit_intent_response

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
