from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eip_712_domain import Eip712Domain
    from ..models.eip_712_typed_data_types import Eip712TypedDataTypes
    from ..models.eip_712_typed_data_value import Eip712TypedDataValue


T = TypeVar("T", bound="Eip712TypedData")


@_attrs_define
class Eip712TypedData:
    """EIP-712 typed data to sign (permit/authorization flows).

    Attributes:
        domain (Eip712Domain): EIP-712 domain separator fields.
        types (Eip712TypedDataTypes): Struct definitions keyed by type name.
        value (Eip712TypedDataValue): Message to sign.
    """

    domain: Eip712Domain
    types: Eip712TypedDataTypes
    value: Eip712TypedDataValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain.to_dict()

        types = self.types.to_dict()

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "types": types,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eip_712_domain import Eip712Domain  # noqa: PLC0415
        from ..models.eip_712_typed_data_types import Eip712TypedDataTypes  # noqa: PLC0415
        from ..models.eip_712_typed_data_value import Eip712TypedDataValue  # noqa: PLC0415

        d = dict(src_dict)
        domain = Eip712Domain.from_dict(d.pop("domain"))

        types = Eip712TypedDataTypes.from_dict(d.pop("types"))

        value = Eip712TypedDataValue.from_dict(d.pop("value"))

        eip_712_typed_data = cls(
            domain=domain,
            types=types,
            value=value,
        )

        eip_712_typed_data.additional_properties = d
        return eip_712_typed_data

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
