from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evm_transaction import EvmTransaction
    from ..models.payment_instructions import PaymentInstructions
    from ..models.swap_quote import SwapQuote


T = TypeVar("T", bound="QuoteResponse")


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
        quote = self.quote.to_dict()

        id = self.id

        chain_id: int | str | Unset
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = self.chain_id

        transaction_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transaction_data, Unset):
            transaction_data = []
            for transaction_data_item_data in self.transaction_data:
                transaction_data_item = transaction_data_item_data.to_dict()
                transaction_data.append(transaction_data_item)

        payment_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_instructions, Unset):
            payment_instructions = self.payment_instructions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quote": quote,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if transaction_data is not UNSET:
            field_dict["transactionData"] = transaction_data
        if payment_instructions is not UNSET:
            field_dict["paymentInstructions"] = payment_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evm_transaction import EvmTransaction  # noqa: PLC0415
        from ..models.payment_instructions import PaymentInstructions  # noqa: PLC0415
        from ..models.swap_quote import SwapQuote  # noqa: PLC0415

        d = dict(src_dict)
        quote = SwapQuote.from_dict(d.pop("quote"))

        id = d.pop("id", UNSET)

        def _parse_chain_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        chain_id = _parse_chain_id(d.pop("chainId", UNSET))

        _transaction_data = d.pop("transactionData", UNSET)
        transaction_data: list[EvmTransaction] | Unset = UNSET
        if _transaction_data is not UNSET:
            transaction_data = []
            for transaction_data_item_data in _transaction_data:
                transaction_data_item = EvmTransaction.from_dict(transaction_data_item_data)

                transaction_data.append(transaction_data_item)

        _payment_instructions = d.pop("paymentInstructions", UNSET)
        payment_instructions: PaymentInstructions | Unset
        if isinstance(_payment_instructions, Unset):
            payment_instructions = UNSET
        else:
            payment_instructions = PaymentInstructions.from_dict(_payment_instructions)

        quote_response = cls(
            quote=quote,
            id=id,
            chain_id=chain_id,
            transaction_data=transaction_data,
            payment_instructions=payment_instructions,
        )

        quote_response.additional_properties = d
        return quote_response

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
