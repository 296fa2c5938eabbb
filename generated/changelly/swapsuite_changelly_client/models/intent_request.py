from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import original_text

T = TypeVar("T", bound="IntentRequest")
_KNOWN_KEYS = frozenset(
    (
        "quote_id",
        "from",
        "to",
    )
)


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

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _quote_id_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["quote_id"] = original_text(self.quote_id, self._quote_id_text, UUID) or str(self.quote_id)

        field_dict["from"] = self.from_.to_dict()

        field_dict["to"] = self.to.to_dict()

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
            quote_id = src_dict["quote_id"]
            from_ = src_dict["from"]
            to = src_dict["to"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        _quote_id_text: str | None = None
        if not isinstance(quote_id, str):
            raise TypeMismatch("uuid string", quote_id, "quote_id")
        try:
            _quote_id_text, quote_id = quote_id, UUID(quote_id)
        except ValueError:
            raise TypeMismatch("uuid string", quote_id, "quote_id") from None

        try:
            from_ = IntentRequestFrom.from_dict(from_)
        except TypeMismatch as _exc:
            _exc.prepend("from")
            raise

        try:
            to = IntentRequestTo.from_dict(to)
        except TypeMismatch as _exc:
            _exc.prepend("to")
            raise

        _seen = 3
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.quote_id = quote_id
        _model._quote_id_text = _quote_id_text
        _model.from_ = from_
        _model.to = to
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
from ..models.intent_request_from import IntentRequestFrom  # noqa: E402
from ..models.intent_request_to import IntentRequestTo  # noqa: E402
