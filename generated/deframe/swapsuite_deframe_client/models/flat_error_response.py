from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="FlatErrorResponse")
_KNOWN_KEYS = frozenset(
    (
        "code",
        "message",
        "httpStatus",
        "details",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code.value

        field_dict["message"] = self.message

        if self.http_status is not UNSET:
            field_dict["httpStatus"] = self.http_status

        if self.details is not UNSET:
            if isinstance(self.details, FlatErrorResponseDetailsType0):
                field_dict["details"] = self.details.to_dict()

            else:
                field_dict["details"] = self.details

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
            code = src_dict["code"]
            message = src_dict["message"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(code, str):
            raise TypeMismatch("string", code, "code")
        code = _ErrorCode_BY_VALUE.get(code) or ErrorCode(code)

        if not isinstance(message, str):
            raise TypeMismatch("string", message, "message")

        _seen = 2
        http_status = src_dict.get("httpStatus", UNSET)
        if http_status is not UNSET:
            _seen += 1
            if not (type(http_status) is int or is_integer(http_status)):
                raise TypeMismatch("integer", http_status, "httpStatus")

        details = src_dict.get("details", UNSET)
        if details is not UNSET:
            _seen += 1
            if details is None:
                pass

            elif isinstance(details, Mapping):
                try:
                    details = FlatErrorResponseDetailsType0.from_dict(details)
                except TypeMismatch as _exc:
                    _exc.prepend("details")
                    raise

            else:
                raise TypeMismatch("object | null", details, "details")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.code = code
        _model.message = message
        _model.http_status = http_status
        _model.details = details
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
_ErrorCode_BY_VALUE = ErrorCode._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.flat_error_response_details_type_0 import FlatErrorResponseDetailsType0  # noqa: E402
