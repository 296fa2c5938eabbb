"""Changelly swap history: ``GET /v1/swaps`` (seed 003) → :class:`~swapsuite.history.SwapRecord` pages.

Paging: ``limit`` (at most 100) and ``offset``; the reply is a bare array, newest first in practice (the docs say
nothing about order, so no early stop relies on it). Filters, as the seed documents them, come in pairs that must
be sent together — token ids, network ids, contract addresses and the creation window (``swap_created_from`` /
``swap_created_to``, Unix microseconds) — plus ``status``.

How the common criteria are applied:

=============  ============================================================================================
criterion      applied
=============  ============================================================================================
since/until    server: the window pair; a lone ``since`` or ``until`` is completed with an open bound
               (1970 / 2300), so the pair rule is met without changing the meaning
state          server when exactly one Changelly status maps to it (SUCCESS → ``finished``, FAILED, EXPIRED,
               REFUNDED); client otherwise (PENDING_DEPOSIT is ``created`` or ``approved``, PROCESSING is
               ``verified`` or ``deposited``)
address        client: the list has no address filter; sender (``from.address``) or recipient
               (``to.address``)
from/to asset  client always; also server (``from_token_id`` + ``to_token_id``) when both are given and listed
=============  ============================================================================================

``params`` passes Changelly's own parameters through (the four pairs and ``status``); a lone half of a pair is a
``ValidationError`` and an unknown name an ``UnsupportedError``, both before any request. A pair given in
``params`` wins over the same pair derived from the common criteria (which are then applied on the client).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from swapsuite_changelly_client.api.swaps import list_swaps
from swapsuite_changelly_client.models import Swap, SwapStatus
from swapsuite_changelly_client.types import Unset

from swapsuite import timeutil
from swapsuite.caip import AssetId
from swapsuite.engine import Call, Plan
from swapsuite.errors import ResponseShapeError, UnsupportedError, ValidationError
from swapsuite.history import Cursor, HistoryPlan, Param, RawPage, SwapFilter, SwapRecord, offset_page
from swapsuite.models import Token
from swapsuite.unset import present

from . import ids, mapping
from .ids import PROVIDER

if TYPE_CHECKING:
    from . import ChangellyAdapter

MAX_PAGE_SIZE = 100  # the documented maximum of `limit`
PAIRS: tuple[tuple[str, str], ...] = (
    ("from_token_id", "to_token_id"),
    ("from_network_id", "to_network_id"),
    ("from_contract_address", "to_contract_address"),
    ("swap_created_from", "swap_created_to"),
)
_INTEGER_PARAMS = frozenset(name for pair in PAIRS for name in pair if "contract" not in name)
KNOWN_PARAMS = frozenset(name for pair in PAIRS for name in pair) | {"status"}


def micros(moment: datetime) -> int:
    """An aware datetime → Unix microseconds, exactly."""
    delta = moment - timeutil.EARLIEST
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def check_params(params: Mapping[str, Param]) -> dict[str, Param]:
    """Changelly's own list parameters: known names, integers where integers are due, pairs complete."""
    unknown = sorted(set(params) - KNOWN_PARAMS)
    if unknown:
        raise UnsupportedError(
            f"Changelly's swap list has no parameter {', '.join(unknown)} (it takes {', '.join(sorted(KNOWN_PARAMS))})",
            provider=PROVIDER,
        )
    for name, value in params.items():
        if name in _INTEGER_PARAMS and not isinstance(value, int):
            raise ValidationError(f"Changelly's {name} is an integer, got {value!r}", provider=PROVIDER)
    for first, second in PAIRS:
        if (first in params) != (second in params):
            given, missing = (first, second) if first in params else (second, first)
            raise ValidationError(
                f"Changelly's {given} must be sent together with {missing} (the API takes them as a pair)",
                provider=PROVIDER,
            )
    status = params.get("status")
    if status is not None and str(status).lower() not in mapping.STATUS_TABLE:
        raise ValidationError(f"unknown Changelly status {status!r}", provider=PROVIDER)
    return dict(params)


def server_criteria(flt: SwapFilter) -> tuple[dict[str, Param], frozenset[str]]:
    """(query parameters, criteria left to the client) for a filter; see the module docstring."""
    query = check_params(flt.params)
    client = {"address", "from_asset", "to_asset"} & flt.given()
    if flt.since is not None or flt.until is not None:
        if "swap_created_from" in query:
            client |= {"since", "until"} & flt.given()
        else:
            query["swap_created_from"] = micros(flt.since or timeutil.EARLIEST)
            query["swap_created_to"] = micros(flt.until or timeutil.LATEST)
    if flt.state is not None:
        statuses = [name for name, state in mapping.STATUS_TABLE.items() if state is flt.state]
        if len(statuses) == 1 and "status" not in query:
            query["status"] = statuses[0]
        else:
            client.add("state")
    return query, frozenset(client)


