from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_type import ApprovalType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.params_to_sign import ParamsToSign
    from ..models.quote import Quote


T = TypeVar("T", bound="Intent")


@_attrs_define
class Intent:
    """A created swap intent.

    Attributes:
        id (UUID):
        approval_type (ApprovalType): How the user approves an intent, fixed by the source chain: `permit2` (EIP-712
            Permit2 signature, EVM and Tron), `cosign` (co-signed transaction, Solana) or `htlc` (signed PSBT for a hash
            time-locked contract, Bitcoin). Used both as the intent's `approval_type` and as a swap's `approval_mechanism`.
        params_to_sign (ParamsToSign): Payload the user's wallet must sign; its shape depends on `approval_type`:
            * `permit2` (EVM, Tron) - Permit2 `PermitWitnessTransferFrom` with a deposit witness: `nonce`,
              `additional_data` (EIP-712 `types`, `domain`, `witness`, `witness_hash`, `witness_type_string`),
              `escrow_contract_address`, `permit2_contract_address`, `resolver_deposit_address`.
            * `cosign` (Solana) - a transaction to co-sign.
            * `htlc` (Bitcoin) - a PSBT funding a hash time-locked contract.
            Only the EVM shape has a documented sample, so the object is left open.
        quote (Quote): A priced swap offer. The quote response table is truncated in public docs; fields follow the
            quote object embedded in the documented create-intent response.
        expires_at (int | Unset): Expiry as a Unix timestamp. Documented in milliseconds, but the documented sample
            (1780078455) is in seconds; the unit is unconfirmed.
        secret_hash (str | Unset): Hash of the swap secret, derived from the request's `public_key` where one is given.
        approve_to (None | str | Unset): Address to approve, if the approval type needs one.
    """

    id: UUID
    approval_type: ApprovalType
    params_to_sign: ParamsToSign
    quote: Quote
    expires_at: int | Unset = UNSET
    secret_hash: str | Unset = UNSET
    approve_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        approval_type = self.approval_type.value

        params_to_sign = self.params_to_sign.to_dict()

        quote = self.quote.to_dict()

        expires_at = self.expires_at

        secret_hash = self.secret_hash

        approve_to: None | str | Unset
        if isinstance(self.approve_to, Unset):
            approve_to = UNSET
        else:
            approve_to = self.approve_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "approval_type": approval_type,
                "params_to_sign": params_to_sign,
                "quote": quote,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if secret_hash is not UNSET:
            field_dict["secret_hash"] = secret_hash
        if approve_to is not UNSET:
            field_dict["approve_to"] = approve_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.params_to_sign import ParamsToSign  # noqa: PLC0415
        from ..models.quote import Quote  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        approval_type = ApprovalType(d.pop("approval_type"))

        params_to_sign = ParamsToSign.from_dict(d.pop("params_to_sign"))

        quote = Quote.from_dict(d.pop("quote"))

        expires_at = d.pop("expires_at", UNSET)

        secret_hash = d.pop("secret_hash", UNSET)

        def _parse_approve_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approve_to = _parse_approve_to(d.pop("approve_to", UNSET))

        intent = cls(
            id=id,
            approval_type=approval_type,
            params_to_sign=params_to_sign,
            quote=quote,
            expires_at=expires_at,
            secret_hash=secret_hash,
            approve_to=approve_to,
        )

        intent.additional_properties = d
        return intent

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
