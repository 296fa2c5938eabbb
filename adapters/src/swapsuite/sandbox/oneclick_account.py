"""The 1Click sandbox's newer operations: intents, user sessions, the user's account, deposit attestations.

State lives with the swaps (``SandboxState.records``): a generated intent is kept on the swap it funds, a submitted
one starts that swap and debits the signer's balance. Nothing else is stored: session tokens are HS256 JWTs the
sandbox signs and checks (``oneclick_crypto``), valid per the sandbox clock.

* ``POST /v0/auth/authenticate`` — a ``MultiPayload`` signed with ``nep413``, ``raw_ed25519`` or ``erc191`` (other
  standards: 400); the account is the NEAR implicit account of the Ed25519 key (64 hex) or the lower-case EVM
  address. Access tokens last ``ACCESS_TTL`` s, refresh tokens ``REFRESH_TTL`` s.
* ``GET /v0/account/history`` / ``balances`` — ``Authorization: Bearer <access token>``. A swap belongs to an account
  when the account is its recipient, refund address or the signer of its funding intent. Balances are what swaps
  delivered into NEAR Intents (``recipientType`` / ``refundType`` ``INTENTS``) minus what submitted intents spent.
* ``POST /v0/generate-intent`` — for a firm quote with ``depositType`` ``INTENTS`` still waiting for its deposit: a
  ``transfer`` intent of ``amountIn`` to the deposit address, as NEP-413 (object payload) or as a JSON string for
  the string standards. ``POST /v0/submit-intent`` — that payload signed by ``signerId``; needs the balance.
* ``POST /v0/attestation`` — for a firm quote with an EVM deposit address and cow-sdk's ``quoteHash`` of it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from . import oneclick_crypto as crypto
from . import oneclick_data as data
from .control import SandboxState, iso_utc

ACCESS_TTL = 3600
REFRESH_TTL = 30 * 86400
STRING_STANDARDS = ("erc191", "raw_ed25519", "tip191", "sep53", "webauthn")
STANDARDS = ("nep413", *STRING_STANDARDS, "ton_connect")
HISTORY_STATUSES = ("PENDING_DEPOSIT", "INCOMPLETE_DEPOSIT", "PROCESSING", "SUCCESS", "REFUNDED", "FAILED")
_PLACES = ("INTENTS", "CONFIDENTIAL_INTENTS", "null")
TYPE_FILTERS = {
    "depositType": ("ORIGIN_CHAIN", *_PLACES),
    "recipientType": ("DESTINATION_CHAIN", *_PLACES),
    "refundType": ("ORIGIN_CHAIN", *_PLACES),
}
Fail = Callable[[int, str, str], Response]


class Refused(Exception):
    """A request the operation answers with ``status`` and ``message``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def text_field(body: Any, name: str) -> str:
    if not isinstance(body, dict):
        raise Refused(400, "the body must be a JSON object")
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise Refused(400, f"{name} must be a non-empty string")
    return value


def signed_data(body: Any) -> dict[str, Any]:
    value = body.get("signedData") if isinstance(body, dict) else None
    if not isinstance(value, dict) or value.get("standard") not in STANDARDS or "payload" not in value:
        raise Refused(400, "signedData must be a MultiPayload with a known standard and a payload")
    return value


# --- sessions ------------------------------------------------------------------------------------------------------
def authenticate(state: SandboxState, body: Any) -> dict[str, Any]:
    try:
        account = crypto.signer_of(signed_data(body))
    except ValueError as exc:
        raise Refused(401, f"Signature verification failed: {exc}") from exc
    now = state.clock.now()
    return {
        "accessToken": crypto.issue_token(account, "access", now + ACCESS_TTL),
        "refreshToken": crypto.issue_token(account, "refresh", now + REFRESH_TTL),
        "expiresIn": ACCESS_TTL,
        "refreshExpiresIn": REFRESH_TTL,
    }


def refresh(state: SandboxState, body: Any) -> dict[str, Any]:
    now = state.clock.now()
    account = crypto.check_token(text_field(body, "refreshToken"), "refresh", now)
    if account is None:
        raise Refused(401, "Invalid or expired refresh token")
    return {"accessToken": crypto.issue_token(account, "access", now + ACCESS_TTL), "expiresIn": ACCESS_TTL}


