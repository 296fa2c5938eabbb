from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_breakdown_reference_source import FeeBreakdownReferenceSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeBreakdownReference")


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

    def to_dict(self) -> dict[str, Any]:
        amount_out_raw: None | str | Unset
        if isinstance(self.amount_out_raw, Unset):
            amount_out_raw = UNSET
        else:
            amount_out_raw = self.amount_out_raw

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        priced_at: str | Unset = UNSET
        if not isinstance(self.priced_at, Unset):
            priced_at = self.priced_at.isoformat()

        token_in_price_in_usd: float | None | Unset
        if isinstance(self.token_in_price_in_usd, Unset):
            token_in_price_in_usd = UNSET
        else:
            token_in_price_in_usd = self.token_in_price_in_usd

        token_out_price_in_usd: float | None | Unset
        if isinstance(self.token_out_price_in_usd, Unset):
            token_out_price_in_usd = UNSET
        else:
            token_out_price_in_usd = self.token_out_price_in_usd

        amount_in_after_platform_fees_raw = self.amount_in_after_platform_fees_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_out_raw is not UNSET:
            field_dict["amountOutRaw"] = amount_out_raw
        if source is not UNSET:
            field_dict["source"] = source
        if priced_at is not UNSET:
            field_dict["pricedAt"] = priced_at
        if token_in_price_in_usd is not UNSET:
            field_dict["tokenInPriceInUSD"] = token_in_price_in_usd
        if token_out_price_in_usd is not UNSET:
            field_dict["tokenOutPriceInUSD"] = token_out_price_in_usd
        if amount_in_after_platform_fees_raw is not UNSET:
            field_dict["amountInAfterPlatformFeesRaw"] = amount_in_after_platform_fees_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount_out_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_out_raw = _parse_amount_out_raw(d.pop("amountOutRaw", UNSET))

        _source = d.pop("source", UNSET)
        source: FeeBreakdownReferenceSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = FeeBreakdownReferenceSource(_source)

        _priced_at = d.pop("pricedAt", UNSET)
        priced_at: datetime.datetime | Unset
        if isinstance(_priced_at, Unset):
            priced_at = UNSET
        else:
            priced_at = datetime.datetime.fromisoformat(_priced_at)

        def _parse_token_in_price_in_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        token_in_price_in_usd = _parse_token_in_price_in_usd(d.pop("tokenInPriceInUSD", UNSET))

        def _parse_token_out_price_in_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        token_out_price_in_usd = _parse_token_out_price_in_usd(d.pop("tokenOutPriceInUSD", UNSET))

        amount_in_after_platform_fees_raw = d.pop("amountInAfterPlatformFeesRaw", UNSET)

        fee_breakdown_reference = cls(
            amount_out_raw=amount_out_raw,
            source=source,
            priced_at=priced_at,
            token_in_price_in_usd=token_in_price_in_usd,
            token_out_price_in_usd=token_out_price_in_usd,
            amount_in_after_platform_fees_raw=amount_in_after_platform_fees_raw,
        )

        fee_breakdown_reference.additional_properties = d
        return fee_breakdown_reference

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
