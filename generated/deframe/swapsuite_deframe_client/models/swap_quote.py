from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_name import ChainName
from ..models.swap_status import SwapStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee_breakdown import FeeBreakdown
    from ..models.quote_token import QuoteToken
    from ..models.quote_token_out import QuoteTokenOut


T = TypeVar("T", bound="SwapQuote")


@_attrs_define
class SwapQuote:
    """The saved quote. Only `quoteId` is required (tolerant reader): the two older reference copies have no `feeBreakdown`
    and no `status`, and Pods' on-ramp reader test has neither `tokenIn` nor the chain names. The adapter refuses a
    quote without `tokenIn.amount` or `tokenOut` with a ResponseShapeError of its own.

        Attributes:
            quote_id (str): Quote id (a UUID) to pass to `POST /v2/swap/bytecode` and `GET /v2/swap/status/{quoteId}`. Not
                declared `format: uuid` because documented samples use placeholders such as `QUOTE_ID`.
            id (str | Unset): Quote id (a UUID, same value as `quoteId`).
            origin_chain (ChainName | Unset): Chain name as used by `originChain` / `destinationChain`. `fiat` is the
                pseudo-chain of the BRL Pix ramps. The list follows the supported-chains table of the quote guide plus `monad`
                and `fiat` from the ramp guides; Deframe may add chains at any time.
            destination_chain (ChainName | Unset): Chain name as used by `originChain` / `destinationChain`. `fiat` is the
                pseudo-chain of the BRL Pix ramps. The list follows the supported-chains table of the quote guide plus `monad`
                and `fiat` from the ramp guides; Deframe may add chains at any time.
            chain_id_in (int | Unset): Numeric source chain id (preferred over `originChain` for new code).
            chain_id_out (int | Unset): Numeric destination chain id (preferred over `destinationChain` for new code).
            from_chain_id (int | str | Unset): Chain identifier as it appears in execution data: normally the numeric EVM
                chain id, but Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
            to_chain_id (int | str | Unset): Chain identifier as it appears in execution data: normally the numeric EVM
                chain id, but Solana routes (and older responses) use a chain name string such as `solana` or `polygon`.
            token_in (QuoteToken | Unset): One side of the swap. On fiat legs there is no contract or chain (the token is a
                currency such as BRL).
            token_out (QuoteTokenOut | Unset): The bought token. `expectedAmountOut` and `minAmountOut` are the provider's
                promises after platform fees were taken from the input.
            provider (str | Unset): Provider that produced the quote. Kept a plain string: the docs spell provider names
                inconsistently here (`teleswap`, `TeleSwap`, `Jupiter`, ...), unlike the `SwapProviderName` values accepted as
                input.
            deadline (datetime.datetime | int | Unset): Quote expiry; execute before it. Unix seconds in the current
                reference; an ISO 8601 string in the two older reference copies. Both are accepted (integer first).
            deadline_date (datetime.datetime | Unset): Quote expiry as an ISO 8601 date-time.
            fee_breakdown (FeeBreakdown | Unset): Itemized cost of the swap, returned by the quote endpoint only. Platform
                fees (Pods fee, customer markup) are
                deducted from `tokenIn` before the provider is asked; the bridge-plus-slippage impact is measured on
                `tokenOut` against a spot-price baseline (`reference`). Raw amounts are integer strings in smallest units
                (the API reference sample only shows `<string>` placeholders for them).

                The API reference names the fee list `lines`; Pods' demo guide and its response reader use `charges` with
                the same entry fields. Both are modelled as optional until a live response settles which one is served.
            raw_quote (Any | Unset): Provider-specific quote data (stringified JSON for some bridges). Left out when there
                is none; echo it to `POST /v2/swap/bytecode` when present.
            status (SwapStatus | Unset): Status of a quote / swap. The docs have published two vocabularies and both may
                still be served; this enum
                is their union.
                * Newest reference ("quote status"): `pending`, `confirmed`, `fulfilled`, `expired`, `failed`, `refunded`,
                  `processing`. Terminal: `fulfilled`, `failed`, `expired`, `refunded`.
                * Older reference ("transaction status"): `pending`, `crossing`, `propagated`, `success`, `failed`,
                  `stalled`.

                `pending` and `failed` belong to both. A new quote is `pending`.
            fee_sponsorship (bool | Unset): Whether fee sponsorship applies to this quote.
            customer (str | Unset): The customer account the quote belongs to.
            slippage (float | Unset): Slippage applied, as a fraction of 1, echoed when one was requested.
    """

    quote_id: str
    id: str | Unset = UNSET
    origin_chain: ChainName | Unset = UNSET
    destination_chain: ChainName | Unset = UNSET
    chain_id_in: int | Unset = UNSET
    chain_id_out: int | Unset = UNSET
    from_chain_id: int | str | Unset = UNSET
    to_chain_id: int | str | Unset = UNSET
    token_in: QuoteToken | Unset = UNSET
    token_out: QuoteTokenOut | Unset = UNSET
    provider: str | Unset = UNSET
    deadline: datetime.datetime | int | Unset = UNSET
    deadline_date: datetime.datetime | Unset = UNSET
    fee_breakdown: FeeBreakdown | Unset = UNSET
    raw_quote: Any | Unset = UNSET
    status: SwapStatus | Unset = UNSET
    fee_sponsorship: bool | Unset = UNSET
    customer: str | Unset = UNSET
    slippage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        id = self.id

        origin_chain: str | Unset = UNSET
        if not isinstance(self.origin_chain, Unset):
            origin_chain = self.origin_chain.value

        destination_chain: str | Unset = UNSET
        if not isinstance(self.destination_chain, Unset):
            destination_chain = self.destination_chain.value

        chain_id_in = self.chain_id_in

        chain_id_out = self.chain_id_out

        from_chain_id: int | str | Unset
        if isinstance(self.from_chain_id, Unset):
            from_chain_id = UNSET
        else:
            from_chain_id = self.from_chain_id

        to_chain_id: int | str | Unset
        if isinstance(self.to_chain_id, Unset):
            to_chain_id = UNSET
        else:
            to_chain_id = self.to_chain_id

        token_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_in, Unset):
            token_in = self.token_in.to_dict()

        token_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_out, Unset):
            token_out = self.token_out.to_dict()

        provider = self.provider

        deadline: int | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        deadline_date: str | Unset = UNSET
        if not isinstance(self.deadline_date, Unset):
            deadline_date = self.deadline_date.isoformat()

        fee_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_breakdown, Unset):
            fee_breakdown = self.fee_breakdown.to_dict()

        raw_quote = self.raw_quote

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        fee_sponsorship = self.fee_sponsorship

        customer = self.customer

        slippage = self.slippage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteId": quote_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if origin_chain is not UNSET:
            field_dict["originChain"] = origin_chain
        if destination_chain is not UNSET:
            field_dict["destinationChain"] = destination_chain
        if chain_id_in is not UNSET:
            field_dict["chainIdIn"] = chain_id_in
        if chain_id_out is not UNSET:
            field_dict["chainIdOut"] = chain_id_out
        if from_chain_id is not UNSET:
            field_dict["fromChainId"] = from_chain_id
        if to_chain_id is not UNSET:
            field_dict["toChainId"] = to_chain_id
        if token_in is not UNSET:
            field_dict["tokenIn"] = token_in
        if token_out is not UNSET:
            field_dict["tokenOut"] = token_out
        if provider is not UNSET:
            field_dict["provider"] = provider
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if deadline_date is not UNSET:
            field_dict["deadlineDate"] = deadline_date
        if fee_breakdown is not UNSET:
            field_dict["feeBreakdown"] = fee_breakdown
        if raw_quote is not UNSET:
            field_dict["rawQuote"] = raw_quote
        if status is not UNSET:
            field_dict["status"] = status
        if fee_sponsorship is not UNSET:
            field_dict["feeSponsorship"] = fee_sponsorship
        if customer is not UNSET:
            field_dict["customer"] = customer
        if slippage is not UNSET:
            field_dict["slippage"] = slippage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_breakdown import FeeBreakdown  # noqa: PLC0415
        from ..models.quote_token import QuoteToken  # noqa: PLC0415
        from ..models.quote_token_out import QuoteTokenOut  # noqa: PLC0415

        d = dict(src_dict)
        quote_id = d.pop("quoteId")

        id = d.pop("id", UNSET)

        _origin_chain = d.pop("originChain", UNSET)
        origin_chain: ChainName | Unset
        if isinstance(_origin_chain, Unset):
            origin_chain = UNSET
        else:
            origin_chain = ChainName(_origin_chain)

        _destination_chain = d.pop("destinationChain", UNSET)
        destination_chain: ChainName | Unset
        if isinstance(_destination_chain, Unset):
            destination_chain = UNSET
        else:
            destination_chain = ChainName(_destination_chain)

        chain_id_in = d.pop("chainIdIn", UNSET)

        chain_id_out = d.pop("chainIdOut", UNSET)

        def _parse_from_chain_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        from_chain_id = _parse_from_chain_id(d.pop("fromChainId", UNSET))

        def _parse_to_chain_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        to_chain_id = _parse_to_chain_id(d.pop("toChainId", UNSET))

        _token_in = d.pop("tokenIn", UNSET)
        token_in: QuoteToken | Unset
        if isinstance(_token_in, Unset):
            token_in = UNSET
        else:
            token_in = QuoteToken.from_dict(_token_in)

        _token_out = d.pop("tokenOut", UNSET)
        token_out: QuoteTokenOut | Unset
        if isinstance(_token_out, Unset):
            token_out = UNSET
        else:
            token_out = QuoteTokenOut.from_dict(_token_out)

        provider = d.pop("provider", UNSET)

        def _parse_deadline(data: object) -> datetime.datetime | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_1 = datetime.datetime.fromisoformat(data)

                return deadline_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | int | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        _deadline_date = d.pop("deadlineDate", UNSET)
        deadline_date: datetime.datetime | Unset
        if isinstance(_deadline_date, Unset):
            deadline_date = UNSET
        else:
            deadline_date = datetime.datetime.fromisoformat(_deadline_date)

        _fee_breakdown = d.pop("feeBreakdown", UNSET)
        fee_breakdown: FeeBreakdown | Unset
        if isinstance(_fee_breakdown, Unset):
            fee_breakdown = UNSET
        else:
            fee_breakdown = FeeBreakdown.from_dict(_fee_breakdown)

        raw_quote = d.pop("rawQuote", UNSET)

        _status = d.pop("status", UNSET)
        status: SwapStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SwapStatus(_status)

        fee_sponsorship = d.pop("feeSponsorship", UNSET)

        customer = d.pop("customer", UNSET)

        slippage = d.pop("slippage", UNSET)

        swap_quote = cls(
            quote_id=quote_id,
            id=id,
            origin_chain=origin_chain,
            destination_chain=destination_chain,
            chain_id_in=chain_id_in,
            chain_id_out=chain_id_out,
            from_chain_id=from_chain_id,
            to_chain_id=to_chain_id,
            token_in=token_in,
            token_out=token_out,
            provider=provider,
            deadline=deadline,
            deadline_date=deadline_date,
            fee_breakdown=fee_breakdown,
            raw_quote=raw_quote,
            status=status,
            fee_sponsorship=fee_sponsorship,
            customer=customer,
            slippage=slippage,
        )

        swap_quote.additional_properties = d
        return swap_quote

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
