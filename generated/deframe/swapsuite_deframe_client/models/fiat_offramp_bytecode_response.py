from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fiat_offramp_bytecode_response_transaction import FiatOfframpBytecodeResponseTransaction


T = TypeVar("T", bound="FiatOfframpBytecodeResponse")


@_attrs_define
class FiatOfframpBytecodeResponse:
    """BRL Pix off-ramp. Not in the API reference; shape taken from Pods' KYC demo off-ramp guide ("the response can
    include"). The user sends the input token to `depositAddress` (or executes `transaction`) and the BRL payout
    follows.

        Attributes:
            deposit_address (str): Address on the origin chain the user sends the input token to (not the recipient).
            quote_id (str | Unset):
            transaction (FiatOfframpBytecodeResponseTransaction | Unset): Transfer payload, when the backend returns one.
    """

    deposit_address: str
    quote_id: str | Unset = UNSET
    transaction: FiatOfframpBytecodeResponseTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_address = self.deposit_address

        quote_id = self.quote_id

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depositAddress": deposit_address,
            }
        )
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fiat_offramp_bytecode_response_transaction import FiatOfframpBytecodeResponseTransaction  # noqa: PLC0415

        d = dict(src_dict)
        deposit_address = d.pop("depositAddress")

        quote_id = d.pop("quoteId", UNSET)

        _transaction = d.pop("transaction", UNSET)
        transaction: FiatOfframpBytecodeResponseTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = FiatOfframpBytecodeResponseTransaction.from_dict(_transaction)

        fiat_offramp_bytecode_response = cls(
            deposit_address=deposit_address,
            quote_id=quote_id,
            transaction=transaction,
        )

        fiat_offramp_bytecode_response.additional_properties = d
        return fiat_offramp_bytecode_response

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
