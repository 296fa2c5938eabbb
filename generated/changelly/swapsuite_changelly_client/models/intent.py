from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.approval_type import ApprovalType
from ..types import UNSET, Unset, is_integer, original_text

T = TypeVar("T", bound="Intent")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "approval_type",
        "params_to_sign",
        "quote",
        "expires_at",
        "secret_hash",
        "approve_to",
    )
)


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

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _id_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = original_text(self.id, self._id_text, UUID) or str(self.id)

        field_dict["approval_type"] = self.approval_type.value

        field_dict["params_to_sign"] = self.params_to_sign.to_dict()

        field_dict["quote"] = self.quote.to_dict()

        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at

        if self.secret_hash is not UNSET:
            field_dict["secret_hash"] = self.secret_hash

        if self.approve_to is not UNSET:
            field_dict["approve_to"] = self.approve_to

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
            id = src_dict["id"]
            approval_type = src_dict["approval_type"]
            params_to_sign = src_dict["params_to_sign"]
            quote = src_dict["quote"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        _id_text: str | None = None
        if not isinstance(id, str):
            raise TypeMismatch("uuid string", id, "id")
        try:
            _id_text, id = id, UUID(id)
        except ValueError:
            raise TypeMismatch("uuid string", id, "id") from None

        if not isinstance(approval_type, str):
            raise TypeMismatch("string", approval_type, "approval_type")
        approval_type = _ApprovalType_BY_VALUE.get(approval_type) or ApprovalType(approval_type)

        try:
            params_to_sign = ParamsToSign.from_dict(params_to_sign)
        except TypeMismatch as _exc:
            _exc.prepend("params_to_sign")
            raise

        try:
            quote = Quote.from_dict(quote)
        except TypeMismatch as _exc:
            _exc.prepend("quote")
            raise

        _seen = 4
        expires_at = src_dict.get("expires_at", UNSET)
        if expires_at is not UNSET:
            _seen += 1
            if not (type(expires_at) is int or is_integer(expires_at)):
                raise TypeMismatch("integer", expires_at, "expires_at")

        secret_hash = src_dict.get("secret_hash", UNSET)
        if secret_hash is not UNSET:
            _seen += 1
            if not isinstance(secret_hash, str):
                raise TypeMismatch("string", secret_hash, "secret_hash")

        approve_to = src_dict.get("approve_to", UNSET)
        if approve_to is not UNSET:
            _seen += 1
            if approve_to is None:
                pass

            elif isinstance(approve_to, str):
                pass

            else:
                raise TypeMismatch("string | null", approve_to, "approve_to")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.id = id
        _model._id_text = _id_text
        _model.approval_type = approval_type
        _model.params_to_sign = params_to_sign
        _model.quote = quote
        _model.expires_at = expires_at
        _model.secret_hash = secret_hash
        _model.approve_to = approve_to
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
from ..models.params_to_sign import ParamsToSign  # noqa: E402
from ..models.quote import Quote  # noqa: E402
