"""Saved quotes for the command line: ``quote --save FILE`` writes one, ``execute``/``sandbox act``/``submit``/
``status`` read it back, and every firm quote is also kept in a local store so ``--provider P REF`` finds it.

A file holds the quote in the ``--json`` form (base units as strings) plus what that form leaves out and the later
steps need: the provider's raw payload (exact numbers), the request it answers, and what the wallet did
(``wallet``: tx hashes, signatures, the swap's status ref). The store lives in ``$SWAPSUITE_STATE_DIR`` (default
``~/.local/state/swapsuite``), one file per provider and ref.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import os
import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import jsonout
from .caip import AssetId
from .engine import decode_json, encode_json
from .errors import ValidationError
from .models import Action, AppFee, Deposit, Fee, Quote, QuoteRequest, SignTypedData, Transaction

FORMAT = "swapsuite-quote/1"
STATE_DIR_ENV = "SWAPSUITE_STATE_DIR"


@dataclasses.dataclass
class Saved:
    """A quote as saved, and what the wallet did with it so far."""

    quote: Quote
    wallet: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def ref(self) -> str | None:
        """The swap's status ref: the quote's, else the one the wallet's broadcast produced (Across)."""
        return self.quote.status_ref or self.wallet.get("ref")


# --- encoding ---------------------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):  # before str: the model's enums are StrEnums
        return value.value
    if isinstance(value, AssetId):
        return str(value)
    if isinstance(value, bool) or value is None or isinstance(value, str | float | Decimal):
        return value
    if isinstance(value, int):
        return str(value)  # base units: strings, as in --json
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def to_document(saved: Saved) -> dict[str, Any]:
    q = saved.quote
    return {
        "format": FORMAT,
        "quote": jsonout.quote_json(q),
        "raw": q.raw,
        "request": _plain(q.request) if q.request is not None else None,
        "signed_fields": sorted(q.signed_fields) if q.signed_fields is not None else None,
        "wallet": saved.wallet,
    }


# --- decoding ---------------------------------------------------------------------------------------------------
def _int(value: Any) -> int | None:
    return None if value is None else int(str(value))


def _action(data: dict[str, Any]) -> Action:
    kind = data.get("type")
    if kind == "deposit":
        return Deposit(
            data["chain"], data["address"], AssetId.parse(data["asset"]), int(data["amount"]), data.get("memo")
        )
    if kind == "transaction":
        return Transaction(
            chain=data["chain"],
            to=data.get("to"),
            data=data.get("data"),
            value=int(data.get("value") or 0),
            gas=_int(data.get("gas")),
            max_fee_per_gas=_int(data.get("max_fee_per_gas")),
            max_priority_fee_per_gas=_int(data.get("max_priority_fee_per_gas")),
            purpose=data.get("purpose", "swap"),
            raw=data.get("raw"),
        )
    if kind == "sign_typed_data":
        return SignTypedData(data["chain"], data.get("payload"), data["submit_ref"], data.get("approval_type"))
    raise ValueError(f"unknown action type {kind!r}")


def _fee(data: dict[str, Any]) -> Fee:
    asset = AssetId.parse(data["asset"]) if data.get("asset") else None
    bps = Decimal(str(data["bps"])) if data.get("bps") is not None else None
    return Fee(data["kind"], asset, _int(data.get("amount")), bps)


def _request(data: dict[str, Any] | None) -> QuoteRequest | None:
    """The request back; fields this version does not know are left at their defaults."""
    if not data:
        return None
    known = {f.name: f for f in dataclasses.fields(QuoteRequest)}
    args: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue
        default = known[name].default
        if name in ("from_asset", "to_asset"):
            args[name] = AssetId.parse(value)
        elif name in ("amount", "slippage_bps"):
            args[name] = int(value)
        elif name == "app_fees":
            args[name] = tuple(AppFee(f["recipient"], int(f["bps"])) for f in value)
        elif value is not None and default is not dataclasses.MISSING and hasattr(default, "value"):
            args[name] = type(default)(value)  # an enum field
        else:
            args[name] = value
    return QuoteRequest(**args)


