from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gas_fee_details import GasFeeDetails
    from ..models.relayer_fee_details import RelayerFeeDetails


T = TypeVar("T", bound="TransferLimits")


@_attrs_define
class TransferLimits:
    """Deposit size limits for a route, all in base units of the input token.

    Attributes:
        min_deposit (str): Smallest deposit accepted (below it fees exceed the amount).
        max_deposit (str): Largest deposit accepted.
        max_deposit_instant (str): Largest deposit relayers can currently fill right away (seconds to about five
            minutes) from capital
            already on the destination chain.
        max_deposit_short_delay (str): Largest deposit that can be filled after a short delay while relayers move
            mainnet capital over the
            canonical bridge (minutes to roughly half an hour depending on the chain). Larger deposits fall back to a
            slow fill from the hub pool, taking hours.
        recommended_deposit_instant (str): Recommended maximum for an instant fill.
        relayer_fee_details (RelayerFeeDetails | Unset): Relayer fee components behind the limits (percentages use a
            fixed-point scale larger than 1e18).
        gas_fee_details (GasFeeDetails | Unset): Gas estimate for the destination fill.
    """

    min_deposit: str
    max_deposit: str
    max_deposit_instant: str
    max_deposit_short_delay: str
    recommended_deposit_instant: str
    relayer_fee_details: RelayerFeeDetails | Unset = UNSET
    gas_fee_details: GasFeeDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_deposit = self.min_deposit

        max_deposit = self.max_deposit

        max_deposit_instant = self.max_deposit_instant

        max_deposit_short_delay = self.max_deposit_short_delay

        recommended_deposit_instant = self.recommended_deposit_instant

        relayer_fee_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relayer_fee_details, Unset):
            relayer_fee_details = self.relayer_fee_details.to_dict()

        gas_fee_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gas_fee_details, Unset):
            gas_fee_details = self.gas_fee_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minDeposit": min_deposit,
                "maxDeposit": max_deposit,
                "maxDepositInstant": max_deposit_instant,
                "maxDepositShortDelay": max_deposit_short_delay,
                "recommendedDepositInstant": recommended_deposit_instant,
            }
        )
        if relayer_fee_details is not UNSET:
            field_dict["relayerFeeDetails"] = relayer_fee_details
        if gas_fee_details is not UNSET:
            field_dict["gasFeeDetails"] = gas_fee_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gas_fee_details import GasFeeDetails  # noqa: PLC0415
        from ..models.relayer_fee_details import RelayerFeeDetails  # noqa: PLC0415

        d = dict(src_dict)
        min_deposit = d.pop("minDeposit")

        max_deposit = d.pop("maxDeposit")

        max_deposit_instant = d.pop("maxDepositInstant")

        max_deposit_short_delay = d.pop("maxDepositShortDelay")

        recommended_deposit_instant = d.pop("recommendedDepositInstant")

        _relayer_fee_details = d.pop("relayerFeeDetails", UNSET)
        relayer_fee_details: RelayerFeeDetails | Unset
        if isinstance(_relayer_fee_details, Unset):
            relayer_fee_details = UNSET
        else:
            relayer_fee_details = RelayerFeeDetails.from_dict(_relayer_fee_details)

        _gas_fee_details = d.pop("gasFeeDetails", UNSET)
        gas_fee_details: GasFeeDetails | Unset
        if isinstance(_gas_fee_details, Unset):
            gas_fee_details = UNSET
        else:
            gas_fee_details = GasFeeDetails.from_dict(_gas_fee_details)

        transfer_limits = cls(
            min_deposit=min_deposit,
            max_deposit=max_deposit,
            max_deposit_instant=max_deposit_instant,
            max_deposit_short_delay=max_deposit_short_delay,
            recommended_deposit_instant=recommended_deposit_instant,
            relayer_fee_details=relayer_fee_details,
            gas_fee_details=gas_fee_details,
        )

        transfer_limits.additional_properties = d
        return transfer_limits

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
