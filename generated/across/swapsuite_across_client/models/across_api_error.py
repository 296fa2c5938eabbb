from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.across_api_error_type import AcrossApiErrorType
from ..models.across_error_code import AcrossErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simulation_transaction import SimulationTransaction


T = TypeVar("T", bound="AcrossApiError")


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
        type_ = self.type_.value

        status = self.status

        message = self.message

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        param = self.param

        id = self.id

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "status": status,
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param
        if id is not UNSET:
            field_dict["id"] = id
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_transaction import SimulationTransaction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AcrossApiErrorType(d.pop("type"))

        status = d.pop("status")

        message = d.pop("message")

        _code = d.pop("code", UNSET)
        code: AcrossErrorCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = AcrossErrorCode(_code)

        param = d.pop("param", UNSET)

        id = d.pop("id", UNSET)

        _transaction = d.pop("transaction", UNSET)
        transaction: SimulationTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = SimulationTransaction.from_dict(_transaction)

        across_api_error = cls(
            type_=type_,
            status=status,
            message=message,
            code=code,
            param=param,
            id=id,
            transaction=transaction,
        )

        across_api_error.additional_properties = d
        return across_api_error

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
