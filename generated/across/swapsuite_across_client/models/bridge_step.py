from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="BridgeStep")
_KNOWN_KEYS = frozenset(
    (
        "inputAmount",
        "outputAmount",
        "tokenIn",
        "tokenOut",
        "fees",
        "provider",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["inputAmount"] = self.input_amount

        field_dict["outputAmount"] = self.output_amount

        field_dict["tokenIn"] = self.token_in.to_dict()

        field_dict["tokenOut"] = self.token_out.to_dict()

        field_dict["fees"] = self.fees.to_dict()

        if self.provider is not UNSET:
            field_dict["provider"] = self.provider

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
            input_amount = src_dict["inputAmount"]
            output_amount = src_dict["outputAmount"]
            token_in = src_dict["tokenIn"]
            token_out = src_dict["tokenOut"]
            fees = src_dict["fees"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(input_amount, str):
            raise TypeMismatch("string", input_amount, "inputAmount")

        if not isinstance(output_amount, str):
            raise TypeMismatch("string", output_amount, "outputAmount")

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

        try:
            fees = BridgeFee.from_dict(fees)
        except TypeMismatch as _exc:
            _exc.prepend("fees")
            raise

        _seen = 5
        provider = src_dict.get("provider", UNSET)
        if provider is not UNSET:
            _seen += 1
            if not isinstance(provider, str):
                raise TypeMismatch("string", provider, "provider")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.input_amount = input_amount
        _model.output_amount = output_amount
        _model.token_in = token_in
        _model.token_out = token_out
        _model.fees = fees
        _model.provider = provider
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
from ..models.bridge_fee import BridgeFee  # noqa: E402
from ..models.token import Token  # noqa: E402
