from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.intent_request_from import IntentRequestFrom
    from ..models.intent_request_to import IntentRequestTo


T = TypeVar("T", bound="IntentRequest")


@_attrs_define
class IntentRequest:
    """
    Attributes:
        quote_id (UUID): Id of a quote obtained from `createQuote`.
        from_ (IntentRequestFrom):
        to (IntentRequestTo):
    """

    quote_id: UUID
    from_: IntentRequestFrom
    to: IntentRequestTo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = str(self.quote_id)

        from_ = self.from_.to_dict()

        to = self.to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quote_id": quote_id,
                "from": from_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intent_request_from import IntentRequestFrom  # noqa: PLC0415
        from ..models.intent_request_to import IntentRequestTo  # noqa: PLC0415

        d = dict(src_dict)
        quote_id = UUID(d.pop("quote_id"))

        from_ = IntentRequestFrom.from_dict(d.pop("from"))

        to = IntentRequestTo.from_dict(d.pop("to"))

        intent_request = cls(
            quote_id=quote_id,
            from_=from_,
            to=to,
        )

        intent_request.additional_properties = d
        return intent_request

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
