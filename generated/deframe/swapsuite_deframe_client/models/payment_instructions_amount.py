from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentInstructionsAmount")


@_attrs_define
class PaymentInstructionsAmount:
    """What the user pays (shown in Pods' demo test payload).

    Attributes:
        amount_raw (str | Unset): Amount in the currency's minor unit (BRL centavos).
        currency (str | Unset): ISO currency code, e.g. `BRL`.
    """

    amount_raw: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_raw = self.amount_raw

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_raw is not UNSET:
            field_dict["amountRaw"] = amount_raw
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_raw = d.pop("amountRaw", UNSET)

        currency = d.pop("currency", UNSET)

        payment_instructions_amount = cls(
            amount_raw=amount_raw,
            currency=currency,
        )

        payment_instructions_amount.additional_properties = d
        return payment_instructions_amount

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
