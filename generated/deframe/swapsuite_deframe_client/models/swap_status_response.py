from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapStatusResponse")
_KNOWN_KEYS = frozenset(
    (
        "status",
        "originTxHash",
        "destinationTxHash",
        "destinationTxUrl",
        "provider",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status.value

        if self.origin_tx_hash is not UNSET:
            field_dict["originTxHash"] = self.origin_tx_hash

        if self.destination_tx_hash is not UNSET:
            field_dict["destinationTxHash"] = self.destination_tx_hash

        if self.destination_tx_url is not UNSET:
            field_dict["destinationTxUrl"] = self.destination_tx_url

        if self.provider is not UNSET:
            field_dict["provider"] = self.provider

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
            status = src_dict["status"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(status, str):
            raise TypeMismatch("string", status, "status")
        status = _SwapStatus_BY_VALUE.get(status) or SwapStatus(status)

        _seen = 1
        origin_tx_hash = src_dict.get("originTxHash", UNSET)
        if origin_tx_hash is not UNSET:
            _seen += 1
            if origin_tx_hash is None:
                pass

            elif isinstance(origin_tx_hash, str):
                pass

            else:
                raise TypeMismatch("string | null", origin_tx_hash, "originTxHash")

        destination_tx_hash = src_dict.get("destinationTxHash", UNSET)
        if destination_tx_hash is not UNSET:
            _seen += 1
            if destination_tx_hash is None:
                pass

            elif isinstance(destination_tx_hash, str):
                pass

            else:
                raise TypeMismatch("string | null", destination_tx_hash, "destinationTxHash")

        destination_tx_url = src_dict.get("destinationTxUrl", UNSET)
        if destination_tx_url is not UNSET:
            _seen += 1
            if destination_tx_url is None:
                pass

            elif isinstance(destination_tx_url, str):
                pass

            else:
                raise TypeMismatch("string | null", destination_tx_url, "destinationTxUrl")

        provider = src_dict.get("provider", UNSET)
        if provider is not UNSET:
            _seen += 1
            if not isinstance(provider, str):
                raise TypeMismatch("string", provider, "provider")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.status = status
        _model.origin_tx_hash = origin_tx_hash
        _model.destination_tx_hash = destination_tx_hash
        _model.destination_tx_url = destination_tx_url
        _model.provider = provider
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
_SwapStatus_BY_VALUE = SwapStatus._value2member_map_  # known values only; see from_dict
