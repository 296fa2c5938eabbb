from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.across_api_error_type import AcrossApiErrorType
from ..models.across_error_code import AcrossErrorCode
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="AcrossApiError")
_KNOWN_KEYS = frozenset(
    (
        "type",
        "status",
        "message",
        "code",
        "param",
        "id",
        "transaction",
    )
)


@_attrs_define
class AcrossApiError:
    """Error envelope of every app.across.to endpoint (all but `/deposit/status` and `/deposits`). `code` is absent
    for a few errors (e.g. 401 unauthorized, 404 unknown token); `param` names the offending parameter for
    validation errors; `id` is the request id.

        Attributes:
            type_ (AcrossApiErrorType): Always `AcrossApiError`.
            status (int): HTTP status code, repeated in the body.
            message (str): Human-readable explanation.
            code (AcrossErrorCode | Unset): Known `AcrossApiError.code` values (frontend `api/_errors.ts`):
                * 4xx: `INVALID_PARAM`, `INVALID_METHOD`, `MISSING_PARAM`, `SIMULATION_ERROR`, `AMOUNT_TOO_LOW`,
                  `AMOUNT_TOO_HIGH`, `ROUTE_NOT_ENABLED`, `SWAP_LIQUIDITY_INSUFFICIENT`, `SWAP_QUOTE_UNAVAILABLE`,
                  `SWAP_SLIPPAGE_INSUFFICIENT`, `SWAP_TYPE_NOT_GUARANTEED`, `ABI_ENCODING_ERROR`,
                  `SPONSORED_SWAP_SLIPPAGE_TOO_HIGH`, `MAX_BPS_TO_SPONSOR_TOO_HIGH`,
                `SPONSORED_DONATION_BOX_FUNDS_INSUFFICIENT`,
                  `HYPERCORE_ACCOUNT_NOT_INITIALIZED`;
                * 5xx: `UPSTREAM_RPC_ERROR`, `UPSTREAM_HTTP_ERROR`, `UPSTREAM_GATEWAY_TIMEOUT`, `UNEXPECTED_ERROR`;
                * seen only in upstream examples: `INTERNAL_SERVER_ERROR`, `INVALID_REQUEST`.
                The list grows; clients generated from this spec keep unknown codes.
            param (str | Unset): Parameter path the error refers to, when applicable.
            id (str | Unset): Request id, for support.
            transaction (SimulationTransaction | Unset): The transaction whose simulation failed (`SIMULATION_ERROR`).
    """

    type_: AcrossApiErrorType
    status: int
    message: str
    code: AcrossErrorCode | Unset = UNSET
    param: str | Unset = UNSET
    id: str | Unset = UNSET
    transaction: SimulationTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value

        field_dict["status"] = self.status

        field_dict["message"] = self.message

        if self.code is not UNSET:
            field_dict["code"] = self.code.value

        if self.param is not UNSET:
            field_dict["param"] = self.param

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.transaction is not UNSET:
            field_dict["transaction"] = self.transaction.to_dict()

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
            type_ = src_dict["type"]
            status = src_dict["status"]
            message = src_dict["message"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(type_, str):
            raise TypeMismatch("string", type_, "type")
        type_ = _AcrossApiErrorType_BY_VALUE.get(type_) or AcrossApiErrorType(type_)

        if not (type(status) is int or is_integer(status)):
            raise TypeMismatch("integer", status, "status")

        if not isinstance(message, str):
            raise TypeMismatch("string", message, "message")

        _seen = 3
        code = src_dict.get("code", UNSET)
        if code is not UNSET:
            _seen += 1
            if not isinstance(code, str):
                raise TypeMismatch("string", code, "code")
            code = _AcrossErrorCode_BY_VALUE.get(code) or AcrossErrorCode(code)

        param = src_dict.get("param", UNSET)
        if param is not UNSET:
            _seen += 1
            if not isinstance(param, str):
                raise TypeMismatch("string", param, "param")

        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            _seen += 1
            if not isinstance(id, str):
                raise TypeMismatch("string", id, "id")

        transaction = src_dict.get("transaction", UNSET)
        if transaction is not UNSET:
            _seen += 1
            try:
                transaction = SimulationTransaction.from_dict(transaction)
            except TypeMismatch as _exc:
                _exc.prepend("transaction")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.type_ = type_
        _model.status = status
        _model.message = message
        _model.code = code
        _model.param = param
        _model.id = id
        _model.transaction = transaction
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
_AcrossApiErrorType_BY_VALUE = AcrossApiErrorType._value2member_map_  # known values only; see from_dict
_AcrossErrorCode_BY_VALUE = AcrossErrorCode._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.simulation_transaction import SimulationTransaction  # noqa: E402
