from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee_breakdown_line import FeeBreakdownLine
    from ..models.fee_breakdown_reference import FeeBreakdownReference
    from ..models.fee_breakdown_summary import FeeBreakdownSummary


T = TypeVar("T", bound="FeeBreakdown")


@_attrs_define
class FeeBreakdown:
    """Itemized cost of the swap, returned by the quote endpoint only. Platform fees (Pods fee, customer markup) are
    deducted from `tokenIn` before the provider is asked; the bridge-plus-slippage impact is measured on
    `tokenOut` against a spot-price baseline (`reference`). Raw amounts are integer strings in smallest units
    (the API reference sample only shows `<string>` placeholders for them).

    The API reference names the fee list `lines`; Pods' demo guide and its response reader use `charges` with
    the same entry fields. Both are modelled as optional until a live response settles which one is served.

        Attributes:
            chargeable_amount_in_raw (str | Unset): Input amount subject to fees.
            amount_in_after_platform_fees_raw (str | Unset): Input amount left after the Pods and customer fees.
            lines (list[FeeBreakdownLine] | Unset): Fee entries (name used by the API reference).
            charges (list[FeeBreakdownLine] | Unset): Fee entries (name used by Pods' demo guide; same entry fields as
                `lines`).
            reference (FeeBreakdownReference | Unset): Spot-price baseline used to estimate the bridge and slippage impact.
            summary (FeeBreakdownSummary | Unset): Totals of the fee breakdown.
    """

    chargeable_amount_in_raw: str | Unset = UNSET
    amount_in_after_platform_fees_raw: str | Unset = UNSET
    lines: list[FeeBreakdownLine] | Unset = UNSET
    charges: list[FeeBreakdownLine] | Unset = UNSET
    reference: FeeBreakdownReference | Unset = UNSET
    summary: FeeBreakdownSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chargeable_amount_in_raw = self.chargeable_amount_in_raw

        amount_in_after_platform_fees_raw = self.amount_in_after_platform_fees_raw

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charges, Unset):
            charges = []
            for charges_item_data in self.charges:
                charges_item = charges_item_data.to_dict()
                charges.append(charges_item)

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chargeable_amount_in_raw is not UNSET:
            field_dict["chargeableAmountInRaw"] = chargeable_amount_in_raw
        if amount_in_after_platform_fees_raw is not UNSET:
            field_dict["amountInAfterPlatformFeesRaw"] = amount_in_after_platform_fees_raw
        if lines is not UNSET:
            field_dict["lines"] = lines
        if charges is not UNSET:
            field_dict["charges"] = charges
        if reference is not UNSET:
            field_dict["reference"] = reference
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_breakdown_line import FeeBreakdownLine  # noqa: PLC0415
        from ..models.fee_breakdown_reference import FeeBreakdownReference  # noqa: PLC0415
        from ..models.fee_breakdown_summary import FeeBreakdownSummary  # noqa: PLC0415

        d = dict(src_dict)
        chargeable_amount_in_raw = d.pop("chargeableAmountInRaw", UNSET)

        amount_in_after_platform_fees_raw = d.pop("amountInAfterPlatformFeesRaw", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[FeeBreakdownLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = FeeBreakdownLine.from_dict(lines_item_data)

                lines.append(lines_item)

        _charges = d.pop("charges", UNSET)
        charges: list[FeeBreakdownLine] | Unset = UNSET
        if _charges is not UNSET:
            charges = []
            for charges_item_data in _charges:
                charges_item = FeeBreakdownLine.from_dict(charges_item_data)

                charges.append(charges_item)

        _reference = d.pop("reference", UNSET)
        reference: FeeBreakdownReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = FeeBreakdownReference.from_dict(_reference)

        _summary = d.pop("summary", UNSET)
        summary: FeeBreakdownSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = FeeBreakdownSummary.from_dict(_summary)

        fee_breakdown = cls(
            chargeable_amount_in_raw=chargeable_amount_in_raw,
            amount_in_after_platform_fees_raw=amount_in_after_platform_fees_raw,
            lines=lines,
            charges=charges,
            reference=reference,
            summary=summary,
        )

        fee_breakdown.additional_properties = d
        return fee_breakdown

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
