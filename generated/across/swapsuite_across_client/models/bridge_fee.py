from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_fee_details import BridgeFeeDetails
    from ..models.token import Token


T = TypeVar("T", bound="BridgeFee")


@_attrs_define
class BridgeFee:
    """Bridge fee with an optional provider-specific breakdown.

    Attributes:
        amount (str): Fee in base units of `token`.
        token (Token): Token descriptor used throughout the Swap API.
        amount_usd (str | Unset): Fee in USD (absent inside `steps.bridge.fees`).
        pct (str | Unset): Fee as a fraction of the amount, scaled by 1e18.
        details (BridgeFeeDetails | None | Unset): Provider breakdown; may be null when the bridge provides none.
    """

    amount: str
    token: Token
    amount_usd: str | Unset = UNSET
    pct: str | Unset = UNSET
    details: BridgeFeeDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bridge_fee_details import BridgeFeeDetails  # noqa: PLC0415

        amount = self.amount

        token = self.token.to_dict()

        amount_usd = self.amount_usd

        pct = self.pct

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, BridgeFeeDetails):
            details = self.details.to_dict()
        else:
            details = self.details

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
        from ..models.bridge_fee_details import BridgeFeeDetails  # noqa: PLC0415
        from ..models.token import Token  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        token = Token.from_dict(d.pop("token"))

        amount_usd = d.pop("amountUsd", UNSET)

        pct = d.pop("pct", UNSET)

        def _parse_details(data: object) -> BridgeFeeDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_1 = BridgeFeeDetails.from_dict(data)

                return details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BridgeFeeDetails | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        bridge_fee = cls(
            amount=amount,
            token=token,
            amount_usd=amount_usd,
            pct=pct,
            details=details,
        )

        bridge_fee.additional_properties = d
        return bridge_fee

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
