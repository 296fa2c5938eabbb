from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_fee import BridgeFee
    from ..models.token import Token


T = TypeVar("T", bound="BridgeStep")


@_attrs_define
class BridgeStep:
    """The bridge leg.

    Attributes:
        input_amount (str): Amount entering the bridge, base units of `tokenIn`.
        output_amount (str): Amount delivered by the bridge, base units of `tokenOut`.
        token_in (Token): Token descriptor used throughout the Swap API.
        token_out (Token): Token descriptor used throughout the Swap API.
        fees (BridgeFee): Bridge fee with an optional provider-specific breakdown.
        provider (str | Unset): Bridge mechanism used, e.g. `across`. Not in the upstream spec.
    """

    input_amount: str
    output_amount: str
    token_in: Token
    token_out: Token
    fees: BridgeFee
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_amount = self.input_amount

        output_amount = self.output_amount

        token_in = self.token_in.to_dict()

        token_out = self.token_out.to_dict()

        fees = self.fees.to_dict()

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputAmount": input_amount,
                "outputAmount": output_amount,
                "tokenIn": token_in,
                "tokenOut": token_out,
                "fees": fees,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bridge_fee import BridgeFee  # noqa: PLC0415
        from ..models.token import Token  # noqa: PLC0415

        d = dict(src_dict)
        input_amount = d.pop("inputAmount")

        output_amount = d.pop("outputAmount")

        token_in = Token.from_dict(d.pop("tokenIn"))

        token_out = Token.from_dict(d.pop("tokenOut"))

        fees = BridgeFee.from_dict(d.pop("fees"))

        provider = d.pop("provider", UNSET)

        bridge_step = cls(
            input_amount=input_amount,
            output_amount=output_amount,
            token_in=token_in,
            token_out=token_out,
            fees=fees,
            provider=provider,
        )

        bridge_step.additional_properties = d
        return bridge_step

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
