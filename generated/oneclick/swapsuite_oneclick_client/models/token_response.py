from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.blockchain import Blockchain
from ..types import NUMBER_TYPES, UNSET, Unset, is_integer, is_number, original_text

T = TypeVar("T", bound="TokenResponse")
_KNOWN_KEYS = frozenset(
    (
        "assetId",
        "decimals",
        "blockchain",
        "symbol",
        "price",
        "priceUpdatedAt",
        "contractAddress",
        "coingeckoId",
    )
)


@_attrs_define
class TokenResponse:
    """One asset that 1Click can swap.

    Attributes:
        asset_id (str): Identifier to use as `originAsset` / `destinationAsset`. Treat it as opaque; seen forms are
            `nep141:<account>`, `nep245:<contract>:<token>` and `1cs_v1:<chain>:<namespace>:<reference>`.
             Example: nep141:wrap.near.
        decimals (int): Number of decimal places of the token's smallest unit. Upstream declares `type: number`; every
            value is a whole number, so the contract uses `integer`.
             Example: 24.
        blockchain (Blockchain): Short chain code used by 1Click (`TokenResponse.blockchain`,
            `ChainDepositAddress.blockchain`).
            The list keeps growing; generated clients must tolerate codes that are not listed here.
            Union of the Jan-2026 spec, one-click-sdk-typescript 0.1.25 and the newest docs (`fogo`; `hood` and
            `hlevm` appear in the docs only for chain deposit addresses).
             Example: near.
        symbol (str): Ticker symbol, e.g. `ETH`. Example: wNEAR.
        price (float | str): Latest USD price of one whole token. Real responses send a JSON number; upstream's own
            example sends
            the string `"2.79"`, so by the tolerant-reader rule (specs/CONVENTIONS.md) both are accepted.
             Example: 2.79.
        price_updated_at (datetime.datetime): When `price` was last refreshed. Example: 2025-03-28T12:23:00.070Z.
        contract_address (None | str | Unset): Token contract address on its chain. Missing or `null` for native assets
            (the docs' own example
            response shows `null`, which the upstream schema does not allow).
             Example: wrap.near.
        coingecko_id (None | str | Unset): CoinGecko identifier of the token (newer API versions). Declared nullable
            like
            `contractAddress`, since not every token has one.
             Example: wrapped-near.
    """

    asset_id: str
    decimals: int
    blockchain: Blockchain
    symbol: str
    price: float | str
    price_updated_at: datetime.datetime
    contract_address: None | str | Unset = UNSET
    coingecko_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _price_updated_at_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["assetId"] = self.asset_id

        field_dict["decimals"] = self.decimals

        field_dict["blockchain"] = self.blockchain.value

        field_dict["symbol"] = self.symbol

        field_dict["price"] = self.price

        field_dict["priceUpdatedAt"] = (
            original_text(self.price_updated_at, self._price_updated_at_text, datetime.datetime.fromisoformat)
            or self.price_updated_at.isoformat()
        )

        if self.contract_address is not UNSET:
            field_dict["contractAddress"] = self.contract_address

        if self.coingecko_id is not UNSET:
            field_dict["coingeckoId"] = self.coingecko_id

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
            asset_id = src_dict["assetId"]
            decimals = src_dict["decimals"]
            blockchain = src_dict["blockchain"]
            symbol = src_dict["symbol"]
            price = src_dict["price"]
            price_updated_at = src_dict["priceUpdatedAt"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(asset_id, str):
            raise TypeMismatch("string", asset_id, "assetId")

        if not (type(decimals) is int or is_integer(decimals)):
            raise TypeMismatch("integer", decimals, "decimals")

        if not isinstance(blockchain, str):
            raise TypeMismatch("string", blockchain, "blockchain")
        blockchain = _Blockchain_BY_VALUE.get(blockchain) or Blockchain(blockchain)

        if not isinstance(symbol, str):
            raise TypeMismatch("string", symbol, "symbol")

        if type(price) in NUMBER_TYPES or is_number(price):
            pass

        elif isinstance(price, str):
            pass

        else:
            raise TypeMismatch("number | string", price, "price")

        _price_updated_at_text: str | None = None
        if not isinstance(price_updated_at, str):
            raise TypeMismatch("date-time string", price_updated_at, "priceUpdatedAt")
        try:
            _price_updated_at_text, price_updated_at = price_updated_at, _parse_datetime(price_updated_at)
        except ValueError:
            raise TypeMismatch("date-time string", price_updated_at, "priceUpdatedAt") from None

        _seen = 6
        contract_address = src_dict.get("contractAddress", UNSET)
        if contract_address is not UNSET:
            _seen += 1
            if contract_address is None:
                pass

            elif isinstance(contract_address, str):
                pass

            else:
                raise TypeMismatch("string | null", contract_address, "contractAddress")

        coingecko_id = src_dict.get("coingeckoId", UNSET)
        if coingecko_id is not UNSET:
            _seen += 1
            if coingecko_id is None:
                pass

            elif isinstance(coingecko_id, str):
                pass

            else:
                raise TypeMismatch("string | null", coingecko_id, "coingeckoId")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.asset_id = asset_id
        _model.decimals = decimals
        _model.blockchain = blockchain
        _model.symbol = symbol
        _model.price = price
        _model.price_updated_at = price_updated_at
        _model._price_updated_at_text = _price_updated_at_text
        _model.contract_address = contract_address
        _model.coingecko_id = coingecko_id
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
_parse_datetime = datetime.datetime.fromisoformat
_Blockchain_BY_VALUE = Blockchain._value2member_map_  # known values only; see from_dict