def session_account(state: SandboxState, request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    account = crypto.check_token(token.strip(), "access", state.clock.now()) if scheme.lower() == "bearer" else None
    if account is None:
        raise Refused(401, "Unauthorized - User session token is invalid or expired")
    return account


# --- the account -------------------------------------------------------------------------------------------------
def owns(record: Mapping[str, Any], account: str) -> bool:
    echo = record["response"]["quoteRequest"]
    signer = (record.get("intent") or {}).get("signer")
    return account in (str(echo["recipient"]).lower(), str(echo["refundTo"]).lower(), signer)


def history_item(state: SandboxState, address: str, record: Mapping[str, Any]) -> dict[str, Any]:
    response, now = record["response"], state.clock.now()
    echo, quote = response["quoteRequest"], response["quote"]
    status = state.swaps[address].state(now)
    item: dict[str, Any] = {
        "status": "PROCESSING" if status == "KNOWN_DEPOSIT_TX" else status,  # the history has no KNOWN_DEPOSIT_TX
        "depositType": echo["depositType"],
        "recipientType": echo["recipientType"],
        "refundType": echo["refundType"],
        "createdAt": iso_utc(record["quoted_at"]),
        "depositAddress": address,
        "depositMemo": quote.get("depositMemo"),
        "originAsset": echo["originAsset"],
        "amountInFormatted": quote["amountInFormatted"],
        "amountInUsd": quote["amountInUsd"],
        "destinationAsset": echo["destinationAsset"],
        "amountOutFormatted": quote["amountOutFormatted"],
        "amountOutUsd": quote["amountOutUsd"],
        "recipient": echo["recipient"],
        "refundTo": echo["refundTo"],
        "quoteTransactions": [{"sender": echo["refundTo"], "txHash": record["tx_hash"]}] if record["tx_hash"] else [],
        "refundReason": None,
        "refundFee": None,
    }
    if item["status"] == "REFUNDED":
        item.update(refundReason="QUOTE_NOT_FILLED", refundFee=quote.get("refundFee"))
    return item


def _cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"swap:{position}".encode()).decode().rstrip("=")


def _position(cursor: str) -> int:
    try:
        kind, _, number = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition(":")
        if kind == "swap" and number.isdigit():
            return int(number)
    except ValueError:  # not base64, or not UTF-8
        pass
    raise Refused(400, "invalid cursor")


def _matches_types(item: Mapping[str, Any], params: Any) -> bool:
    lists = {name: params.getlist(name) for name in TYPE_FILTERS}
    width = max((len(values) for values in lists.values()), default=0)
    if not width:
        return True
    for index in range(width):  # index-aligned: one condition per position, OR-ed; "null" matches anything
        wanted = {name: values[index] if index < len(values) else "null" for name, values in lists.items()}
        if all(value == "null" or item[name] == value for name, value in wanted.items()):
            return True
    return False


def history(state: SandboxState, request: Request) -> dict[str, Any]:
    account, params = session_account(state, request), request.query_params
    limit_text = params.get("limit", "20")
    if not limit_text.isdigit() or not 1 <= int(limit_text) <= 100:
        raise Refused(400, "limit must be an integer from 1 to 100")
    if "prevCursor" in params and "nextCursor" in params:
        raise Refused(400, "pass prevCursor or nextCursor, not both")
    statuses = params.getlist("status")
    if any(status not in HISTORY_STATUSES for status in statuses):
        raise Refused(400, f"status must be one of {', '.join(HISTORY_STATUSES)}")
    for name, allowed in TYPE_FILTERS.items():
        if any(value not in allowed for value in params.getlist(name)):
            raise Refused(400, f"each value in {name} must be one of {', '.join(allowed)}")
    cursors = {name: _position(params[name]) for name in ("prevCursor", "nextCursor") if name in params}
    search = params.get("search", "").lower()
    rows = []
    for position, (address, record) in enumerate(state.records.items()):
        if address not in state.swaps or not owns(record, account):
            continue
        item = history_item(state, address, record)
        text = " ".join(str(item.get(k) or "") for k in ("depositAddress", "recipient", "refundTo")).lower()
        if (
            (not statuses or item["status"] in statuses)
            and params.get("depositAddress") in (None, address)
            and (params.get("depositAddress") is None or params.get("depositMemo") in (None, item["depositMemo"]))
            and (not search or search in text or search == str(record["tx_hash"]).lower())
            and _matches_types(item, params)
        ):
            rows.append((position, item))
    rows.reverse()  # newest first
    if "prevCursor" in cursors:
        rows = [row for row in rows if row[0] < cursors["prevCursor"]]
    if "nextCursor" in cursors:
        rows = [row for row in rows if row[0] > cursors["nextCursor"]][-int(limit_text) :]
    page = rows[: int(limit_text)]
    body: dict[str, Any] = {"items": [item for _, item in page]}
    if page:
        body.update(nextCursor=_cursor(page[0][0]), prevCursor=_cursor(page[-1][0]))
    return body


