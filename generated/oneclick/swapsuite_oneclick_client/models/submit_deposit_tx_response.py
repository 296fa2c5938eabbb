from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset, original_text

T = TypeVar("T", bound="SubmitDepositTxResponse")
_KNOWN_KEYS = frozenset(
    (
        "quoteResponse",
        "status",
        "updatedAt",
        "swapDetails",
        "correlationId",
    )
)


@_attrs_define
class SubmitDepositTxResponse:
    """Status of the swap after the deposit notification; same shape as `GetExecutionStatusResponse`.

    Attributes:
        quote_response (QuoteResponse): A signed quote together with the request it answers.
        status (SwapStatus): Lifecycle state of a swap (`GetExecutionStatusResponse.status`,
            `SubmitDepositTxResponse.status`).
            - `PENDING_DEPOSIT`: waiting for funds to reach the deposit address.
            - `KNOWN_DEPOSIT_TX`: the deposit transaction is known (e.g. submitted via `/v0/deposit/submit`) but
              not yet processed.
            - `INCOMPLETE_DEPOSIT`: funds arrived but less than the quoted or bridge minimum.
            - `PROCESSING`: the deposit was detected and market makers are executing the swap.
            - `SUCCESS`: the output was delivered to the recipient. Final.
            - `REFUNDED`: the swap did not complete and the funds went back to `refundTo`. Final.
            - `FAILED`: the swap failed with an error. Final.
        updated_at (datetime.datetime): When the status last changed.
        swap_details (SwapDetails): What actually happened so far. Fields not yet known are `null` in live responses
            (e.g. the amounts
            and `slippage` while `PROCESSING`), so every optional field is nullable.
        correlation_id (str | Unset): Identifier of this API call (UUID), for tracing and support requests. Optional by
            the tolerant-reader
            rule: cow-sdk's status payload (evidence oneclick/status-cow-sdk-success) has none.
             Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    quote_response: QuoteResponse
    status: SwapStatus
    updated_at: datetime.datetime
    swap_details: SwapDetails
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _updated_at_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["quoteResponse"] = self.quote_response.to_dict()

        field_dict["status"] = self.status.value

        field_dict["updatedAt"] = (
            original_text(self.updated_at, self._updated_at_text, datetime.datetime.fromisoformat)
            or self.updated_at.isoformat()
        )

        field_dict["swapDetails"] = self.swap_details.to_dict()

        if self.correlation_id is not UNSET:
            field_dict["correlationId"] = self.correlation_id

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
            quote_response = src_dict["quoteResponse"]
            status = src_dict["status"]
            updated_at = src_dict["updatedAt"]
            swap_details = src_dict["swapDetails"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        try:
            quote_response = QuoteResponse.from_dict(quote_response)
        except TypeMismatch as _exc:
            _exc.prepend("quoteResponse")
            raise

        if not isinstance(status, str):
            raise TypeMismatch("string", status, "status")
        status = _SwapStatus_BY_VALUE.get(status) or SwapStatus(status)

        _updated_at_text: str | None = None
        if not isinstance(updated_at, str):
            raise TypeMismatch("date-time string", updated_at, "updatedAt")
        try:
            _updated_at_text, updated_at = updated_at, _parse_datetime(updated_at)
        except ValueError:
            raise TypeMismatch("date-time string", updated_at, "updatedAt") from None

        try:
            swap_details = SwapDetails.from_dict(swap_details)
        except TypeMismatch as _exc:
            _exc.prepend("swapDetails")
            raise

        _seen = 4
        correlation_id = src_dict.get("correlationId", UNSET)
        if correlation_id is not UNSET:
            _seen += 1
            if not isinstance(correlation_id, str):
                raise TypeMismatch("string", correlation_id, "correlationId")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.quote_response = quote_response
        _model.status = status
        _model.updated_at = updated_at
        _model._updated_at_text = _updated_at_text
        _model.swap_details = swap_details
        _model.correlation_id = correlation_id
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
_SwapStatus_BY_VALUE = SwapStatus._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.quote_response import QuoteResponse  # noqa: E402
from ..models.swap_details import SwapDetails  # noqa: E402
