from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_arg import ActionArg


T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """A contract call executed on the destination chain after the swap. `functionSignature` is required unless
    `isNativeTransfer` is true (then `functionSignature` and `args` must be empty).

        Attributes:
            target (str): Contract (or, for native transfers, recipient) address.
            function_signature (str | Unset): Human-readable ABI of the function, e.g. `function transfer(address to,
                uint256 value)`.
            args (list[ActionArg] | Unset):
            value (str | Unset): Native value (wei) sent with the call. Defaults to "0"; required unless
                `populateCallValueDynamically` is true.
            is_native_transfer (bool | Unset): Plain native-token transfer to `target` instead of a function call. Defaults
                to false.
            populate_call_value_dynamically (bool | Unset): Send the full native balance as the call value. Accepted by the
                server code; not in the upstream spec.
    """

    target: str
    function_signature: str | Unset = UNSET
    args: list[ActionArg] | Unset = UNSET
    value: str | Unset = UNSET
    is_native_transfer: bool | Unset = UNSET
    populate_call_value_dynamically: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        function_signature = self.function_signature

        args: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = []
            for args_item_data in self.args:
                args_item = args_item_data.to_dict()
                args.append(args_item)

        value = self.value

        is_native_transfer = self.is_native_transfer

        populate_call_value_dynamically = self.populate_call_value_dynamically

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
            }
        )
        if function_signature is not UNSET:
            field_dict["functionSignature"] = function_signature
        if args is not UNSET:
            field_dict["args"] = args
        if value is not UNSET:
            field_dict["value"] = value
        if is_native_transfer is not UNSET:
            field_dict["isNativeTransfer"] = is_native_transfer
        if populate_call_value_dynamically is not UNSET:
            field_dict["populateCallValueDynamically"] = populate_call_value_dynamically

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_arg import ActionArg  # noqa: PLC0415

        d = dict(src_dict)
        target = d.pop("target")

        function_signature = d.pop("functionSignature", UNSET)

        _args = d.pop("args", UNSET)
        args: list[ActionArg] | Unset = UNSET
        if _args is not UNSET:
            args = []
            for args_item_data in _args:
                args_item = ActionArg.from_dict(args_item_data)

                args.append(args_item)

        value = d.pop("value", UNSET)

        is_native_transfer = d.pop("isNativeTransfer", UNSET)

        populate_call_value_dynamically = d.pop("populateCallValueDynamically", UNSET)

        action = cls(
            target=target,
            function_signature=function_signature,
            args=args,
            value=value,
            is_native_transfer=is_native_transfer,
            populate_call_value_dynamically=populate_call_value_dynamically,
        )

        action.additional_properties = d
        return action

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
