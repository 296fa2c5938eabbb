from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.generate_swap_transfer_intent_request_type import GenerateSwapTransferIntentRequestType
from ..models.intent_standard import IntentStandard

T = TypeVar("T", bound="GenerateSwapTransferIntentRequest")
_KNOWN_KEYS = frozenset(
    (
        "type",
        "standard",
        "signerId",
        "depositAddress",
    )
)


@_attrs_define
class GenerateSwapTransferIntentRequest:
    """Request for the intent that funds a quote from the signer's NEAR Intents balance.

    Attributes:
        type_ (GenerateSwapTransferIntentRequestType): The intent action; only `swap_transfer` exists.
        standard (IntentStandard): Message-signing standard of an intent (one-click-sdk-typescript 0.1.25
            `IntentStandardEnum`).
        signer_id (str): Account id of the signer inside NEAR Intents. Example: alice.near.
        deposit_address (str): Deposit address of the quote to fund.
    """

    type_: GenerateSwapTransferIntentRequestType
    standard: IntentStandard
    signer_id: str
    deposit_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value

        field_dict["standard"] = self.standard.value

        field_dict["signerId"] = self.signer_id

        field_dict["depositAddress"] = self.deposit_address

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
            type_ = src_dict["type"]
            standard = src_dict["standard"]
            signer_id = src_dict["signerId"]
            deposit_address = src_dict["depositAddress"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(type_, str):
            raise TypeMismatch("string", type_, "type")
        type_ = _GenerateSwapTransferIntentRequestType_BY_VALUE.get(type_) or GenerateSwapTransferIntentRequestType(
            type_
        )

        if not isinstance(standard, str):
            raise TypeMismatch("string", standard, "standard")
        standard = _IntentStandard_BY_VALUE.get(standard) or IntentStandard(standard)

        if not isinstance(signer_id, str):
            raise TypeMismatch("string", signer_id, "signerId")

        if not isinstance(deposit_address, str):
            raise TypeMismatch("string", deposit_address, "depositAddress")

        _seen = 4
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.type_ = type_
        _model.standard = standard
        _model.signer_id = signer_id
        _model.deposit_address = deposit_address
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
_GenerateSwapTransferIntentRequestType_BY_VALUE = (
    GenerateSwapTransferIntentRequestType._value2member_map_
)  # known values only; see from_dict
_IntentStandard_BY_VALUE = IntentStandard._value2member_map_  # known values only; see from_dict
