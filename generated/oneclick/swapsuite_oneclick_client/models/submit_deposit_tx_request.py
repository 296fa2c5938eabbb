from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitDepositTxRequest")
_KNOWN_KEYS = frozenset(
    (
        "txHash",
        "depositAddress",
        "nearSenderAccount",
        "memo",
    )
)


@_attrs_define
class SubmitDepositTxRequest:
    """Notification that a deposit was sent.

    Attributes:
        tx_hash (str): Hash of the deposit transaction. Example: 0x123abc456def789.
        deposit_address (str): Deposit address of the quote that was funded. Example:
            0x2527D02599Ba641c19FEa793cD0F167589a0f10D.
        near_sender_account (str | Unset): Sending account; only used for deposits made on NEAR. Example: relay.tg.
        memo (str | Unset): Memo the deposit was sent with, if any. Example: 123456.
    """

    tx_hash: str
    deposit_address: str
    near_sender_account: str | Unset = UNSET
    memo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["txHash"] = self.tx_hash

        field_dict["depositAddress"] = self.deposit_address

        if self.near_sender_account is not UNSET:
            field_dict["nearSenderAccount"] = self.near_sender_account

        if self.memo is not UNSET:
            field_dict["memo"] = self.memo

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
            tx_hash = src_dict["txHash"]
            deposit_address = src_dict["depositAddress"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(tx_hash, str):
            raise TypeMismatch("string", tx_hash, "txHash")

        if not isinstance(deposit_address, str):
            raise TypeMismatch("string", deposit_address, "depositAddress")

        _seen = 2
        near_sender_account = src_dict.get("nearSenderAccount", UNSET)
        if near_sender_account is not UNSET:
            _seen += 1
            if not isinstance(near_sender_account, str):
                raise TypeMismatch("string", near_sender_account, "nearSenderAccount")

        memo = src_dict.get("memo", UNSET)
        if memo is not UNSET:
            _seen += 1
            if not isinstance(memo, str):
                raise TypeMismatch("string", memo, "memo")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.tx_hash = tx_hash
        _model.deposit_address = deposit_address
        _model.near_sender_account = near_sender_account
        _model.memo = memo
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
