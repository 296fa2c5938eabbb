from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.blockchain import Blockchain
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainDepositAddress")
_KNOWN_KEYS = frozenset(
    (
        "blockchain",
        "address",
        "memo",
    )
)


@_attrs_define
class ChainDepositAddress:
    """A deposit address for the quote on one particular chain.

    Attributes:
        blockchain (Blockchain): Short chain code used by 1Click (`TokenResponse.blockchain`,
            `ChainDepositAddress.blockchain`).
            The list keeps growing; generated clients must tolerate codes that are not listed here.
            Union of the Jan-2026 spec, one-click-sdk-typescript 0.1.25 and the newest docs (`fogo`; `hood` and
            `hlevm` appear in the docs only for chain deposit addresses).
             Example: near.
        address (str): Deposit address on that chain.
        memo (str | Unset): Memo to attach to deposits on that chain, when one is needed.
    """

    blockchain: Blockchain
    address: str
    memo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["blockchain"] = self.blockchain.value

        field_dict["address"] = self.address

        if self.memo is not UNSET:
            field_dict["memo"] = self.memo

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
            blockchain = src_dict["blockchain"]
            address = src_dict["address"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(blockchain, str):
            raise TypeMismatch("string", blockchain, "blockchain")
        blockchain = _Blockchain_BY_VALUE.get(blockchain) or Blockchain(blockchain)

        if not isinstance(address, str):
            raise TypeMismatch("string", address, "address")

        _seen = 2
        memo = src_dict.get("memo", UNSET)
        if memo is not UNSET:
            _seen += 1
            if not isinstance(memo, str):
                raise TypeMismatch("string", memo, "memo")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.blockchain = blockchain
        _model.address = address
        _model.memo = memo
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
_Blockchain_BY_VALUE = Blockchain._value2member_map_  # known values only; see from_dict
