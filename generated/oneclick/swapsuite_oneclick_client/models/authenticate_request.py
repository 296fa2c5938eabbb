from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.multi_payload import MultiPayload


T = TypeVar("T", bound="AuthenticateRequest")


@_attrs_define
class AuthenticateRequest:
    """A wallet-signed message proving control of an account (`AuthenticateRequestDto` upstream).

    Attributes:
        signed_data (MultiPayload): A message signed by a wallet in one of the `IntentStandard` standards. Which other
            members are present
            depends on `standard`: NEP-413 has an object `payload` plus `public_key` and `signature` (base58);
            ERC-191 and TIP-191 a string `payload` and `signature` (the key is recovered); raw Ed25519 and SEP-53 a
            string `payload`, `public_key` and `signature`; WebAuthn adds `authenticator_data` and
            `client_data_json`; TON Connect adds `address`, `domain` and `timestamp` and an object `payload`.
            Declared as one open object because the upstream union cannot be told apart by the generators' oneOf.
    """

    signed_data: MultiPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signed_data = self.signed_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signedData": signed_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_payload import MultiPayload  # noqa: PLC0415

        d = dict(src_dict)
        signed_data = MultiPayload.from_dict(d.pop("signedData"))

        authenticate_request = cls(
            signed_data=signed_data,
        )

        authenticate_request.additional_properties = d
        return authenticate_request

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
