from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="QuoteToken")
_KNOWN_KEYS = frozenset(
    (
        "amount",
        "contract",
        "symbol",
        "decimals",
        "chainId",
        "priceUSD",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = self.amount

        if self.contract is not UNSET:
            field_dict["contract"] = self.contract

        if self.symbol is not UNSET:
            field_dict["symbol"] = self.symbol

        if self.decimals is not UNSET:
            field_dict["decimals"] = self.decimals

        if self.chain_id is not UNSET:
            field_dict["chainId"] = self.chain_id

        if self.price_usd is not UNSET:
            field_dict["priceUSD"] = self.price_usd

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
            amount = src_dict["amount"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(amount, str):
            raise TypeMismatch("string", amount, "amount")

        _seen = 1
        contract = src_dict.get("contract", UNSET)
        if contract is not UNSET:
            _seen += 1
            if not isinstance(contract, str):
                raise TypeMismatch("string", contract, "contract")

        symbol = src_dict.get("symbol", UNSET)
        if symbol is not UNSET:
            _seen += 1
            if not isinstance(symbol, str):
                raise TypeMismatch("string", symbol, "symbol")

        decimals = src_dict.get("decimals", UNSET)
        if decimals is not UNSET:
            _seen += 1
            if not (type(decimals) is int or is_integer(decimals)):
                raise TypeMismatch("integer", decimals, "decimals")

        chain_id = src_dict.get("chainId", UNSET)
        if chain_id is not UNSET:
            _seen += 1
            if not (type(chain_id) is int or is_integer(chain_id)):
                raise TypeMismatch("integer", chain_id, "chainId")

        price_usd = src_dict.get("priceUSD", UNSET)
        if price_usd is not UNSET:
            _seen += 1
            if not isinstance(price_usd, str):
                raise TypeMismatch("string", price_usd, "priceUSD")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.amount = amount
        _model.contract = contract
        _model.symbol = symbol
        _model.decimals = decimals
        _model.chain_id = chain_id
        _model.price_usd = price_usd
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
