from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="QuoteResponse")
_KNOWN_KEYS = frozenset(
    (
        "quote",
        "id",
        "chainId",
        "transactionData",
        "paymentInstructions",
    )
)


@_attrs_define
class QuoteResponse:
    """Result of `GET /v2/swap/quote`. `id`, `chainId` and `transactionData` are present only when both `originAddress` and
    `destinationAddress` were sent (same meaning as in `EvmBytecodeResponse`); `paymentInstructions` only on fiat on-
    ramp quotes.

        Attributes:
            quote (SwapQuote): The saved quote. Only `quoteId` is required (tolerant reader): the two older reference copies
                have no `feeBreakdown` and no `status`, and Pods' on-ramp reader test has neither `tokenIn` nor the chain names.
                The adapter refuses a quote without `tokenIn.amount` or `tokenOut` with a ResponseShapeError of its own.
            id (str | Unset): Execution-tracking id (24 hex characters), as returned by `POST /v2/swap/bytecode`.
            chain_id (int | str | Unset): Chain identifier as it appears in execution data: normally the numeric EVM chain
                id, but Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
            transaction_data (list[EvmTransaction] | Unset): Transactions to sign and send, in order.
            payment_instructions (PaymentInstructions | Unset): How the user pays on a fiat on-ramp quote (BRL via Pix).
    """

    quote: SwapQuote
    id: str | Unset = UNSET
    chain_id: int | str | Unset = UNSET
    transaction_data: list[EvmTransaction] | Unset = UNSET
    payment_instructions: PaymentInstructions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["quote"] = self.quote.to_dict()

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.chain_id is not UNSET:
            field_dict["chainId"] = self.chain_id

        if self.transaction_data is not UNSET:
            transaction_data_list: list[Any] = []
            for transaction_data_item in self.transaction_data:
                transaction_data_out = transaction_data_item.to_dict()

                transaction_data_list.append(transaction_data_out)
            field_dict["transactionData"] = transaction_data_list

        if self.payment_instructions is not UNSET:
            field_dict["paymentInstructions"] = self.payment_instructions.to_dict()

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
            quote = src_dict["quote"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        try:
            quote = SwapQuote.from_dict(quote)
        except TypeMismatch as _exc:
            _exc.prepend("quote")
            raise

        _seen = 1
        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            _seen += 1
            if not isinstance(id, str):
                raise TypeMismatch("string", id, "id")

        chain_id = src_dict.get("chainId", UNSET)
        if chain_id is not UNSET:
            _seen += 1
            if type(chain_id) is int or is_integer(chain_id):
                pass

            elif isinstance(chain_id, str):
                pass

            else:
                raise TypeMismatch("integer | string", chain_id, "chainId")

        transaction_data = src_dict.get("transactionData", UNSET)
        if transaction_data is not UNSET:
            _seen += 1
            if not isinstance(transaction_data, list):
                raise TypeMismatch("array", transaction_data, "transactionData")
            transaction_data_list: list[Any] = []
            try:
                for transaction_data_item in transaction_data:
                    transaction_data_item = EvmTransaction.from_dict(transaction_data_item)

                    transaction_data_list.append(transaction_data_item)
            except TypeMismatch as _exc:
                _exc.prepend("transactionData", len(transaction_data_list))
                raise
            transaction_data = transaction_data_list

        payment_instructions = src_dict.get("paymentInstructions", UNSET)
        if payment_instructions is not UNSET:
            _seen += 1
            try:
                payment_instructions = PaymentInstructions.from_dict(payment_instructions)
            except TypeMismatch as _exc:
                _exc.prepend("paymentInstructions")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.quote = quote
        _model.id = id
        _model.chain_id = chain_id
        _model.transaction_data = transaction_data
        _model.payment_instructions = payment_instructions
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
from ..models.evm_transaction import EvmTransaction  # noqa: E402
from ..models.payment_instructions import PaymentInstructions  # noqa: E402
from ..models.swap_quote import SwapQuote  # noqa: E402
