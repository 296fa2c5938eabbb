from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.swap_provider import SwapProvider
    from ..models.token import Token


T = TypeVar("T", bound="SwapStep")


@_attrs_define
class SwapStep:
    """An origin or destination swap leg.

    Attributes:
        token_in (Token): Token descriptor used throughout the Swap API.
        token_out (Token): Token descriptor used throughout the Swap API.
        input_amount (str): Expected input, base units of `tokenIn`.
        max_input_amount (str): Maximum input the leg may consume, base units of `tokenIn`.
        output_amount (str): Expected output, base units of `tokenOut`.
        min_output_amount (str): Guaranteed minimum output after slippage, base units of `tokenOut`.
        swap_provider (SwapProvider | Unset): DEX aggregator that produced a swap leg.
        slippage (float | Unset): Slippage tolerance applied to this leg, as a fraction (`0.0075` = 0.75%). Not in the
            upstream spec.
    """

    token_in: Token
    token_out: Token
    input_amount: str
    max_input_amount: str
    output_amount: str
    min_output_amount: str
    swap_provider: SwapProvider | Unset = UNSET
    slippage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_in = self.token_in.to_dict()

        token_out = self.token_out.to_dict()

        input_amount = self.input_amount

        max_input_amount = self.max_input_amount

        output_amount = self.output_amount

        min_output_amount = self.min_output_amount

        swap_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swap_provider, Unset):
            swap_provider = self.swap_provider.to_dict()

        slippage = self.slippage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenIn": token_in,
                "tokenOut": token_out,
                "inputAmount": input_amount,
                "maxInputAmount": max_input_amount,
                "outputAmount": output_amount,
                "minOutputAmount": min_output_amount,
            }
        )
        if swap_provider is not UNSET:
            field_dict["swapProvider"] = swap_provider
        if slippage is not UNSET:
            field_dict["slippage"] = slippage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.swap_provider import SwapProvider  # noqa: PLC0415
        from ..models.token import Token  # noqa: PLC0415

        d = dict(src_dict)
        token_in = Token.from_dict(d.pop("tokenIn"))

        token_out = Token.from_dict(d.pop("tokenOut"))

        input_amount = d.pop("inputAmount")

        max_input_amount = d.pop("maxInputAmount")

        output_amount = d.pop("outputAmount")

        min_output_amount = d.pop("minOutputAmount")

        _swap_provider = d.pop("swapProvider", UNSET)
        swap_provider: SwapProvider | Unset
        if isinstance(_swap_provider, Unset):
            swap_provider = UNSET
        else:
            swap_provider = SwapProvider.from_dict(_swap_provider)

        slippage = d.pop("slippage", UNSET)

        swap_step = cls(
            token_in=token_in,
            token_out=token_out,
            input_amount=input_amount,
            max_input_amount=max_input_amount,
            output_amount=output_amount,
            min_output_amount=min_output_amount,
            swap_provider=swap_provider,
            slippage=slippage,
        )

        swap_step.additional_properties = d
        return swap_step

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
