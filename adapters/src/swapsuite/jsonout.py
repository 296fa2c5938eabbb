"""Machine-readable forms of the common model (the CLI's ``--json`` output).

Base-unit integers become strings (JSON numbers lose precision past 2^53), Decimals become strings, datetimes
ISO-8601 UTC.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal
from typing import Any

from .caip import AssetId
from .errors import HTTPStatusError, SwapsuiteError
from .models import Action, Fee, Quote, StatusReport, Token


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def _num(value: int | Decimal | None) -> str | None:
    return None if value is None else str(value)


def fee_json(fee: Fee) -> dict[str, Any]:
    return {
        "kind": fee.kind,
        "asset": str(fee.asset) if fee.asset else None,
        "amount": _num(fee.amount),
        "bps": _num(fee.bps),
    }


def action_json(action: Action) -> dict[str, Any]:
    """Every field of the action; amounts as strings, assets as CAIP-19."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(action):
        value = getattr(action, f.name)
        if isinstance(value, AssetId) or (isinstance(value, int) and not isinstance(value, bool)):
            value = str(value)
        out[f.name] = value
    return out


def quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "provider": quote.provider,
        "quote_id": quote.quote_id,
        "from_asset": str(quote.from_asset),
        "to_asset": str(quote.to_asset),
        "amount_in": str(quote.amount_in),
        "amount_out": str(quote.amount_out),
        "min_amount_out": _num(quote.min_amount_out),
        "expires_at": _iso(quote.expires_at),
        "estimated_duration_s": quote.estimated_duration_s,
        "dry": quote.dry,
        "status_ref": quote.status_ref,
        "fees": [fee_json(f) for f in quote.fees],
        "actions": [action_json(a) for a in quote.actions],
    }


def status_json(report: StatusReport) -> dict[str, Any]:
    return {
        "provider": report.provider,
        "ref": report.ref,
        "state": report.state.value,
        "provider_status": report.provider_status,
        "is_terminal": report.is_terminal,
        "origin_tx_hashes": list(report.origin_tx_hashes),
        "destination_tx_hashes": list(report.destination_tx_hashes),
        "refund_tx_hashes": list(report.refund_tx_hashes),
        "amount_in": _num(report.amount_in),
        "amount_out": _num(report.amount_out),
        "refunded_amount": _num(report.refunded_amount),
        "updated_at": _iso(report.updated_at),
    }


def token_json(token: Token) -> dict[str, Any]:
    return {
        "provider": token.provider,
        "asset": str(token.asset),
        "symbol": token.symbol,
        "decimals": token.decimals,
        "native_id": token.native_id,
        "mapped": token.asset.is_mapped,
        "price_usd": _num(token.price_usd),
    }


def error_json(error: SwapsuiteError) -> dict[str, Any]:
    out: dict[str, Any] = {"type": type(error).__name__, "message": str(error), "status_code": error.status_code}
    if isinstance(error, HTTPStatusError):
        out["code"] = error.code
    return out
