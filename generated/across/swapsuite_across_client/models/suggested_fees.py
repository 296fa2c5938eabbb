from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suggested_fee_component import SuggestedFeeComponent
    from ..models.token import Token
    from ..models.transfer_limits import TransferLimits


T = TypeVar("T", bound="SuggestedFees")


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
        total_relay_fee = self.total_relay_fee.to_dict()

        relayer_capital_fee = self.relayer_capital_fee.to_dict()

        relayer_gas_fee = self.relayer_gas_fee.to_dict()

        lp_fee = self.lp_fee.to_dict()

        timestamp = self.timestamp

        is_amount_too_low = self.is_amount_too_low

        quote_block = self.quote_block

        spoke_pool_address = self.spoke_pool_address

        exclusive_relayer = self.exclusive_relayer

        exclusivity_deadline: int | str
        exclusivity_deadline = self.exclusivity_deadline

        estimated_fill_time_sec = self.estimated_fill_time_sec

        limits = self.limits.to_dict()

        capital_fee_pct = self.capital_fee_pct

        capital_fee_total = self.capital_fee_total

        relay_gas_fee_pct = self.relay_gas_fee_pct

        relay_gas_fee_total = self.relay_gas_fee_total

        relay_fee_pct = self.relay_fee_pct

        relay_fee_total = self.relay_fee_total

        lp_fee_pct = self.lp_fee_pct

        destination_spoke_pool_address = self.destination_spoke_pool_address

        fill_deadline = self.fill_deadline

        output_amount = self.output_amount

        input_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_token, Unset):
            input_token = self.input_token.to_dict()

        output_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_token, Unset):
            output_token = self.output_token.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalRelayFee": total_relay_fee,
                "relayerCapitalFee": relayer_capital_fee,
                "relayerGasFee": relayer_gas_fee,
                "lpFee": lp_fee,
                "timestamp": timestamp,
                "isAmountTooLow": is_amount_too_low,
                "quoteBlock": quote_block,
                "spokePoolAddress": spoke_pool_address,
                "exclusiveRelayer": exclusive_relayer,
                "exclusivityDeadline": exclusivity_deadline,
                "estimatedFillTimeSec": estimated_fill_time_sec,
                "limits": limits,
            }
        )
        if capital_fee_pct is not UNSET:
            field_dict["capitalFeePct"] = capital_fee_pct
        if capital_fee_total is not UNSET:
            field_dict["capitalFeeTotal"] = capital_fee_total
        if relay_gas_fee_pct is not UNSET:
            field_dict["relayGasFeePct"] = relay_gas_fee_pct
        if relay_gas_fee_total is not UNSET:
            field_dict["relayGasFeeTotal"] = relay_gas_fee_total
        if relay_fee_pct is not UNSET:
            field_dict["relayFeePct"] = relay_fee_pct
        if relay_fee_total is not UNSET:
            field_dict["relayFeeTotal"] = relay_fee_total
        if lp_fee_pct is not UNSET:
            field_dict["lpFeePct"] = lp_fee_pct
        if destination_spoke_pool_address is not UNSET:
            field_dict["destinationSpokePoolAddress"] = destination_spoke_pool_address
        if fill_deadline is not UNSET:
            field_dict["fillDeadline"] = fill_deadline
        if output_amount is not UNSET:
            field_dict["outputAmount"] = output_amount
        if input_token is not UNSET:
            field_dict["inputToken"] = input_token
        if output_token is not UNSET:
            field_dict["outputToken"] = output_token
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suggested_fee_component import SuggestedFeeComponent  # noqa: PLC0415
        from ..models.token import Token  # noqa: PLC0415
        from ..models.transfer_limits import TransferLimits  # noqa: PLC0415

        d = dict(src_dict)
        total_relay_fee = SuggestedFeeComponent.from_dict(d.pop("totalRelayFee"))

        relayer_capital_fee = SuggestedFeeComponent.from_dict(d.pop("relayerCapitalFee"))

        relayer_gas_fee = SuggestedFeeComponent.from_dict(d.pop("relayerGasFee"))

        lp_fee = SuggestedFeeComponent.from_dict(d.pop("lpFee"))

        timestamp = d.pop("timestamp")

        is_amount_too_low = d.pop("isAmountTooLow")

        quote_block = d.pop("quoteBlock")

        spoke_pool_address = d.pop("spokePoolAddress")

        exclusive_relayer = d.pop("exclusiveRelayer")

        def _parse_exclusivity_deadline(data: object) -> int | str:
            return cast(int | str, data)

        exclusivity_deadline = _parse_exclusivity_deadline(d.pop("exclusivityDeadline"))

        estimated_fill_time_sec = d.pop("estimatedFillTimeSec")

        limits = TransferLimits.from_dict(d.pop("limits"))

        capital_fee_pct = d.pop("capitalFeePct", UNSET)

        capital_fee_total = d.pop("capitalFeeTotal", UNSET)

        relay_gas_fee_pct = d.pop("relayGasFeePct", UNSET)

        relay_gas_fee_total = d.pop("relayGasFeeTotal", UNSET)

        relay_fee_pct = d.pop("relayFeePct", UNSET)

        relay_fee_total = d.pop("relayFeeTotal", UNSET)

        lp_fee_pct = d.pop("lpFeePct", UNSET)

        destination_spoke_pool_address = d.pop("destinationSpokePoolAddress", UNSET)

        fill_deadline = d.pop("fillDeadline", UNSET)

        output_amount = d.pop("outputAmount", UNSET)

        _input_token = d.pop("inputToken", UNSET)
        input_token: Token | Unset
        if isinstance(_input_token, Unset):
            input_token = UNSET
        else:
            input_token = Token.from_dict(_input_token)

        _output_token = d.pop("outputToken", UNSET)
        output_token: Token | Unset
        if isinstance(_output_token, Unset):
            output_token = UNSET
        else:
            output_token = Token.from_dict(_output_token)

        id = d.pop("id", UNSET)

        suggested_fees = cls(
            total_relay_fee=total_relay_fee,
            relayer_capital_fee=relayer_capital_fee,
            relayer_gas_fee=relayer_gas_fee,
            lp_fee=lp_fee,
            timestamp=timestamp,
            is_amount_too_low=is_amount_too_low,
            quote_block=quote_block,
            spoke_pool_address=spoke_pool_address,
            exclusive_relayer=exclusive_relayer,
            exclusivity_deadline=exclusivity_deadline,
            estimated_fill_time_sec=estimated_fill_time_sec,
            limits=limits,
            capital_fee_pct=capital_fee_pct,
            capital_fee_total=capital_fee_total,
            relay_gas_fee_pct=relay_gas_fee_pct,
            relay_gas_fee_total=relay_gas_fee_total,
            relay_fee_pct=relay_fee_pct,
            relay_fee_total=relay_fee_total,
            lp_fee_pct=lp_fee_pct,
            destination_spoke_pool_address=destination_spoke_pool_address,
            fill_deadline=fill_deadline,
            output_amount=output_amount,
            input_token=input_token,
            output_token=output_token,
            id=id,
        )

        suggested_fees.additional_properties = d
        return suggested_fees

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
