from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_input_quote_withdrawal import AnyInputQuoteWithdrawal


T = TypeVar("T", bound="GetAnyInputQuoteWithdrawals")


@_attrs_define
class GetAnyInputQuoteWithdrawals:
    """Withdrawals made for one `ANY_INPUT` deposit address.

    Attributes:
        asset (str): `assetId` of the destination asset the collected funds are converted into. Example:
            nep141:sol-5ce3bf3a31af18be40ba30f721101b4341690186.omft.near.
        recipient (str): Address the converted funds are withdrawn to. Example:
            0x2527d02599ba641c19fea793cd0f167589a0f10d.
        affiliate_recipient (str): Internal identifier of the fee-collection deposit address. Example:
            0x2527d02599ba641c19fea793cd0f167589a0f10d.
        withdrawals (AnyInputQuoteWithdrawal | list[AnyInputQuoteWithdrawal] | None | Unset): The withdrawals on the
            requested page. Upstream declares a single `AnyInputQuoteWithdrawal` object
            here, but the docs' example response (and clients in the wild) use an array, so both are accepted:
            an array (expected) or, for compatibility with the upstream declaration, a single object.
            `null` is tolerated as well (defensive, no documented case).
    """

    asset: str
    recipient: str
    affiliate_recipient: str
    withdrawals: AnyInputQuoteWithdrawal | list[AnyInputQuoteWithdrawal] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.any_input_quote_withdrawal import AnyInputQuoteWithdrawal  # noqa: PLC0415

        asset = self.asset

        recipient = self.recipient

        affiliate_recipient = self.affiliate_recipient

        withdrawals: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.withdrawals, Unset):
            withdrawals = UNSET
        elif isinstance(self.withdrawals, list):
            withdrawals = []
            for withdrawals_type_0_item_data in self.withdrawals:
                withdrawals_type_0_item = withdrawals_type_0_item_data.to_dict()
                withdrawals.append(withdrawals_type_0_item)

        elif isinstance(self.withdrawals, AnyInputQuoteWithdrawal):
            withdrawals = self.withdrawals.to_dict()
        else:
            withdrawals = self.withdrawals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "recipient": recipient,
                "affiliateRecipient": affiliate_recipient,
            }
        )
        if withdrawals is not UNSET:
            field_dict["withdrawals"] = withdrawals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.any_input_quote_withdrawal import AnyInputQuoteWithdrawal  # noqa: PLC0415

        d = dict(src_dict)
        asset = d.pop("asset")

        recipient = d.pop("recipient")

        affiliate_recipient = d.pop("affiliateRecipient")

        def _parse_withdrawals(data: object) -> AnyInputQuoteWithdrawal | list[AnyInputQuoteWithdrawal] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                withdrawals_type_0 = []
                _withdrawals_type_0 = data
                for withdrawals_type_0_item_data in _withdrawals_type_0:
                    withdrawals_type_0_item = AnyInputQuoteWithdrawal.from_dict(withdrawals_type_0_item_data)

                    withdrawals_type_0.append(withdrawals_type_0_item)

                return withdrawals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                withdrawals_type_1 = AnyInputQuoteWithdrawal.from_dict(data)

                return withdrawals_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnyInputQuoteWithdrawal | list[AnyInputQuoteWithdrawal] | None | Unset, data)

        withdrawals = _parse_withdrawals(d.pop("withdrawals", UNSET))

        get_any_input_quote_withdrawals = cls(
            asset=asset,
            recipient=recipient,
            affiliate_recipient=affiliate_recipient,
            withdrawals=withdrawals,
        )

        get_any_input_quote_withdrawals.additional_properties = d
        return get_any_input_quote_withdrawals

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
