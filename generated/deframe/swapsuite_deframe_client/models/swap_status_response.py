from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapStatusResponse")


@_attrs_define
class SwapStatusResponse:
    """Only `status` is required: Pods' demo proxy test answers a status lookup with `{"status": "pending"}` alone, and the
    adapter needs nothing else.

        Attributes:
            status (SwapStatus): Status of a quote / swap. The docs have published two vocabularies and both may still be
                served; this enum
                is their union.
                * Newest reference ("quote status"): `pending`, `confirmed`, `fulfilled`, `expired`, `failed`, `refunded`,
                  `processing`. Terminal: `fulfilled`, `failed`, `expired`, `refunded`.
                * Older reference ("transaction status"): `pending`, `crossing`, `propagated`, `success`, `failed`,
                  `stalled`.

                `pending` and `failed` belong to both. A new quote is `pending`.
            origin_tx_hash (None | str | Unset): Transaction hash on the origin chain, once known.
            destination_tx_hash (None | str | Unset): Transaction hash on the destination chain, once the swap completed.
            destination_tx_url (None | str | Unset): Block-explorer link for the destination transaction (documented by the
                older reference).
            provider (str | Unset): Provider executing the swap (plain string, see `SwapQuote.provider`).
    """

    status: SwapStatus
    origin_tx_hash: None | str | Unset = UNSET
    destination_tx_hash: None | str | Unset = UNSET
    destination_tx_url: None | str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        origin_tx_hash: None | str | Unset
        if isinstance(self.origin_tx_hash, Unset):
            origin_tx_hash = UNSET
        else:
            origin_tx_hash = self.origin_tx_hash

        destination_tx_hash: None | str | Unset
        if isinstance(self.destination_tx_hash, Unset):
            destination_tx_hash = UNSET
        else:
            destination_tx_hash = self.destination_tx_hash

        destination_tx_url: None | str | Unset
        if isinstance(self.destination_tx_url, Unset):
            destination_tx_url = UNSET
        else:
            destination_tx_url = self.destination_tx_url

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if origin_tx_hash is not UNSET:
            field_dict["originTxHash"] = origin_tx_hash
        if destination_tx_hash is not UNSET:
            field_dict["destinationTxHash"] = destination_tx_hash
        if destination_tx_url is not UNSET:
            field_dict["destinationTxUrl"] = destination_tx_url
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = SwapStatus(d.pop("status"))

        def _parse_origin_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_tx_hash = _parse_origin_tx_hash(d.pop("originTxHash", UNSET))

        def _parse_destination_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_tx_hash = _parse_destination_tx_hash(d.pop("destinationTxHash", UNSET))

        def _parse_destination_tx_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_tx_url = _parse_destination_tx_url(d.pop("destinationTxUrl", UNSET))

        provider = d.pop("provider", UNSET)

        swap_status_response = cls(
            status=status,
            origin_tx_hash=origin_tx_hash,
            destination_tx_hash=destination_tx_hash,
            destination_tx_url=destination_tx_url,
            provider=provider,
        )

        swap_status_response.additional_properties = d
        return swap_status_response

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
