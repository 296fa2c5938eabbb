from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cross_swap_type import CrossSwapType
from ..models.trade_type import TradeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_txn import ApprovalTxn
    from ..models.eip_712_typed_data import Eip712TypedData
    from ..models.swap_checks import SwapChecks
    from ..models.swap_fees import SwapFees
    from ..models.swap_steps import SwapSteps
    from ..models.swap_tx import SwapTx
    from ..models.token import Token


T = TypeVar("T", bound="SwapApprovalResponse")


@_attrs_define
class SwapApprovalResponse:
    """Quote for a crosschain swap with everything needed to execute it. Send each `approvalTxns` entry (if any),
    then `swapTx`, before `quoteExpiryTimestamp`.

    Required/optional follows the published docs sample (complete response) and Across's toolkit SDK schema:
    `approvalTxns`, `maxInputAmount`, `swapTx`, `eip712`, `quoteExpiryTimestamp` and `id` may be absent.
    Upstream is missing `approvalTxns`, `maxInputAmount`, `quoteExpiryTimestamp`, `eip712`, `steps.originSwap`,
    the `fees.*.details` breakdowns and several `swapTx` fields; they are added here.

        Attributes:
            cross_swap_type (CrossSwapType): Shape of the route: whether the input and output tokens can be bridged directly
                (`bridgeable`) or need an
                origin and/or destination swap (`any`). `bridgeableToBridgeableIndirect` bridges to an intermediary token
                and then forwards it (e.g. to HyperCore).
                Upstream lists the server's constant names (`BRIDGEABLE_TO_BRIDGEABLE`, ...); responses carry these values.
            amount_type (TradeType): How the request amount is interpreted (see the `tradeType` parameter). Also reported
                back as `amountType`.
            checks (SwapChecks):
            steps (SwapSteps): Legs of the route; `originSwap` and `destinationSwap` are present only when the route needs
                them.
            input_token (Token): Token descriptor used throughout the Swap API.
            output_token (Token): Token descriptor used throughout the Swap API.
            refund_token (Token): Token descriptor used throughout the Swap API.
            fees (SwapFees): Fee summary of the quote. Current responses carry `total`, `totalMax` and `originGas`; the flat
                items
                (`destinationGas` … `maxSwapImpact`, and the older name `maxTotal`) come from the previous response format and
                are kept optional for compatibility. Every key is optional: the server returns `{}` when it cannot price the
                fees.
            input_amount (str): Expected amount of `inputToken` spent, base units.
            expected_output_amount (str): Expected amount of `outputToken` received (net of app fees), base units.
            min_output_amount (str): Guaranteed minimum of `outputToken` received, base units.
            expected_fill_time (int): Expected time until the destination fill, in seconds.
            approval_txns (list[ApprovalTxn] | Unset): Approvals to execute before `swapTx`; present only when the current
                allowance is insufficient.
            max_input_amount (str | Unset): Most `inputToken` the swap may spend, base units.
            swap_tx (SwapTx | Unset): Transaction to sign and send on the origin chain. For EVM origins it is a plain
                transaction (`to`, `data`,
                optional `value` and fee fields); for Solana origins (`ecosystem` = `svm`) `data` holds the serialized
                transaction and there are no gas fields.
            eip712 (Eip712TypedData | Unset): EIP-712 typed data to sign (permit/authorization flows).
            quote_expiry_timestamp (int | Unset): Unix time (seconds) after which the quote should not be executed; `0`
                means no expiry.
            id (str | Unset): Request id (e.g. `vqhfb-1770675636494-01dc8983f2fc`); quote it when contacting Across.
    """

    cross_swap_type: CrossSwapType
    amount_type: TradeType
    checks: SwapChecks
    steps: SwapSteps
    input_token: Token
    output_token: Token
    refund_token: Token
    fees: SwapFees
    input_amount: str
    expected_output_amount: str
    min_output_amount: str
    expected_fill_time: int
    approval_txns: list[ApprovalTxn] | Unset = UNSET
    max_input_amount: str | Unset = UNSET
    swap_tx: SwapTx | Unset = UNSET
    eip712: Eip712TypedData | Unset = UNSET
    quote_expiry_timestamp: int | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cross_swap_type = self.cross_swap_type.value

        amount_type = self.amount_type.value

        checks = self.checks.to_dict()

        steps = self.steps.to_dict()

        input_token = self.input_token.to_dict()

        output_token = self.output_token.to_dict()

        refund_token = self.refund_token.to_dict()

        fees = self.fees.to_dict()

        input_amount = self.input_amount

        expected_output_amount = self.expected_output_amount

        min_output_amount = self.min_output_amount

        expected_fill_time = self.expected_fill_time

        approval_txns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approval_txns, Unset):
            approval_txns = []
            for approval_txns_item_data in self.approval_txns:
                approval_txns_item = approval_txns_item_data.to_dict()
                approval_txns.append(approval_txns_item)

        max_input_amount = self.max_input_amount

        swap_tx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swap_tx, Unset):
            swap_tx = self.swap_tx.to_dict()

        eip712: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eip712, Unset):
            eip712 = self.eip712.to_dict()

        quote_expiry_timestamp = self.quote_expiry_timestamp

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "crossSwapType": cross_swap_type,
                "amountType": amount_type,
                "checks": checks,
                "steps": steps,
                "inputToken": input_token,
                "outputToken": output_token,
                "refundToken": refund_token,
                "fees": fees,
                "inputAmount": input_amount,
                "expectedOutputAmount": expected_output_amount,
                "minOutputAmount": min_output_amount,
                "expectedFillTime": expected_fill_time,
            }
        )
        if approval_txns is not UNSET:
            field_dict["approvalTxns"] = approval_txns
        if max_input_amount is not UNSET:
            field_dict["maxInputAmount"] = max_input_amount
        if swap_tx is not UNSET:
            field_dict["swapTx"] = swap_tx
        if eip712 is not UNSET:
            field_dict["eip712"] = eip712
        if quote_expiry_timestamp is not UNSET:
            field_dict["quoteExpiryTimestamp"] = quote_expiry_timestamp
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval_txn import ApprovalTxn  # noqa: PLC0415
        from ..models.eip_712_typed_data import Eip712TypedData  # noqa: PLC0415
        from ..models.swap_checks import SwapChecks  # noqa: PLC0415
        from ..models.swap_fees import SwapFees  # noqa: PLC0415
        from ..models.swap_steps import SwapSteps  # noqa: PLC0415
        from ..models.swap_tx import SwapTx  # noqa: PLC0415
        from ..models.token import Token  # noqa: PLC0415

        d = dict(src_dict)
        cross_swap_type = CrossSwapType(d.pop("crossSwapType"))

        amount_type = TradeType(d.pop("amountType"))

        checks = SwapChecks.from_dict(d.pop("checks"))

        steps = SwapSteps.from_dict(d.pop("steps"))

        input_token = Token.from_dict(d.pop("inputToken"))

        output_token = Token.from_dict(d.pop("outputToken"))

        refund_token = Token.from_dict(d.pop("refundToken"))

        fees = SwapFees.from_dict(d.pop("fees"))

        input_amount = d.pop("inputAmount")

        expected_output_amount = d.pop("expectedOutputAmount")

        min_output_amount = d.pop("minOutputAmount")

        expected_fill_time = d.pop("expectedFillTime")

        _approval_txns = d.pop("approvalTxns", UNSET)
        approval_txns: list[ApprovalTxn] | Unset = UNSET
        if _approval_txns is not UNSET:
            approval_txns = []
            for approval_txns_item_data in _approval_txns:
                approval_txns_item = ApprovalTxn.from_dict(approval_txns_item_data)

                approval_txns.append(approval_txns_item)

        max_input_amount = d.pop("maxInputAmount", UNSET)

        _swap_tx = d.pop("swapTx", UNSET)
        swap_tx: SwapTx | Unset
        if isinstance(_swap_tx, Unset):
            swap_tx = UNSET
        else:
            swap_tx = SwapTx.from_dict(_swap_tx)

        _eip712 = d.pop("eip712", UNSET)
        eip712: Eip712TypedData | Unset
        if isinstance(_eip712, Unset):
            eip712 = UNSET
        else:
            eip712 = Eip712TypedData.from_dict(_eip712)

        quote_expiry_timestamp = d.pop("quoteExpiryTimestamp", UNSET)

        id = d.pop("id", UNSET)

        swap_approval_response = cls(
            cross_swap_type=cross_swap_type,
            amount_type=amount_type,
            checks=checks,
            steps=steps,
            input_token=input_token,
            output_token=output_token,
            refund_token=refund_token,
            fees=fees,
            input_amount=input_amount,
            expected_output_amount=expected_output_amount,
            min_output_amount=min_output_amount,
            expected_fill_time=expected_fill_time,
            approval_txns=approval_txns,
            max_input_amount=max_input_amount,
            swap_tx=swap_tx,
            eip712=eip712,
            quote_expiry_timestamp=quote_expiry_timestamp,
            id=id,
        )

        swap_approval_response.additional_properties = d
        return swap_approval_response

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
