from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="EvmTransaction")
_KNOWN_KEYS = frozenset(
    (
        "chainId",
        "to",
        "data",
        "value",
        "from",
    )
)


@_attrs_define
class EvmTransaction:
    """One EVM transaction to sign and send. `from` is in every sample but not required: the signer is the quote's origin
    address, which the caller already knows.

        Attributes:
            chain_id (int | str): Chain identifier as it appears in execution data: normally the numeric EVM chain id, but
                Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
            to (str):
            data (str): Hex-encoded calldata.
            value (str): Native amount to attach, integer string in wei.
            from_ (str | Unset):
    """

    chain_id: int | str
    to: str
    data: str
    value: str
    from_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["chainId"] = self.chain_id

        field_dict["to"] = self.to

        field_dict["data"] = self.data

        field_dict["value"] = self.value

        if self.from_ is not UNSET:
            field_dict["from"] = self.from_

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
            chain_id = src_dict["chainId"]
            to = src_dict["to"]
            data = src_dict["data"]
            value = src_dict["value"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if type(chain_id) is int or is_integer(chain_id):
            pass

        elif isinstance(chain_id, str):
            pass

        else:
            raise TypeMismatch("integer | string", chain_id, "chainId")

        if not isinstance(to, str):
            raise TypeMismatch("string", to, "to")

        if not isinstance(data, str):
            raise TypeMismatch("string", data, "data")

        if not isinstance(value, str):
            raise TypeMismatch("string", value, "value")

        _seen = 4
        from_ = src_dict.get("from", UNSET)
        if from_ is not UNSET:
            _seen += 1
            if not isinstance(from_, str):
                raise TypeMismatch("string", from_, "from")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.chain_id = chain_id
        _model.to = to
        _model.data = data
        _model.value = value
        _model.from_ = from_
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
