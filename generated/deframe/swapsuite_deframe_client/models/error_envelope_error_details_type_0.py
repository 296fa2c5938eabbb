from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_envelope_error_details_type_0_errors_item import ErrorEnvelopeErrorDetailsType0ErrorsItem


T = TypeVar("T", bound="ErrorEnvelopeErrorDetailsType0")


@_attrs_define
class ErrorEnvelopeErrorDetailsType0:
    """Extra structured context, only when there is some: validation issues under `errors` (422) and domain data such as
    `needsSignUp`.

        Attributes:
            errors (list[ErrorEnvelopeErrorDetailsType0ErrorsItem] | Unset): One entry per invalid field (422 only).
    """

    errors: list[ErrorEnvelopeErrorDetailsType0ErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_envelope_error_details_type_0_errors_item import ErrorEnvelopeErrorDetailsType0ErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[ErrorEnvelopeErrorDetailsType0ErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorEnvelopeErrorDetailsType0ErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        error_envelope_error_details_type_0 = cls(
            errors=errors,
        )

        error_envelope_error_details_type_0.additional_properties = d
        return error_envelope_error_details_type_0

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
