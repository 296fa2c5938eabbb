from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeComponent")
_KNOWN_KEYS = frozenset(
    (
        "amount",
        "token",
        "amountUsd",
        "pct",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = self.amount

        field_dict["token"] = self.token.to_dict()

        if self.amount_usd is not UNSET:
            field_dict["amountUsd"] = self.amount_usd

        if self.pct is not UNSET:
            field_dict["pct"] = self.pct

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
            amount = src_dict["amount"]
            token = src_dict["token"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(amount, str):
            raise TypeMismatch("string", amount, "amount")

        try:
            token = Token.from_dict(token)
        except TypeMismatch as _exc:
            _exc.prepend("token")
            raise

        _seen = 2
        amount_usd = src_dict.get("amountUsd", UNSET)
        if amount_usd is not UNSET:
            _seen += 1
            if not isinstance(amount_usd, str):
                raise TypeMismatch("string", amount_usd, "amountUsd")

        pct = src_dict.get("pct", UNSET)
        if pct is not UNSET:
            _seen += 1
            if not isinstance(pct, str):
                raise TypeMismatch("string", pct, "pct")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.amount = amount
        _model.token = token
        _model.amount_usd = amount_usd
        _model.pct = pct
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
from ..models.token import Token  # noqa: E402
