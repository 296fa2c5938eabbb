from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppFee")


@_attrs_define
class AppFee:
    """A fee the integrator adds to a quote for one recipient.

    Attributes:
        recipient (str): NEAR Intents account that receives this fee. Example: recipient.near.
        fee (float): Fee in basis points of the input amount (100 = 1%). The docs allow 0 to 500 and by default split
            the fee evenly between the recipient and 1Click.
             Example: 100.
    """

    recipient: str
    fee: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        fee = self.fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "fee": fee,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("recipient")

        fee = d.pop("fee")

        app_fee = cls(
            recipient=recipient,
            fee=fee,
        )

        app_fee.additional_properties = d
        return app_fee

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
