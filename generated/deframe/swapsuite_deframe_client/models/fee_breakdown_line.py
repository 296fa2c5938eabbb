from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_breakdown_line_asset import FeeBreakdownLineAsset
from ..models.fee_breakdown_line_kind import FeeBreakdownLineKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeBreakdownLine")


@_attrs_define
class FeeBreakdownLine:
    """One fee entry. Zero fees carry `amountRaw` "0" and `amountInUSD` 0. Labels are English; localize them in the UI.
    Only `amountRaw` is required: Pods' demo test payload has a line without `decimals`, and the adapter reads only the
    amount, its `kind` and its `asset`.

        Attributes:
            amount_raw (str): Amount as an integer string in the smallest unit of `asset`. Signed on the `bridgeAndSlippage`
                entry: a negative value means a better price than spot.
            kind (FeeBreakdownLineKind | Unset): Which cost this is. `paymentRail` (the Pix fee of the BRL ramps) appears in
                Pods' demo test payload.
            label (str | Unset):
            decimals (int | Unset):
            symbol (str | Unset):
            asset (FeeBreakdownLineAsset | Unset): Token the amount is denominated in.
            amount_in_usd (float | Unset):
            signed (bool | Unset): True when `amountRaw` may be negative. Shown in the API reference sample, not in its
                field list.
    """

    amount_raw: str
    kind: FeeBreakdownLineKind | Unset = UNSET
    label: str | Unset = UNSET
    decimals: int | Unset = UNSET
    symbol: str | Unset = UNSET
    asset: FeeBreakdownLineAsset | Unset = UNSET
    amount_in_usd: float | Unset = UNSET
    signed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_raw = self.amount_raw

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        label = self.label

        decimals = self.decimals

        symbol = self.symbol

        asset: str | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.value

        amount_in_usd = self.amount_in_usd

        signed = self.signed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountRaw": amount_raw,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if label is not UNSET:
            field_dict["label"] = label
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if asset is not UNSET:
            field_dict["asset"] = asset
        if amount_in_usd is not UNSET:
            field_dict["amountInUSD"] = amount_in_usd
        if signed is not UNSET:
            field_dict["signed"] = signed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_raw = d.pop("amountRaw")

        _kind = d.pop("kind", UNSET)
        kind: FeeBreakdownLineKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = FeeBreakdownLineKind(_kind)

        label = d.pop("label", UNSET)

        decimals = d.pop("decimals", UNSET)

        symbol = d.pop("symbol", UNSET)

        _asset = d.pop("asset", UNSET)
        asset: FeeBreakdownLineAsset | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = FeeBreakdownLineAsset(_asset)

        amount_in_usd = d.pop("amountInUSD", UNSET)

        signed = d.pop("signed", UNSET)

        fee_breakdown_line = cls(
            amount_raw=amount_raw,
            kind=kind,
            label=label,
            decimals=decimals,
            symbol=symbol,
            asset=asset,
            amount_in_usd=amount_in_usd,
            signed=signed,
        )

        fee_breakdown_line.additional_properties = d
        return fee_breakdown_line

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
