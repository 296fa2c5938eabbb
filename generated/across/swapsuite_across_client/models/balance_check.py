from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch

T = TypeVar("T", bound="BalanceCheck")
_KNOWN_KEYS = frozenset(
    (
        "token",
        "actual",
        "expected",
    )
)


@_attrs_define
class BalanceCheck:
    """Depositor's balance of the input token versus what the swap needs.

    Attributes:
        token (str): Input token address.
        actual (str): Current balance, base units.
        expected (str): Balance required, base units.
    """

    token: str
    actual: str
    expected: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["token"] = self.token

        field_dict["actual"] = self.actual

        field_dict["expected"] = self.expected

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
            token = src_dict["token"]
            actual = src_dict["actual"]
            expected = src_dict["expected"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(token, str):
            raise TypeMismatch("string", token, "token")

        if not isinstance(actual, str):
            raise TypeMismatch("string", actual, "actual")

        if not isinstance(expected, str):
            raise TypeMismatch("string", expected, "expected")

        _seen = 3
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.token = token
        _model.actual = actual
        _model.expected = expected
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
