from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_selector_by_address import TokenSelectorByAddress
    from ..models.token_selector_by_id import TokenSelectorById


T = TypeVar("T", bound="QuoteRequest")


@_attrs_define
class QuoteRequest:
    """
    Attributes:
        from_ (TokenSelectorByAddress | TokenSelectorById): One side of a quote request, by token id or by network plus
            contract address.
        to (TokenSelectorByAddress | TokenSelectorById): One side of a quote request, by token id or by network plus
            contract address.
        amount (str): Amount of the source token, documented as "Decimals in string" and as decimal-adjusted (`100`
            meaning 100 USDT). The documented sample request (1000000 of token 278) and the quote it produced (`from.amount`
            "1000000" with 6 decimals, fees of 1 USDT) read more like base units; unconfirmed.
        slippage_bps (str | Unset): Slippage tolerance in basis points as a string (`"50"` is 0.5%).
    """

    from_: TokenSelectorByAddress | TokenSelectorById
    to: TokenSelectorByAddress | TokenSelectorById
    amount: str
    slippage_bps: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_selector_by_id import TokenSelectorById  # noqa: PLC0415

        from_: dict[str, Any]
        if isinstance(self.from_, TokenSelectorById):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_.to_dict()

        to: dict[str, Any]
        if isinstance(self.to, TokenSelectorById):
            to = self.to.to_dict()
        else:
            to = self.to.to_dict()

        amount = self.amount

        slippage_bps = self.slippage_bps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "amount": amount,
            }
        )
        if slippage_bps is not UNSET:
            field_dict["slippage_bps"] = slippage_bps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_selector_by_address import TokenSelectorByAddress  # noqa: PLC0415
        from ..models.token_selector_by_id import TokenSelectorById  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_from_(data: object) -> TokenSelectorByAddress | TokenSelectorById:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_token_selector_type_0 = TokenSelectorById.from_dict(data)

                return componentsschemas_token_selector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_token_selector_type_1 = TokenSelectorByAddress.from_dict(data)

            return componentsschemas_token_selector_type_1

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> TokenSelectorByAddress | TokenSelectorById:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_token_selector_type_0 = TokenSelectorById.from_dict(data)

                return componentsschemas_token_selector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_token_selector_type_1 = TokenSelectorByAddress.from_dict(data)

            return componentsschemas_token_selector_type_1

        to = _parse_to(d.pop("to"))

        amount = d.pop("amount")

        slippage_bps = d.pop("slippage_bps", UNSET)

        quote_request = cls(
            from_=from_,
            to=to,
            amount=amount,
            slippage_bps=slippage_bps,
        )

        quote_request.additional_properties = d
        return quote_request

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
