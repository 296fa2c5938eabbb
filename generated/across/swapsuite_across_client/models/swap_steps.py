from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_step import BridgeStep
    from ..models.swap_step import SwapStep


T = TypeVar("T", bound="SwapSteps")


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
        bridge = self.bridge.to_dict()

        origin_swap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin_swap, Unset):
            origin_swap = self.origin_swap.to_dict()

        destination_swap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_swap, Unset):
            destination_swap = self.destination_swap.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bridge": bridge,
            }
        )
        if origin_swap is not UNSET:
            field_dict["originSwap"] = origin_swap
        if destination_swap is not UNSET:
            field_dict["destinationSwap"] = destination_swap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bridge_step import BridgeStep  # noqa: PLC0415
        from ..models.swap_step import SwapStep  # noqa: PLC0415

        d = dict(src_dict)
        bridge = BridgeStep.from_dict(d.pop("bridge"))

        _origin_swap = d.pop("originSwap", UNSET)
        origin_swap: SwapStep | Unset
        if isinstance(_origin_swap, Unset):
            origin_swap = UNSET
        else:
            origin_swap = SwapStep.from_dict(_origin_swap)

        _destination_swap = d.pop("destinationSwap", UNSET)
        destination_swap: SwapStep | Unset
        if isinstance(_destination_swap, Unset):
            destination_swap = UNSET
        else:
            destination_swap = SwapStep.from_dict(_destination_swap)

        swap_steps = cls(
            bridge=bridge,
            origin_swap=origin_swap,
            destination_swap=destination_swap,
        )

        swap_steps.additional_properties = d
        return swap_steps

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
