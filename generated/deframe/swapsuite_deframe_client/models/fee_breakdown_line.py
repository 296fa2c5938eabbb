from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.fee_breakdown_line_asset import FeeBreakdownLineAsset
from ..models.fee_breakdown_line_kind import FeeBreakdownLineKind
from ..types import NUMBER_TYPES, UNSET, Unset, is_integer, is_number

T = TypeVar("T", bound="FeeBreakdownLine")
_KNOWN_KEYS = frozenset(
    (
        "amountRaw",
        "kind",
        "label",
        "decimals",
        "symbol",
        "asset",
        "amountInUSD",
        "signed",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amountRaw"] = self.amount_raw

        if self.kind is not UNSET:
            field_dict["kind"] = self.kind.value

        if self.label is not UNSET:
            field_dict["label"] = self.label

        if self.decimals is not UNSET:
            field_dict["decimals"] = self.decimals

        if self.symbol is not UNSET:
            field_dict["symbol"] = self.symbol

        if self.asset is not UNSET:
            field_dict["asset"] = self.asset.value

        if self.amount_in_usd is not UNSET:
            field_dict["amountInUSD"] = self.amount_in_usd

        if self.signed is not UNSET:
            field_dict["signed"] = self.signed

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
            amount_raw = src_dict["amountRaw"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(amount_raw, str):
            raise TypeMismatch("string", amount_raw, "amountRaw")

        _seen = 1
        kind = src_dict.get("kind", UNSET)
        if kind is not UNSET:
            _seen += 1
            if not isinstance(kind, str):
                raise TypeMismatch("string", kind, "kind")
            kind = _FeeBreakdownLineKind_BY_VALUE.get(kind) or FeeBreakdownLineKind(kind)

        label = src_dict.get("label", UNSET)
        if label is not UNSET:
            _seen += 1
            if not isinstance(label, str):
                raise TypeMismatch("string", label, "label")

        decimals = src_dict.get("decimals", UNSET)
        if decimals is not UNSET:
            _seen += 1
            if not (type(decimals) is int or is_integer(decimals)):
                raise TypeMismatch("integer", decimals, "decimals")

        symbol = src_dict.get("symbol", UNSET)
        if symbol is not UNSET:
            _seen += 1
            if not isinstance(symbol, str):
                raise TypeMismatch("string", symbol, "symbol")

        asset = src_dict.get("asset", UNSET)
        if asset is not UNSET:
            _seen += 1
            if not isinstance(asset, str):
                raise TypeMismatch("string", asset, "asset")
            asset = _FeeBreakdownLineAsset_BY_VALUE.get(asset) or FeeBreakdownLineAsset(asset)

        amount_in_usd = src_dict.get("amountInUSD", UNSET)
        if amount_in_usd is not UNSET:
            _seen += 1
            if not (type(amount_in_usd) in NUMBER_TYPES or is_number(amount_in_usd)):
                raise TypeMismatch("number", amount_in_usd, "amountInUSD")

        signed = src_dict.get("signed", UNSET)
        if signed is not UNSET:
            _seen += 1
            if not (signed is True or signed is False):
                raise TypeMismatch("boolean", signed, "signed")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.amount_raw = amount_raw
        _model.kind = kind
        _model.label = label
        _model.decimals = decimals
        _model.symbol = symbol
        _model.asset = asset
        _model.amount_in_usd = amount_in_usd
        _model.signed = signed
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
_FeeBreakdownLineAsset_BY_VALUE = FeeBreakdownLineAsset._value2member_map_  # known values only; see from_dict
_FeeBreakdownLineKind_BY_VALUE = FeeBreakdownLineKind._value2member_map_  # known values only; see from_dict
