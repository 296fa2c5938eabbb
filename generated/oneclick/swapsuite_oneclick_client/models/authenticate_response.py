from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticateResponse")


@_attrs_define
class AuthenticateResponse:
    """A new session (`AuthenticateResponseDto` upstream).

    Attributes:
        access_token (str): JWT for the account endpoints (`Authorization Bearer`).
        refresh_token (str): JWT for `/v0/auth/refresh`.
        expires_in (float | Unset): Seconds until the access token expires.
        refresh_expires_in (float | Unset): Seconds until the refresh token expires.
    """

    access_token: str
    refresh_token: str
    expires_in: float | Unset = UNSET
    refresh_expires_in: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        refresh_expires_in = self.refresh_expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "refreshToken": refresh_token,
            }
        )
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if refresh_expires_in is not UNSET:
            field_dict["refreshExpiresIn"] = refresh_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("accessToken")

        refresh_token = d.pop("refreshToken")

        expires_in = d.pop("expiresIn", UNSET)

        refresh_expires_in = d.pop("refreshExpiresIn", UNSET)

        authenticate_response = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_in=expires_in,
            refresh_expires_in=refresh_expires_in,
        )

        authenticate_response.additional_properties = d
        return authenticate_response

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
