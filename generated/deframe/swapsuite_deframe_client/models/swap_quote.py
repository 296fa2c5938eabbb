from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.chain_name import ChainName
from ..models.swap_status import SwapStatus
from ..types import NUMBER_TYPES, UNSET, Unset, is_integer, is_number, original_text

T = TypeVar("T", bound="SwapQuote")
_KNOWN_KEYS = frozenset(
    (
        "quoteId",
        "id",
        "originChain",
        "destinationChain",
        "chainIdIn",
        "chainIdOut",
        "fromChainId",
        "toChainId",
        "tokenIn",
        "tokenOut",
        "provider",
        "deadline",
        "deadlineDate",
        "feeBreakdown",
        "rawQuote",
        "status",
        "feeSponsorship",
        "customer",
        "slippage",
    )
)


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

    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _deadline_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # The string a formatted value arrived as, so that to_dict writes back exactly that (see types.original_text).
    _deadline_date_text: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["quoteId"] = self.quote_id

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.origin_chain is not UNSET:
            field_dict["originChain"] = self.origin_chain.value

        if self.destination_chain is not UNSET:
            field_dict["destinationChain"] = self.destination_chain.value

        if self.chain_id_in is not UNSET:
            field_dict["chainIdIn"] = self.chain_id_in

        if self.chain_id_out is not UNSET:
            field_dict["chainIdOut"] = self.chain_id_out

        if self.from_chain_id is not UNSET:
            field_dict["fromChainId"] = self.from_chain_id

        if self.to_chain_id is not UNSET:
            field_dict["toChainId"] = self.to_chain_id

        if self.token_in is not UNSET:
            field_dict["tokenIn"] = self.token_in.to_dict()

        if self.token_out is not UNSET:
            field_dict["tokenOut"] = self.token_out.to_dict()

        if self.provider is not UNSET:
            field_dict["provider"] = self.provider

        if self.deadline is not UNSET:
            if isinstance(self.deadline, datetime.datetime):
                field_dict["deadline"] = (
                    original_text(self.deadline, self._deadline_text, datetime.datetime.fromisoformat)
                    or self.deadline.isoformat()
                )

            else:
                field_dict["deadline"] = self.deadline

        if self.deadline_date is not UNSET:
            field_dict["deadlineDate"] = (
                original_text(self.deadline_date, self._deadline_date_text, datetime.datetime.fromisoformat)
                or self.deadline_date.isoformat()
            )

        if self.fee_breakdown is not UNSET:
            field_dict["feeBreakdown"] = self.fee_breakdown.to_dict()

        if self.raw_quote is not UNSET:
            field_dict["rawQuote"] = self.raw_quote

        if self.status is not UNSET:
            field_dict["status"] = self.status.value

        if self.fee_sponsorship is not UNSET:
            field_dict["feeSponsorship"] = self.fee_sponsorship

        if self.customer is not UNSET:
            field_dict["customer"] = self.customer

        if self.slippage is not UNSET:
            field_dict["slippage"] = self.slippage

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
            quote_id = src_dict["quoteId"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not isinstance(quote_id, str):
            raise TypeMismatch("string", quote_id, "quoteId")

        _seen = 1
        id = src_dict.get("id", UNSET)
        if id is not UNSET:
            _seen += 1
            if not isinstance(id, str):
                raise TypeMismatch("string", id, "id")

        origin_chain = src_dict.get("originChain", UNSET)
        if origin_chain is not UNSET:
            _seen += 1
            if not isinstance(origin_chain, str):
                raise TypeMismatch("string", origin_chain, "originChain")
            origin_chain = _ChainName_BY_VALUE.get(origin_chain) or ChainName(origin_chain)

        destination_chain = src_dict.get("destinationChain", UNSET)
        if destination_chain is not UNSET:
            _seen += 1
            if not isinstance(destination_chain, str):
                raise TypeMismatch("string", destination_chain, "destinationChain")
            destination_chain = _ChainName_BY_VALUE.get(destination_chain) or ChainName(destination_chain)

        chain_id_in = src_dict.get("chainIdIn", UNSET)
        if chain_id_in is not UNSET:
            _seen += 1
            if not (type(chain_id_in) is int or is_integer(chain_id_in)):
                raise TypeMismatch("integer", chain_id_in, "chainIdIn")

        chain_id_out = src_dict.get("chainIdOut", UNSET)
        if chain_id_out is not UNSET:
            _seen += 1
            if not (type(chain_id_out) is int or is_integer(chain_id_out)):
                raise TypeMismatch("integer", chain_id_out, "chainIdOut")

        from_chain_id = src_dict.get("fromChainId", UNSET)
        if from_chain_id is not UNSET:
            _seen += 1
            if type(from_chain_id) is int or is_integer(from_chain_id):
                pass

            elif isinstance(from_chain_id, str):
                pass

            else:
                raise TypeMismatch("integer | string", from_chain_id, "fromChainId")

        to_chain_id = src_dict.get("toChainId", UNSET)
        if to_chain_id is not UNSET:
            _seen += 1
            if type(to_chain_id) is int or is_integer(to_chain_id):
                pass

            elif isinstance(to_chain_id, str):
                pass

            else:
                raise TypeMismatch("integer | string", to_chain_id, "toChainId")

        token_in = src_dict.get("tokenIn", UNSET)
        if token_in is not UNSET:
            _seen += 1
            try:
                token_in = QuoteToken.from_dict(token_in)
            except TypeMismatch as _exc:
                _exc.prepend("tokenIn")
                raise

        token_out = src_dict.get("tokenOut", UNSET)
        if token_out is not UNSET:
            _seen += 1
            try:
                token_out = QuoteTokenOut.from_dict(token_out)
            except TypeMismatch as _exc:
                _exc.prepend("tokenOut")
                raise

        provider = src_dict.get("provider", UNSET)
        if provider is not UNSET:
            _seen += 1
            if not isinstance(provider, str):
                raise TypeMismatch("string", provider, "provider")

        deadline = src_dict.get("deadline", UNSET)
        _deadline_text: str | None = None
        if deadline is not UNSET:
            _seen += 1
            if type(deadline) is int or is_integer(deadline):
                pass

            elif isinstance(deadline, str):
                try:
                    _deadline_text, deadline = deadline, _parse_datetime(deadline)
                except ValueError:
                    raise TypeMismatch("date-time string", deadline, "deadline") from None

            else:
                raise TypeMismatch("integer | date-time string", deadline, "deadline")

        deadline_date = src_dict.get("deadlineDate", UNSET)
        _deadline_date_text: str | None = None
        if deadline_date is not UNSET:
            _seen += 1
            if not isinstance(deadline_date, str):
                raise TypeMismatch("date-time string", deadline_date, "deadlineDate")
            try:
                _deadline_date_text, deadline_date = deadline_date, _parse_datetime(deadline_date)
            except ValueError:
                raise TypeMismatch("date-time string", deadline_date, "deadlineDate") from None

        fee_breakdown = src_dict.get("feeBreakdown", UNSET)
        if fee_breakdown is not UNSET:
            _seen += 1
            try:
                fee_breakdown = FeeBreakdown.from_dict(fee_breakdown)
            except TypeMismatch as _exc:
                _exc.prepend("feeBreakdown")
                raise

        raw_quote = src_dict.get("rawQuote", UNSET)
        if raw_quote is not UNSET:
            _seen += 1

        status = src_dict.get("status", UNSET)
        if status is not UNSET:
            _seen += 1
            if not isinstance(status, str):
                raise TypeMismatch("string", status, "status")
            status = _SwapStatus_BY_VALUE.get(status) or SwapStatus(status)

        fee_sponsorship = src_dict.get("feeSponsorship", UNSET)
        if fee_sponsorship is not UNSET:
            _seen += 1
            if not (fee_sponsorship is True or fee_sponsorship is False):
                raise TypeMismatch("boolean", fee_sponsorship, "feeSponsorship")

        customer = src_dict.get("customer", UNSET)
        if customer is not UNSET:
            _seen += 1
            if not isinstance(customer, str):
                raise TypeMismatch("string", customer, "customer")

        slippage = src_dict.get("slippage", UNSET)
        if slippage is not UNSET:
            _seen += 1
            if not (type(slippage) in NUMBER_TYPES or is_number(slippage)):
                raise TypeMismatch("number", slippage, "slippage")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.quote_id = quote_id
        _model.id = id
        _model.origin_chain = origin_chain
        _model.destination_chain = destination_chain
        _model.chain_id_in = chain_id_in
        _model.chain_id_out = chain_id_out
        _model.from_chain_id = from_chain_id
        _model.to_chain_id = to_chain_id
        _model.token_in = token_in
        _model.token_out = token_out
        _model.provider = provider
        _model.deadline = deadline
        _model._deadline_text = _deadline_text
        _model.deadline_date = deadline_date
        _model._deadline_date_text = _deadline_date_text
        _model.fee_breakdown = fee_breakdown
        _model.raw_quote = raw_quote
        _model.status = status
        _model.fee_sponsorship = fee_sponsorship
        _model.customer = customer
        _model.slippage = slippage
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
_ChainName_BY_VALUE = ChainName._value2member_map_  # known values only; see from_dict
_SwapStatus_BY_VALUE = SwapStatus._value2member_map_  # known values only; see from_dict

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.fee_breakdown import FeeBreakdown  # noqa: E402
from ..models.quote_token import QuoteToken  # noqa: E402
from ..models.quote_token_out import QuoteTokenOut  # noqa: E402
