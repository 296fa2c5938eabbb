from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..models.fee_breakdown_reference_source import FeeBreakdownReferenceSource
from ..types import NUMBER_TYPES, UNSET, Unset, is_number, original_text

T = TypeVar("T", bound="FeeBreakdownReference")
_KNOWN_KEYS = frozenset(
    (
        "amountOutRaw",
        "source",
        "pricedAt",
        "tokenInPriceInUSD",
        "tokenOutPriceInUSD",
        "amountInAfterPlatformFeesRaw",
    )
)


@_attrs_define
class FeeBreakdownReference:
    """Spot-price baseline used to estimate the bridge and slippage impact.

    Attributes:
        amount_out_raw (None | str | Unset): Output the input after platform fees would buy at spot prices. Marked
            nullable (as are the two prices) because the docs allow `source: unavailable`; what is sent then is not
            documented.
        source (FeeBreakdownReferenceSource | Unset): Where the spot prices came from.
        priced_at (datetime.datetime | Unset): When the spot prices were taken.
        token_in_price_in_usd (float | None | Unset):
        token_out_price_in_usd (float | None | Unset):
        amount_in_after_platform_fees_raw (str | Unset): Input amount after platform fees.
    """

    amount_out_raw: None | str | Unset = UNSET
    source: FeeBreakdownReferenceSource | Unset = UNSET
    priced_at: datetime.datetime | Unset = UNSET
    token_in_price_in_usd: float | None | Unset = UNSET
    token_out_price_in_usd: float | None | Unset = UNSET
    amount_in_after_platform_fees_raw: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _priced_at_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.amount_out_raw is not UNSET:
            field_dict["amountOutRaw"] = self.amount_out_raw

        if self.source is not UNSET:
            field_dict["source"] = self.source.value

        if self.priced_at is not UNSET:
            field_dict["pricedAt"] = (
                original_text(self.priced_at, self._priced_at_text, datetime.datetime.fromisoformat)
                or self.priced_at.isoformat()
            )

        if self.token_in_price_in_usd is not UNSET:
            field_dict["tokenInPriceInUSD"] = self.token_in_price_in_usd

        if self.token_out_price_in_usd is not UNSET:
            field_dict["tokenOutPriceInUSD"] = self.token_out_price_in_usd

        if self.amount_in_after_platform_fees_raw is not UNSET:
            field_dict["amountInAfterPlatformFeesRaw"] = self.amount_in_after_platform_fees_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        amount_out_raw = src_dict.get("amountOutRaw", UNSET)
        if amount_out_raw is not UNSET:
            _seen += 1
            if amount_out_raw is None:
                pass

            elif isinstance(amount_out_raw, str):
                pass

            else:
                raise TypeMismatch("string | null", amount_out_raw, "amountOutRaw")

        source = src_dict.get("source", UNSET)
        if source is not UNSET:
            _seen += 1
            if not isinstance(source, str):
                raise TypeMismatch("string", source, "source")
            source = _FeeBreakdownReferenceSource_BY_VALUE.get(source) or FeeBreakdownReferenceSource(source)

        priced_at = src_dict.get("pricedAt", UNSET)
        _priced_at_text: str | None = None
        if priced_at is not UNSET:
            _seen += 1
            if not isinstance(priced_at, str):
                raise TypeMismatch("date-time string", priced_at, "pricedAt")
            try:
                _priced_at_text, priced_at = priced_at, _parse_datetime(priced_at)
            except ValueError:
                raise TypeMismatch("date-time string", priced_at, "pricedAt") from None

        token_in_price_in_usd = src_dict.get("tokenInPriceInUSD", UNSET)
        if token_in_price_in_usd is not UNSET:
            _seen += 1
            if token_in_price_in_usd is None:
                pass

            elif type(token_in_price_in_usd) in NUMBER_TYPES or is_number(token_in_price_in_usd):
                pass

            else:
                raise TypeMismatch("number | null", token_in_price_in_usd, "tokenInPriceInUSD")

        token_out_price_in_usd = src_dict.get("tokenOutPriceInUSD", UNSET)
        if token_out_price_in_usd is not UNSET:
            _seen += 1
            if token_out_price_in_usd is None:
                pass

            elif type(token_out_price_in_usd) in NUMBER_TYPES or is_number(token_out_price_in_usd):
                pass

            else:
                raise TypeMismatch("number | null", token_out_price_in_usd, "tokenOutPriceInUSD")

        amount_in_after_platform_fees_raw = src_dict.get("amountInAfterPlatformFeesRaw", UNSET)
        if amount_in_after_platform_fees_raw is not UNSET:
            _seen += 1
            if not isinstance(amount_in_after_platform_fees_raw, str):
                raise TypeMismatch("string", amount_in_after_platform_fees_raw, "amountInAfterPlatformFeesRaw")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.amount_out_raw = amount_out_raw
        _model.source = source
        _model.priced_at = priced_at
        _model._priced_at_text = _priced_at_text
        _model.token_in_price_in_usd = token_in_price_in_usd
        _model.token_out_price_in_usd = token_out_price_in_usd
        _model.amount_in_after_platform_fees_raw = amount_in_after_platform_fees_raw
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
_FeeBreakdownReferenceSource_BY_VALUE = (
    FeeBreakdownReferenceSource._value2member_map_
)  # known values only; see from_dict
