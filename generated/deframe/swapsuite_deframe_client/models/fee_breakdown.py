from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeBreakdown")
_KNOWN_KEYS = frozenset(
    (
        "chargeableAmountInRaw",
        "amountInAfterPlatformFeesRaw",
        "lines",
        "charges",
        "reference",
        "summary",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.chargeable_amount_in_raw is not UNSET:
            field_dict["chargeableAmountInRaw"] = self.chargeable_amount_in_raw

        if self.amount_in_after_platform_fees_raw is not UNSET:
            field_dict["amountInAfterPlatformFeesRaw"] = self.amount_in_after_platform_fees_raw

        if self.lines is not UNSET:
            lines_list: list[Any] = []
            for lines_item in self.lines:
                lines_out = lines_item.to_dict()

                lines_list.append(lines_out)
            field_dict["lines"] = lines_list

        if self.charges is not UNSET:
            charges_list: list[Any] = []
            for charges_item in self.charges:
                charges_out = charges_item.to_dict()

                charges_list.append(charges_out)
            field_dict["charges"] = charges_list

        if self.reference is not UNSET:
            field_dict["reference"] = self.reference.to_dict()

        if self.summary is not UNSET:
            field_dict["summary"] = self.summary.to_dict()

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
        chargeable_amount_in_raw = src_dict.get("chargeableAmountInRaw", UNSET)
        if chargeable_amount_in_raw is not UNSET:
            _seen += 1
            if not isinstance(chargeable_amount_in_raw, str):
                raise TypeMismatch("string", chargeable_amount_in_raw, "chargeableAmountInRaw")

        amount_in_after_platform_fees_raw = src_dict.get("amountInAfterPlatformFeesRaw", UNSET)
        if amount_in_after_platform_fees_raw is not UNSET:
            _seen += 1
            if not isinstance(amount_in_after_platform_fees_raw, str):
                raise TypeMismatch("string", amount_in_after_platform_fees_raw, "amountInAfterPlatformFeesRaw")

        lines = src_dict.get("lines", UNSET)
        if lines is not UNSET:
            _seen += 1
            if not isinstance(lines, list):
                raise TypeMismatch("array", lines, "lines")
            lines_list: list[Any] = []
            try:
                for lines_item in lines:
                    lines_item = FeeBreakdownLine.from_dict(lines_item)

                    lines_list.append(lines_item)
            except TypeMismatch as _exc:
                _exc.prepend("lines", len(lines_list))
                raise
            lines = lines_list

        charges = src_dict.get("charges", UNSET)
        if charges is not UNSET:
            _seen += 1
            if not isinstance(charges, list):
                raise TypeMismatch("array", charges, "charges")
            charges_list: list[Any] = []
            try:
                for charges_item in charges:
                    charges_item = FeeBreakdownLine.from_dict(charges_item)

                    charges_list.append(charges_item)
            except TypeMismatch as _exc:
                _exc.prepend("charges", len(charges_list))
                raise
            charges = charges_list

        reference = src_dict.get("reference", UNSET)
        if reference is not UNSET:
            _seen += 1
            try:
                reference = FeeBreakdownReference.from_dict(reference)
            except TypeMismatch as _exc:
                _exc.prepend("reference")
                raise

        summary = src_dict.get("summary", UNSET)
        if summary is not UNSET:
            _seen += 1
            try:
                summary = FeeBreakdownSummary.from_dict(summary)
            except TypeMismatch as _exc:
                _exc.prepend("summary")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.chargeable_amount_in_raw = chargeable_amount_in_raw
        _model.amount_in_after_platform_fees_raw = amount_in_after_platform_fees_raw
        _model.lines = lines
        _model.charges = charges
        _model.reference = reference
        _model.summary = summary
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.fee_breakdown_line import FeeBreakdownLine  # noqa: E402
from ..models.fee_breakdown_reference import FeeBreakdownReference  # noqa: E402
from ..models.fee_breakdown_summary import FeeBreakdownSummary  # noqa: E402
