from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset, original_text

T = TypeVar("T", bound="IntentStatus")
_KNOWN_KEYS = frozenset(
    (
        "status",
        "from",
        "to",
        "intent_id",
    )
)


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

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _intent_id_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status.value

        field_dict["from"] = self.from_.to_dict()

        field_dict["to"] = self.to.to_dict()

        if self.intent_id is not UNSET:
            field_dict["intent_id"] = original_text(self.intent_id, self._intent_id_text, UUID) or str(self.intent_id)

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
            status = src_dict["status"]
            from_ = src_dict["from"]
            to = src_dict["to"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(status, str):
            raise TypeMismatch("string", status, "status")
        status = _SwapStatus_BY_VALUE.get(status) or SwapStatus(status)

        try:
            from_ = SwapFrom.from_dict(from_)
        except TypeMismatch as _exc:
            _exc.prepend("from")
            raise

        try:
            to = SwapTo.from_dict(to)
        except TypeMismatch as _exc:
            _exc.prepend("to")
            raise

        _seen = 3
        intent_id = src_dict.get("intent_id", UNSET)
        _intent_id_text: str | None = None
        if intent_id is not UNSET:
            _seen += 1
            if not isinstance(intent_id, str):
                raise TypeMismatch("uuid string", intent_id, "intent_id")
            try:
                _intent_id_text, intent_id = intent_id, UUID(intent_id)
            except ValueError:
                raise TypeMismatch("uuid string", intent_id, "intent_id") from None

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.status = status
        _model.from_ = from_
        _model.to = to
        _model.intent_id = intent_id
        _model._intent_id_text = _intent_id_text
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
_SwapStatus_BY_VALUE = SwapStatus._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.swap_from import SwapFrom  # noqa: E402
from ..models.swap_to import SwapTo  # noqa: E402
