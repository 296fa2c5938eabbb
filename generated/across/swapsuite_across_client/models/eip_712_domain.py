from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="Eip712Domain")
_KNOWN_KEYS = frozenset(
    (
        "name",
        "version",
        "chainId",
        "verifyingContract",
    )
)


@_attrs_define
class Eip712Domain:
    """EIP-712 domain separator fields.

    Attributes:
        name (str | Unset):
        version (str | Unset):
        chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream
            restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
            not carried over.
             Example: 10.
        verifying_contract (str | Unset):
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    chain_id: int | Unset = UNSET
    verifying_contract: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.version is not UNSET:
            field_dict["version"] = self.version

        if self.chain_id is not UNSET:
            field_dict["chainId"] = self.chain_id

        if self.verifying_contract is not UNSET:
            field_dict["verifyingContract"] = self.verifying_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        name = src_dict.get("name", UNSET)
        if name is not UNSET:
            _seen += 1
            if not isinstance(name, str):
                raise TypeMismatch("string", name, "name")

        version = src_dict.get("version", UNSET)
        if version is not UNSET:
            _seen += 1
            if not isinstance(version, str):
                raise TypeMismatch("string", version, "version")

        chain_id = src_dict.get("chainId", UNSET)
        if chain_id is not UNSET:
            _seen += 1
            if not (type(chain_id) is int or is_integer(chain_id)):
                raise TypeMismatch("integer", chain_id, "chainId")

        verifying_contract = src_dict.get("verifyingContract", UNSET)
        if verifying_contract is not UNSET:
            _seen += 1
            if not isinstance(verifying_contract, str):
                raise TypeMismatch("string", verifying_contract, "verifyingContract")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.name = name
        _model.version = version
        _model.chain_id = chain_id
        _model.verifying_contract = verifying_contract
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
