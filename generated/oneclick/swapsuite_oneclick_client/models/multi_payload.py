from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.intent_standard import IntentStandard
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiPayload")
_KNOWN_KEYS = frozenset(
    (
        "standard",
        "payload",
        "signature",
        "public_key",
        "authenticator_data",
        "client_data_json",
        "address",
        "domain",
        "timestamp",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["standard"] = self.standard.value

        field_dict["payload"] = self.payload

        if self.signature is not UNSET:
            field_dict["signature"] = self.signature

        if self.public_key is not UNSET:
            field_dict["public_key"] = self.public_key

        if self.authenticator_data is not UNSET:
            field_dict["authenticator_data"] = self.authenticator_data

        if self.client_data_json is not UNSET:
            field_dict["client_data_json"] = self.client_data_json

        if self.address is not UNSET:
            field_dict["address"] = self.address

        if self.domain is not UNSET:
            field_dict["domain"] = self.domain

        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp

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
            standard = src_dict["standard"]
            payload = src_dict["payload"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(standard, str):
            raise TypeMismatch("string", standard, "standard")
        standard = _IntentStandard_BY_VALUE.get(standard) or IntentStandard(standard)

        _seen = 2
        signature = src_dict.get("signature", UNSET)
        if signature is not UNSET:
            _seen += 1
            if not isinstance(signature, str):
                raise TypeMismatch("string", signature, "signature")

        public_key = src_dict.get("public_key", UNSET)
        if public_key is not UNSET:
            _seen += 1
            if not isinstance(public_key, str):
                raise TypeMismatch("string", public_key, "public_key")

        authenticator_data = src_dict.get("authenticator_data", UNSET)
        if authenticator_data is not UNSET:
            _seen += 1
            if not isinstance(authenticator_data, str):
                raise TypeMismatch("string", authenticator_data, "authenticator_data")

        client_data_json = src_dict.get("client_data_json", UNSET)
        if client_data_json is not UNSET:
            _seen += 1
            if not isinstance(client_data_json, str):
                raise TypeMismatch("string", client_data_json, "client_data_json")

        address = src_dict.get("address", UNSET)
        if address is not UNSET:
            _seen += 1
            if not isinstance(address, str):
                raise TypeMismatch("string", address, "address")

        domain = src_dict.get("domain", UNSET)
        if domain is not UNSET:
            _seen += 1
            if not isinstance(domain, str):
                raise TypeMismatch("string", domain, "domain")

        timestamp = src_dict.get("timestamp", UNSET)
        if timestamp is not UNSET:
            _seen += 1

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.standard = standard
        _model.payload = payload
        _model.signature = signature
        _model.public_key = public_key
        _model.authenticator_data = authenticator_data
        _model.client_data_json = client_data_json
        _model.address = address
        _model.domain = domain
        _model.timestamp = timestamp
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
_IntentStandard_BY_VALUE = IntentStandard._value2member_map_  # known values only; see from_dict
