from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorEnvelopeErrorDetailsType0ErrorsItem")


@_attrs_define
class ErrorEnvelopeErrorDetailsType0ErrorsItem:
    """
    Attributes:
        path (list[int | str] | str): Location of the invalid field. zod reports it as a list of keys and indexes;
            whether the API joins it into one string is not documented, so both are accepted.
        message (str):
    """

    path: list[int | str] | str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: list[int | str] | str
        if isinstance(self.path, list):
            path = []
            for path_type_1_item_data in self.path:
                path_type_1_item: int | str
                path_type_1_item = path_type_1_item_data
                path.append(path_type_1_item)

        else:
            path = self.path

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_path(data: object) -> list[int | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                path_type_1 = []
                _path_type_1 = data
                for path_type_1_item_data in _path_type_1:

                    def _parse_path_type_1_item(data: object) -> int | str:
                        return cast(int | str, data)

                    path_type_1_item = _parse_path_type_1_item(path_type_1_item_data)

                    path_type_1.append(path_type_1_item)

                return path_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | str, data)

        path = _parse_path(d.pop("path"))

        message = d.pop("message")

        error_envelope_error_details_type_0_errors_item = cls(
            path=path,
            message=message,
        )

        error_envelope_error_details_type_0_errors_item.additional_properties = d
        return error_envelope_error_details_type_0_errors_item

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