def plan(adapter: ChangellyAdapter, flt: SwapFilter) -> HistoryPlan:
    """The walk of ``GET /v1/swaps`` for ``flt`` (all checks here, before any request)."""
    query, client = server_criteria(flt)
    return HistoryPlan(
        provider=PROVIDER,
        page=partial(page_plan, adapter, flt, query),
        paging="offset",
        first_cursor=0,
        page_size=MAX_PAGE_SIZE,
        max_page_size=MAX_PAGE_SIZE,
        client_side=client,
    )


def asset_pair(flt: SwapFilter, query: Mapping[str, Param], tokens: Sequence[Token]) -> dict[str, Param]:
    """``from_token_id`` + ``to_token_id`` when both assets are given and listed with numeric ids (server-side
    narrowing; the client check stays), nothing otherwise."""
    if flt.from_asset is None or flt.to_asset is None or "from_token_id" in query:
        return {}
    pair = [ids.find_listed(tokens, asset) for asset in (flt.from_asset, flt.to_asset)]
    numbers = [token.native_id for token in pair if token is not None and token.native_id.isdigit()]
    if len(numbers) != 2:
        return {}
    return {"from_token_id": int(numbers[0]), "to_token_id": int(numbers[1])}


def page_plan(
    adapter: ChangellyAdapter, flt: SwapFilter, query: Mapping[str, Param], cursor: Cursor, limit: int
) -> Plan[RawPage]:
    """One page: the token list (cached; it maps token ids to CAIP-19), then ``GET /v1/swaps``."""
    tokens = yield from adapter.tokens_plan()
    args: dict[str, Any] = {**query, **asset_pair(flt, query, tokens)}
    if "status" in args:
        args["status"] = SwapStatus(str(args["status"]).lower())
    offset = int(cursor)
    reply = yield Call(
        provider=PROVIDER,
        operation="listSwaps",
        request=list_swaps.build_request(**args, limit=limit, offset=offset),
        parse=parse_swaps,
    )
    records = tuple(swap_record(swap, data, tokens) for swap, data in zip(reply.parsed, reply.data, strict=True))
    return offset_page(records, offset, limit)


def parse_swaps(data: Any) -> list[Swap]:
    """The bare JSON array of ``GET /v1/swaps`` → generated models."""
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array of swaps, got {type(data).__name__}")
    return [Swap.from_dict(item) for item in data]


def side_asset(side: Any, tokens: Sequence[Token]) -> AssetId | None:
    """A swap side's asset: the listed token with its ``token_id``, else the unmapped native id."""
    if present(side) is None:
        return None
    token_id, network, contract = side.token_id, side.network_id, side.contract_address
    if isinstance(token_id, int):
        token = ids.find_by_native_id(tokens, str(token_id))
        return token.asset if token is not None else AssetId.unmapped(PROVIDER, str(token_id))
    if isinstance(network, int):
        return AssetId.unmapped(PROVIDER, f"{network}:{contract or ids.NATIVE}")
    return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _amount(value: object, what: str) -> int | None:
    given = present(value)
    return None if given is None else mapping.base_units(given, what)


def _time(value: object) -> datetime | None:
    return timeutil.parse_optional_timestamp(present(value))


def swap_record(swap: Swap, data: Mapping[str, Any], tokens: Sequence[Token]) -> SwapRecord:
    """One ``GET /v1/swaps`` entry → ``SwapRecord``. Changelly reports bounds for the output (``amount_expected``,
    ``min_amount``), never a delivered amount, so ``amount_out`` stays None."""
    if isinstance(swap.intent_id, Unset):
        raise ResponseShapeError("a listed swap has no intent_id", provider=PROVIDER)
    raw_status = None if isinstance(swap.status, Unset) else swap.status.value
    source, target, refund = present(swap.from_), present(swap.to), present(swap.refund)
    intent_id = str(swap.intent_id)
    return SwapRecord(
        provider=PROVIDER,
        record_id=intent_id,
        status_ref=intent_id,
        state=mapping.status_state(raw_status),
        provider_status=raw_status or "",
        from_asset=side_asset(source, tokens),
        to_asset=side_asset(target, tokens),
        amount_in=None if source is None else _amount(source.amount, "from.amount"),
        amount_out_expected=None if target is None else _amount(target.amount_expected, "to.amount_expected"),
        amount_out_min=None if target is None else _amount(target.min_amount, "to.min_amount"),
        fees=mapping.map_fees(swap.fees, tokens),
        sender=None if source is None else _text(source.address),
        recipient=None if target is None else _text(target.address),
        refund_to=None if refund is None else _text(refund.address),
        origin_tx_hashes=tuple(h for h in [None if source is None else _text(source.tx)] if h),
        destination_tx_hashes=tuple(h for h in [None if target is None else _text(target.tx)] if h),
        refund_tx_hashes=tuple(h for h in [None if refund is None else _text(refund.tx)] if h),
        created_at=_time(swap.swap_created_at) or _time(swap.intent_created_at),
        updated_at=_time(swap.swap_updated_at),
        raw=data,
    )
