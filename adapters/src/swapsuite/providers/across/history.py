"""Across swap history: the indexer's ``GET /deposits`` → :class:`~swapsuite.history.SwapRecord` pages.

Paging: ``limit`` (at most 1000; we ask for 100) and ``skip``, newest deposit first (spec). Only deposits the
indexer has seen on chain are listed (a quoted swap whose transaction was never sent is not history).

How the common criteria are applied:

=============  ============================================================================================
criterion      applied
=============  ============================================================================================
address        server: ``address`` (depositor or recipient, as the indexer defines it)
from_asset     server: ``originChainId`` + ``inputToken``
to_asset       server: ``destinationChainId`` + ``outputToken``
state          server when exactly one stored status maps to it (REFUNDED → ``refunded``); client otherwise
               (SUCCESS is ``filled`` or ``slowFilled``; PROCESSING ``unfilled``, ``slowFillRequested`` or
               ``expired``, whose refund is automatic)
since/until    client, on ``depositBlockTimestamp`` (the indexer filters by block, not time); the list is newest
               first, so a page wholly older than ``since`` ends the walk
=============  ============================================================================================

``params`` passes the indexer's own filters through (``depositor``, ``recipient``, ``address``, chain ids, tokens,
``integratorId``, ``status``, ``depositType`` and the four block bounds), checked before any request; a
criterion whose parameter ``params`` already sets is applied on the client instead.

Amounts: ``inputAmount`` in; ``outputAmount`` is what the relayer must deliver, so it is both the expected and the
minimum output, and the delivered amount once filled. Fees are reported by the indexer in USD only (kept in
``raw``), so ``fees`` is empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, Final

from swapsuite_across_client.api.deposits import get_deposits
from swapsuite_across_client.models import Deposit, DepositType, RelayStatusFilter
from swapsuite_across_client.types import Unset

from swapsuite import timeutil
from swapsuite.caip import AssetId
from swapsuite.engine import Call, Plan
from swapsuite.errors import ResponseShapeError, UnsupportedError, ValidationError
from swapsuite.history import Cursor, HistoryPlan, Param, RawPage, SwapFilter, SwapRecord, offset_page
from swapsuite.models import SwapState, map_state
from swapsuite.money import parse_base_units
from swapsuite.unset import present

from . import ids, mapping

if TYPE_CHECKING:
    from . import AcrossAdapter

PROVIDER: Final = ids.PROVIDER
PAGE_SIZE: Final = 100
MAX_PAGE_SIZE: Final = 1000  # the indexer refuses larger pages
# /deposits reports the indexer's stored status: `unfilled` where /deposit/status says `pending`.
LIST_STATUS_TABLE: Final[dict[str, SwapState]] = {**mapping.STATUS_TABLE, "unfilled": SwapState.PROCESSING}
FILTER_STATUSES: Final = tuple(item.value for item in RelayStatusFilter)
# spec parameter name → generated keyword, and whether it is an integer
PARAMS: Final[dict[str, tuple[str, bool]]] = {
    "depositor": ("depositor", False),
    "recipient": ("recipient", False),
    "address": ("address", False),
    "originChainId": ("origin_chain_id", True),
    "destinationChainId": ("destination_chain_id", True),
    "inputToken": ("input_token", False),
    "outputToken": ("output_token", False),
    "integratorId": ("integrator_id", False),
    "status": ("status", False),
    "depositType": ("deposit_type", False),
    "startBlock": ("start_block", True),
    "endBlock": ("end_block", True),
    "startFillBlock": ("start_fill_block", True),
    "endFillBlock": ("end_fill_block", True),
}
_PARTIES: Final = frozenset({"address", "depositor", "recipient"})


def check_params(params: Mapping[str, Param]) -> dict[str, Any]:
    """The indexer's own filters → generated keywords; unknown names UnsupportedError, bad values ValidationError."""
    unknown = sorted(set(params) - set(PARAMS))
    if unknown:
        raise UnsupportedError(
            f"Across's /deposits has no parameter {', '.join(unknown)} (it takes {', '.join(PARAMS)})",
            provider=PROVIDER,
        )
    out: dict[str, Any] = {}
    for name, value in params.items():
        keyword, integer = PARAMS[name]
        if integer and (not isinstance(value, int) or value < 0):
            raise ValidationError(f"Across's {name} is a non-negative integer, got {value!r}", provider=PROVIDER)
        out[keyword] = value
    if "status" in out and out["status"] not in FILTER_STATUSES:
        raise ValidationError(f"Across's status filter takes one of {', '.join(FILTER_STATUSES)}", provider=PROVIDER)
    if "deposit_type" in out and out["deposit_type"] not in {item.value for item in DepositType}:
        raise ValidationError(f"unknown Across depositType {out['deposit_type']!r}", provider=PROVIDER)
    return out


