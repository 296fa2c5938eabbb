from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_type import ApprovalType

if TYPE_CHECKING:
    from ..models.cosign_signed_data import CosignSignedData


T = TypeVar("T", bound="ApprovalRequest")


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
        from ..models.cosign_signed_data import CosignSignedData  # noqa: PLC0415

        approval_type = self.approval_type.value

        signed_data: dict[str, Any] | str
        if isinstance(self.signed_data, CosignSignedData):
            signed_data = self.signed_data.to_dict()
        else:
            signed_data = self.signed_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_type": approval_type,
                "signed_data": signed_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cosign_signed_data import CosignSignedData  # noqa: PLC0415

        d = dict(src_dict)
        approval_type = ApprovalType(d.pop("approval_type"))

        def _parse_signed_data(data: object) -> CosignSignedData | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signed_data_type_1 = CosignSignedData.from_dict(data)

                return signed_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CosignSignedData | str, data)

        signed_data = _parse_signed_data(d.pop("signed_data"))

        approval_request = cls(
            approval_type=approval_type,
            signed_data=signed_data,
        )

        approval_request.additional_properties = d
        return approval_request

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
