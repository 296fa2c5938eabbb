from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import NUMBER_TYPES, UNSET, Unset, is_number

T = TypeVar("T", bound="AuthenticateResponse")
_KNOWN_KEYS = frozenset(
    (
        "accessToken",
        "refreshToken",
        "expiresIn",
        "refreshExpiresIn",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["accessToken"] = self.access_token

        field_dict["refreshToken"] = self.refresh_token

        if self.expires_in is not UNSET:
            field_dict["expiresIn"] = self.expires_in

        if self.refresh_expires_in is not UNSET:
            field_dict["refreshExpiresIn"] = self.refresh_expires_in

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
            access_token = src_dict["accessToken"]
            refresh_token = src_dict["refreshToken"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(access_token, str):
            raise TypeMismatch("string", access_token, "accessToken")

        if not isinstance(refresh_token, str):
            raise TypeMismatch("string", refresh_token, "refreshToken")

        _seen = 2
        expires_in = src_dict.get("expiresIn", UNSET)
        if expires_in is not UNSET:
            _seen += 1
            if not (type(expires_in) in NUMBER_TYPES or is_number(expires_in)):
                raise TypeMismatch("number", expires_in, "expiresIn")

        refresh_expires_in = src_dict.get("refreshExpiresIn", UNSET)
        if refresh_expires_in is not UNSET:
            _seen += 1
            if not (type(refresh_expires_in) in NUMBER_TYPES or is_number(refresh_expires_in)):
                raise TypeMismatch("number", refresh_expires_in, "refreshExpiresIn")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.access_token = access_token
        _model.refresh_token = refresh_token
        _model.expires_in = expires_in
        _model.refresh_expires_in = refresh_expires_in
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
