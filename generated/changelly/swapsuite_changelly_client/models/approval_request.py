from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.approval_type import ApprovalType

T = TypeVar("T", bound="ApprovalRequest")
_KNOWN_KEYS = frozenset(
    (
        "approval_type",
        "signed_data",
    )
)


@_attrs_define
class ApprovalRequest:
    """
    Attributes:
        approval_type (ApprovalType): How the user approves an intent, fixed by the source chain: `permit2` (EIP-712
            Permit2 signature, EVM and Tron), `cosign` (co-signed transaction, Solana) or `htlc` (signed PSBT for a hash
            time-locked contract, Bitcoin). Used both as the intent's `approval_type` and as a swap's `approval_mechanism`.
        signed_data (CosignSignedData | str): The signature: a hex EIP-712 signature for `permit2`, a base64 co-signed
            transaction for `cosign`, a base64 signed PSBT for `htlc`. For `cosign` the documented base64 string begins with
            the encoding of `{"transaction`, i.e. it wraps the JSON object that an older version of the docs sent directly
            (`CosignSignedData`); that object form is kept as the second variant.
    """

    approval_type: ApprovalType
    signed_data: CosignSignedData | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["approval_type"] = self.approval_type.value

        if isinstance(self.signed_data, CosignSignedData):
            field_dict["signed_data"] = self.signed_data.to_dict()

        else:
            field_dict["signed_data"] = self.signed_data

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
            approval_type = src_dict["approval_type"]
            signed_data = src_dict["signed_data"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(approval_type, str):
            raise TypeMismatch("string", approval_type, "approval_type")
        approval_type = _ApprovalType_BY_VALUE.get(approval_type) or ApprovalType(approval_type)

        if isinstance(signed_data, str):
            pass

        elif isinstance(signed_data, Mapping):
            try:
                signed_data = CosignSignedData.from_dict(signed_data)
            except TypeMismatch as _exc:
                _exc.prepend("signed_data")
                raise

        else:
            raise TypeMismatch("string | object", signed_data, "signed_data")

        _seen = 2
        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.approval_type = approval_type
        _model.signed_data = signed_data
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
_ApprovalType_BY_VALUE = ApprovalType._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.cosign_signed_data import CosignSignedData  # noqa: E402
