from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAnyInputQuoteWithdrawals")
_KNOWN_KEYS = frozenset(
    (
        "asset",
        "recipient",
        "affiliateRecipient",
        "withdrawals",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["asset"] = self.asset

        field_dict["recipient"] = self.recipient

        field_dict["affiliateRecipient"] = self.affiliate_recipient

        if self.withdrawals is not UNSET:
            if isinstance(self.withdrawals, AnyInputQuoteWithdrawal):
                field_dict["withdrawals"] = self.withdrawals.to_dict()

            elif isinstance(self.withdrawals, list):
                withdrawals_list: list[Any] = []
                for withdrawals_item in self.withdrawals:
                    withdrawals_out = withdrawals_item.to_dict()

                    withdrawals_list.append(withdrawals_out)
                field_dict["withdrawals"] = withdrawals_list

            else:
                field_dict["withdrawals"] = self.withdrawals

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
            asset = src_dict["asset"]
            recipient = src_dict["recipient"]
            affiliate_recipient = src_dict["affiliateRecipient"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(asset, str):
            raise TypeMismatch("string", asset, "asset")

        if not isinstance(recipient, str):
            raise TypeMismatch("string", recipient, "recipient")

        if not isinstance(affiliate_recipient, str):
            raise TypeMismatch("string", affiliate_recipient, "affiliateRecipient")

        _seen = 3
        withdrawals = src_dict.get("withdrawals", UNSET)
        if withdrawals is not UNSET:
            _seen += 1
            if withdrawals is None:
                pass

            elif isinstance(withdrawals, Mapping):
                try:
                    withdrawals = AnyInputQuoteWithdrawal.from_dict(withdrawals)
                except TypeMismatch as _exc:
                    _exc.prepend("withdrawals")
                    raise

            elif isinstance(withdrawals, list):
                withdrawals_list: list[Any] = []
                try:
                    for withdrawals_item in withdrawals:
                        withdrawals_item = AnyInputQuoteWithdrawal.from_dict(withdrawals_item)

                        withdrawals_list.append(withdrawals_item)
                except TypeMismatch as _exc:
                    _exc.prepend("withdrawals", len(withdrawals_list))
                    raise
                withdrawals = withdrawals_list

            else:
                raise TypeMismatch("array | object | null", withdrawals, "withdrawals")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.asset = asset
        _model.recipient = recipient
        _model.affiliate_recipient = affiliate_recipient
        _model.withdrawals = withdrawals
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
from ..models.any_input_quote_withdrawal import AnyInputQuoteWithdrawal  # noqa: E402
