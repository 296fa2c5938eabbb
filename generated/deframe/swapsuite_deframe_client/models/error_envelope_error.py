from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_envelope_error_details_type_0 import ErrorEnvelopeErrorDetailsType0


T = TypeVar("T", bound="ErrorEnvelopeError")


@_attrs_define
class ErrorEnvelopeError:
    """
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
        message (str): Human-readable explanation.
        details (ErrorEnvelopeErrorDetailsType0 | None | Unset): Extra structured context, only when there is some:
            validation issues under `errors` (422) and domain data such as `needsSignUp`.
    """

    code: ErrorCode
    message: str
    details: ErrorEnvelopeErrorDetailsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_envelope_error_details_type_0 import ErrorEnvelopeErrorDetailsType0  # noqa: PLC0415

        code = self.code.value

        message = self.message

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, ErrorEnvelopeErrorDetailsType0):
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
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_envelope_error_details_type_0 import ErrorEnvelopeErrorDetailsType0  # noqa: PLC0415

        d = dict(src_dict)
        code = ErrorCode(d.pop("code"))

        message = d.pop("message")

        def _parse_details(data: object) -> ErrorEnvelopeErrorDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = ErrorEnvelopeErrorDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorEnvelopeErrorDetailsType0 | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        error_envelope_error = cls(
            code=code,
            message=message,
            details=details,
        )

        error_envelope_error.additional_properties = d
        return error_envelope_error

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
