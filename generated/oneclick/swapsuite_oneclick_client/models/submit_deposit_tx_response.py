from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_response import QuoteResponse
    from ..models.swap_details import SwapDetails


T = TypeVar("T", bound="SubmitDepositTxResponse")


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

    def to_dict(self) -> dict[str, Any]:
        quote_response = self.quote_response.to_dict()

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        swap_details = self.swap_details.to_dict()

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteResponse": quote_response,
                "status": status,
                "updatedAt": updated_at,
                "swapDetails": swap_details,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_response import QuoteResponse  # noqa: PLC0415
        from ..models.swap_details import SwapDetails  # noqa: PLC0415

        d = dict(src_dict)
        quote_response = QuoteResponse.from_dict(d.pop("quoteResponse"))

        status = SwapStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        swap_details = SwapDetails.from_dict(d.pop("swapDetails"))

        correlation_id = d.pop("correlationId", UNSET)

        submit_deposit_tx_response = cls(
            quote_response=quote_response,
            status=status,
            updated_at=updated_at,
            swap_details=swap_details,
            correlation_id=correlation_id,
        )

        submit_deposit_tx_response.additional_properties = d
        return submit_deposit_tx_response

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