def balances_of(state: SandboxState, account: str) -> dict[str, int]:
    """What the account holds inside NEAR Intents: deliveries and refunds into it, minus intents it spent."""
    book: dict[str, int] = {}
    now = state.clock.now()
    for address, record in state.records.items():
        if address not in state.swaps:
            continue
        echo, quote = record["response"]["quoteRequest"], record["response"]["quote"]
        status = state.swaps[address].state(now)
        intent = record.get("intent") or {}
        if intent.get("submitted") and intent.get("signer") == account:
            book[echo["originAsset"]] = book.get(echo["originAsset"], 0) - int(quote["amountIn"])
        if status == "SUCCESS" and echo["recipientType"] == "INTENTS" and echo["recipient"].lower() == account:
            book[echo["destinationAsset"]] = book.get(echo["destinationAsset"], 0) + int(quote["amountOut"])
        if status == "REFUNDED" and echo["refundType"] == "INTENTS" and echo["refundTo"].lower() == account:
            refund = int(quote["amountIn"]) - min(int(quote.get("refundFee") or 0), int(quote["amountIn"]))
            book[echo["originAsset"]] = book.get(echo["originAsset"], 0) + refund
    return book


def balances(state: SandboxState, request: Request) -> dict[str, Any]:
    account = session_account(state, request)
    wanted: list[str] = [
        part for value in request.query_params.getlist("tokenIds") for part in value.split(",") if part
    ]
    book = balances_of(state, account)
    ids: Iterable[str] = wanted or [token for token, amount in book.items() if amount > 0]
    return {"balances": [{"tokenId": t, "available": str(max(book.get(t, 0), 0)), "source": "private"} for t in ids]}


# --- intents -----------------------------------------------------------------------------------------------------
def _waiting_intents_quote(state: SandboxState, address: str) -> dict[str, Any]:
    record = state.records.get(address)
    if record is None or address not in state.swaps:
        raise Refused(400, f"Deposit address {address} not found")
    if record["response"]["quoteRequest"]["depositType"] != "INTENTS":
        raise Refused(400, "The quote's depositType is not INTENTS: fund it with a deposit transaction")
    if state.swaps[address].state(state.clock.now()) != "PENDING_DEPOSIT" or (record.get("intent") or {}).get(
        "submitted"
    ):
        raise Refused(400, "The quote is no longer waiting for its deposit")
    return record


def intent_message(record: Mapping[str, Any], signer: str, address: str) -> str:
    quote, echo = record["response"]["quote"], record["response"]["quoteRequest"]
    message = {
        "signer_id": signer,
        "deadline": quote.get("deadline") or echo["deadline"],
        "intents": [{"intent": "transfer", "receiver_id": address, "tokens": {echo["originAsset"]: quote["amountIn"]}}],
    }
    return json.dumps(message, separators=(",", ":"))


def generate_intent(state: SandboxState, body: Any) -> dict[str, Any]:
    if text_field(body, "type") != "swap_transfer":
        raise Refused(400, "type must be swap_transfer")
    standard, signer = text_field(body, "standard"), text_field(body, "signerId")
    if standard not in STANDARDS:
        raise Refused(400, f"standard must be one of {', '.join(STANDARDS)}")
    address = text_field(body, "depositAddress")
    record = _waiting_intents_quote(state, address)
    message = intent_message(record, signer, address)
    payload: Any = message
    if standard in ("nep413", "ton_connect"):
        nonce = base64.b64encode(hashlib.sha256(f"{address}|{signer}|nonce".encode()).digest()).decode()
        payload = (
            {"message": message, "nonce": nonce, "recipient": "intents.near"}
            if standard == "nep413"
            else {"type": "text", "text": message}
        )
    record["intent"] = {"signer": signer.lower(), "payload": payload, "standard": standard, "submitted": False}
    return {"intent": {"standard": standard, "payload": payload}, "correlationId": data.correlation_id(message)}


