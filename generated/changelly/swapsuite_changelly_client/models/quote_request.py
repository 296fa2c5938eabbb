from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteRequest")
_KNOWN_KEYS = frozenset(
    (
        "from",
        "to",
        "amount",
        "slippage_bps",
    )
)


@_attrs_define
class QuoteRequest:
    """
    Attributes:
        from_ (TokenSelectorByAddress | TokenSelectorById): One side of a quote request, by token id or by network plus
            contract address.
        to (TokenSelectorByAddress | TokenSelectorById): One side of a quote request, by token id or by network plus
            contract address.
        amount (str): Amount of the source token, documented as "Decimals in string" and as decimal-adjusted (`100`
            meaning 100 USDT). The documented sample request (1000000 of token 278) and the quote it produced (`from.amount`
            "1000000" with 6 decimals, fees of 1 USDT) read more like base units; unconfirmed.
        slippage_bps (str | Unset): Slippage tolerance in basis points as a string (`"50"` is 0.5%).
    """

    from_: TokenSelectorByAddress | TokenSelectorById
    to: TokenSelectorByAddress | TokenSelectorById
    amount: str
    slippage_bps: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if isinstance(self.from_, TokenSelectorById):
            field_dict["from"] = self.from_.to_dict()

        elif isinstance(self.from_, TokenSelectorByAddress):
            field_dict["from"] = self.from_.to_dict()

        else:
            field_dict["from"] = self.from_

        if isinstance(self.to, TokenSelectorById):
            field_dict["to"] = self.to.to_dict()

        elif isinstance(self.to, TokenSelectorByAddress):
            field_dict["to"] = self.to.to_dict()

        else:
            field_dict["to"] = self.to

        field_dict["amount"] = self.amount

        if self.slippage_bps is not UNSET:
            field_dict["slippage_bps"] = self.slippage_bps

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
            from_ = src_dict["from"]
            to = src_dict["to"]
            amount = src_dict["amount"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if isinstance(from_, Mapping):
            try:
                try:
                    from_ = TokenSelectorById.from_dict(from_)
                except TypeMismatch as _exc:
                    _exc.prepend("from")
                    raise

            except TypeMismatch:
                try:
                    from_ = TokenSelectorByAddress.from_dict(from_)
                except TypeMismatch as _exc:
                    _exc.prepend("from")
                    raise

        else:
            raise TypeMismatch("object | object", from_, "from")

        if isinstance(to, Mapping):
            try:
                try:
                    to = TokenSelectorById.from_dict(to)
                except TypeMismatch as _exc:
                    _exc.prepend("to")
                    raise

            except TypeMismatch:
                try:
                    to = TokenSelectorByAddress.from_dict(to)
                except TypeMismatch as _exc:
                    _exc.prepend("to")
                    raise

        else:
            raise TypeMismatch("object | object", to, "to")

        if not isinstance(amount, str):
            raise TypeMismatch("string", amount, "amount")

        _seen = 3
        slippage_bps = src_dict.get("slippage_bps", UNSET)
        if slippage_bps is not UNSET:
            _seen += 1
            if not isinstance(slippage_bps, str):
                raise TypeMismatch("string", slippage_bps, "slippage_bps")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.from_ = from_
        _model.to = to
        _model.amount = amount
        _model.slippage_bps = slippage_bps
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
from ..models.token_selector_by_address import TokenSelectorByAddress  # noqa: E402
from ..models.token_selector_by_id import TokenSelectorById  # noqa: E402
