from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapSteps")
_KNOWN_KEYS = frozenset(
    (
        "bridge",
        "originSwap",
        "destinationSwap",
    )
)


@_attrs_define
class SwapSteps:
    """Legs of the route; `originSwap` and `destinationSwap` are present only when the route needs them.

    Attributes:
        bridge (BridgeStep): The bridge leg.
        origin_swap (SwapStep | Unset): An origin or destination swap leg.
        destination_swap (SwapStep | Unset): An origin or destination swap leg.
    """

    bridge: BridgeStep
    origin_swap: SwapStep | Unset = UNSET
    destination_swap: SwapStep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["bridge"] = self.bridge.to_dict()

        if self.origin_swap is not UNSET:
            field_dict["originSwap"] = self.origin_swap.to_dict()

        if self.destination_swap is not UNSET:
            field_dict["destinationSwap"] = self.destination_swap.to_dict()

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
            bridge = src_dict["bridge"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        try:
            bridge = BridgeStep.from_dict(bridge)
        except TypeMismatch as _exc:
            _exc.prepend("bridge")
            raise

        _seen = 1
        origin_swap = src_dict.get("originSwap", UNSET)
        if origin_swap is not UNSET:
            _seen += 1
            try:
                origin_swap = SwapStep.from_dict(origin_swap)
            except TypeMismatch as _exc:
                _exc.prepend("originSwap")
                raise

        destination_swap = src_dict.get("destinationSwap", UNSET)
        if destination_swap is not UNSET:
            _seen += 1
            try:
                destination_swap = SwapStep.from_dict(destination_swap)
            except TypeMismatch as _exc:
                _exc.prepend("destinationSwap")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.bridge = bridge
        _model.origin_swap = origin_swap
        _model.destination_swap = destination_swap
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
from ..models.bridge_step import BridgeStep  # noqa: E402
from ..models.swap_step import SwapStep  # noqa: E402
