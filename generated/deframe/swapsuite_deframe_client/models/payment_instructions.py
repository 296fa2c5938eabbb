from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..types import UNSET, Unset, original_text

T = TypeVar("T", bound="PaymentInstructions")
_KNOWN_KEYS = frozenset(
    (
        "amount",
        "pix",
        "expiresAt",
    )
)


@_attrs_define
class PaymentInstructions:
    """How the user pays on a fiat on-ramp quote (BRL via Pix).

    Attributes:
        amount (PaymentInstructionsAmount | Unset): What the user pays (shown in Pods' demo test payload).
        pix (PaymentInstructionsPix | Unset):
        expires_at (datetime.datetime | Unset): When the payment instructions expire.
    """

    amount: PaymentInstructionsAmount | Unset = UNSET
    pix: PaymentInstructionsPix | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _expires_at_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount.to_dict()

        if self.pix is not UNSET:
            field_dict["pix"] = self.pix.to_dict()

        if self.expires_at is not UNSET:
            field_dict["expiresAt"] = (
                original_text(self.expires_at, self._expires_at_text, datetime.datetime.fromisoformat)
                or self.expires_at.isoformat()
            )

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
        amount = src_dict.get("amount", UNSET)
        if amount is not UNSET:
            _seen += 1
            try:
                amount = PaymentInstructionsAmount.from_dict(amount)
            except TypeMismatch as _exc:
                _exc.prepend("amount")
                raise

        pix = src_dict.get("pix", UNSET)
        if pix is not UNSET:
            _seen += 1
            try:
                pix = PaymentInstructionsPix.from_dict(pix)
            except TypeMismatch as _exc:
                _exc.prepend("pix")
                raise

        expires_at = src_dict.get("expiresAt", UNSET)
        _expires_at_text: str | None = None
        if expires_at is not UNSET:
            _seen += 1
            if not isinstance(expires_at, str):
                raise TypeMismatch("date-time string", expires_at, "expiresAt")
            try:
                _expires_at_text, expires_at = expires_at, _parse_datetime(expires_at)
            except ValueError:
                raise TypeMismatch("date-time string", expires_at, "expiresAt") from None

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.amount = amount
        _model.pix = pix
        _model.expires_at = expires_at
        _model._expires_at_text = _expires_at_text
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.payment_instructions_amount import PaymentInstructionsAmount  # noqa: E402
from ..models.payment_instructions_pix import PaymentInstructionsPix  # noqa: E402
