"""``swapsuite swaps``: a provider's (or, with ``--all``, every provider's) past swaps.

A table by default; ``--json`` prints one JSON object per line as records arrive, so a long walk streams. ``--all``
walks every provider that has a swap history and merges them by creation time, newest first (each provider's list
is newest first; a provider without history is named on stderr and skipped). On a terminal, a progress line on
stderr counts pages and records.

1Click lists the swaps of a signed-in user: ``--oneclick-key-file FILE`` signs in with an Ed25519 key (NEP-413;
the file holds NEAR's ``ed25519:<base58>`` or 64 hex digits), ``ONECLICK_REFRESH_TOKEN`` reuses an earlier sign-in
(an environment variable, so the token stays out of shell history and process lists), and against a sandbox the
sandbox wallet signs in. Without any of them ``-p oneclick`` says so (``--all`` skips it with that message).
"""

from __future__ import annotations

import heapq
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from . import cli_env, jsonout
from .errors import ConfigurationError, UnsupportedError, ValidationError
from .history import SwapRecord
from .history_walk import SwapIterator
from .models import SwapState
from .provider import Provider
from .registry import provider_names
from .resolve import needs_token_list, resolve_asset

Opener = Callable[[str, str | None], Provider]
_OLDEST = datetime.min.replace(tzinfo=UTC)
REFRESH_ENV = "ONECLICK_REFRESH_TOKEN"


def parse_moment(text: str | None, *, end_of_day: bool = False) -> datetime | None:
    """``2026-11-01`` or an ISO-8601 date-time (naive = UTC). A bare date as ``--until`` means that whole day."""
    if text is None:
        return None
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime.combine(day, time.max if end_of_day else time.min, tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"not a date or ISO-8601 date-time: {text!r}") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_params(values: Iterable[str]) -> dict[str, str | int]:
    """``--param name=value`` (repeatable); digits become integers, as the providers' numeric ids are."""
    params: dict[str, str | int] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValidationError(f"--param takes NAME=VALUE, got {item!r}")
        params[name] = int(value) if value.isdigit() else value
    return params


def record_json(record: SwapRecord) -> dict[str, Any]:
    """A record as JSON: amounts as strings (exact), times ISO-8601 UTC, assets CAIP-19."""

    def num(value: int | None) -> str | None:
        return None if value is None else str(value)

    def iso(value: datetime | None) -> str | None:
        return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")

    return {
        "provider": record.provider,
        "id": record.record_id,
        "status_ref": record.status_ref,
        "state": record.state.value,
        "provider_status": record.provider_status,
        "is_terminal": record.is_terminal,
        "from_asset": None if record.from_asset is None else str(record.from_asset),
        "to_asset": None if record.to_asset is None else str(record.to_asset),
        "amount_in": num(record.amount_in),
        "amount_out_expected": num(record.amount_out_expected),
        "amount_out_min": num(record.amount_out_min),
        "amount_out": num(record.amount_out),
        "fees": [jsonout.fee_json(fee) for fee in record.fees],
        "sender": record.sender,
        "recipient": record.recipient,
        "refund_to": record.refund_to,
        "origin_tx_hashes": list(record.origin_tx_hashes),
        "destination_tx_hashes": list(record.destination_tx_hashes),
        "refund_tx_hashes": list(record.refund_tx_hashes),
        "created_at": iso(record.created_at),
        "updated_at": iso(record.updated_at),
    }


def _criteria(p: Provider, opts: dict[str, Any]) -> dict[str, Any]:
    """The walk's criteria for one provider (assets resolved through its token list when given as SYMBOL@chain)."""
    texts = [opts[key] for key in ("from_asset", "to_asset") if opts[key]]
    listed = p.tokens() if any(needs_token_list(text) for text in texts) else []
    state = opts["state"]
    return {
        "address": opts["address"],
        "state": None if state is None else SwapState(state.upper()),
        "since": parse_moment(opts["since"]),
        "until": parse_moment(opts["until"], end_of_day=True),
        "from_asset": resolve_asset(opts["from_asset"], listed) if opts["from_asset"] else None,
        "to_asset": resolve_asset(opts["to_asset"], listed) if opts["to_asset"] else None,
        "params": parse_params(opts["param"]) or None,
        "max_items": opts["limit"],
        "page_size": opts["page_size"],
    }


def _progress(walks: list[SwapIterator]) -> None:
    if sys.stderr.isatty():
        pages = sum(walk.progress.pages for walk in walks)
        found = sum(walk.progress.yielded for walk in walks)
        click.echo(f"\r{pages} page(s), {found} record(s)…", nl=False, err=True)


def _watched(walk: SwapIterator, walks: list[SwapIterator]) -> Iterator[SwapRecord]:
    for page in walk.pages():
        _progress(walks)
        yield from page.records


def _created(record: SwapRecord) -> datetime:
    return record.created_at or _OLDEST


def _on_sandbox(p: Provider) -> bool:
    facts = cli_env.sandbox_facts()
    return facts is not None and facts.get("base_urls", {}).get(p.name) == p.adapter.base_url


