from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, original_text

T = TypeVar("T", bound="BadRequestResponse")
_KNOWN_KEYS = frozenset(
    (
        "message",
        "correlationId",
        "timestamp",
        "path",
    )
)


@_attrs_define
class BadRequestResponse:
    """Error body used by 1Click for 400 and 404 responses. Only `message` is guaranteed; live responses also
    carry `correlationId`, `timestamp` and `path`.

        Attributes:
            message (str): Human-readable reason. Example: error message.
            correlation_id (str | Unset): Identifier of the failed call (UUID). Not in the upstream schema; present in live
                400 bodies (2026).
                 Example: 9298d720-9929-4e32-8e42-cf778376568a.
            timestamp (datetime.datetime | Unset): When the error occurred. Not in the upstream schema; present in live 400
                bodies (2026). Example: 2026-09-21T02:33:15.550Z.
            path (str | Unset): Request path that failed. Not in the upstream schema; present in live 400 bodies (2026).
                Example: /v0/quote.
    """

    message: str
    correlation_id: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _timestamp_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = self.message

        if self.correlation_id is not UNSET:
            field_dict["correlationId"] = self.correlation_id

        if self.timestamp is not UNSET:
            field_dict["timestamp"] = (
                original_text(self.timestamp, self._timestamp_text, datetime.datetime.fromisoformat)
                or self.timestamp.isoformat()
            )

        if self.path is not UNSET:
            field_dict["path"] = self.path

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
            message = src_dict["message"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(message, str):
            raise TypeMismatch("string", message, "message")

        _seen = 1
        correlation_id = src_dict.get("correlationId", UNSET)
        if correlation_id is not UNSET:
            _seen += 1
            if not isinstance(correlation_id, str):
                raise TypeMismatch("string", correlation_id, "correlationId")

        timestamp = src_dict.get("timestamp", UNSET)
        _timestamp_text: str | None = None
        if timestamp is not UNSET:
            _seen += 1
            if not isinstance(timestamp, str):
                raise TypeMismatch("date-time string", timestamp, "timestamp")
            try:
                _timestamp_text, timestamp = timestamp, _parse_datetime(timestamp)
            except ValueError:
                raise TypeMismatch("date-time string", timestamp, "timestamp") from None

        path = src_dict.get("path", UNSET)
        if path is not UNSET:
            _seen += 1
            if not isinstance(path, str):
                raise TypeMismatch("string", path, "path")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.message = message
        _model.correlation_id = correlation_id
        _model.timestamp = timestamp
        _model._timestamp_text = _timestamp_text
        _model.path = path
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
_parse_datetime = datetime.datetime.fromisoformat
