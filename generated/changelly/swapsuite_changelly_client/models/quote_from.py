from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="QuoteFrom")
_KNOWN_KEYS = frozenset(
    (
        "amount",
        "decimals",
        "network_id",
        "token_id",
        "contract_address",
    )
)


@_attrs_define
class QuoteFrom:
    """Source side of a quote. Truncated in public docs; further fields may appear.

    Attributes:
        amount (str): Amount sold, in base units; it echoes the request's human `amount` scaled by `decimals` (see
            "Units").
        decimals (int):
        network_id (int | Unset):
        token_id (int | Unset):
        contract_address (None | str | Unset):
    """

    amount: str
    decimals: int
    network_id: int | Unset = UNSET
    token_id: int | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = self.amount

        field_dict["decimals"] = self.decimals

        if self.network_id is not UNSET:
            field_dict["network_id"] = self.network_id

        if self.token_id is not UNSET:
            field_dict["token_id"] = self.token_id

        if self.contract_address is not UNSET:
            field_dict["contract_address"] = self.contract_address

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
            amount = src_dict["amount"]
            decimals = src_dict["decimals"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(amount, str):
            raise TypeMismatch("string", amount, "amount")

        if not (type(decimals) is int or is_integer(decimals)):
            raise TypeMismatch("integer", decimals, "decimals")

        _seen = 2
        network_id = src_dict.get("network_id", UNSET)
        if network_id is not UNSET:
            _seen += 1
            if not (type(network_id) is int or is_integer(network_id)):
                raise TypeMismatch("integer", network_id, "network_id")

        token_id = src_dict.get("token_id", UNSET)
        if token_id is not UNSET:
            _seen += 1
            if not (type(token_id) is int or is_integer(token_id)):
                raise TypeMismatch("integer", token_id, "token_id")

        contract_address = src_dict.get("contract_address", UNSET)
        if contract_address is not UNSET:
            _seen += 1
            if contract_address is None:
                pass

            elif isinstance(contract_address, str):
                pass

            else:
                raise TypeMismatch("string | null", contract_address, "contract_address")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.amount = amount
        _model.decimals = decimals
        _model.network_id = network_id
        _model.token_id = token_id
        _model.contract_address = contract_address
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
