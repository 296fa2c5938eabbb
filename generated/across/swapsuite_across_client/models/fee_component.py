from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token import Token


T = TypeVar("T", bound="FeeComponent")


@_attrs_define
class FeeComponent:
    """One fee item. `pct` is the fee relative to the input amount, scaled by 1e18. Amounts and percentages can be
    negative (e.g. a favourable `swapImpact`). `pct` is absent on `originGas`; `amountUsd` is absent inside
    `steps.bridge.fees`.

        Attributes:
            amount (str): Fee in base units of `token`.
            token (Token): Token descriptor used throughout the Swap API.
            amount_usd (str | Unset): Fee in USD, decimal string.
            pct (str | Unset): Fee as a fraction of the input amount, scaled by 1e18.
    """

    amount: str
    token: Token
    amount_usd: str | Unset = UNSET
    pct: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        token = self.token.to_dict()

        amount_usd = self.amount_usd

        pct = self.pct

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token import Token  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        token = Token.from_dict(d.pop("token"))

        amount_usd = d.pop("amountUsd", UNSET)

        pct = d.pop("pct", UNSET)

        fee_component = cls(
            amount=amount,
            token=token,
            amount_usd=amount_usd,
            pct=pct,
        )

        fee_component.additional_properties = d
        return fee_component

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
