from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexer_error_data import IndexerErrorData


T = TypeVar("T", bound="IndexerError")


@_attrs_define
class IndexerError:
    """Error envelope of the Across indexer, which serves `/deposit/status` and `/deposits`. `error` is the
    exception name — `DepositNotFoundException` (404), `IncorrectQueryParamsException` and
    `IndexParamOutOfRangeException` (400), `ValidationError` (400, malformed parameter), `UnknownError` (500).

        Attributes:
            error (str): Exception name.
            message (str): Human-readable explanation.
            data (IndexerErrorData | Unset): Extra context, when the exception carries any.
    """

    error: str
    message: str
    data: IndexerErrorData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexer_error_data import IndexerErrorData  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        _data = d.pop("data", UNSET)
        data: IndexerErrorData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = IndexerErrorData.from_dict(_data)

        indexer_error = cls(
            error=error,
            message=message,
            data=data,
        )

        indexer_error.additional_properties = d
        return indexer_error

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
