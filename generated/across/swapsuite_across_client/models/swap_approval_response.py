from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.cross_swap_type import CrossSwapType
from ..models.trade_type import TradeType
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="SwapApprovalResponse")
_KNOWN_KEYS = frozenset(
    (
        "crossSwapType",
        "amountType",
        "checks",
        "steps",
        "inputToken",
        "outputToken",
        "refundToken",
        "fees",
        "inputAmount",
        "expectedOutputAmount",
        "minOutputAmount",
        "expectedFillTime",
        "approvalTxns",
        "maxInputAmount",
        "swapTx",
        "eip712",
        "quoteExpiryTimestamp",
        "id",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["crossSwapType"] = self.cross_swap_type.value

        field_dict["amountType"] = self.amount_type.value

        field_dict["checks"] = self.checks.to_dict()

        field_dict["steps"] = self.steps.to_dict()

        field_dict["inputToken"] = self.input_token.to_dict()

        field_dict["outputToken"] = self.output_token.to_dict()

        field_dict["refundToken"] = self.refund_token.to_dict()

        field_dict["fees"] = self.fees.to_dict()

        field_dict["inputAmount"] = self.input_amount

        field_dict["expectedOutputAmount"] = self.expected_output_amount

        field_dict["minOutputAmount"] = self.min_output_amount

        field_dict["expectedFillTime"] = self.expected_fill_time

        if self.approval_txns is not UNSET:
            approval_txns_list: list[Any] = []
            for approval_txns_item in self.approval_txns:
                approval_txns_out = approval_txns_item.to_dict()

                approval_txns_list.append(approval_txns_out)
            field_dict["approvalTxns"] = approval_txns_list

        if self.max_input_amount is not UNSET:
            field_dict["maxInputAmount"] = self.max_input_amount

        if self.swap_tx is not UNSET:
            field_dict["swapTx"] = self.swap_tx.to_dict()

        if self.eip712 is not UNSET:
            field_dict["eip712"] = self.eip712.to_dict()

        if self.quote_expiry_timestamp is not UNSET:
            field_dict["quoteExpiryTimestamp"] = self.quote_expiry_timestamp

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
            cross_swap_type = src_dict["crossSwapType"]
            amount_type = src_dict["amountType"]
            checks = src_dict["checks"]
            steps = src_dict["steps"]
            input_token = src_dict["inputToken"]
            output_token = src_dict["outputToken"]
            refund_token = src_dict["refundToken"]
            fees = src_dict["fees"]
            input_amount = src_dict["inputAmount"]
            expected_output_amount = src_dict["expectedOutputAmount"]
            min_output_amount = src_dict["minOutputAmount"]
            expected_fill_time = src_dict["expectedFillTime"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(cross_swap_type, str):
            raise TypeMismatch("string", cross_swap_type, "crossSwapType")
        cross_swap_type = _CrossSwapType_BY_VALUE.get(cross_swap_type) or CrossSwapType(cross_swap_type)

        if not isinstance(amount_type, str):
            raise TypeMismatch("string", amount_type, "amountType")
        amount_type = _TradeType_BY_VALUE.get(amount_type) or TradeType(amount_type)

        try:
            checks = SwapChecks.from_dict(checks)
        except TypeMismatch as _exc:
            _exc.prepend("checks")
            raise

        try:
            steps = SwapSteps.from_dict(steps)
        except TypeMismatch as _exc:
            _exc.prepend("steps")
            raise

        try:
            input_token = Token.from_dict(input_token)
        except TypeMismatch as _exc:
            _exc.prepend("inputToken")
            raise

        try:
            output_token = Token.from_dict(output_token)
        except TypeMismatch as _exc:
            _exc.prepend("outputToken")
            raise

        try:
            refund_token = Token.from_dict(refund_token)
        except TypeMismatch as _exc:
            _exc.prepend("refundToken")
            raise

        try:
            fees = SwapFees.from_dict(fees)
        except TypeMismatch as _exc:
            _exc.prepend("fees")
            raise

        if not isinstance(input_amount, str):
            raise TypeMismatch("string", input_amount, "inputAmount")

        if not isinstance(expected_output_amount, str):
            raise TypeMismatch("string", expected_output_amount, "expectedOutputAmount")

        if not isinstance(min_output_amount, str):
            raise TypeMismatch("string", min_output_amount, "minOutputAmount")

        if not (type(expected_fill_time) is int or is_integer(expected_fill_time)):
            raise TypeMismatch("integer", expected_fill_time, "expectedFillTime")

        _seen = 12
        approval_txns = src_dict.get("approvalTxns", UNSET)
        if approval_txns is not UNSET:
            _seen += 1
            if not isinstance(approval_txns, list):
                raise TypeMismatch("array", approval_txns, "approvalTxns")
            approval_txns_list: list[Any] = []
            try:
                for approval_txns_item in approval_txns:
                    approval_txns_item = ApprovalTxn.from_dict(approval_txns_item)

                    approval_txns_list.append(approval_txns_item)
            except TypeMismatch as _exc:
                _exc.prepend("approvalTxns", len(approval_txns_list))
                raise
            approval_txns = approval_txns_list

        max_input_amount = src_dict.get("maxInputAmount", UNSET)
        if max_input_amount is not UNSET:
            _seen += 1
            if not isinstance(max_input_amount, str):
                raise TypeMismatch("string", max_input_amount, "maxInputAmount")

        swap_tx = src_dict.get("swapTx", UNSET)
        if swap_tx is not UNSET:
            _seen += 1
            try:
                swap_tx = SwapTx.from_dict(swap_tx)
            except TypeMismatch as _exc:
                _exc.prepend("swapTx")
                raise

        eip712 = src_dict.get("eip712", UNSET)
        if eip712 is not UNSET:
            _seen += 1
            try:
                eip712 = Eip712TypedData.from_dict(eip712)
            except TypeMismatch as _exc:
                _exc.prepend("eip712")
                raise

        quote_expiry_timestamp = src_dict.get("quoteExpiryTimestamp", UNSET)
        if quote_expiry_timestamp is not UNSET:
            _seen += 1
            if not (type(quote_expiry_timestamp) is int or is_integer(quote_expiry_timestamp)):
                raise TypeMismatch("integer", quote_expiry_timestamp, "quoteExpiryTimestamp")

        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            _seen += 1
            if not isinstance(id, str):
                raise TypeMismatch("string", id, "id")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.cross_swap_type = cross_swap_type
        _model.amount_type = amount_type
        _model.checks = checks
        _model.steps = steps
        _model.input_token = input_token
        _model.output_token = output_token
        _model.refund_token = refund_token
        _model.fees = fees
        _model.input_amount = input_amount
        _model.expected_output_amount = expected_output_amount
        _model.min_output_amount = min_output_amount
        _model.expected_fill_time = expected_fill_time
        _model.approval_txns = approval_txns
        _model.max_input_amount = max_input_amount
        _model.swap_tx = swap_tx
        _model.eip712 = eip712
        _model.quote_expiry_timestamp = quote_expiry_timestamp
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
_CrossSwapType_BY_VALUE = CrossSwapType._value2member_map_  # known values only; see from_dict
_TradeType_BY_VALUE = TradeType._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.approval_txn import ApprovalTxn  # noqa: E402
from ..models.eip_712_typed_data import Eip712TypedData  # noqa: E402
from ..models.swap_checks import SwapChecks  # noqa: E402
from ..models.swap_fees import SwapFees  # noqa: E402
from ..models.swap_steps import SwapSteps  # noqa: E402
from ..models.swap_tx import SwapTx  # noqa: E402
from ..models.token import Token  # noqa: E402