def submit_intent(state: SandboxState, body: Any) -> dict[str, Any]:
    if text_field(body, "type") != "swap_transfer":
        raise Refused(400, "type must be swap_transfer")
    signed = signed_data(body)
    match = [
        (address, record)
        for address, record in state.records.items()
        if (record.get("intent") or {}).get("payload") == signed["payload"] and address in state.swaps
    ]
    if not match:
        raise Refused(400, "Unknown intent: generate it with /v0/generate-intent first")
    address, record = match[0]
    _waiting_intents_quote(state, address)
    try:
        signer = crypto.signer_of(signed)
    except ValueError as exc:
        raise Refused(400, f"Invalid signature: {exc}") from exc
    intent = record["intent"]
    if signer != intent["signer"]:
        raise Refused(400, f"The intent is signed by {signer}, not by its signer {intent['signer']}")
    echo, quote = record["response"]["quoteRequest"], record["response"]["quote"]
    if balances_of(state, signer).get(echo["originAsset"], 0) < int(quote["amountIn"]):
        raise Refused(400, f"Insufficient balance of {echo['originAsset']} for {signer}")
    hash_ = crypto.intent_hash(signed)
    intent["submitted"] = True
    record["tx_hash"] = record["tx_hash"] or hash_
    state.swaps[address].start(state.clock.now())
    return {"intentHash": hash_, "correlationId": data.correlation_id(f"submit|{hash_}")}


# --- attestation -------------------------------------------------------------------------------------------------
def attestation(state: SandboxState, body: Any) -> dict[str, Any]:
    address, quote_hash = text_field(body, "depositAddress"), text_field(body, "quoteHash")
    known = {key.lower(): key for key in state.records if key.startswith("0x")}
    if not (address.startswith("0x") and len(address) == 42) or address.lower() not in known:
        raise Refused(400, f"Deposit address {address} not found")
    expected = crypto.attestation_quote_hash(state.records[known[address.lower()]]["response"])
    if quote_hash.lower() != expected:
        raise Refused(400, "Invalid quote hash")
    return {"signature": crypto.attest(address.lower(), expected), "version": 1}


# --- wiring ------------------------------------------------------------------------------------------------------
Handler = Callable[[Request], Any]
BodyReader = Callable[[Request], Any]


def handlers(
    state: SandboxState, fail: Fail, read_body: BodyReader, key_ok: Callable[[Request], bool | None]
) -> list[tuple[str, str, str, Handler]]:
    """(path, operationId, method, handler) for the operations of this module. ``read_body`` is the sandbox's JSON
    reader (raising :class:`Refused`), ``key_ok`` its partner-key check (None: a key was sent that is not valid)."""

    def post(path: str, work: Callable[[SandboxState, Any], dict[str, Any]], partner: bool) -> Handler:
        async def handler(request: Request) -> Response:
            try:
                if partner and key_ok(request) is None:
                    raise Refused(401, "Unauthorized: invalid API key or JWT")
                return data_response(work(state, await read_body(request)))
            except Refused as exc:
                return fail(exc.status, str(exc), path)

        return handler

    def get(path: str, work: Callable[[SandboxState, Request], dict[str, Any]]) -> Handler:
        async def handler(request: Request) -> Response:
            try:
                return data_response(work(state, request))
            except Refused as exc:
                return fail(exc.status, str(exc), path)

        return handler

    return [
        ("/v0/generate-intent", "generateIntent", "POST", post("/v0/generate-intent", generate_intent, True)),
        ("/v0/submit-intent", "submitIntent", "POST", post("/v0/submit-intent", submit_intent, True)),
        ("/v0/account/history", "getHistory", "GET", get("/v0/account/history", history)),
        ("/v0/account/balances", "getBalances", "GET", get("/v0/account/balances", balances)),
        ("/v0/auth/authenticate", "authenticate", "POST", post("/v0/auth/authenticate", authenticate, False)),
        ("/v0/auth/refresh", "refresh", "POST", post("/v0/auth/refresh", refresh, False)),
        ("/v0/attestation", "getAttestation", "POST", post("/v0/attestation", attestation, True)),
    ]


def data_response(body: dict[str, Any]) -> Response:
    from starlette.responses import JSONResponse

    return JSONResponse(body)