def sign_in(p: Provider, key_file: str | None) -> None:
    """Give the 1Click provider its session: the key file, else ``ONECLICK_REFRESH_TOKEN``, else (against a
    sandbox) the sandbox wallet; nothing when none applies (``swaps()`` then says what is missing)."""
    from .providers.oneclick.session import OneClickSession, ed25519_signer, load_ed25519_key

    adapter: Any = p.adapter
    if p.name != "oneclick" or adapter.session is not None:
        return
    sign = None
    if key_file:
        try:
            sign = ed25519_signer(load_ed25519_key(Path(key_file).read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise ConfigurationError(f"--oneclick-key-file {key_file}: not an Ed25519 key ({exc})") from None
    refresh = os.environ.get(REFRESH_ENV) or None
    if sign is not None or refresh is not None:
        adapter.session = OneClickSession(sign, refresh_token=refresh)
    elif _on_sandbox(p):
        from .sandbox.wallet import oneclick_session

        adapter.session = oneclick_session()


def _rows(providers: list[Provider], opts: dict[str, Any]) -> Iterator[SwapRecord]:
    walks: list[SwapIterator] = []
    for p in providers:
        try:
            sign_in(p, opts.get("oneclick_key_file"))
            walks.append(p.swaps(**_criteria(p, opts)))
        except (UnsupportedError, ConfigurationError) as exc:
            if not opts["all_"]:
                raise
            click.echo(f"{p.name}: skipped: {exc.message}", err=True)
    merged = heapq.merge(*(_watched(walk, walks) for walk in walks), key=_created, reverse=True)
    limit = opts["limit"]
    for count, record in enumerate(merged, start=1):
        yield record
        if limit is not None and count >= limit:
            return


def _table(records: Iterable[SwapRecord], title: str) -> Table:
    table = Table("created", "provider", "state", "from → to", "in", "out (min / delivered)", "ref", title=title)
    for r in records:
        created = r.created_at.strftime("%Y-%m-%d %H:%M:%SZ") if r.created_at else "-"
        out = f"{r.amount_out_min if r.amount_out_min is not None else '-'} / "
        out += "-" if r.amount_out is None else str(r.amount_out)
        state = f"{r.state.value} ({r.provider_status})"
        assets = f"{r.from_asset or '?'} → {r.to_asset or '?'}"
        table.add_row(created, r.provider, state, assets, str(r.amount_in or "-"), out, r.status_ref or r.record_id)
    return table


def run(opener: Opener, opts: dict[str, Any], console: Console) -> None:
    """The command body (errors are the caller's: one line, exit 1)."""
    names = list(provider_names()) if opts["all_"] else list(opts["provider"])
    if not names:
        raise click.UsageError("give --provider P (repeatable) or --all")
    providers = [opener(name, opts["base_url"] if len(names) == 1 else None) for name in names]
    try:
        records = _rows(providers, opts)
        if opts["as_json"]:
            for record in records:
                click.echo(json.dumps(record_json(record)))
            return
        found = list(records)
        if sys.stderr.isatty():
            click.echo("", err=True)
        console.print(_table(found, f"{', '.join(names)}: {len(found)} swap(s), newest first"))
    finally:
        for p in providers:
            p.close()


def register(
    group: click.Group,
    opener: Opener,
    start_sandbox: Callable[[bool], None],
    sandbox_option: Callable[[Any], Any],
    guard: Callable[[Callable[[], Any]], Any],
    console: Console,
) -> None:
    """Add ``swaps`` to the CLI group, with the group's own provider opener, sandbox option and error guard."""

    @group.command("swaps")
    @click.option(
        "--provider",
        "-p",
        type=click.Choice(provider_names()),
        multiple=True,
        help="Provider(s) whose history to walk.",
    )
    @click.option("--all", "all_", is_flag=True, help="Every provider with a history, merged by creation time.")
    @click.option("--address", default=None, help="Swaps whose sender or recipient is this address.")
    @click.option("--since", default=None, help="Created at or after (2026-11-01 or ISO-8601; naive = UTC).")
    @click.option("--until", default=None, help="Created at or before (a bare date means the whole day).")
    @click.option("--state", type=click.Choice([s.value for s in SwapState], case_sensitive=False), default=None)
    @click.option("--from-asset", default=None, help="CAIP-19 id or SYMBOL@chain.")
    @click.option("--to-asset", default=None, help="CAIP-19 id or SYMBOL@chain.")
    @click.option("--param", multiple=True, help="A provider's own list parameter, NAME=VALUE (repeatable).")
    @click.option("--limit", type=click.IntRange(min=0), default=None, help="Stop after N records.")
    @click.option("--page-size", type=click.IntRange(min=1), default=None, help="Records per request.")
    @click.option("--base-url", default=None, help="Point a single provider at another server with the same API.")
    @click.option("--json", "as_json", is_flag=True, help="One JSON object per line, streamed.")
    @click.option(
        "--oneclick-key-file",
        default=None,
        help=f"1Click sign-in: an Ed25519 key file (ed25519:<base58> or 64 hex); or set {REFRESH_ENV}.",
    )
    @sandbox_option
    def swaps(**opts: Any) -> None:
        """List past swaps, newest first: table, or JSON lines with --json."""
        start_sandbox(bool(opts.get("sandbox")))
        guard(lambda: run(opener, opts, console))

    del swaps  # registered on the group
