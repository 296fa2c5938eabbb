from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="SwapTo")
_KNOWN_KEYS = frozenset(
    (
        "address",
        "tx",
        "tx_at",
        "network_id",
        "token_id",
        "contract_address",
        "decimals",
        "min_amount",
        "max_amount",
        "amount_expected",
    )
)


@_attrs_define
class SwapTo:
    """Destination side of a swap. Nothing is required: the adapter reports no delivered amount (Changelly documents only
    bounds) and reads only the transaction hash.

        Attributes:
            address (str | Unset): Recipient address.
            tx (None | str | Unset): Destination-chain transaction hash, once there is one.
            tx_at (str | Unset): Time of the destination transaction, an ISO 8601 string per the docs (listed on the intent-
                status page only; no sample value seen, so no `date-time` format is enforced).
            network_id (int | Unset):
            token_id (int | Unset):
            contract_address (None | str | Unset):
            decimals (int | Unset):
            min_amount (str | Unset): Lower bound of the amount received, in base units (the docs wrongly call it basis
                points).
            max_amount (str | Unset): Upper bound of the amount received, in base units.
            amount_expected (str | Unset): Expected amount received. Required on the swap list; the intent-status table is
                truncated before it, so it is optional here.
    """

    address: str | Unset = UNSET
    tx: None | str | Unset = UNSET
    tx_at: str | Unset = UNSET
    network_id: int | Unset = UNSET
    token_id: int | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    decimals: int | Unset = UNSET
    min_amount: str | Unset = UNSET
    max_amount: str | Unset = UNSET
    amount_expected: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.address is not UNSET:
            field_dict["address"] = self.address

        if self.tx is not UNSET:
            field_dict["tx"] = self.tx

        if self.tx_at is not UNSET:
            field_dict["tx_at"] = self.tx_at

        if self.network_id is not UNSET:
            field_dict["network_id"] = self.network_id

        if self.token_id is not UNSET:
            field_dict["token_id"] = self.token_id

        if self.contract_address is not UNSET:
            field_dict["contract_address"] = self.contract_address

        if self.decimals is not UNSET:
            field_dict["decimals"] = self.decimals

        if self.min_amount is not UNSET:
            field_dict["min_amount"] = self.min_amount

        if self.max_amount is not UNSET:
            field_dict["max_amount"] = self.max_amount

        if self.amount_expected is not UNSET:
            field_dict["amount_expected"] = self.amount_expected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        _seen = 0
        address = src_dict.get("address", UNSET)
        if address is not UNSET:
            _seen += 1
            if not isinstance(address, str):
                raise TypeMismatch("string", address, "address")

        tx = src_dict.get("tx", UNSET)
        if tx is not UNSET:
            _seen += 1
            if tx is None:
                pass

            elif isinstance(tx, str):
                pass

            else:
                raise TypeMismatch("string | null", tx, "tx")

        tx_at = src_dict.get("tx_at", UNSET)
        if tx_at is not UNSET:
            _seen += 1
            if not isinstance(tx_at, str):
                raise TypeMismatch("string", tx_at, "tx_at")

        network_id = src_dict.get("network_id", UNSET)
        if network_id is not UNSET:
            _seen += 1
            if not (type(network_id) is int or is_integer(network_id)):
                raise TypeMismatch("integer", network_id, "network_id")

        token_id = src_dict.get("token_id", UNSET)
        if token_id is not UNSET:
            _seen += 1
            if not (type(token_id) is int or is_integer(token_id)):
                raise TypeMismatch("integer", token_id, "token_id")

        contract_address = src_dict.get("contract_address", UNSET)
        if contract_address is not UNSET:
            _seen += 1
            if contract_address is None:
                pass

            elif isinstance(contract_address, str):
                pass

            else:
                raise TypeMismatch("string | null", contract_address, "contract_address")

        decimals = src_dict.get("decimals", UNSET)
        if decimals is not UNSET:
            _seen += 1
            if not (type(decimals) is int or is_integer(decimals)):
                raise TypeMismatch("integer", decimals, "decimals")

        min_amount = src_dict.get("min_amount", UNSET)
        if min_amount is not UNSET:
            _seen += 1
            if not isinstance(min_amount, str):
                raise TypeMismatch("string", min_amount, "min_amount")

        max_amount = src_dict.get("max_amount", UNSET)
        if max_amount is not UNSET:
            _seen += 1
            if not isinstance(max_amount, str):
                raise TypeMismatch("string", max_amount, "max_amount")

        amount_expected = src_dict.get("amount_expected", UNSET)
        if amount_expected is not UNSET:
            _seen += 1
            if not isinstance(amount_expected, str):
                raise TypeMismatch("string", amount_expected, "amount_expected")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.address = address
        _model.tx = tx
        _model.tx_at = tx_at
        _model.network_id = network_id
        _model.token_id = token_id
        _model.contract_address = contract_address
        _model.decimals = decimals
        _model.min_amount = min_amount
        _model.max_amount = max_amount
        _model.amount_expected = amount_expected
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
