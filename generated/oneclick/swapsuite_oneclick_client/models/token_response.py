from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blockchain import Blockchain
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


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

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        decimals = self.decimals

        blockchain = self.blockchain.value

        symbol = self.symbol

        price: float | str
        price = self.price

        price_updated_at = self.price_updated_at.isoformat()

        contract_address: None | str | Unset
        if isinstance(self.contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = self.contract_address

        coingecko_id: None | str | Unset
        if isinstance(self.coingecko_id, Unset):
            coingecko_id = UNSET
        else:
            coingecko_id = self.coingecko_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
                "decimals": decimals,
                "blockchain": blockchain,
                "symbol": symbol,
                "price": price,
                "priceUpdatedAt": price_updated_at,
            }
        )
        if contract_address is not UNSET:
            field_dict["contractAddress"] = contract_address
        if coingecko_id is not UNSET:
            field_dict["coingeckoId"] = coingecko_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("assetId")

        decimals = d.pop("decimals")

        blockchain = Blockchain(d.pop("blockchain"))

        symbol = d.pop("symbol")

        def _parse_price(data: object) -> float | str:
            return cast(float | str, data)

        price = _parse_price(d.pop("price"))

        price_updated_at = datetime.datetime.fromisoformat(d.pop("priceUpdatedAt"))

        def _parse_contract_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_address = _parse_contract_address(d.pop("contractAddress", UNSET))

        def _parse_coingecko_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coingecko_id = _parse_coingecko_id(d.pop("coingeckoId", UNSET))

        token_response = cls(
            asset_id=asset_id,
            decimals=decimals,
            blockchain=blockchain,
            symbol=symbol,
            price=price,
            price_updated_at=price_updated_at,
            contract_address=contract_address,
            coingecko_id=coingecko_id,
        )

        token_response.additional_properties = d
        return token_response

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
