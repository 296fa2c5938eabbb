from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intent_standard import IntentStandard
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiPayload")


@_attrs_define
class MultiPayload:
    """A message signed by a wallet in one of the `IntentStandard` standards. Which other members are present
    depends on `standard`: NEP-413 has an object `payload` plus `public_key` and `signature` (base58);
    ERC-191 and TIP-191 a string `payload` and `signature` (the key is recovered); raw Ed25519 and SEP-53 a
    string `payload`, `public_key` and `signature`; WebAuthn adds `authenticator_data` and
    `client_data_json`; TON Connect adds `address`, `domain` and `timestamp` and an object `payload`.
    Declared as one open object because the upstream union cannot be told apart by the generators' oneOf.

        Attributes:
            standard (IntentStandard): Message-signing standard of an intent (one-click-sdk-typescript 0.1.25
                `IntentStandardEnum`).
            payload (Any): The signed message; a string or an object depending on `standard`.
            signature (str | Unset): The signature (base58 for most standards).
            public_key (str | Unset): Signer public key (base58), where the standard carries one.
            authenticator_data (str | Unset): WebAuthn authenticatorData (base64url).
            client_data_json (str | Unset): WebAuthn clientDataJSON.
            address (str | Unset): TON Connect wallet address.
            domain (str | Unset): TON Connect dApp domain.
            timestamp (Any | Unset): TON Connect signing time (UNIX seconds or RFC 3339).
    """

    standard: IntentStandard
    payload: Any
    signature: str | Unset = UNSET
    public_key: str | Unset = UNSET
    authenticator_data: str | Unset = UNSET
    client_data_json: str | Unset = UNSET
    address: str | Unset = UNSET
    domain: str | Unset = UNSET
    timestamp: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard = self.standard.value

        payload = self.payload

        signature = self.signature

        public_key = self.public_key

        authenticator_data = self.authenticator_data

        client_data_json = self.client_data_json

        address = self.address

        domain = self.domain

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "payload": payload,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if authenticator_data is not UNSET:
            field_dict["authenticator_data"] = authenticator_data
        if client_data_json is not UNSET:
            field_dict["client_data_json"] = client_data_json
        if address is not UNSET:
            field_dict["address"] = address
        if domain is not UNSET:
            field_dict["domain"] = domain
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        standard = IntentStandard(d.pop("standard"))

        payload = d.pop("payload")

        signature = d.pop("signature", UNSET)

        public_key = d.pop("public_key", UNSET)

        authenticator_data = d.pop("authenticator_data", UNSET)

        client_data_json = d.pop("client_data_json", UNSET)

        address = d.pop("address", UNSET)

        domain = d.pop("domain", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        multi_payload = cls(
            standard=standard,
            payload=payload,
            signature=signature,
            public_key=public_key,
            authenticator_data=authenticator_data,
            client_data_json=client_data_json,
            address=address,
            domain=domain,
            timestamp=timestamp,
        )

        multi_payload.additional_properties = d
        return multi_payload

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
