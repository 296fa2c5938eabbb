from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="Token")
_KNOWN_KEYS = frozenset(
    (
        "network_id",
        "name",
        "symbol",
        "contract_address",
        "id",
        "token_id",
        "decimals",
        "icon_url",
        "wrapped_token_address",
    )
)


@_attrs_define
class Token:
    """A supported token. Core fields come from the oldest documentation generation; `id`, `token_id` and `decimals` are
    mentioned by newer pages but their presence and names in this response are unconfirmed.

        Attributes:
            network_id (int):
            name (str):
            symbol (str):
            contract_address (None | str): Token contract address; null is assumed possible for a network's native coin.
            id (int | Unset): Numeric token id, if the response names it `id` (unconfirmed).
            token_id (int | Unset): Numeric token id as used in quotes and swaps, if the response names it `token_id`
                (unconfirmed).
            decimals (int | Unset): Token decimals (unconfirmed in this response).
            icon_url (str | Unset):
            wrapped_token_address (None | str | Unset): When set, the token has to be wrapped into this contract before it
                can be swapped.
    """

    network_id: int
    name: str
    symbol: str
    contract_address: None | str
    id: int | Unset = UNSET
    token_id: int | Unset = UNSET
    decimals: int | Unset = UNSET
    icon_url: str | Unset = UNSET
    wrapped_token_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["network_id"] = self.network_id

        field_dict["name"] = self.name

        field_dict["symbol"] = self.symbol

        field_dict["contract_address"] = self.contract_address

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.token_id is not UNSET:
            field_dict["token_id"] = self.token_id

        if self.decimals is not UNSET:
            field_dict["decimals"] = self.decimals

        if self.icon_url is not UNSET:
            field_dict["icon_url"] = self.icon_url

        if self.wrapped_token_address is not UNSET:
            field_dict["wrapped_token_address"] = self.wrapped_token_address

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
            network_id = src_dict["network_id"]
            name = src_dict["name"]
            symbol = src_dict["symbol"]
            contract_address = src_dict["contract_address"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (type(network_id) is int or is_integer(network_id)):
            raise TypeMismatch("integer", network_id, "network_id")

        if not isinstance(name, str):
            raise TypeMismatch("string", name, "name")

        if not isinstance(symbol, str):
            raise TypeMismatch("string", symbol, "symbol")

        if contract_address is None:
            pass

        elif isinstance(contract_address, str):
            pass

        else:
            raise TypeMismatch("string | null", contract_address, "contract_address")

        _seen = 4
        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            _seen += 1
            if not (type(id) is int or is_integer(id)):
                raise TypeMismatch("integer", id, "id")

        token_id = src_dict.get("token_id", UNSET)
        if token_id is not UNSET:
            _seen += 1
            if not (type(token_id) is int or is_integer(token_id)):
                raise TypeMismatch("integer", token_id, "token_id")

        decimals = src_dict.get("decimals", UNSET)
        if decimals is not UNSET:
            _seen += 1
            if not (type(decimals) is int or is_integer(decimals)):
                raise TypeMismatch("integer", decimals, "decimals")

        icon_url = src_dict.get("icon_url", UNSET)
        if icon_url is not UNSET:
            _seen += 1
            if not isinstance(icon_url, str):
                raise TypeMismatch("string", icon_url, "icon_url")

        wrapped_token_address = src_dict.get("wrapped_token_address", UNSET)
        if wrapped_token_address is not UNSET:
            _seen += 1
            if wrapped_token_address is None:
                pass

            elif isinstance(wrapped_token_address, str):
                pass

            else:
                raise TypeMismatch("string | null", wrapped_token_address, "wrapped_token_address")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.network_id = network_id
        _model.name = name
        _model.symbol = symbol
        _model.contract_address = contract_address
        _model.id = id
        _model.token_id = token_id
        _model.decimals = decimals
        _model.icon_url = icon_url
        _model.wrapped_token_address = wrapped_token_address
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
