from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionArg")
_KNOWN_KEYS = frozenset(
    (
        "value",
        "populateDynamically",
        "balanceSourceToken",
    )
)


@_attrs_define
class ActionArg:
    """One argument of an action's function call.

    Attributes:
        value (str): Argument value (ignored and zeroed when `populateDynamically` is true).
        populate_dynamically (bool | Unset): Replace the value at execution time with the balance of
            `balanceSourceToken`. Defaults to false.
        balance_source_token (None | str | Unset): Token whose destination-chain balance fills the argument; required
            when `populateDynamically` is true.
    """

    value: str
    populate_dynamically: bool | Unset = UNSET
    balance_source_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["value"] = self.value

        if self.populate_dynamically is not UNSET:
            field_dict["populateDynamically"] = self.populate_dynamically

        if self.balance_source_token is not UNSET:
            field_dict["balanceSourceToken"] = self.balance_source_token

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
            value = src_dict["value"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(value, str):
            raise TypeMismatch("string", value, "value")

        _seen = 1
        populate_dynamically = src_dict.get("populateDynamically", UNSET)
        if populate_dynamically is not UNSET:
            _seen += 1
            if not (populate_dynamically is True or populate_dynamically is False):
                raise TypeMismatch("boolean", populate_dynamically, "populateDynamically")

        balance_source_token = src_dict.get("balanceSourceToken", UNSET)
        if balance_source_token is not UNSET:
            _seen += 1
            if balance_source_token is None:
                pass

            elif isinstance(balance_source_token, str):
                pass

            else:
                raise TypeMismatch("string | null", balance_source_token, "balanceSourceToken")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.value = value
        _model.populate_dynamically = populate_dynamically
        _model.balance_source_token = balance_source_token
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
