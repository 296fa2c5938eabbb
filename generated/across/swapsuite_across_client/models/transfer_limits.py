from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferLimits")
_KNOWN_KEYS = frozenset(
    (
        "minDeposit",
        "maxDeposit",
        "maxDepositInstant",
        "maxDepositShortDelay",
        "recommendedDepositInstant",
        "relayerFeeDetails",
        "gasFeeDetails",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["minDeposit"] = self.min_deposit

        field_dict["maxDeposit"] = self.max_deposit

        field_dict["maxDepositInstant"] = self.max_deposit_instant

        field_dict["maxDepositShortDelay"] = self.max_deposit_short_delay

        field_dict["recommendedDepositInstant"] = self.recommended_deposit_instant

        if self.relayer_fee_details is not UNSET:
            field_dict["relayerFeeDetails"] = self.relayer_fee_details.to_dict()

        if self.gas_fee_details is not UNSET:
            field_dict["gasFeeDetails"] = self.gas_fee_details.to_dict()

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
            min_deposit = src_dict["minDeposit"]
            max_deposit = src_dict["maxDeposit"]
            max_deposit_instant = src_dict["maxDepositInstant"]
            max_deposit_short_delay = src_dict["maxDepositShortDelay"]
            recommended_deposit_instant = src_dict["recommendedDepositInstant"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(min_deposit, str):
            raise TypeMismatch("string", min_deposit, "minDeposit")

        if not isinstance(max_deposit, str):
            raise TypeMismatch("string", max_deposit, "maxDeposit")

        if not isinstance(max_deposit_instant, str):
            raise TypeMismatch("string", max_deposit_instant, "maxDepositInstant")

        if not isinstance(max_deposit_short_delay, str):
            raise TypeMismatch("string", max_deposit_short_delay, "maxDepositShortDelay")

        if not isinstance(recommended_deposit_instant, str):
            raise TypeMismatch("string", recommended_deposit_instant, "recommendedDepositInstant")

        _seen = 5
        relayer_fee_details = src_dict.get("relayerFeeDetails", UNSET)
        if relayer_fee_details is not UNSET:
            _seen += 1
            try:
                relayer_fee_details = RelayerFeeDetails.from_dict(relayer_fee_details)
            except TypeMismatch as _exc:
                _exc.prepend("relayerFeeDetails")
                raise

        gas_fee_details = src_dict.get("gasFeeDetails", UNSET)
        if gas_fee_details is not UNSET:
            _seen += 1
            try:
                gas_fee_details = GasFeeDetails.from_dict(gas_fee_details)
            except TypeMismatch as _exc:
                _exc.prepend("gasFeeDetails")
                raise

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.min_deposit = min_deposit
        _model.max_deposit = max_deposit
        _model.max_deposit_instant = max_deposit_instant
        _model.max_deposit_short_delay = max_deposit_short_delay
        _model.recommended_deposit_instant = recommended_deposit_instant
        _model.relayer_fee_details = relayer_fee_details
        _model.gas_fee_details = gas_fee_details
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
from ..models.gas_fee_details import GasFeeDetails  # noqa: E402
from ..models.relayer_fee_details import RelayerFeeDetails  # noqa: E402
