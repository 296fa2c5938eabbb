from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee_item import FeeItem


T = TypeVar("T", bound="Fees")


@_attrs_define
class Fees:
    """Fees applied to a quote or swap. The affiliate fee rate is configured outside the API.

    Attributes:
        changelly (FeeItem | Unset): One fee taken from the swap, in the token it is charged in.
        affiliate (FeeItem | Unset): One fee taken from the swap, in the token it is charged in.
    """

    changelly: FeeItem | Unset = UNSET
    affiliate: FeeItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changelly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changelly, Unset):
            changelly = self.changelly.to_dict()

        affiliate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affiliate, Unset):
            affiliate = self.affiliate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changelly is not UNSET:
            field_dict["changelly"] = changelly
        if affiliate is not UNSET:
            field_dict["affiliate"] = affiliate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_item import FeeItem  # noqa: PLC0415

        d = dict(src_dict)
        _changelly = d.pop("changelly", UNSET)
        changelly: FeeItem | Unset
        if isinstance(_changelly, Unset):
            changelly = UNSET
        else:
            changelly = FeeItem.from_dict(_changelly)

        _affiliate = d.pop("affiliate", UNSET)
        affiliate: FeeItem | Unset
        if isinstance(_affiliate, Unset):
            affiliate = UNSET
        else:
            affiliate = FeeItem.from_dict(_affiliate)

        fees = cls(
            changelly=changelly,
            affiliate=affiliate,
        )

        fees.additional_properties = d
        return fees

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
