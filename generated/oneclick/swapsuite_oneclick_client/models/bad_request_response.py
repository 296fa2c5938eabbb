from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BadRequestResponse")


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

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        correlation_id = self.correlation_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        correlation_id = d.pop("correlationId", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        path = d.pop("path", UNSET)

        bad_request_response = cls(
            message=message,
            correlation_id=correlation_id,
            timestamp=timestamp,
            path=path,
        )

        bad_request_response.additional_properties = d
        return bad_request_response

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
