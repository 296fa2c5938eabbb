from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionArg")


@_attrs_define
class ActionArg:
    """One argument of an action's function call.

    Attributes:
        value (str): Argument value (ignored and zeroed when `populateDynamically` is true).
        populate_dynamically (bool | Unset): Replace the value at execution time with the balance of
            `balanceSourceToken`. Defaults to false.
        balance_source_token (None | str | Unset): Token whose destination-chain balance fills the argument; required
            when `populateDynamically` is true.
    """

    value: str
    populate_dynamically: bool | Unset = UNSET
    balance_source_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        populate_dynamically = self.populate_dynamically

        balance_source_token: None | str | Unset
        if isinstance(self.balance_source_token, Unset):
            balance_source_token = UNSET
        else:
            balance_source_token = self.balance_source_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if populate_dynamically is not UNSET:
            field_dict["populateDynamically"] = populate_dynamically
        if balance_source_token is not UNSET:
            field_dict["balanceSourceToken"] = balance_source_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        populate_dynamically = d.pop("populateDynamically", UNSET)

        def _parse_balance_source_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance_source_token = _parse_balance_source_token(d.pop("balanceSourceToken", UNSET))

        action_arg = cls(
            value=value,
            populate_dynamically=populate_dynamically,
            balance_source_token=balance_source_token,
        )

        action_arg.additional_properties = d
        return action_arg

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
