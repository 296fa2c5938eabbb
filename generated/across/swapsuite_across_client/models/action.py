from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="Action")
_KNOWN_KEYS = frozenset(
    (
        "target",
        "functionSignature",
        "args",
        "value",
        "isNativeTransfer",
        "populateCallValueDynamically",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["target"] = self.target

        if self.function_signature is not UNSET:
            field_dict["functionSignature"] = self.function_signature

        if self.args is not UNSET:
            args_list: list[Any] = []
            for args_item in self.args:
                args_out = args_item.to_dict()

                args_list.append(args_out)
            field_dict["args"] = args_list

        if self.value is not UNSET:
            field_dict["value"] = self.value

        if self.is_native_transfer is not UNSET:
            field_dict["isNativeTransfer"] = self.is_native_transfer

        if self.populate_call_value_dynamically is not UNSET:
            field_dict["populateCallValueDynamically"] = self.populate_call_value_dynamically

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
            target = src_dict["target"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(target, str):
            raise TypeMismatch("string", target, "target")

        _seen = 1
        function_signature = src_dict.get("functionSignature", UNSET)
        if function_signature is not UNSET:
            _seen += 1
            if not isinstance(function_signature, str):
                raise TypeMismatch("string", function_signature, "functionSignature")

        args = src_dict.get("args", UNSET)
        if args is not UNSET:
            _seen += 1
            if not isinstance(args, list):
                raise TypeMismatch("array", args, "args")
            args_list: list[Any] = []
            try:
                for args_item in args:
                    args_item = ActionArg.from_dict(args_item)

                    args_list.append(args_item)
            except TypeMismatch as _exc:
                _exc.prepend("args", len(args_list))
                raise
            args = args_list

        value = src_dict.get("value", UNSET)
        if value is not UNSET:
            _seen += 1
            if not isinstance(value, str):
                raise TypeMismatch("string", value, "value")

        is_native_transfer = src_dict.get("isNativeTransfer", UNSET)
        if is_native_transfer is not UNSET:
            _seen += 1
            if not (is_native_transfer is True or is_native_transfer is False):
                raise TypeMismatch("boolean", is_native_transfer, "isNativeTransfer")

        populate_call_value_dynamically = src_dict.get("populateCallValueDynamically", UNSET)
        if populate_call_value_dynamically is not UNSET:
            _seen += 1
            if not (populate_call_value_dynamically is True or populate_call_value_dynamically is False):
                raise TypeMismatch("boolean", populate_call_value_dynamically, "populateCallValueDynamically")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.target = target
        _model.function_signature = function_signature
        _model.args = args
        _model.value = value
        _model.is_native_transfer = is_native_transfer
        _model.populate_call_value_dynamically = populate_call_value_dynamically
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
from ..models.action_arg import ActionArg  # noqa: E402
