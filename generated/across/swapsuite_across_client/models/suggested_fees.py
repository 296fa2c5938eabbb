from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="SuggestedFees")
_KNOWN_KEYS = frozenset(
    (
        "totalRelayFee",
        "relayerCapitalFee",
        "relayerGasFee",
        "lpFee",
        "timestamp",
        "isAmountTooLow",
        "quoteBlock",
        "spokePoolAddress",
        "exclusiveRelayer",
        "exclusivityDeadline",
        "estimatedFillTimeSec",
        "limits",
        "capitalFeePct",
        "capitalFeeTotal",
        "relayGasFeePct",
        "relayGasFeeTotal",
        "relayFeePct",
        "relayFeeTotal",
        "lpFeePct",
        "destinationSpokePoolAddress",
        "fillDeadline",
        "outputAmount",
        "inputToken",
        "outputToken",
        "id",
    )
)


@_attrs_define
class SuggestedFees:
    """Fee quote for a bridge deposit. Pass `totalRelayFee.pct` (which already includes the LP fee) as the
    deposit's fee and `timestamp` as its quote timestamp. The flat `*Pct` / `*Total` fields repeat the nested
    values for backwards compatibility (`lpFeePct` is always "0" now because the LP fee is folded into
    `relayFeePct`).

        Attributes:
            total_relay_fee (SuggestedFeeComponent): A fee as 1e18-scaled percentage and as an amount in base units of the
                input token.
            relayer_capital_fee (SuggestedFeeComponent): A fee as 1e18-scaled percentage and as an amount in base units of
                the input token.
            relayer_gas_fee (SuggestedFeeComponent): A fee as 1e18-scaled percentage and as an amount in base units of the
                input token.
            lp_fee (SuggestedFeeComponent): A fee as 1e18-scaled percentage and as an amount in base units of the input
                token.
            timestamp (str): Quote timestamp (unix seconds) the LP fee was computed at; use it as the deposit's quote
                timestamp.
            is_amount_too_low (bool): True when the amount is below the route's minimum deposit.
            quote_block (str): Mainnet block number the quote is based on.
            spoke_pool_address (str): SpokePool contract on the origin chain.
            exclusive_relayer (str): Relayer suggested as exclusive filler for the deposit; the zero address means no
                exclusivity.
            exclusivity_deadline (int | str): End of the exclusive relayer's window; `0` disables exclusivity. Upstream's
                schema says string, its example
                (and recent responses) carry a number, so both are accepted.
            estimated_fill_time_sec (int): Expected seconds until the deposit is filled (derived from recent fill times per
                route and size).
                Upstream's schema calls this `expectedFillTimeSec` (string); the real field is `estimatedFillTimeSec`, a number.
            limits (TransferLimits): Deposit size limits for a route, all in base units of the input token.
            capital_fee_pct (str | Unset): Same as `relayerCapitalFee.pct`.
            capital_fee_total (str | Unset): Same as `relayerCapitalFee.total`.
            relay_gas_fee_pct (str | Unset): Same as `relayerGasFee.pct`.
            relay_gas_fee_total (str | Unset): Same as `relayerGasFee.total`.
            relay_fee_pct (str | Unset): Same as `totalRelayFee.pct`.
            relay_fee_total (str | Unset): Same as `totalRelayFee.total`.
            lp_fee_pct (str | Unset): Legacy field, always "0".
            destination_spoke_pool_address (str | Unset): SpokePool contract on the destination chain. Not in the upstream
                schema.
            fill_deadline (str | Unset): Recommended fill deadline (unix seconds) for the deposit; fills after it revert.
            output_amount (str | Unset): Amount of `outputToken` the recipient receives after fees, base units. Not in the
                upstream schema.
            input_token (Token | Unset): Token descriptor used throughout the Swap API.
            output_token (Token | Unset): Token descriptor used throughout the Swap API.
            id (str | Unset): Request id. Not in the upstream schema.
    """

    total_relay_fee: SuggestedFeeComponent
    relayer_capital_fee: SuggestedFeeComponent
    relayer_gas_fee: SuggestedFeeComponent
    lp_fee: SuggestedFeeComponent
    timestamp: str
    is_amount_too_low: bool
    quote_block: str
    spoke_pool_address: str
    exclusive_relayer: str
    exclusivity_deadline: int | str
    estimated_fill_time_sec: int
    limits: TransferLimits
    capital_fee_pct: str | Unset = UNSET
    capital_fee_total: str | Unset = UNSET
    relay_gas_fee_pct: str | Unset = UNSET
    relay_gas_fee_total: str | Unset = UNSET
    relay_fee_pct: str | Unset = UNSET
    relay_fee_total: str | Unset = UNSET
    lp_fee_pct: str | Unset = UNSET
    destination_spoke_pool_address: str | Unset = UNSET
    fill_deadline: str | Unset = UNSET
    output_amount: str | Unset = UNSET
    input_token: Token | Unset = UNSET
    output_token: Token | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["totalRelayFee"] = self.total_relay_fee.to_dict()

        field_dict["relayerCapitalFee"] = self.relayer_capital_fee.to_dict()

        field_dict["relayerGasFee"] = self.relayer_gas_fee.to_dict()

        field_dict["lpFee"] = self.lp_fee.to_dict()

        field_dict["timestamp"] = self.timestamp

        field_dict["isAmountTooLow"] = self.is_amount_too_low

        field_dict["quoteBlock"] = self.quote_block

        field_dict["spokePoolAddress"] = self.spoke_pool_address

        field_dict["exclusiveRelayer"] = self.exclusive_relayer

        field_dict["exclusivityDeadline"] = self.exclusivity_deadline

        field_dict["estimatedFillTimeSec"] = self.estimated_fill_time_sec

        field_dict["limits"] = self.limits.to_dict()

        if self.capital_fee_pct is not UNSET:
            field_dict["capitalFeePct"] = self.capital_fee_pct

        if self.capital_fee_total is not UNSET:
            field_dict["capitalFeeTotal"] = self.capital_fee_total

        if self.relay_gas_fee_pct is not UNSET:
            field_dict["relayGasFeePct"] = self.relay_gas_fee_pct

        if self.relay_gas_fee_total is not UNSET:
            field_dict["relayGasFeeTotal"] = self.relay_gas_fee_total

        if self.relay_fee_pct is not UNSET:
            field_dict["relayFeePct"] = self.relay_fee_pct

        if self.relay_fee_total is not UNSET:
            field_dict["relayFeeTotal"] = self.relay_fee_total

        if self.lp_fee_pct is not UNSET:
            field_dict["lpFeePct"] = self.lp_fee_pct

        if self.destination_spoke_pool_address is not UNSET:
            field_dict["destinationSpokePoolAddress"] = self.destination_spoke_pool_address

        if self.fill_deadline is not UNSET:
            field_dict["fillDeadline"] = self.fill_deadline

        if self.output_amount is not UNSET:
            field_dict["outputAmount"] = self.output_amount

        if self.input_token is not UNSET:
            field_dict["inputToken"] = self.input_token.to_dict()

        if self.output_token is not UNSET:
            field_dict["outputToken"] = self.output_token.to_dict()

        if self.id is not UNSET:
            field_dict["id"] = self.id

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
            total_relay_fee = src_dict["totalRelayFee"]
            relayer_capital_fee = src_dict["relayerCapitalFee"]
            relayer_gas_fee = src_dict["relayerGasFee"]
            lp_fee = src_dict["lpFee"]
            timestamp = src_dict["timestamp"]
            is_amount_too_low = src_dict["isAmountTooLow"]
            quote_block = src_dict["quoteBlock"]
            spoke_pool_address = src_dict["spokePoolAddress"]
            exclusive_relayer = src_dict["exclusiveRelayer"]
            exclusivity_deadline = src_dict["exclusivityDeadline"]
            estimated_fill_time_sec = src_dict["estimatedFillTimeSec"]
            limits = src_dict["limits"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        try:
            total_relay_fee = SuggestedFeeComponent.from_dict(total_relay_fee)
        except TypeMismatch as _exc:
            _exc.prepend("totalRelayFee")
            raise

        try:
            relayer_capital_fee = SuggestedFeeComponent.from_dict(relayer_capital_fee)
        except TypeMismatch as _exc:
            _exc.prepend("relayerCapitalFee")
            raise

        try:
            relayer_gas_fee = SuggestedFeeComponent.from_dict(relayer_gas_fee)
        except TypeMismatch as _exc:
            _exc.prepend("relayerGasFee")
            raise

        try:
            lp_fee = SuggestedFeeComponent.from_dict(lp_fee)
        except TypeMismatch as _exc:
            _exc.prepend("lpFee")
            raise

        if not isinstance(timestamp, str):
            raise TypeMismatch("string", timestamp, "timestamp")

        if not (is_amount_too_low is True or is_amount_too_low is False):
            raise TypeMismatch("boolean", is_amount_too_low, "isAmountTooLow")

        if not isinstance(quote_block, str):
            raise TypeMismatch("string", quote_block, "quoteBlock")

        if not isinstance(spoke_pool_address, str):
            raise TypeMismatch("string", spoke_pool_address, "spokePoolAddress")

        if not isinstance(exclusive_relayer, str):
            raise TypeMismatch("string", exclusive_relayer, "exclusiveRelayer")

        if type(exclusivity_deadline) is int or is_integer(exclusivity_deadline):
            pass

        elif isinstance(exclusivity_deadline, str):
            pass

        else:
            raise TypeMismatch("integer | string", exclusivity_deadline, "exclusivityDeadline")

        if not (type(estimated_fill_time_sec) is int or is_integer(estimated_fill_time_sec)):
            raise TypeMismatch("integer", estimated_fill_time_sec, "estimatedFillTimeSec")

        try:
            limits = TransferLimits.from_dict(limits)
        except TypeMismatch as _exc:
            _exc.prepend("limits")
            raise

        _seen = 12
        capital_fee_pct = src_dict.get("capitalFeePct", UNSET)
        if capital_fee_pct is not UNSET:
            _seen += 1
            if not isinstance(capital_fee_pct, str):
                raise TypeMismatch("string", capital_fee_pct, "capitalFeePct")

        capital_fee_total = src_dict.get("capitalFeeTotal", UNSET)
        if capital_fee_total is not UNSET:
            _seen += 1
            if not isinstance(capital_fee_total, str):
                raise TypeMismatch("string", capital_fee_total, "capitalFeeTotal")

        relay_gas_fee_pct = src_dict.get("relayGasFeePct", UNSET)
        if relay_gas_fee_pct is not UNSET:
            _seen += 1
            if not isinstance(relay_gas_fee_pct, str):
                raise TypeMismatch("string", relay_gas_fee_pct, "relayGasFeePct")

        relay_gas_fee_total = src_dict.get("relayGasFeeTotal", UNSET)
        if relay_gas_fee_total is not UNSET:
            _seen += 1
            if not isinstance(relay_gas_fee_total, str):
                raise TypeMismatch("string", relay_gas_fee_total, "relayGasFeeTotal")

        relay_fee_pct = src_dict.get("relayFeePct", UNSET)
        if relay_fee_pct is not UNSET:
            _seen += 1
            if not isinstance(relay_fee_pct, str):
                raise TypeMismatch("string", relay_fee_pct, "relayFeePct")

        relay_fee_total = src_dict.get("relayFeeTotal", UNSET)
        if relay_fee_total is not UNSET:
            _seen += 1
            if not isinstance(relay_fee_total, str):
                raise TypeMismatch("string", relay_fee_total, "relayFeeTotal")

        lp_fee_pct = src_dict.get("lpFeePct", UNSET)
        if lp_fee_pct is not UNSET:
            _seen += 1
            if not isinstance(lp_fee_pct, str):
                raise TypeMismatch("string", lp_fee_pct, "lpFeePct")

        destination_spoke_pool_address = src_dict.get("destinationSpokePoolAddress", UNSET)
        if destination_spoke_pool_address is not UNSET:
            _seen += 1
            if not isinstance(destination_spoke_pool_address, str):
                raise TypeMismatch("string", destination_spoke_pool_address, "destinationSpokePoolAddress")

        fill_deadline = src_dict.get("fillDeadline", UNSET)
        if fill_deadline is not UNSET:
            _seen += 1
            if not isinstance(fill_deadline, str):
                raise TypeMismatch("string", fill_deadline, "fillDeadline")

        output_amount = src_dict.get("outputAmount", UNSET)
        if output_amount is not UNSET:
            _seen += 1
            if not isinstance(output_amount, str):
                raise TypeMismatch("string", output_amount, "outputAmount")

        input_token = src_dict.get("inputToken", UNSET)
        if input_token is not UNSET:
            _seen += 1
            try:
                input_token = Token.from_dict(input_token)
            except TypeMismatch as _exc:
                _exc.prepend("inputToken")
                raise

        output_token = src_dict.get("outputToken", UNSET)
        if output_token is not UNSET:
            _seen += 1
            try:
                output_token = Token.from_dict(output_token)
            except TypeMismatch as _exc:
                _exc.prepend("outputToken")
                raise

        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            _seen += 1
            if not isinstance(id, str):
                raise TypeMismatch("string", id, "id")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.total_relay_fee = total_relay_fee
        _model.relayer_capital_fee = relayer_capital_fee
        _model.relayer_gas_fee = relayer_gas_fee
        _model.lp_fee = lp_fee
        _model.timestamp = timestamp
        _model.is_amount_too_low = is_amount_too_low
        _model.quote_block = quote_block
        _model.spoke_pool_address = spoke_pool_address
        _model.exclusive_relayer = exclusive_relayer
        _model.exclusivity_deadline = exclusivity_deadline
        _model.estimated_fill_time_sec = estimated_fill_time_sec
        _model.limits = limits
        _model.capital_fee_pct = capital_fee_pct
        _model.capital_fee_total = capital_fee_total
        _model.relay_gas_fee_pct = relay_gas_fee_pct
        _model.relay_gas_fee_total = relay_gas_fee_total
        _model.relay_fee_pct = relay_fee_pct
        _model.relay_fee_total = relay_fee_total
        _model.lp_fee_pct = lp_fee_pct
        _model.destination_spoke_pool_address = destination_spoke_pool_address
        _model.fill_deadline = fill_deadline
        _model.output_amount = output_amount
        _model.input_token = input_token
        _model.output_token = output_token
        _model.id = id
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
from ..models.suggested_fee_component import SuggestedFeeComponent  # noqa: E402
from ..models.token import Token  # noqa: E402
from ..models.transfer_limits import TransferLimits  # noqa: E402
