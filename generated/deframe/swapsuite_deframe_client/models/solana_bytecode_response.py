from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.solana_bytecode_response_type import SolanaBytecodeResponseType
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="SolanaBytecodeResponse")
_KNOWN_KEYS = frozenset(
    (
        "type",
        "chainId",
        "transactionData",
        "rawSwapData",
    )
)


@_attrs_define
class SolanaBytecodeResponse:
    """Same-chain Solana routes. Not in the API reference; shape taken from Pods' Privy integration demo, which reads
    `transactionData.rawTransaction` and falls back to `rawSwapData.transaction`.

        Attributes:
            type_ (SolanaBytecodeResponseType):
            chain_id (int | str): Chain identifier as it appears in execution data: normally the numeric EVM chain id, but
                Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
            transaction_data (SolanaBytecodeResponseTransactionData):
            raw_swap_data (SolanaBytecodeResponseRawSwapData | Unset):
    """

    type_: SolanaBytecodeResponseType
    chain_id: int | str
    transaction_data: SolanaBytecodeResponseTransactionData
    raw_swap_data: SolanaBytecodeResponseRawSwapData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value

        field_dict["chainId"] = self.chain_id

        field_dict["transactionData"] = self.transaction_data.to_dict()

        if self.raw_swap_data is not UNSET:
            field_dict["rawSwapData"] = self.raw_swap_data.to_dict()

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
            type_ = src_dict["type"]
            chain_id = src_dict["chainId"]
            transaction_data = src_dict["transactionData"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(type_, str):
            raise TypeMismatch("string", type_, "type")
        type_ = _SolanaBytecodeResponseType_BY_VALUE.get(type_) or SolanaBytecodeResponseType(type_)

        if type(chain_id) is int or is_integer(chain_id):
            pass

        elif isinstance(chain_id, str):
            pass

        else:
            raise TypeMismatch("integer | string", chain_id, "chainId")

        try:
            transaction_data = SolanaBytecodeResponseTransactionData.from_dict(transaction_data)
        except TypeMismatch as _exc:
            _exc.prepend("transactionData")
            raise

        _seen = 3
        raw_swap_data = src_dict.get("rawSwapData", UNSET)
        if raw_swap_data is not UNSET:
            _seen += 1
            try:
                raw_swap_data = SolanaBytecodeResponseRawSwapData.from_dict(raw_swap_data)
            except TypeMismatch as _exc:
                _exc.prepend("rawSwapData")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.type_ = type_
        _model.chain_id = chain_id
        _model.transaction_data = transaction_data
        _model.raw_swap_data = raw_swap_data
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
_SolanaBytecodeResponseType_BY_VALUE = SolanaBytecodeResponseType._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.solana_bytecode_response_raw_swap_data import SolanaBytecodeResponseRawSwapData  # noqa: E402
from ..models.solana_bytecode_response_transaction_data import SolanaBytecodeResponseTransactionData  # noqa: E402
