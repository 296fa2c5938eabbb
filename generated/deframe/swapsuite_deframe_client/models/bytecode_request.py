from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.bytecode_output import BytecodeOutput
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="BytecodeRequest")
_KNOWN_KEYS = frozenset(
    (
        "quoteId",
        "originAddress",
        "destinationAddress",
        "rawQuote",
        "output",
        "accountId",
        "pixKey",
    )
)


@_attrs_define
class BytecodeRequest:
    """
    Attributes:
        quote_id (str): `quoteId` from `GET /v2/swap/quote`. Example: 550e8400-e29b-41d4-a716-446655440000.
        origin_address (str): Address that executes the swap on the origin chain.
        destination_address (str): Address that receives the tokens on the destination chain. On the BRL Pix off-ramp
            Pods' guide sets it to the Pix key as well.
        raw_quote (Any | Unset): The quote's `rawQuote`, echoed unchanged when the quote had one.
        output (BytecodeOutput | Unset): Shape of the execution data:
            * `bytecode` (default): plain transactions in `transactionData`.
            * `userOperation`: an ERC-4337 user operation.
            * `fireblocks`: a Fireblocks contract-call payload; needs `accountId`.
        account_id (int | Unset): Fireblocks vault account id; required when `output` is `fireblocks`. Documented as a
            number (example 12); modelled as an integer so it is never sent as `12.0`.
        pix_key (str | Unset): The user's Pix key for the BRL payout (BRL Pix off-ramp only; from Pods' demo guide).
    """

    quote_id: str
    origin_address: str
    destination_address: str
    raw_quote: Any | Unset = UNSET
    output: BytecodeOutput | Unset = UNSET
    account_id: int | Unset = UNSET
    pix_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["quoteId"] = self.quote_id

        field_dict["originAddress"] = self.origin_address

        field_dict["destinationAddress"] = self.destination_address

        if self.raw_quote is not UNSET:
            field_dict["rawQuote"] = self.raw_quote

        if self.output is not UNSET:
            field_dict["output"] = self.output.value

        if self.account_id is not UNSET:
            field_dict["accountId"] = self.account_id

        if self.pix_key is not UNSET:
            field_dict["pixKey"] = self.pix_key

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
            quote_id = src_dict["quoteId"]
            origin_address = src_dict["originAddress"]
            destination_address = src_dict["destinationAddress"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(quote_id, str):
            raise TypeMismatch("string", quote_id, "quoteId")

        if not isinstance(origin_address, str):
            raise TypeMismatch("string", origin_address, "originAddress")

        if not isinstance(destination_address, str):
            raise TypeMismatch("string", destination_address, "destinationAddress")

        _seen = 3
        raw_quote = src_dict.get("rawQuote", UNSET)
        if raw_quote is not UNSET:
            _seen += 1

        output = src_dict.get("output", UNSET)
        if output is not UNSET:
            _seen += 1
            if not isinstance(output, str):
                raise TypeMismatch("string", output, "output")
            output = _BytecodeOutput_BY_VALUE.get(output) or BytecodeOutput(output)

        account_id = src_dict.get("accountId", UNSET)
        if account_id is not UNSET:
            _seen += 1
            if not (type(account_id) is int or is_integer(account_id)):
                raise TypeMismatch("integer", account_id, "accountId")

        pix_key = src_dict.get("pixKey", UNSET)
        if pix_key is not UNSET:
            _seen += 1
            if not isinstance(pix_key, str):
                raise TypeMismatch("string", pix_key, "pixKey")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.quote_id = quote_id
        _model.origin_address = origin_address
        _model.destination_address = destination_address
        _model.raw_quote = raw_quote
        _model.output = output
        _model.account_id = account_id
        _model.pix_key = pix_key
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
_BytecodeOutput_BY_VALUE = BytecodeOutput._value2member_map_  # known values only; see from_dict
