from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fees import Fees
    from ..models.quote_from import QuoteFrom
    from ..models.quote_mid import QuoteMid
    from ..models.quote_to import QuoteTo


T = TypeVar("T", bound="Quote")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.quote_mid import QuoteMid  # noqa: PLC0415

        id = str(self.id)

        from_ = self.from_.to_dict()

        to = self.to.to_dict()

        mid: dict[str, Any] | None | Unset
        if isinstance(self.mid, Unset):
            mid = UNSET
        elif isinstance(self.mid, QuoteMid):
            mid = self.mid.to_dict()
        else:
            mid = self.mid

        slippage_bps = self.slippage_bps

        expires_at = self.expires_at

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from": from_,
                "to": to,
            }
        )
        if mid is not UNSET:
            field_dict["mid"] = mid
        if slippage_bps is not UNSET:
            field_dict["slippage_bps"] = slippage_bps
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if fees is not UNSET:
            field_dict["fees"] = fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fees import Fees  # noqa: PLC0415
        from ..models.quote_from import QuoteFrom  # noqa: PLC0415
        from ..models.quote_mid import QuoteMid  # noqa: PLC0415
        from ..models.quote_to import QuoteTo  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        from_ = QuoteFrom.from_dict(d.pop("from"))

        to = QuoteTo.from_dict(d.pop("to"))

        def _parse_mid(data: object) -> None | QuoteMid | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mid_type_1 = QuoteMid.from_dict(data)

                return mid_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteMid | Unset, data)

        mid = _parse_mid(d.pop("mid", UNSET))

        slippage_bps = d.pop("slippage_bps", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _fees = d.pop("fees", UNSET)
        fees: Fees | Unset
        if isinstance(_fees, Unset):
            fees = UNSET
        else:
            fees = Fees.from_dict(_fees)

        quote = cls(
            id=id,
            from_=from_,
            to=to,
            mid=mid,
            slippage_bps=slippage_bps,
            expires_at=expires_at,
            fees=fees,
        )

        quote.additional_properties = d
        return quote

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