def from_document(doc: Any) -> Saved:
    """A saved quote back; ValidationError if the document is not one."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(f'not a saved swapsuite quote (expected "format": "{FORMAT}")')
    try:
        q = doc["quote"]
        quote = Quote(
            provider=q["provider"],
            quote_id=q.get("quote_id"),
            from_asset=AssetId.parse(q["from_asset"]),
            to_asset=AssetId.parse(q["to_asset"]),
            amount_in=int(q["amount_in"]),
            amount_out=int(q["amount_out"]),
            min_amount_out=_int(q.get("min_amount_out")),
            fees=tuple(_fee(f) for f in q.get("fees", [])),
            expires_at=datetime.fromisoformat(q["expires_at"]) if q.get("expires_at") else None,
            estimated_duration_s=q.get("estimated_duration_s"),
            actions=tuple(_action(a) for a in q.get("actions", [])),
            status_ref=q.get("status_ref"),
            dry=bool(q.get("dry", True)),
            raw=doc.get("raw"),
            request=_request(doc.get("request")),
            signed_fields=frozenset(doc["signed_fields"]) if doc.get("signed_fields") is not None else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"a damaged saved quote: {type(exc).__name__}: {exc}") from None
    return Saved(quote, dict(doc.get("wallet") or {}))


# --- files ------------------------------------------------------------------------------------------------------
def write(path: Path, saved: Saved) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encode_json(to_document(saved)) + b"\n")


def read(path: Path) -> Saved:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return from_document(decode_json(content))
    except ValueError as exc:  # not JSON (ValidationError is not a ValueError)
        raise ValidationError(f"{path} is not JSON: {exc}") from None


def state_dir() -> Path:
    env = os.environ.get(STATE_DIR_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "swapsuite"


def _store_path(provider: str, ref: str) -> Path:
    # Refs can hold characters a file name cannot (1Click memos, Changelly ids with slashes): keep a readable stem.
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", ref)[:80]
    digest = hashlib.sha256(ref.encode()).hexdigest()[:10]
    return state_dir() / "quotes" / provider / f"{stem}-{digest}.json"


def remember(saved: Saved) -> None:
    """Keep a firm quote in the local store under every ref it is known by (status ref, quote id)."""
    for ref in {saved.ref, saved.quote.quote_id} - {None}:
        write(_store_path(saved.quote.provider, str(ref)), saved)


def recall(provider: str, ref: str) -> Saved:
    path = _store_path(provider, ref)
    if not path.exists():
        raise ValidationError(
            f"no saved {provider} quote for {ref}: firm quotes made with `swapsuite quote --firm` are remembered, "
            "or pass the file written by `quote --save FILE`"
        )
    return read(path)


def is_file(target: str) -> bool:
    """Whether ``target`` names a file; False for what cannot be a path (too long, NUL) instead of an OSError."""
    try:
        return Path(target).is_file()
    except (OSError, ValueError):
        return False


def load(target: str, provider: str | None) -> tuple[Saved, Path | None]:
    """A saved quote from a file path, or from the store by ``--provider`` and ref. Returns it and its file."""
    path = Path(target)
    if is_file(target):
        saved = read(path)
        if provider and provider != saved.quote.provider:
            raise ValidationError(f"{target} holds a {saved.quote.provider} quote, not a {provider} one")
        return saved, path
    if provider is None:
        raise ValidationError(f"{target} is not a file: give --provider with a ref, or a file from quote --save")
    return recall(provider, target), None


def update(saved: Saved, path: Path | None) -> None:
    """Write the changed record back to its file (if any) and to the store."""
    if path is not None:
        write(path, saved)
    if not saved.quote.dry:
        remember(saved)
