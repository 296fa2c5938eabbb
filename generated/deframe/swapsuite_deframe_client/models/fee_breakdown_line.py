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

    Attributes:
        label (str):
        amount_raw (str): Amount as an integer string in the smallest unit of `asset`. Signed on the `bridgeAndSlippage`
            entry: a negative value means a better price than spot.
        decimals (int):
        symbol (str):
        amount_in_usd (float):
        kind (FeeBreakdownLineKind | Unset): Which cost this is.
        asset (FeeBreakdownLineAsset | Unset): Token the amount is denominated in.
        signed (bool | Unset): True when `amountRaw` may be negative. Shown in the API reference sample, not in its
            field list.
    """

    label: str
    amount_raw: str
    decimals: int
    symbol: str
    amount_in_usd: float
    kind: FeeBreakdownLineKind | Unset = UNSET
    asset: FeeBreakdownLineAsset | Unset = UNSET
    signed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        amount_raw = self.amount_raw

        decimals = self.decimals

        symbol = self.symbol

        amount_in_usd = self.amount_in_usd

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        asset: str | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.value

        signed = self.signed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "amountRaw": amount_raw,
                "decimals": decimals,
                "symbol": symbol,
                "amountInUSD": amount_in_usd,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if asset is not UNSET:
            field_dict["asset"] = asset
        if signed is not UNSET:
            field_dict["signed"] = signed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        amount_raw = d.pop("amountRaw")

        decimals = d.pop("decimals")

        symbol = d.pop("symbol")

        amount_in_usd = d.pop("amountInUSD")

        _kind = d.pop("kind", UNSET)
        kind: FeeBreakdownLineKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = FeeBreakdownLineKind(_kind)

        _asset = d.pop("asset", UNSET)
        asset: FeeBreakdownLineAsset | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = FeeBreakdownLineAsset(_asset)

        signed = d.pop("signed", UNSET)

        fee_breakdown_line = cls(
            label=label,
            amount_raw=amount_raw,
            decimals=decimals,
            symbol=symbol,
            amount_in_usd=amount_in_usd,
            kind=kind,
            asset=asset,
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
