from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.swap_from import SwapFrom
    from ..models.swap_to import SwapTo


T = TypeVar("T", bound="IntentStatus")


@_attrs_define
class IntentStatus:
    """State of one intent and its swap. Truncated in public docs after the `to` object; further fields (likely those of
    `Swap`) may appear.

        Attributes:
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
                swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as the newest
                sample); the page that lists the values for the current API was not retrievable. Compare statuses
                case-insensitively.
            from_ (SwapFrom): Source side of a swap. Only what the adapter reads is required (`amount`, `decimals`); the
                rest is in every sample.
            to (SwapTo): Destination side of a swap. Nothing is required: the adapter reports no delivered amount (Changelly
                documents only bounds) and reads only the transaction hash.
            intent_id (UUID | Unset): Intent id (the docs' table says "Number"; it is a UUID string).
    """

    status: SwapStatus
    from_: SwapFrom
    to: SwapTo
    intent_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        from_ = self.from_.to_dict()

        to = self.to.to_dict()

        intent_id: str | Unset = UNSET
        if not isinstance(self.intent_id, Unset):
            intent_id = str(self.intent_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "from": from_,
                "to": to,
            }
        )
        if intent_id is not UNSET:
            field_dict["intent_id"] = intent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.swap_from import SwapFrom  # noqa: PLC0415
        from ..models.swap_to import SwapTo  # noqa: PLC0415

        d = dict(src_dict)
        status = SwapStatus(d.pop("status"))

        from_ = SwapFrom.from_dict(d.pop("from"))

        to = SwapTo.from_dict(d.pop("to"))

        _intent_id = d.pop("intent_id", UNSET)
        intent_id: UUID | Unset
        if isinstance(_intent_id, Unset):
            intent_id = UNSET
        else:
            intent_id = UUID(_intent_id)

        intent_status = cls(
            status=status,
            from_=from_,
            to=to,
            intent_id=intent_id,
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
