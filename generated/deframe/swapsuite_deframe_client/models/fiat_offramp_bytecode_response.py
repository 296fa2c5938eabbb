from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="FiatOfframpBytecodeResponse")
_KNOWN_KEYS = frozenset(
    (
        "depositAddress",
        "quoteId",
        "transaction",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["depositAddress"] = self.deposit_address

        if self.quote_id is not UNSET:
            field_dict["quoteId"] = self.quote_id

        if self.transaction is not UNSET:
            field_dict["transaction"] = self.transaction.to_dict()

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
            deposit_address = src_dict["depositAddress"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(deposit_address, str):
            raise TypeMismatch("string", deposit_address, "depositAddress")

        _seen = 1
        quote_id = src_dict.get("quoteId", UNSET)
        if quote_id is not UNSET:
            _seen += 1
            if not isinstance(quote_id, str):
                raise TypeMismatch("string", quote_id, "quoteId")

        transaction = src_dict.get("transaction", UNSET)
        if transaction is not UNSET:
            _seen += 1
            try:
                transaction = FiatOfframpBytecodeResponseTransaction.from_dict(transaction)
            except TypeMismatch as _exc:
                _exc.prepend("transaction")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.deposit_address = deposit_address
        _model.quote_id = quote_id
        _model.transaction = transaction
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.fiat_offramp_bytecode_response_transaction import FiatOfframpBytecodeResponseTransaction  # noqa: E402
