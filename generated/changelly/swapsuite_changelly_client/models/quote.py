from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer, original_text

T = TypeVar("T", bound="Quote")
_KNOWN_KEYS = frozenset(
    (
        "id",
        "from",
        "to",
        "mid",
        "slippage_bps",
        "expires_at",
        "fees",
    )
)


@_attrs_define
class Quote:
    """A priced swap offer. The quote response table is truncated in public docs; fields follow the quote object embedded
    in the documented create-intent response.

        Attributes:
            id (UUID):
            from_ (QuoteFrom): Source side of a quote. Truncated in public docs; further fields may appear.
            to (QuoteTo): Destination side of a quote. Truncated in public docs; further fields may appear.
            mid (None | QuoteMid | Unset):
            slippage_bps (str | Unset): Slippage tolerance in basis points.
            expires_at (int | Unset): Expiry as a Unix timestamp, documented in milliseconds (older sample 1769777954084).
                The quote embedded in the documented intent response shows a 16-digit value (microseconds).
            fees (Fees | Unset): Fees applied to a quote or swap. The affiliate fee rate is configured outside the API.
    """

    id: UUID
    from_: QuoteFrom
    to: QuoteTo
    mid: None | QuoteMid | Unset = UNSET
    slippage_bps: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    fees: Fees | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _id_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = original_text(self.id, self._id_text, UUID) or str(self.id)

        field_dict["from"] = self.from_.to_dict()

        field_dict["to"] = self.to.to_dict()

        if self.mid is not UNSET:
            if isinstance(self.mid, QuoteMid):
                field_dict["mid"] = self.mid.to_dict()

            else:
                field_dict["mid"] = self.mid

        if self.slippage_bps is not UNSET:
            field_dict["slippage_bps"] = self.slippage_bps

        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at

        if self.fees is not UNSET:
            field_dict["fees"] = self.fees.to_dict()

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
            from_ = src_dict["from"]
            to = src_dict["to"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        _id_text: str | None = None
        if not isinstance(id, str):
            raise TypeMismatch("uuid string", id, "id")
        try:
            _id_text, id = id, UUID(id)
        except ValueError:
            raise TypeMismatch("uuid string", id, "id") from None

        try:
            from_ = QuoteFrom.from_dict(from_)
        except TypeMismatch as _exc:
            _exc.prepend("from")
            raise

        try:
            to = QuoteTo.from_dict(to)
        except TypeMismatch as _exc:
            _exc.prepend("to")
            raise

        _seen = 3
        mid = src_dict.get("mid", UNSET)
        if mid is not UNSET:
            _seen += 1
            if mid is None:
                pass

            elif isinstance(mid, Mapping):
                try:
                    mid = QuoteMid.from_dict(mid)
                except TypeMismatch as _exc:
                    _exc.prepend("mid")
                    raise

            else:
                raise TypeMismatch("null | object", mid, "mid")

        slippage_bps = src_dict.get("slippage_bps", UNSET)
        if slippage_bps is not UNSET:
            _seen += 1
            if not isinstance(slippage_bps, str):
                raise TypeMismatch("string", slippage_bps, "slippage_bps")

        expires_at = src_dict.get("expires_at", UNSET)
        if expires_at is not UNSET:
            _seen += 1
            if not (type(expires_at) is int or is_integer(expires_at)):
                raise TypeMismatch("integer", expires_at, "expires_at")

        fees = src_dict.get("fees", UNSET)
        if fees is not UNSET:
            _seen += 1
            try:
                fees = Fees.from_dict(fees)
            except TypeMismatch as _exc:
                _exc.prepend("fees")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.id = id
        _model._id_text = _id_text
        _model.from_ = from_
        _model.to = to
        _model.mid = mid
        _model.slippage_bps = slippage_bps
        _model.expires_at = expires_at
        _model.fees = fees
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.fees import Fees  # noqa: E402
from ..models.quote_from import QuoteFrom  # noqa: E402
from ..models.quote_mid import QuoteMid  # noqa: E402
from ..models.quote_to import QuoteTo  # noqa: E402
