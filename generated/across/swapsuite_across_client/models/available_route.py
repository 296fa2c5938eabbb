from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="AvailableRoute")
_KNOWN_KEYS = frozenset(
    (
        "originChainId",
        "originToken",
        "destinationChainId",
        "destinationToken",
        "originTokenSymbol",
        "destinationTokenSymbol",
        "isNative",
    )
)


@_attrs_define
class AvailableRoute:
    """A directly bridgeable token route.

    Attributes:
        origin_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
            restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        origin_token (str): Token address on the origin chain.
        destination_chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
            restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        destination_token (str): Token address on the destination chain.
        origin_token_symbol (str | Unset):
        destination_token_symbol (str | Unset):
        is_native (bool | Unset): True when the route deposits the chain's native token rather than its wrapped form.
            Not in the upstream schema.
    """

    origin_chain_id: int
    origin_token: str
    destination_chain_id: int
    destination_token: str
    origin_token_symbol: str | Unset = UNSET
    destination_token_symbol: str | Unset = UNSET
    is_native: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["originChainId"] = self.origin_chain_id

        field_dict["originToken"] = self.origin_token

        field_dict["destinationChainId"] = self.destination_chain_id

        field_dict["destinationToken"] = self.destination_token

        if self.origin_token_symbol is not UNSET:
            field_dict["originTokenSymbol"] = self.origin_token_symbol

        if self.destination_token_symbol is not UNSET:
            field_dict["destinationTokenSymbol"] = self.destination_token_symbol

        if self.is_native is not UNSET:
            field_dict["isNative"] = self.is_native

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
            origin_chain_id = src_dict["originChainId"]
            origin_token = src_dict["originToken"]
            destination_chain_id = src_dict["destinationChainId"]
            destination_token = src_dict["destinationToken"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (type(origin_chain_id) is int or is_integer(origin_chain_id)):
            raise TypeMismatch("integer", origin_chain_id, "originChainId")

        if not isinstance(origin_token, str):
            raise TypeMismatch("string", origin_token, "originToken")

        if not (type(destination_chain_id) is int or is_integer(destination_chain_id)):
            raise TypeMismatch("integer", destination_chain_id, "destinationChainId")

        if not isinstance(destination_token, str):
            raise TypeMismatch("string", destination_token, "destinationToken")

        _seen = 4
        origin_token_symbol = src_dict.get("originTokenSymbol", UNSET)
        if origin_token_symbol is not UNSET:
            _seen += 1
            if not isinstance(origin_token_symbol, str):
                raise TypeMismatch("string", origin_token_symbol, "originTokenSymbol")

        destination_token_symbol = src_dict.get("destinationTokenSymbol", UNSET)
        if destination_token_symbol is not UNSET:
            _seen += 1
            if not isinstance(destination_token_symbol, str):
                raise TypeMismatch("string", destination_token_symbol, "destinationTokenSymbol")

        is_native = src_dict.get("isNative", UNSET)
        if is_native is not UNSET:
            _seen += 1
            if not (is_native is True or is_native is False):
                raise TypeMismatch("boolean", is_native, "isNative")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.origin_chain_id = origin_chain_id
        _model.origin_token = origin_token
        _model.destination_chain_id = destination_chain_id
        _model.destination_token = destination_token
        _model.origin_token_symbol = origin_token_symbol
        _model.destination_token_symbol = destination_token_symbol
        _model.is_native = is_native
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
