from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteTokenOut")


@_attrs_define
class QuoteTokenOut:
    """The bought token. `expectedAmountOut` and `minAmountOut` are the provider's promises after platform fees were taken
    from the input.

        Attributes:
            amount (str): Amount as an integer string in the token's smallest unit.
            contract (str | Unset): Token contract address.
            symbol (str | Unset):
            decimals (int | Unset):
            chain_id (int | Unset): Numeric chain id of the token (e.g. 143 for Monad).
            price_usd (str | Unset): USD price of one token as a decimal string, e.g. "1.00".
            expected_amount_out (str | Unset): Expected output, integer string in the smallest unit; used to rank competing
                providers.
            min_amount_out (str | Unset): Guaranteed minimum output after slippage, integer string in the smallest unit.
    """

    amount: str
    contract: str | Unset = UNSET
    symbol: str | Unset = UNSET
    decimals: int | Unset = UNSET
    chain_id: int | Unset = UNSET
    price_usd: str | Unset = UNSET
    expected_amount_out: str | Unset = UNSET
    min_amount_out: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        contract = self.contract

        symbol = self.symbol

        decimals = self.decimals

        chain_id = self.chain_id

        price_usd = self.price_usd

        expected_amount_out = self.expected_amount_out

        min_amount_out = self.min_amount_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if contract is not UNSET:
            field_dict["contract"] = contract
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if price_usd is not UNSET:
            field_dict["priceUSD"] = price_usd
        if expected_amount_out is not UNSET:
            field_dict["expectedAmountOut"] = expected_amount_out
        if min_amount_out is not UNSET:
            field_dict["minAmountOut"] = min_amount_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        contract = d.pop("contract", UNSET)

        symbol = d.pop("symbol", UNSET)

        decimals = d.pop("decimals", UNSET)

        chain_id = d.pop("chainId", UNSET)

        price_usd = d.pop("priceUSD", UNSET)

        expected_amount_out = d.pop("expectedAmountOut", UNSET)

        min_amount_out = d.pop("minAmountOut", UNSET)

        quote_token_out = cls(
            amount=amount,
            contract=contract,
            symbol=symbol,
            decimals=decimals,
            chain_id=chain_id,
            price_usd=price_usd,
            expected_amount_out=expected_amount_out,
            min_amount_out=min_amount_out,
        )

        quote_token_out.additional_properties = d
        return quote_token_out

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
