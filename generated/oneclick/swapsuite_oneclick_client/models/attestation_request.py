from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttestationRequest")


@_attrs_define
class AttestationRequest:
    """What to attest (cow-sdk `GetAttestationRequest`).

    Attributes:
        deposit_address (str): The quote's EVM deposit address (checksummed in cow-sdk). Example:
            0xAd8b7139196c5ae9fb66B71C91d87A1F9071687e.
        quote_hash (str): 0x + hex SHA-256 of the quote's minimal signed payload with `dry` false.
    """

    deposit_address: str
    quote_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_address = self.deposit_address

        quote_hash = self.quote_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depositAddress": deposit_address,
                "quoteHash": quote_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deposit_address = d.pop("depositAddress")

        quote_hash = d.pop("quoteHash")

        attestation_request = cls(
            deposit_address=deposit_address,
            quote_hash=quote_hash,
        )

        attestation_request.additional_properties = d
        return attestation_request

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
