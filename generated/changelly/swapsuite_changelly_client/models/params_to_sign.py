from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ParamsToSign")


@_attrs_define
class ParamsToSign:
    """Payload the user's wallet must sign; its shape depends on `approval_type`:
    * `permit2` (EVM, Tron) - Permit2 `PermitWitnessTransferFrom` with a deposit witness: `nonce`,
      `additional_data` (EIP-712 `types`, `domain`, `witness`, `witness_hash`, `witness_type_string`),
      `escrow_contract_address`, `permit2_contract_address`, `resolver_deposit_address`.
    * `cosign` (Solana) - a transaction to co-sign.
    * `htlc` (Bitcoin) - a PSBT funding a hash time-locked contract.
    Only the EVM shape has a documented sample, so the object is left open.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        params_to_sign = cls()

        params_to_sign.additional_properties = d
        return params_to_sign

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
