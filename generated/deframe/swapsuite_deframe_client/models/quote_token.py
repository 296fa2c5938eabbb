from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteToken")


@_attrs_define
class QuoteToken:
    """One side of the swap. On fiat legs there is no contract or chain (the token is a currency such as BRL).

    Attributes:
        amount (str): Amount as an integer string in the token's smallest unit.
        contract (str | Unset): Token contract address.
        symbol (str | Unset):
        decimals (int | Unset):
        chain_id (int | Unset): Numeric chain id of the token (e.g. 143 for Monad).
        price_usd (str | Unset): USD price of one token as a decimal string, e.g. "1.00".
    """

    amount: str
    contract: str | Unset = UNSET
    symbol: str | Unset = UNSET
    decimals: int | Unset = UNSET
    chain_id: int | Unset = UNSET
    price_usd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        contract = self.contract

        symbol = self.symbol

        decimals = self.decimals

        chain_id = self.chain_id

        price_usd = self.price_usd

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

        quote_token = cls(
            amount=amount,
            contract=contract,
            symbol=symbol,
            decimals=decimals,
            chain_id=chain_id,
            price_usd=price_usd,
        )

        quote_token.additional_properties = d
        return quote_token

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
