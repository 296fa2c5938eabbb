from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidentiality_level import ConfidentialityLevel
from ..models.deposit_mode import DepositMode
from ..models.quote_request_deposit_type import QuoteRequestDepositType
from ..models.quote_request_recipient_type import QuoteRequestRecipientType
from ..models.quote_request_refund_type import QuoteRequestRefundType
from ..models.quote_request_swap_type import QuoteRequestSwapType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_fee import AppFee
    from ..models.rebate import Rebate


T = TypeVar("T", bound="QuoteRequest")


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

    def to_dict(self) -> dict[str, Any]:
        dry = self.dry

        swap_type = self.swap_type.value

        slippage_tolerance = self.slippage_tolerance

        origin_asset = self.origin_asset

        deposit_type = self.deposit_type.value

        destination_asset = self.destination_asset

        amount = self.amount

        refund_to = self.refund_to

        refund_type = self.refund_type.value

        recipient = self.recipient

        recipient_type = self.recipient_type.value

        deadline = self.deadline.isoformat()

        deposit_mode: None | str | Unset
        if isinstance(self.deposit_mode, Unset):
            deposit_mode = UNSET
        elif isinstance(self.deposit_mode, DepositMode):
            deposit_mode = self.deposit_mode.value
        else:
            deposit_mode = self.deposit_mode

        connected_wallets: list[str] | None | Unset
        if isinstance(self.connected_wallets, Unset):
            connected_wallets = UNSET
        elif isinstance(self.connected_wallets, list):
            connected_wallets = self.connected_wallets

        else:
            connected_wallets = self.connected_wallets

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        virtual_chain_recipient: None | str | Unset
        if isinstance(self.virtual_chain_recipient, Unset):
            virtual_chain_recipient = UNSET
        else:
            virtual_chain_recipient = self.virtual_chain_recipient

        virtual_chain_refund_recipient: None | str | Unset
        if isinstance(self.virtual_chain_refund_recipient, Unset):
            virtual_chain_refund_recipient = UNSET
        else:
            virtual_chain_refund_recipient = self.virtual_chain_refund_recipient

        custom_recipient_msg: None | str | Unset
        if isinstance(self.custom_recipient_msg, Unset):
            custom_recipient_msg = UNSET
        else:
            custom_recipient_msg = self.custom_recipient_msg

        referral: None | str | Unset
        if isinstance(self.referral, Unset):
            referral = UNSET
        else:
            referral = self.referral

        quote_waiting_time_ms: float | None | Unset
        if isinstance(self.quote_waiting_time_ms, Unset):
            quote_waiting_time_ms = UNSET
        else:
            quote_waiting_time_ms = self.quote_waiting_time_ms

        app_fees: list[dict[str, Any]] | None | Unset
        if isinstance(self.app_fees, Unset):
            app_fees = UNSET
        elif isinstance(self.app_fees, list):
            app_fees = []
            for app_fees_type_0_item_data in self.app_fees:
                app_fees_type_0_item = app_fees_type_0_item_data.to_dict()
                app_fees.append(app_fees_type_0_item)

        else:
            app_fees = self.app_fees

        confidentiality: None | str | Unset
        if isinstance(self.confidentiality, Unset):
            confidentiality = UNSET
        elif isinstance(self.confidentiality, ConfidentialityLevel):
            confidentiality = self.confidentiality.value
        else:
            confidentiality = self.confidentiality

        rebates: list[dict[str, Any]] | None | Unset
        if isinstance(self.rebates, Unset):
            rebates = UNSET
        elif isinstance(self.rebates, list):
            rebates = []
            for rebates_type_0_item_data in self.rebates:
                rebates_type_0_item = rebates_type_0_item_data.to_dict()
                rebates.append(rebates_type_0_item)

        else:
            rebates = self.rebates

        insured: bool | None | Unset
        if isinstance(self.insured, Unset):
            insured = UNSET
        else:
            insured = self.insured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dry": dry,
                "swapType": swap_type,
                "slippageTolerance": slippage_tolerance,
                "originAsset": origin_asset,
                "depositType": deposit_type,
                "destinationAsset": destination_asset,
                "amount": amount,
                "refundTo": refund_to,
                "refundType": refund_type,
                "recipient": recipient,
                "recipientType": recipient_type,
                "deadline": deadline,
            }
        )
        if deposit_mode is not UNSET:
            field_dict["depositMode"] = deposit_mode
        if connected_wallets is not UNSET:
            field_dict["connectedWallets"] = connected_wallets
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if virtual_chain_recipient is not UNSET:
            field_dict["virtualChainRecipient"] = virtual_chain_recipient
        if virtual_chain_refund_recipient is not UNSET:
            field_dict["virtualChainRefundRecipient"] = virtual_chain_refund_recipient
        if custom_recipient_msg is not UNSET:
            field_dict["customRecipientMsg"] = custom_recipient_msg
        if referral is not UNSET:
            field_dict["referral"] = referral
        if quote_waiting_time_ms is not UNSET:
            field_dict["quoteWaitingTimeMs"] = quote_waiting_time_ms
        if app_fees is not UNSET:
            field_dict["appFees"] = app_fees
        if confidentiality is not UNSET:
            field_dict["confidentiality"] = confidentiality
        if rebates is not UNSET:
            field_dict["rebates"] = rebates
        if insured is not UNSET:
            field_dict["insured"] = insured

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_fee import AppFee  # noqa: PLC0415
        from ..models.rebate import Rebate  # noqa: PLC0415

        d = dict(src_dict)
        dry = d.pop("dry")

        swap_type = QuoteRequestSwapType(d.pop("swapType"))

        slippage_tolerance = d.pop("slippageTolerance")

        origin_asset = d.pop("originAsset")

        deposit_type = QuoteRequestDepositType(d.pop("depositType"))

        destination_asset = d.pop("destinationAsset")

        amount = d.pop("amount")

        refund_to = d.pop("refundTo")

        refund_type = QuoteRequestRefundType(d.pop("refundType"))

        recipient = d.pop("recipient")

        recipient_type = QuoteRequestRecipientType(d.pop("recipientType"))

        deadline = datetime.datetime.fromisoformat(d.pop("deadline"))

        def _parse_deposit_mode(data: object) -> DepositMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deposit_mode_type_1 = DepositMode(data)

                return deposit_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepositMode | None | Unset, data)

        deposit_mode = _parse_deposit_mode(d.pop("depositMode", UNSET))

        def _parse_connected_wallets(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connected_wallets_type_0 = cast(list[str], data)

                return connected_wallets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        connected_wallets = _parse_connected_wallets(d.pop("connectedWallets", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("sessionId", UNSET))

        def _parse_virtual_chain_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        virtual_chain_recipient = _parse_virtual_chain_recipient(d.pop("virtualChainRecipient", UNSET))

        def _parse_virtual_chain_refund_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        virtual_chain_refund_recipient = _parse_virtual_chain_refund_recipient(
            d.pop("virtualChainRefundRecipient", UNSET)
        )

        def _parse_custom_recipient_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_recipient_msg = _parse_custom_recipient_msg(d.pop("customRecipientMsg", UNSET))

        def _parse_referral(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral = _parse_referral(d.pop("referral", UNSET))

        def _parse_quote_waiting_time_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quote_waiting_time_ms = _parse_quote_waiting_time_ms(d.pop("quoteWaitingTimeMs", UNSET))

        def _parse_app_fees(data: object) -> list[AppFee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                app_fees_type_0 = []
                _app_fees_type_0 = data
                for app_fees_type_0_item_data in _app_fees_type_0:
                    app_fees_type_0_item = AppFee.from_dict(app_fees_type_0_item_data)

                    app_fees_type_0.append(app_fees_type_0_item)

                return app_fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppFee] | None | Unset, data)

        app_fees = _parse_app_fees(d.pop("appFees", UNSET))

        def _parse_confidentiality(data: object) -> ConfidentialityLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confidentiality_type_1 = ConfidentialityLevel(data)

                return confidentiality_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfidentialityLevel | None | Unset, data)

        confidentiality = _parse_confidentiality(d.pop("confidentiality", UNSET))

        def _parse_rebates(data: object) -> list[Rebate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rebates_type_0 = []
                _rebates_type_0 = data
                for rebates_type_0_item_data in _rebates_type_0:
                    rebates_type_0_item = Rebate.from_dict(rebates_type_0_item_data)

                    rebates_type_0.append(rebates_type_0_item)

                return rebates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Rebate] | None | Unset, data)

        rebates = _parse_rebates(d.pop("rebates", UNSET))

        def _parse_insured(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        insured = _parse_insured(d.pop("insured", UNSET))

        quote_request = cls(
            dry=dry,
            swap_type=swap_type,
            slippage_tolerance=slippage_tolerance,
            origin_asset=origin_asset,
            deposit_type=deposit_type,
            destination_asset=destination_asset,
            amount=amount,
            refund_to=refund_to,
            refund_type=refund_type,
            recipient=recipient,
            recipient_type=recipient_type,
            deadline=deadline,
            deposit_mode=deposit_mode,
            connected_wallets=connected_wallets,
            session_id=session_id,
            virtual_chain_recipient=virtual_chain_recipient,
            virtual_chain_refund_recipient=virtual_chain_refund_recipient,
            custom_recipient_msg=custom_recipient_msg,
            referral=referral,
            quote_waiting_time_ms=quote_waiting_time_ms,
            app_fees=app_fees,
            confidentiality=confidentiality,
            rebates=rebates,
            insured=insured,
        )

        quote_request.additional_properties = d
        return quote_request

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
