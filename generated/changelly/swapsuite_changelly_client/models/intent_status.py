from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swap_status import SwapStatus

if TYPE_CHECKING:
    from ..models.swap_from import SwapFrom
    from ..models.swap_to import SwapTo


T = TypeVar("T", bound="IntentStatus")


@_attrs_define
class IntentStatus:
    """State of one intent and its swap. Truncated in public docs after the `to` object; further fields (likely those of
    `Swap`) may appear.

        Attributes:
            intent_id (UUID): Intent id (the docs' table says "Number"; it is a UUID string).
            status (SwapStatus): Combined state of an intent and the swap that fills it:
                * `created` - intent exists, no approval submitted yet
                * `approved` - the user's signature was attached
                * `verified` - a resolver accepted the intent
                * `failed` - the resolver declined the intent (terminal)
                * `deposited` - the resolver escrowed the user's funds on the source chain
                * `finished` - the user received the destination funds (terminal)
                * `expired` - the intent lapsed before completion (terminal)
                * `refunded` - the user's funds were returned (terminal)

                Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while the newest
                swap-list sample returns lowercase `created`. The newest sample is followed; the page that lists the values
                for the current API was not retrievable.
            from_ (SwapFrom): Source side of a swap.
            to (SwapTo): Destination side of a swap.
    """

    intent_id: UUID
    status: SwapStatus
    from_: SwapFrom
    to: SwapTo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_id = str(self.intent_id)

        status = self.status.value

        from_ = self.from_.to_dict()

        to = self.to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent_id": intent_id,
                "status": status,
                "from": from_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.swap_from import SwapFrom  # noqa: PLC0415
        from ..models.swap_to import SwapTo  # noqa: PLC0415

        d = dict(src_dict)
        intent_id = UUID(d.pop("intent_id"))

        status = SwapStatus(d.pop("status"))

        from_ = SwapFrom.from_dict(d.pop("from"))

        to = SwapTo.from_dict(d.pop("to"))

        intent_status = cls(
            intent_id=intent_id,
            status=status,
            from_=from_,
            to=to,
        )

        intent_status.additional_properties = d
        return intent_status

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
