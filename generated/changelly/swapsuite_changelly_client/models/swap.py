from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import TypeMismatch
from ..models.approval_type import ApprovalType
from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset, is_integer, original_text

T = TypeVar("T", bound="Swap")
_KNOWN_KEYS = frozenset(
    (
        "intent_id",
        "status",
        "approval_mechanism",
        "from",
        "to",
        "refund",
        "fees",
        "intent_created_at",
        "swap_created_at",
        "swap_updated_at",
    )
)


@_attrs_define
class Swap:
    """One entry of the swap list, read by the adapter's swap history (`swaps()`). Every field is in the documented sample;
    by the tolerant-reader rule none is required here, and the adapter itself refuses an entry without `intent_id` (its
    record id and status reference) and leaves any other missing field empty.

        Attributes:
            intent_id (UUID | Unset): Intent id (the docs' table says "Number"; the sample is a UUID string).
            status (SwapStatus | Unset): Combined state of an intent and the swap that fills it:
                * `created` - intent exists, no approval submitted yet
                * `approved` - the user's signature was attached
                * `verified` - a resolver accepted the intent
                * `failed` - the resolver declined the intent (terminal)
                * `deposited` - the resolver escrowed the user's funds on the source chain
                * `finished` - the user received the destination funds (terminal)
                * `expired` - the intent lapsed before completion (terminal)
                * `refunded` - the user's funds were returned (terminal)

                Casing: the older status page lists these capitalised (`Created`, `Deposited`, ...), while the newest
                swap-list sample returns lowercase `created`. Both casings are listed (lowercase first, as the newest
                sample); the page that lists the values for the current API was not retrievable. Compare statuses
                case-insensitively.
            approval_mechanism (ApprovalType | Unset): How the user approves an intent, fixed by the source chain: `permit2`
                (EIP-712 Permit2 signature, EVM and Tron), `cosign` (co-signed transaction, Solana) or `htlc` (signed PSBT for a
                hash time-locked contract, Bitcoin). Used both as the intent's `approval_type` and as a swap's
                `approval_mechanism`.
            from_ (SwapFrom | Unset): Source side of a swap. Only what the adapter reads is required (`amount`, `decimals`);
                the rest is in every sample.
            to (SwapTo | Unset): Destination side of a swap. Nothing is required: the adapter reports no delivered amount
                (Changelly documents only bounds) and reads only the transaction hash.
            refund (SwapRefund | Unset): Refund details of a swap.
            fees (Fees | Unset): Fees applied to a quote or swap. The affiliate fee rate is configured outside the API.
            intent_created_at (int | Unset): Intent creation time, documented as a Unix timestamp in microseconds; the
                documented sample (1778856025) is in seconds.
            swap_created_at (int | Unset): Swap creation time; same unit caveat as `intent_created_at`.
            swap_updated_at (int | Unset): Last swap update; same unit caveat as `intent_created_at`.
    """

    intent_id: UUID | Unset = UNSET
    status: SwapStatus | Unset = UNSET
    approval_mechanism: ApprovalType | Unset = UNSET
    from_: SwapFrom | Unset = UNSET
    to: SwapTo | Unset = UNSET
    refund: SwapRefund | Unset = UNSET
    fees: Fees | Unset = UNSET
    intent_created_at: int | Unset = UNSET
    swap_created_at: int | Unset = UNSET
    swap_updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _intent_id_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.intent_id is not UNSET:
            field_dict["intent_id"] = original_text(self.intent_id, self._intent_id_text, UUID) or str(self.intent_id)

        if self.status is not UNSET:
            field_dict["status"] = self.status.value

        if self.approval_mechanism is not UNSET:
            field_dict["approval_mechanism"] = self.approval_mechanism.value

        if self.from_ is not UNSET:
            field_dict["from"] = self.from_.to_dict()

        if self.to is not UNSET:
            field_dict["to"] = self.to.to_dict()

        if self.refund is not UNSET:
            field_dict["refund"] = self.refund.to_dict()

        if self.fees is not UNSET:
            field_dict["fees"] = self.fees.to_dict()

        if self.intent_created_at is not UNSET:
            field_dict["intent_created_at"] = self.intent_created_at

        if self.swap_created_at is not UNSET:
            field_dict["swap_created_at"] = self.swap_created_at

        if self.swap_updated_at is not UNSET:
            field_dict["swap_updated_at"] = self.swap_updated_at

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
        intent_id = src_dict.get("intent_id", UNSET)
        _intent_id_text: str | None = None
        if intent_id is not UNSET:
            _seen += 1
            if not isinstance(intent_id, str):
                raise TypeMismatch("uuid string", intent_id, "intent_id")
            try:
                _intent_id_text, intent_id = intent_id, UUID(intent_id)
            except ValueError:
                raise TypeMismatch("uuid string", intent_id, "intent_id") from None

        status = src_dict.get("status", UNSET)
        if status is not UNSET:
            _seen += 1
            if not isinstance(status, str):
                raise TypeMismatch("string", status, "status")
            status = _SwapStatus_BY_VALUE.get(status) or SwapStatus(status)

        approval_mechanism = src_dict.get("approval_mechanism", UNSET)
        if approval_mechanism is not UNSET:
            _seen += 1
            if not isinstance(approval_mechanism, str):
                raise TypeMismatch("string", approval_mechanism, "approval_mechanism")
            approval_mechanism = _ApprovalType_BY_VALUE.get(approval_mechanism) or ApprovalType(approval_mechanism)

        from_ = src_dict.get("from", UNSET)
        if from_ is not UNSET:
            _seen += 1
            try:
                from_ = SwapFrom.from_dict(from_)
            except TypeMismatch as _exc:
                _exc.prepend("from")
                raise

        to = src_dict.get("to", UNSET)
        if to is not UNSET:
            _seen += 1
            try:
                to = SwapTo.from_dict(to)
            except TypeMismatch as _exc:
                _exc.prepend("to")
                raise

        refund = src_dict.get("refund", UNSET)
        if refund is not UNSET:
            _seen += 1
            try:
                refund = SwapRefund.from_dict(refund)
            except TypeMismatch as _exc:
                _exc.prepend("refund")
                raise

        fees = src_dict.get("fees", UNSET)
        if fees is not UNSET:
            _seen += 1
            try:
                fees = Fees.from_dict(fees)
            except TypeMismatch as _exc:
                _exc.prepend("fees")
                raise

        intent_created_at = src_dict.get("intent_created_at", UNSET)
        if intent_created_at is not UNSET:
            _seen += 1
            if not (type(intent_created_at) is int or is_integer(intent_created_at)):
                raise TypeMismatch("integer", intent_created_at, "intent_created_at")

        swap_created_at = src_dict.get("swap_created_at", UNSET)
        if swap_created_at is not UNSET:
            _seen += 1
            if not (type(swap_created_at) is int or is_integer(swap_created_at)):
                raise TypeMismatch("integer", swap_created_at, "swap_created_at")

        swap_updated_at = src_dict.get("swap_updated_at", UNSET)
        if swap_updated_at is not UNSET:
            _seen += 1
            if not (type(swap_updated_at) is int or is_integer(swap_updated_at)):
                raise TypeMismatch("integer", swap_updated_at, "swap_updated_at")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.intent_id = intent_id
        _model._intent_id_text = _intent_id_text
        _model.status = status
        _model.approval_mechanism = approval_mechanism
        _model.from_ = from_
        _model.to = to
        _model.refund = refund
        _model.fees = fees
        _model.intent_created_at = intent_created_at
        _model.swap_created_at = swap_created_at
        _model.swap_updated_at = swap_updated_at
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
_SwapStatus_BY_VALUE = SwapStatus._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.fees import Fees  # noqa: E402
from ..models.swap_from import SwapFrom  # noqa: E402
from ..models.swap_refund import SwapRefund  # noqa: E402
from ..models.swap_to import SwapTo  # noqa: E402
