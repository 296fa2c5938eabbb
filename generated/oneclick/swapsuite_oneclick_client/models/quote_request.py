from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.confidentiality_level import ConfidentialityLevel
from ..models.deposit_mode import DepositMode
from ..models.quote_request_deposit_type import QuoteRequestDepositType
from ..models.quote_request_recipient_type import QuoteRequestRecipientType
from ..models.quote_request_refund_type import QuoteRequestRefundType
from ..models.quote_request_swap_type import QuoteRequestSwapType
from ..types import NUMBER_TYPES, UNSET, Unset, is_number, original_text

T = TypeVar("T", bound="QuoteRequest")
_KNOWN_KEYS = frozenset(
    (
        "dry",
        "swapType",
        "slippageTolerance",
        "originAsset",
        "depositType",
        "destinationAsset",
        "amount",
        "refundTo",
        "refundType",
        "recipient",
        "recipientType",
        "deadline",
        "depositMode",
        "connectedWallets",
        "sessionId",
        "virtualChainRecipient",
        "virtualChainRefundRecipient",
        "customRecipientMsg",
        "referral",
        "quoteWaitingTimeMs",
        "appFees",
        "confidentiality",
        "rebates",
        "insured",
    )
)


@_attrs_define
class QuoteRequest:
    """What the caller wants to swap. Also echoed back as `QuoteResponse.quoteRequest`; in that echo the
    optional fields may be `null`.

        Attributes:
            dry (bool): `true` asks for a preview only: the quote is priced but no deposit address is reserved, so the
                returned `quote` has no `depositAddress`, `deadline` or `timeWhenInactive`.
                 Example: True.
            swap_type (QuoteRequestSwapType): How `amount` is interpreted:
                - `EXACT_INPUT`: `amount` is the input. A smaller deposit is refunded at the deadline; any excess
                  above `amountIn` is refunded to `refundTo` after the swap.
                - `EXACT_OUTPUT`: `amount` is the output; slippage applies to the input side. The quote gives
                  `amountIn` (with the slippage buffer) and `minAmountIn`. Deposits below `minAmountIn` are refunded
                  at the deadline; whatever is not needed is refunded after the swap.
                - `FLEX_INPUT`: the input may vary. Slippage defines a range for both sides (`minAmountIn`,
                  `minAmountOut`); any deposit of at least `minAmountIn` is swapped as long as `minAmountOut` is met,
                  larger deposits are still processed, and totals below the lower bound at the deadline are refunded.
                - `ANY_INPUT`: collects deposits of any asset and converts them to `destinationAsset`, e.g. for fee
                  aggregation. Partners only (authentication required).
            slippage_tolerance (float): Accepted slippage in basis points (100 = 1%). Example: 100.
            origin_asset (str): `assetId` of the asset the user sends. Example:
                nep141:arb-0xaf88d065e77c8cc2239327c5edb3a432268e5831.omft.near.
            deposit_type (QuoteRequestDepositType): Where the deposit is made:
                - `ORIGIN_CHAIN`: to an address on the origin asset's chain.
                - `INTENTS`: to an account inside NEAR Intents (the verifier contract).
                - `CONFIDENTIAL_INTENTS`: to an account inside Confidential Intents, funded by a signed transfer
                  intent to the quote's `depositAddress`; plain token transfers are not supported.
            destination_asset (str): `assetId` of the asset the recipient receives. Example:
                nep141:sol-5ce3bf3a31af18be40ba30f721101b4341690186.omft.near.
            amount (str): Swap amount in the smallest unit of the asset (e.g. wei), as an integer string; input or output
                depending on `swapType`. The newest docs state that decimal strings such as `"0.01"` are rejected.
                 Example: 1000.
            refund_to (str): Address or account that receives refunds. Example: 0x2527D02599Ba641c19FEa793cD0F167589a0f10D.
            refund_type (QuoteRequestRefundType): Where refunds go:
                - `ORIGIN_CHAIN`: to `refundTo` on the origin chain.
                - `INTENTS`: to the `refundTo` account inside NEAR Intents.
                - `CONFIDENTIAL_INTENTS`: to the `refundTo` account inside Confidential Intents (settled by a signed
                  transfer intent).
            recipient (str): Address or account that receives the output; its format has to fit `recipientType`. Any routing
                metadata the destination chain needs must be encoded in the address in that chain's format.
                 Example: 13QkxhNMrTPxoCkRdYdJ65tFuwXPhL5gLS2Z5Nr6gjRK.
            recipient_type (QuoteRequestRecipientType): Where the output goes:
                - `DESTINATION_CHAIN`: to `recipient` on the destination asset's chain.
                - `INTENTS`: to the `recipient` account inside NEAR Intents.
                - `CONFIDENTIAL_INTENTS`: to the `recipient` account inside Confidential Intents (settled by a signed
                  transfer intent).
            deadline (datetime.datetime): Moment (ISO-8601) after which an unfinished swap is refunded. Required even for
                dry quotes. Leave
                enough time for the deposit to confirm; Bitcoin can take about an hour depending on the fee paid.
                 Example: 2019-08-24T14:15:22Z.
            deposit_mode (DepositMode | None | Unset): Deposit identification mode, see `DepositMode`. The server assumes
                `SIMPLE` when omitted.
                 Example: SIMPLE.
            connected_wallets (list[str] | None | Unset): Addresses of the wallets the user has connected. Example:
                ['0x123...', '0x456...'].
            session_id (None | str | Unset): Client-side session identifier, passed through to 1Click. Example:
                session_abc123.
            virtual_chain_recipient (None | str | Unset): EVM address of the transfer recipient on a virtual chain. Example:
                0xb4c2fbec9d610F9A3a9b843c47b1A8095ceC887C.
            virtual_chain_refund_recipient (None | str | Unset): EVM address of the refund recipient on a virtual chain.
                Example: 0xb4c2fbec9d610F9A3a9b843c47b1A8095ceC887C.
            custom_recipient_msg (None | str | Unset): Highly experimental. When set, a withdrawal to NEAR uses
                `ft_transfer_call` with this message
                instead of `ft_transfer`. Funds are lost if the token is not NEP-141, if storage deposit is
                missing, or if the recipient does not implement `ft_on_transfer`.
                 Example: smart-contract-recipient.near.
            referral (None | str | Unset): Lower-case identifier of the distribution channel (e.g. a wallet). It is recorded
                on chain and shown
                by public analytics.
                 Example: referral.
            quote_waiting_time_ms (float | None | Unset): How long, in milliseconds, to wait for market-maker quotes; `0`
                returns the first quote available.
                Server default when omitted: 3000 according to the Jan-2026 spec, 0 according to the newest docs
                (SDK 0.1.25). Because the two disagree, no `default` is declared and clients send a value only when
                the caller sets one.
                 Example: 3000.
            app_fees (list[AppFee] | None | Unset): Integrator fees added to this quote, one entry per recipient.
            confidentiality (ConfidentialityLevel | None | Unset): Confidentiality mode, see `ConfidentialityLevel`. The
                server assumes `public` when omitted; setting
                it may return an invite-only error until the mode is enabled for the integration.
                 Example: public.
            rebates (list[Rebate] | None | Unset): Rebate split for this quote: up to 3 Confidential Intents recipients with
                percentage shares that
                add up to 100.
            insured (bool | None | Unset): Buys swap insurance for an extra 2 basis points. The server assumes `false` when
                omitted. Only the
                newest docs list this field (SDK 0.1.25 does not), so send it only when needed.
                 Example: False.
    """

    dry: bool
    swap_type: QuoteRequestSwapType
    slippage_tolerance: float
    origin_asset: str
    deposit_type: QuoteRequestDepositType
    destination_asset: str
    amount: str
    refund_to: str
    refund_type: QuoteRequestRefundType
    recipient: str
    recipient_type: QuoteRequestRecipientType
    deadline: datetime.datetime
    deposit_mode: DepositMode | None | Unset = UNSET
    connected_wallets: list[str] | None | Unset = UNSET
    session_id: None | str | Unset = UNSET
    virtual_chain_recipient: None | str | Unset = UNSET
    virtual_chain_refund_recipient: None | str | Unset = UNSET
    custom_recipient_msg: None | str | Unset = UNSET
    referral: None | str | Unset = UNSET
    quote_waiting_time_ms: float | None | Unset = UNSET
    app_fees: list[AppFee] | None | Unset = UNSET
    confidentiality: ConfidentialityLevel | None | Unset = UNSET
    rebates: list[Rebate] | None | Unset = UNSET
    insured: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _deadline_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dry"] = self.dry

        field_dict["swapType"] = self.swap_type.value

        field_dict["slippageTolerance"] = self.slippage_tolerance

        field_dict["originAsset"] = self.origin_asset

        field_dict["depositType"] = self.deposit_type.value

        field_dict["destinationAsset"] = self.destination_asset

        field_dict["amount"] = self.amount

        field_dict["refundTo"] = self.refund_to

        field_dict["refundType"] = self.refund_type.value

        field_dict["recipient"] = self.recipient

        field_dict["recipientType"] = self.recipient_type.value

        field_dict["deadline"] = (
            original_text(self.deadline, self._deadline_text, datetime.datetime.fromisoformat)
            or self.deadline.isoformat()
        )

        if self.deposit_mode is not UNSET:
            if isinstance(self.deposit_mode, DepositMode):
                field_dict["depositMode"] = self.deposit_mode.value

            else:
                field_dict["depositMode"] = self.deposit_mode

        if self.connected_wallets is not UNSET:
            field_dict["connectedWallets"] = self.connected_wallets

        if self.session_id is not UNSET:
            field_dict["sessionId"] = self.session_id

        if self.virtual_chain_recipient is not UNSET:
            field_dict["virtualChainRecipient"] = self.virtual_chain_recipient

        if self.virtual_chain_refund_recipient is not UNSET:
            field_dict["virtualChainRefundRecipient"] = self.virtual_chain_refund_recipient

        if self.custom_recipient_msg is not UNSET:
            field_dict["customRecipientMsg"] = self.custom_recipient_msg

        if self.referral is not UNSET:
            field_dict["referral"] = self.referral

        if self.quote_waiting_time_ms is not UNSET:
            field_dict["quoteWaitingTimeMs"] = self.quote_waiting_time_ms

        if self.app_fees is not UNSET:
            if isinstance(self.app_fees, list):
                app_fees_list: list[Any] = []
                for app_fees_item in self.app_fees:
                    app_fees_out = app_fees_item.to_dict()

                    app_fees_list.append(app_fees_out)
                field_dict["appFees"] = app_fees_list

            else:
                field_dict["appFees"] = self.app_fees

        if self.confidentiality is not UNSET:
            if isinstance(self.confidentiality, ConfidentialityLevel):
                field_dict["confidentiality"] = self.confidentiality.value

            else:
                field_dict["confidentiality"] = self.confidentiality

        if self.rebates is not UNSET:
            if isinstance(self.rebates, list):
                rebates_list: list[Any] = []
                for rebates_item in self.rebates:
                    rebates_out = rebates_item.to_dict()

                    rebates_list.append(rebates_out)
                field_dict["rebates"] = rebates_list

            else:
                field_dict["rebates"] = self.rebates

        if self.insured is not UNSET:
            field_dict["insured"] = self.insured

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
            dry = src_dict["dry"]
            swap_type = src_dict["swapType"]
            slippage_tolerance = src_dict["slippageTolerance"]
            origin_asset = src_dict["originAsset"]
            deposit_type = src_dict["depositType"]
            destination_asset = src_dict["destinationAsset"]
            amount = src_dict["amount"]
            refund_to = src_dict["refundTo"]
            refund_type = src_dict["refundType"]
            recipient = src_dict["recipient"]
            recipient_type = src_dict["recipientType"]
            deadline = src_dict["deadline"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (dry is True or dry is False):
            raise TypeMismatch("boolean", dry, "dry")

        if not isinstance(swap_type, str):
            raise TypeMismatch("string", swap_type, "swapType")
        swap_type = _QuoteRequestSwapType_BY_VALUE.get(swap_type) or QuoteRequestSwapType(swap_type)

        if not (type(slippage_tolerance) in NUMBER_TYPES or is_number(slippage_tolerance)):
            raise TypeMismatch("number", slippage_tolerance, "slippageTolerance")

        if not isinstance(origin_asset, str):
            raise TypeMismatch("string", origin_asset, "originAsset")

        if not isinstance(deposit_type, str):
            raise TypeMismatch("string", deposit_type, "depositType")
        deposit_type = _QuoteRequestDepositType_BY_VALUE.get(deposit_type) or QuoteRequestDepositType(deposit_type)

        if not isinstance(destination_asset, str):
            raise TypeMismatch("string", destination_asset, "destinationAsset")

        if not isinstance(amount, str):
            raise TypeMismatch("string", amount, "amount")

        if not isinstance(refund_to, str):
            raise TypeMismatch("string", refund_to, "refundTo")

        if not isinstance(refund_type, str):
            raise TypeMismatch("string", refund_type, "refundType")
        refund_type = _QuoteRequestRefundType_BY_VALUE.get(refund_type) or QuoteRequestRefundType(refund_type)

        if not isinstance(recipient, str):
            raise TypeMismatch("string", recipient, "recipient")

        if not isinstance(recipient_type, str):
            raise TypeMismatch("string", recipient_type, "recipientType")
        recipient_type = _QuoteRequestRecipientType_BY_VALUE.get(recipient_type) or QuoteRequestRecipientType(
            recipient_type
        )

        _deadline_text: str | None = None
        if not isinstance(deadline, str):
            raise TypeMismatch("date-time string", deadline, "deadline")
        try:
            _deadline_text, deadline = deadline, _parse_datetime(deadline)
        except ValueError:
            raise TypeMismatch("date-time string", deadline, "deadline") from None

        _seen = 12
        deposit_mode = src_dict.get("depositMode", UNSET)
        if deposit_mode is not UNSET:
            _seen += 1
            if deposit_mode is None:
                pass

            elif isinstance(deposit_mode, str):
                deposit_mode = _DepositMode_BY_VALUE.get(deposit_mode) or DepositMode(deposit_mode)

            else:
                raise TypeMismatch("null | string", deposit_mode, "depositMode")

        connected_wallets = src_dict.get("connectedWallets", UNSET)
        if connected_wallets is not UNSET:
            _seen += 1
            if connected_wallets is None:
                pass

            elif isinstance(connected_wallets, list):
                connected_wallets_list: list[Any] = []
                try:
                    for connected_wallets_item in connected_wallets:
                        if not isinstance(connected_wallets_item, str):
                            raise TypeMismatch("string", connected_wallets_item)

                        connected_wallets_list.append(connected_wallets_item)
                except TypeMismatch as _exc:
                    _exc.prepend("connectedWallets", len(connected_wallets_list))
                    raise
                connected_wallets = connected_wallets_list

            else:
                raise TypeMismatch("array | null", connected_wallets, "connectedWallets")

        session_id = src_dict.get("sessionId", UNSET)
        if session_id is not UNSET:
            _seen += 1
            if session_id is None:
                pass

            elif isinstance(session_id, str):
                pass

            else:
                raise TypeMismatch("string | null", session_id, "sessionId")

        virtual_chain_recipient = src_dict.get("virtualChainRecipient", UNSET)
        if virtual_chain_recipient is not UNSET:
            _seen += 1
            if virtual_chain_recipient is None:
                pass

            elif isinstance(virtual_chain_recipient, str):
                pass

            else:
                raise TypeMismatch("string | null", virtual_chain_recipient, "virtualChainRecipient")

        virtual_chain_refund_recipient = src_dict.get("virtualChainRefundRecipient", UNSET)
        if virtual_chain_refund_recipient is not UNSET:
            _seen += 1
            if virtual_chain_refund_recipient is None:
                pass

            elif isinstance(virtual_chain_refund_recipient, str):
                pass

            else:
                raise TypeMismatch("string | null", virtual_chain_refund_recipient, "virtualChainRefundRecipient")

        custom_recipient_msg = src_dict.get("customRecipientMsg", UNSET)
        if custom_recipient_msg is not UNSET:
            _seen += 1
            if custom_recipient_msg is None:
                pass

            elif isinstance(custom_recipient_msg, str):
                pass

            else:
                raise TypeMismatch("string | null", custom_recipient_msg, "customRecipientMsg")

        referral = src_dict.get("referral", UNSET)
        if referral is not UNSET:
            _seen += 1
            if referral is None:
                pass

            elif isinstance(referral, str):
                pass

            else:
                raise TypeMismatch("string | null", referral, "referral")

        quote_waiting_time_ms = src_dict.get("quoteWaitingTimeMs", UNSET)
        if quote_waiting_time_ms is not UNSET:
            _seen += 1
            if quote_waiting_time_ms is None:
                pass

            elif type(quote_waiting_time_ms) in NUMBER_TYPES or is_number(quote_waiting_time_ms):
                pass

            else:
                raise TypeMismatch("number | null", quote_waiting_time_ms, "quoteWaitingTimeMs")

        app_fees = src_dict.get("appFees", UNSET)
        if app_fees is not UNSET:
            _seen += 1
            if app_fees is None:
                pass

            elif isinstance(app_fees, list):
                app_fees_list: list[Any] = []
                try:
                    for app_fees_item in app_fees:
                        app_fees_item = AppFee.from_dict(app_fees_item)

                        app_fees_list.append(app_fees_item)
                except TypeMismatch as _exc:
                    _exc.prepend("appFees", len(app_fees_list))
                    raise
                app_fees = app_fees_list

            else:
                raise TypeMismatch("array | null", app_fees, "appFees")

        confidentiality = src_dict.get("confidentiality", UNSET)
        if confidentiality is not UNSET:
            _seen += 1
            if confidentiality is None:
                pass

            elif isinstance(confidentiality, str):
                confidentiality = _ConfidentialityLevel_BY_VALUE.get(confidentiality) or ConfidentialityLevel(
                    confidentiality
                )

            else:
                raise TypeMismatch("null | string", confidentiality, "confidentiality")

        rebates = src_dict.get("rebates", UNSET)
        if rebates is not UNSET:
            _seen += 1
            if rebates is None:
                pass

            elif isinstance(rebates, list):
                rebates_list: list[Any] = []
                try:
                    for rebates_item in rebates:
                        rebates_item = Rebate.from_dict(rebates_item)

                        rebates_list.append(rebates_item)
                except TypeMismatch as _exc:
                    _exc.prepend("rebates", len(rebates_list))
                    raise
                rebates = rebates_list

            else:
                raise TypeMismatch("array | null", rebates, "rebates")

        insured = src_dict.get("insured", UNSET)
        if insured is not UNSET:
            _seen += 1
            if insured is None:
                pass

            elif insured is True or insured is False:
                pass

            else:
                raise TypeMismatch("boolean | null", insured, "insured")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.dry = dry
        _model.swap_type = swap_type
        _model.slippage_tolerance = slippage_tolerance
        _model.origin_asset = origin_asset
        _model.deposit_type = deposit_type
        _model.destination_asset = destination_asset
        _model.amount = amount
        _model.refund_to = refund_to
        _model.refund_type = refund_type
        _model.recipient = recipient
        _model.recipient_type = recipient_type
        _model.deadline = deadline
        _model._deadline_text = _deadline_text
        _model.deposit_mode = deposit_mode
        _model.connected_wallets = connected_wallets
        _model.session_id = session_id
        _model.virtual_chain_recipient = virtual_chain_recipient
        _model.virtual_chain_refund_recipient = virtual_chain_refund_recipient
        _model.custom_recipient_msg = custom_recipient_msg
        _model.referral = referral
        _model.quote_waiting_time_ms = quote_waiting_time_ms
        _model.app_fees = app_fees
        _model.confidentiality = confidentiality
        _model.rebates = rebates
        _model.insured = insured
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
_parse_datetime = datetime.datetime.fromisoformat
_ConfidentialityLevel_BY_VALUE = ConfidentialityLevel._value2member_map_  # known values only; see from_dict
_DepositMode_BY_VALUE = DepositMode._value2member_map_  # known values only; see from_dict
_QuoteRequestDepositType_BY_VALUE = QuoteRequestDepositType._value2member_map_  # known values only; see from_dict
_QuoteRequestRecipientType_BY_VALUE = QuoteRequestRecipientType._value2member_map_  # known values only; see from_dict
_QuoteRequestRefundType_BY_VALUE = QuoteRequestRefundType._value2member_map_  # known values only; see from_dict
_QuoteRequestSwapType_BY_VALUE = QuoteRequestSwapType._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.app_fee import AppFee  # noqa: E402
from ..models.rebate import Rebate  # noqa: E402
