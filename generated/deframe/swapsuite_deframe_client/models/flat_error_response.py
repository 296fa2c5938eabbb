from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flat_error_response_details_type_0 import FlatErrorResponseDetailsType0


T = TypeVar("T", bound="FlatErrorResponse")


@_attrs_define
class FlatErrorResponse:
    """The older flat error body (older copy of the error-codes page).

    Attributes:
        code (ErrorCode): Error codes from the error-codes page and the quote guide, with their documented HTTP status:
            * Quote: `QUOTE_NOT_FOUND` 404, `QUOTE_EXPIRED` 400, `QUOTE_GENERATION_FAILED` 400,
              `QUOTE_VALIDATION_ERROR` 400.
            * Swap: `NO_ROUTE_FOUND` 400, `INVALID_PREFERRED_PROVIDER` 400, `PREFERRED_PROVIDER_NOT_ELIGIBLE` 400,
              `PREFERRED_PROVIDER_QUOTE_UNAVAILABLE` 400, `PROVIDER_NOT_FOUND` 404, `BYTECODE_GENERATION_FAILED` 500,
              `SWAP_EXECUTION_FAILED` 500.
            * Validation: `INVALID_AMOUNT_PARAMS` 400 (both amounts given), `MISSING_AMOUNT_PARAMS` 400 (neither given),
              `AMOUNT_IN_TOO_LOW` 400, `AMOUNT_IN_TOO_HIGH` 400, `INVALID_SLIPPAGE` 400.
            * Bridge: `TRANSFER_VALIDATION_FAILED` 400, `INSUFFICIENT_AMOUNT_FOR_REFUND` 400.

            The published list is incomplete: the codes sent with 401 (bad API key), 422 (validation) and 429 are not
            documented, so expect values outside this enum.
        message (str):
        http_status (int | Unset): Repeats the HTTP status code.
        details (FlatErrorResponseDetailsType0 | None | Unset): Extra context; null in the documented sample.
    """

    code: ErrorCode
    message: str
    http_status: int | Unset = UNSET
    details: FlatErrorResponseDetailsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flat_error_response_details_type_0 import FlatErrorResponseDetailsType0  # noqa: PLC0415

        code = self.code.value

        message = self.message

        http_status = self.http_status

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, FlatErrorResponseDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if http_status is not UNSET:
            field_dict["httpStatus"] = http_status
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flat_error_response_details_type_0 import FlatErrorResponseDetailsType0  # noqa: PLC0415

        d = dict(src_dict)
        code = ErrorCode(d.pop("code"))

        message = d.pop("message")

        http_status = d.pop("httpStatus", UNSET)

        def _parse_details(data: object) -> FlatErrorResponseDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = FlatErrorResponseDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlatErrorResponseDetailsType0 | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        flat_error_response = cls(
            code=code,
            message=message,
            http_status=http_status,
            details=details,
        )

        flat_error_response.additional_properties = d
        return flat_error_response

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
