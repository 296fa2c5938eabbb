from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytecode_output import BytecodeOutput
from ..types import UNSET, Unset

T = TypeVar("T", bound="BytecodeRequest")


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
        quote_id = self.quote_id

        origin_address = self.origin_address

        destination_address = self.destination_address

        raw_quote = self.raw_quote

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.value

        account_id = self.account_id

        pix_key = self.pix_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteId": quote_id,
                "originAddress": origin_address,
                "destinationAddress": destination_address,
            }
        )
        if raw_quote is not UNSET:
            field_dict["rawQuote"] = raw_quote
        if output is not UNSET:
            field_dict["output"] = output
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_id = d.pop("quoteId")

        origin_address = d.pop("originAddress")

        destination_address = d.pop("destinationAddress")

        raw_quote = d.pop("rawQuote", UNSET)

        _output = d.pop("output", UNSET)
        output: BytecodeOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = BytecodeOutput(_output)

        account_id = d.pop("accountId", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        bytecode_request = cls(
            quote_id=quote_id,
            origin_address=origin_address,
            destination_address=destination_address,
            raw_quote=raw_quote,
            output=output,
            account_id=account_id,
            pix_key=pix_key,
        )

        bytecode_request.additional_properties = d
        return bytecode_request

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
