from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token import Token
    from ..models.total_fee_details import TotalFeeDetails


T = TypeVar("T", bound="TotalFee")


@_attrs_define
class TotalFee:
    """Aggregate fee denominated in the input token, with its breakdown.

    Attributes:
        amount (str): Total fee in base units of `token` (the input token).
        token (Token): Token descriptor used throughout the Swap API.
        amount_usd (str | Unset): Total fee in USD.
        pct (str | Unset): Total fee as a fraction of the input amount, scaled by 1e18.
        details (TotalFeeDetails | Unset): Breakdown of `fees.total` (`type` = `total-breakdown`, with `swapImpact`) or
            of `fees.totalMax`
            (`type` = `max-total-breakdown`, with `maxSwapImpact`).
    """

    amount: str
    token: Token
    amount_usd: str | Unset = UNSET
    pct: str | Unset = UNSET
    details: TotalFeeDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        token = self.token.to_dict()

        amount_usd = self.amount_usd

        pct = self.pct

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "token": token,
            }
        )
        if amount_usd is not UNSET:
            field_dict["amountUsd"] = amount_usd
        if pct is not UNSET:
            field_dict["pct"] = pct
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token import Token  # noqa: PLC0415
        from ..models.total_fee_details import TotalFeeDetails  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        token = Token.from_dict(d.pop("token"))

        amount_usd = d.pop("amountUsd", UNSET)

        pct = d.pop("pct", UNSET)

        _details = d.pop("details", UNSET)
        details: TotalFeeDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = TotalFeeDetails.from_dict(_details)

        total_fee = cls(
            amount=amount,
            token=token,
            amount_usd=amount_usd,
            pct=pct,
            details=details,
        )

        total_fee.additional_properties = d
        return total_fee

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
