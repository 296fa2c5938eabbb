from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, original_text

T = TypeVar("T", bound="QuoteResponse")
_KNOWN_KEYS = frozenset(
    (
        "timestamp",
        "signature",
        "quoteRequest",
        "quote",
        "correlationId",
    )
)


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

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _timestamp_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["timestamp"] = (
            original_text(self.timestamp, self._timestamp_text, datetime.datetime.fromisoformat)
            or self.timestamp.isoformat()
        )

        field_dict["signature"] = self.signature

        field_dict["quoteRequest"] = self.quote_request.to_dict()

        field_dict["quote"] = self.quote.to_dict()

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
            timestamp = src_dict["timestamp"]
            signature = src_dict["signature"]
            quote_request = src_dict["quoteRequest"]
            quote = src_dict["quote"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        _timestamp_text: str | None = None
        if not isinstance(timestamp, str):
            raise TypeMismatch("date-time string", timestamp, "timestamp")
        try:
            _timestamp_text, timestamp = timestamp, _parse_datetime(timestamp)
        except ValueError:
            raise TypeMismatch("date-time string", timestamp, "timestamp") from None

        if not isinstance(signature, str):
            raise TypeMismatch("string", signature, "signature")

        try:
            quote_request = QuoteRequest.from_dict(quote_request)
        except TypeMismatch as _exc:
            _exc.prepend("quoteRequest")
            raise

        try:
            quote = Quote.from_dict(quote)
        except TypeMismatch as _exc:
            _exc.prepend("quote")
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
        _model.timestamp = timestamp
        _model._timestamp_text = _timestamp_text
        _model.signature = signature
        _model.quote_request = quote_request
        _model.quote = quote
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.quote import Quote  # noqa: E402
from ..models.quote_request import QuoteRequest  # noqa: E402