def server_criteria(flt: SwapFilter) -> tuple[dict[str, Any], frozenset[str]]:
    """(generated keywords, criteria left to the client) for a filter; see the module docstring."""
    query = check_params(flt.params)
    client = {"since", "until"} & flt.given()
    if flt.address is not None:
        if _PARTIES & set(flt.params):
            client.add("address")
        else:
            query["address"] = flt.address
    for name, asset, keys in (
        ("from_asset", flt.from_asset, ("origin_chain_id", "input_token")),
        ("to_asset", flt.to_asset, ("destination_chain_id", "output_token")),
    ):
        if asset is None:
            continue
        if set(keys) & set(query):
            client.add(name)
        else:
            query.update(zip(keys, ids.to_across(asset), strict=True))  # ValidationError for a chain Across lacks
    if flt.state is not None:
        statuses = [name for name in FILTER_STATUSES if LIST_STATUS_TABLE.get(name) is flt.state]
        if len(statuses) == 1 and "status" not in query:
            query["status"] = statuses[0]
        else:
            client.add("state")
    return query, frozenset(client)


def plan(adapter: AcrossAdapter, flt: SwapFilter) -> HistoryPlan:
    """The walk of ``GET /deposits`` for ``flt`` (all checks here, before any request)."""
    query, client = server_criteria(flt)
    return HistoryPlan(
        provider=PROVIDER,
        page=partial(page_plan, query),
        paging="offset",
        first_cursor=0,
        page_size=PAGE_SIZE,
        max_page_size=MAX_PAGE_SIZE,
        client_side=client,
        newest_first=True,
    )


def page_plan(query: Mapping[str, Any], cursor: Cursor, limit: int) -> Plan[RawPage]:
    """One page of ``GET /deposits``."""
    args = dict(query)
    if "status" in args:
        args["status"] = RelayStatusFilter(args["status"])
    if "deposit_type" in args:
        args["deposit_type"] = DepositType(args["deposit_type"])
    skip = int(cursor)
    reply = yield Call(
        provider=PROVIDER,
        operation="getDeposits",
        request=get_deposits.build_request(**args, limit=limit, skip=skip),
        parse=parse_deposits,
        idempotent=True,
    )
    records = tuple(deposit_record(item, data) for item, data in zip(reply.parsed, reply.data, strict=True))
    return offset_page(records, skip, limit)


def parse_deposits(data: Any) -> list[Deposit]:
    """The JSON array of ``GET /deposits`` → generated models."""
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array of deposits, got {type(data).__name__}")
    return [Deposit.from_dict(item) for item in data]


def _chain_id(value: Any, what: str) -> int | None:
    """Chain ids come as numbers or numeric strings (``ChainIdOrString``)."""
    value = present(value)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    raise ResponseShapeError(f"deposit {what} {value!r} is not a chain id", provider=PROVIDER)


def _asset(chain: int | None, token: Any) -> AssetId | None:
    token = present(token)
    return None if chain is None or not isinstance(token, str) or not token else ids.asset_for(chain, token)


def _units(value: Any, what: str) -> int | None:
    value = present(value)
    return None if value is None else parse_base_units(value, what)


def _time(value: Any) -> datetime | None:
    value = present(value)
    return None if value is None else timeutil.parse_timestamp(value)


def _hashes(*values: Any) -> tuple[str, ...]:
    """The distinct non-empty hashes (the indexer repeats each under a current and a legacy key)."""
    return tuple(dict.fromkeys(value for value in values if isinstance(value, str) and value))


def record_id(item: Deposit) -> str:
    """The indexer's record id; else the relay hash; else the deposit tx and deposit id."""
    for value in (present(item.id), present(item.relay_hash)):
        if value is not None and value != "" and not isinstance(value, bool):
            return str(value)
    txn, deposit = present(item.deposit_txn_ref) or present(item.deposit_tx_hash), present(item.deposit_id)
    if not txn:
        raise ResponseShapeError("a listed deposit has no id, relayHash or depositTxnRef", provider=PROVIDER)
    return f"{txn}:{deposit}"


def deposit_record(item: Deposit, data: Mapping[str, Any]) -> SwapRecord:
    """One ``GET /deposits`` entry → ``SwapRecord`` (``status_ref`` is the deposit tx, as ``status()`` takes)."""
    raw_status = None if isinstance(item.status, Unset) else item.status.value
    state = map_state(LIST_STATUS_TABLE, raw_status)
    origin = _chain_id(item.origin_chain_id, "originChainId")
    destination = _chain_id(item.destination_chain_id, "destinationChainId")
    promised = _units(item.output_amount, "outputAmount")
    filled = _time(item.fill_block_timestamp)
    created = _time(item.deposit_block_timestamp)
    return SwapRecord(
        provider=PROVIDER,
        record_id=record_id(item),
        status_ref=present(item.deposit_txn_ref) or present(item.deposit_tx_hash),
        state=state,
        provider_status=raw_status or "",
        from_asset=_asset(origin, item.input_token),
        to_asset=_asset(destination, item.output_token),
        amount_in=_units(item.input_amount, "inputAmount"),
        amount_out_expected=promised,
        amount_out_min=promised,
        amount_out=promised if state is SwapState.SUCCESS else None,
        sender=present(item.depositor),
        recipient=present(item.recipient),
        refund_to=present(item.deposit_refund_address),
        origin_tx_hashes=_hashes(item.deposit_txn_ref, item.deposit_tx_hash),
        destination_tx_hashes=_hashes(item.fill_txn_ref, item.fill_tx),
        refund_tx_hashes=_hashes(item.deposit_refund_txn_ref, item.deposit_refund_tx_hash),
        created_at=created,
        updated_at=max((t for t in (created, filled) if t is not None), default=None),
        raw=data,
    )
