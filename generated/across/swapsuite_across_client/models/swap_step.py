from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import NUMBER_TYPES, UNSET, Unset, is_number

T = TypeVar("T", bound="SwapStep")
_KNOWN_KEYS = frozenset(
    (
        "tokenIn",
        "tokenOut",
        "inputAmount",
        "maxInputAmount",
        "outputAmount",
        "minOutputAmount",
        "swapProvider",
        "slippage",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tokenIn"] = self.token_in.to_dict()

        field_dict["tokenOut"] = self.token_out.to_dict()

        field_dict["inputAmount"] = self.input_amount

        field_dict["maxInputAmount"] = self.max_input_amount

        field_dict["outputAmount"] = self.output_amount

        field_dict["minOutputAmount"] = self.min_output_amount

        if self.swap_provider is not UNSET:
            field_dict["swapProvider"] = self.swap_provider.to_dict()

        if self.slippage is not UNSET:
            field_dict["slippage"] = self.slippage

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
            token_in = src_dict["tokenIn"]
            token_out = src_dict["tokenOut"]
            input_amount = src_dict["inputAmount"]
            max_input_amount = src_dict["maxInputAmount"]
            output_amount = src_dict["outputAmount"]
            min_output_amount = src_dict["minOutputAmount"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        try:
            token_in = Token.from_dict(token_in)
        except TypeMismatch as _exc:
            _exc.prepend("tokenIn")
            raise

        try:
            token_out = Token.from_dict(token_out)
        except TypeMismatch as _exc:
            _exc.prepend("tokenOut")
            raise

        if not isinstance(input_amount, str):
            raise TypeMismatch("string", input_amount, "inputAmount")

        if not isinstance(max_input_amount, str):
            raise TypeMismatch("string", max_input_amount, "maxInputAmount")

        if not isinstance(output_amount, str):
            raise TypeMismatch("string", output_amount, "outputAmount")

        if not isinstance(min_output_amount, str):
            raise TypeMismatch("string", min_output_amount, "minOutputAmount")

        _seen = 6
        swap_provider = src_dict.get("swapProvider", UNSET)
        if swap_provider is not UNSET:
            _seen += 1
            try:
                swap_provider = SwapProvider.from_dict(swap_provider)
            except TypeMismatch as _exc:
                _exc.prepend("swapProvider")
                raise

        slippage = src_dict.get("slippage", UNSET)
        if slippage is not UNSET:
            _seen += 1
            if not (type(slippage) in NUMBER_TYPES or is_number(slippage)):
                raise TypeMismatch("number", slippage, "slippage")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.token_in = token_in
        _model.token_out = token_out
        _model.input_amount = input_amount
        _model.max_input_amount = max_input_amount
        _model.output_amount = output_amount
        _model.min_output_amount = min_output_amount
        _model.swap_provider = swap_provider
        _model.slippage = slippage
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
from ..models.swap_provider import SwapProvider  # noqa: E402
from ..models.token import Token  # noqa: E402
