from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_swap_transfer_intent_request_type import GenerateSwapTransferIntentRequestType
from ..models.intent_standard import IntentStandard

T = TypeVar("T", bound="GenerateSwapTransferIntentRequest")


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
        type_ = self.type_.value

        standard = self.standard.value

        signer_id = self.signer_id

        deposit_address = self.deposit_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "standard": standard,
                "signerId": signer_id,
                "depositAddress": deposit_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = GenerateSwapTransferIntentRequestType(d.pop("type"))

        standard = IntentStandard(d.pop("standard"))

        signer_id = d.pop("signerId")

        deposit_address = d.pop("depositAddress")

        generate_swap_transfer_intent_request = cls(
            type_=type_,
            standard=standard,
            signer_id=signer_id,
            deposit_address=deposit_address,
        )

        generate_swap_transfer_intent_request.additional_properties = d
        return generate_swap_transfer_intent_request

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
