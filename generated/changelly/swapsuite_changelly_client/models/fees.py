from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="Fees")
_KNOWN_KEYS = frozenset(
    (
        "changelly",
        "affiliate",
    )
)


@_attrs_define
class Fees:
    """Fees applied to a quote or swap. The affiliate fee rate is configured outside the API.

    Attributes:
        changelly (FeeItem | Unset): One fee taken from the swap, in the token it is charged in.
        affiliate (FeeItem | Unset): One fee taken from the swap, in the token it is charged in.
    """

    changelly: FeeItem | Unset = UNSET
    affiliate: FeeItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.changelly is not UNSET:
            field_dict["changelly"] = self.changelly.to_dict()

        if self.affiliate is not UNSET:
            field_dict["affiliate"] = self.affiliate.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        changelly = src_dict.get("changelly", UNSET)
        if changelly is not UNSET:
            _seen += 1
            try:
                changelly = FeeItem.from_dict(changelly)
            except TypeMismatch as _exc:
                _exc.prepend("changelly")
                raise

        affiliate = src_dict.get("affiliate", UNSET)
        if affiliate is not UNSET:
            _seen += 1
            try:
                affiliate = FeeItem.from_dict(affiliate)
            except TypeMismatch as _exc:
                _exc.prepend("affiliate")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.changelly = changelly
        _model.affiliate = affiliate
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
from ..models.fee_item import FeeItem  # noqa: E402
