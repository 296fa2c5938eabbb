from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote import Quote
    from ..models.quote_request import QuoteRequest


T = TypeVar("T", bound="QuoteResponse")


@_attrs_define
class QuoteResponse:
    """A signed quote together with the request it answers.

    Attributes:
        timestamp (datetime.datetime): Moment used to derive the deposit address; also part of the signed payload.
            Example: 2019-08-24T14:15:22Z.
        signature (str): Signature of the 1Click service over the quote, as `ed25519:<base58>`. Store it with the
            complete
            quote; it is needed to settle disputes or errors.
             Example: ed25519:53wcpim7FDNLbBHVezUpakthWq2TR9Lag3PwW3e8Cxmz4bFEodcc4rui5BiVHRRaHocYE9URVapzJD8JxLNDs8K9.
        quote_request (QuoteRequest): What the caller wants to swap. Also echoed back as `QuoteResponse.quoteRequest`;
            in that echo the
            optional fields may be `null`.
        quote (Quote): Priced result of a quote request. Dry quotes omit `depositAddress`, `deadline` and
            `timeWhenInactive`.
            Optional fields may be `null` in echoes (same reasoning as for `QuoteRequest`).
        correlation_id (str | Unset): Identifier of the API call (UUID), for tracing and support requests. Always sent
            by `/v0/quote`.
            Upstream marks it required, but the `quoteResponse` nested in `/v0/status` responses comes without
            it (live recordings, 2026), so it is optional here. Not covered by `signature`.
             Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    timestamp: datetime.datetime
    signature: str
    quote_request: QuoteRequest
    quote: Quote
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        signature = self.signature

        quote_request = self.quote_request.to_dict()

        quote = self.quote.to_dict()

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "signature": signature,
                "quoteRequest": quote_request,
                "quote": quote,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote import Quote  # noqa: PLC0415
        from ..models.quote_request import QuoteRequest  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        signature = d.pop("signature")

        quote_request = QuoteRequest.from_dict(d.pop("quoteRequest"))

        quote = Quote.from_dict(d.pop("quote"))

        correlation_id = d.pop("correlationId", UNSET)

        quote_response = cls(
            timestamp=timestamp,
            signature=signature,
            quote_request=quote_request,
            quote=quote,
            correlation_id=correlation_id,
        )

        quote_response.additional_properties = d
        return quote_response

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
