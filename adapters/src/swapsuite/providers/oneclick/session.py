"""1Click user sessions: how a caller signs in, and how the adapter holds and refreshes the access token.

1Click's account endpoints (``GET /v0/account/history``) serve the user behind a *session*, not a partner key: a
wallet signs a message, ``POST /v0/auth/authenticate`` trades the signed message for a short-lived access token
and a refresh token, and ``POST /v0/auth/refresh`` trades the refresh token for a new access token.

A caller hands the adapter a :class:`OneClickSession` (``get_provider("oneclick", session=...)``) built from

* ``sign=`` — a callable that receives a :class:`SignIn` (the message to sign, a fresh 32-byte nonce and the time)
  and returns the signed ``MultiPayload`` as 1Click takes it (``{"standard": "nep413" | "erc191" |
  "raw_ed25519" | …, "payload": …, "signature": …, "public_key": …}``). The adapter calls it only when it has no
  usable token left, so a wallet prompt appears once per session, not once per page. :func:`ed25519_signer` builds
  one for an Ed25519 key (NEP-413 or raw Ed25519); any other wallet plugs in the same way.
* and/or ``refresh_token=`` / ``access_token=`` from a sign-in made elsewhere (a browser wallet, an earlier run).

The adapter signs in lazily (on the first account request), refreshes the access token shortly before the
``expiresIn`` it was given runs out (monotonic clock) and, when the server refuses a token anyway (a revoked
token, clock skew), refreshes once and retries the page (``recover``); a refused refresh token means signing in
again with ``sign=`` when there is one. Decisions, and why:

* **Refresh is idempotent** (``Call.idempotent=True``: retried by the retry policy). 1Click's refresh answer holds
  no new refresh token (``RefreshResponseDto``: ``accessToken``, ``expiresIn``), so the refresh token is not
  rotated and a repeated refresh only mints another access token; if 1Click ever makes refresh tokens single-use,
  a replay after a lost answer gets a 401 and the session signs in again.
* **Authenticate is not retried** (``idempotent=False``): a signed sign-in message may be single-use upstream, and a
  retry is a fresh signature anyway (the recovery path asks ``sign`` again).
* **Tokens stay on the provider's origin.** The access token is attached only to the account operations, by the
  transport's origin-checking request hook (``Adapter.operation_headers``), never as a default header; the
  refresh token travels only in the body of ``/v0/auth/refresh`` on the same origin. ``repr()`` shows neither.

The sign-in message text 1Click expects is not documented; :func:`sign_in_message` is a plain statement with the
time and nonce, and ``message=`` replaces it. A session object is shared state: use one per user.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import struct
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final, Literal

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from swapsuite_oneclick_client.api.oneclick import authenticate, refresh
from swapsuite_oneclick_client.models import AuthenticateRequest, IntentStandard, MultiPayload, RefreshRequest

from swapsuite.base58 import b58decode, b58encode
from swapsuite.engine import Call, Plan, Reply
from swapsuite.errors import ConfigurationError, SwapsuiteError, UnauthorizedError

from .ids import PROVIDER

ACCOUNT_OPERATIONS: Final = frozenset({"getHistory", "getBalances"})  # the operations that carry the session
REFRESH_PATH: Final = "/v0/auth/refresh"
MARGIN_SECONDS: Final = 30.0  # refresh this long before the access token's expiresIn runs out
MAX_LIFETIME: Final = 10**8  # seconds; a longer expiresIn is not one (treated as unknown)
DEFAULT_RECIPIENT: Final = "intents.near"  # the NEP-413 recipient the 1Click intents use
STANDARDS: Final = frozenset(item.value for item in IntentStandard)


@dataclass(frozen=True)
class SignIn:
    """What a wallet is asked to sign to open a 1Click session: ``message`` (text), a fresh ``nonce`` (32 random
    bytes; NEP-413 carries it, other standards may ignore it) and ``issued_at`` (aware UTC)."""

    message: str
    nonce: bytes
    issued_at: datetime


Signer = Callable[[SignIn], Mapping[str, Any]]


def sign_in_message(issued_at: datetime, nonce: bytes) -> str:
    """The default sign-in text: what it is for, when, and the nonce (hex), so a signature is not replayable as
    anything else."""
    stamp = issued_at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return f"Sign in to NEAR Intents 1Click\nIssued at: {stamp}\nNonce: {nonce.hex()}"


def _lifetime(value: object) -> float | None:
    """``expiresIn`` seconds when it is a sane positive number; None (unknown) otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        return None
    seconds = float(value)
    return seconds if 0 < seconds <= MAX_LIFETIME else None


class OneClickSession:
    """A signed-in 1Click user, as the adapter needs it (see the module docstring).

    Give ``sign`` (a :data:`Signer`), or tokens from an earlier sign-in, or both (tokens first, ``sign`` when they
    run out). ``message`` replaces the sign-in text; ``clock`` (monotonic seconds) and ``now`` (aware datetime)
    are for tests.
    """

    def __init__(
        self,
        sign: Signer | None = None,
        *,
        refresh_token: str | None = None,
        access_token: str | None = None,
        message: Callable[[datetime, bytes], str] = sign_in_message,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        for name, value in (("refresh_token", refresh_token), ("access_token", access_token)):
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise ConfigurationError(f"{name} must be a non-empty string", provider=PROVIDER)
        if sign is None and refresh_token is None and access_token is None:
            raise ConfigurationError(
                "a 1Click session needs sign= (a wallet that signs the sign-in message) or tokens from a sign-in",
                provider=PROVIDER,
            )
        if sign is not None and not callable(sign):
            raise ConfigurationError("sign= must be callable: SignIn -> signed MultiPayload", provider=PROVIDER)
        self._sign, self._message, self._clock, self._now = sign, message, clock, now
        self._access, self._refresh = access_token, refresh_token
        self._access_until: float | None = None  # monotonic deadline; None: unknown (until the server says no)
        self._refresh_until: float | None = None
        self.sign_ins = 0  # how often sign= was called (a wallet prompt each)
        self.refreshes = 0

    def __repr__(self) -> str:
        held = [name for name, value in (("access", self._access), ("refresh", self._refresh)) if value]
        return f"<OneClickSession tokens={'+'.join(held) or 'none'} sign={'yes' if self._sign else 'no'}>"

    # --- what the transport hook attaches ------------------------------------------------------------------
    def headers(self, operation: str) -> dict[str, str]:
        """``Authorization: Bearer <access token>`` for the account operations; nothing for any other."""
        if operation in ACCOUNT_OPERATIONS and self._access:
            return {"Authorization": f"Bearer {self._access}"}
        return {}

    # --- getting a token -----------------------------------------------------------------------------------
    def _usable(self, until: float | None) -> bool:
        return until is None or self._clock() < until

    def token_plan(self) -> Plan[None]:
        """Make sure an access token is held: keep a fresh one, else refresh, else sign in (a plan: its requests go
        through the engine like any other)."""
        if self._access and self._usable(self._access_until):
            return
        self._access = None
        if self._refresh and self._usable(self._refresh_until):
            yield from self._refresh_plan(self._refresh)
            return
        self._refresh = None
        yield from self._authenticate_plan()

    def _refresh_plan(self, token: str) -> Plan[None]:
        reply = yield Call(
            provider=PROVIDER,
            operation="refresh",
            request=refresh.build_request(body=RefreshRequest(refresh_token=token)),
            parse=_token_body("accessToken"),
            idempotent=True,  # no rotation: see the module docstring
        )
        self.refreshes += 1
        self._hold("access", reply)

    def _authenticate_plan(self) -> Plan[None]:
        if self._sign is None:
            raise ConfigurationError(
                "the 1Click session has no usable token left and no sign= to sign in again", provider=PROVIDER
            )
        nonce, issued_at = secrets.token_bytes(32), self._now()
        signed = self._signed(SignIn(self._message(issued_at, nonce), nonce, issued_at))
        reply = yield Call(
            provider=PROVIDER,
            operation="authenticate",
            request=authenticate.build_request(body=AuthenticateRequest(signed_data=signed)),
            parse=_token_body("accessToken", "refreshToken"),
            idempotent=False,
        )
        self._hold("access", reply)
        self._hold("refresh", reply)

    def _signed(self, request: SignIn) -> MultiPayload:
        """Ask the caller's signer; what it raises or returns malformed is a ConfigurationError, not a shape error
        of some response."""
        assert self._sign is not None
        self.sign_ins += 1
        try:
            signed = self._sign(request)
        except Exception as exc:  # the caller's wallet code: whatever it raises stays the caller's problem
            raise ConfigurationError(
                f"the 1Click sign-in signer failed: {type(exc).__name__}: {exc}", provider=PROVIDER
            ) from exc
        if not isinstance(signed, Mapping) or signed.get("standard") not in STANDARDS or "payload" not in signed:
            raise ConfigurationError(
                "the 1Click sign-in signer must return a MultiPayload mapping with 'payload' and a 'standard' of "
                + ", ".join(sorted(STANDARDS)),
                provider=PROVIDER,
            )
        return MultiPayload.from_dict(dict(signed))

    def _hold(self, kind: Literal["access", "refresh"], reply: Reply) -> None:
        data = reply.data
        lifetime = _lifetime(data.get("expiresIn" if kind == "access" else "refreshExpiresIn"))
        until = None
        if lifetime is not None:
            until = self._clock() + (lifetime - MARGIN_SECONDS if lifetime > 2 * MARGIN_SECONDS else lifetime / 2)
        if kind == "access":
            self._access, self._access_until = str(data["accessToken"]), until
        else:
            self._refresh, self._refresh_until = str(data["refreshToken"]), until

    # --- when the server says no ---------------------------------------------------------------------------
    def recover(self, error: SwapsuiteError) -> bool:
        """After a 401: drop the token it refused and say whether another try can succeed. A refused access token
        is refreshed (or signed in again); a refused refresh token needs ``sign``; a refused sign-in is final."""
        if not isinstance(error, UnauthorizedError):
            return False
        path = httpx.URL(error.url).path if error.url else ""
        if path.endswith("/v0/auth/authenticate"):
            return False
        if path.endswith(REFRESH_PATH):
            self._access = self._refresh = None
            return self._sign is not None
        self._access = None
        return bool(self._refresh) or self._sign is not None

    def sign_out(self) -> None:
        """Forget both tokens (the next account request signs in again)."""
        self._access = self._refresh = None


def _token_body(*required: str) -> Callable[[Any], Mapping[str, Any]]:
    """The Call's parse for an auth answer: an object with the required tokens as non-empty strings."""

    def parse(data: Any) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        for name in required:
            if not isinstance(data.get(name), str) or not data[name]:
                raise KeyError(f"{name} is missing or not a string")
        return data

    return parse


# --- an Ed25519 wallet -------------------------------------------------------------------------------------
NEP413_TAG: Final = 2**31 + 413


def _borsh_string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<I", len(raw)) + raw


def nep413_digest(payload: Mapping[str, Any]) -> bytes:
    """SHA-256 of the Borsh-serialized NEP-413 message (tag, message, 32-byte nonce, recipient, callbackUrl) — what a
    NEAR wallet signs."""
    nonce = base64.b64decode(str(payload["nonce"]), validate=True)
    callback = payload.get("callbackUrl")
    body = struct.pack("<I", NEP413_TAG) + _borsh_string(str(payload["message"])) + nonce
    body += _borsh_string(str(payload["recipient"]))
    body += b"\x01" + _borsh_string(str(callback)) if callback else b"\x00"
    return hashlib.sha256(body).digest()


def ed25519_signer(
    key: Ed25519PrivateKey, *, standard: Literal["nep413", "raw_ed25519"] = "nep413", recipient: str = DEFAULT_RECIPIENT
) -> Signer:
    """A :data:`Signer` for an Ed25519 key: NEP-413 (``{message, nonce, recipient}`` payload, as NEAR wallets sign)
    or raw Ed25519 over the message text. The signed-in account is the key's NEAR implicit account."""
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    public_key = "ed25519:" + b58encode(public)

    def sign(request: SignIn) -> dict[str, Any]:
        payload: Any = request.message
        message = request.message.encode()
        if standard == "nep413":
            payload = {
                "message": request.message,
                "nonce": base64.b64encode(request.nonce).decode(),
                "recipient": recipient,
            }
            message = nep413_digest(payload)
        signature = b58encode(key.sign(message))
        return {"standard": standard, "payload": payload, "public_key": public_key, "signature": signature}

    return sign


def load_ed25519_key(text: str) -> Ed25519PrivateKey:
    """An Ed25519 private key from NEAR's ``ed25519:<base58 of 64 bytes>`` form or 64 hex digits (the 32-byte
    seed). ValueError when it is neither."""
    value = text.strip()
    if value.startswith("ed25519:"):
        raw = b58decode(value.removeprefix("ed25519:"))
        if len(raw) not in (32, 64):
            raise ValueError("an ed25519: key holds 32 or 64 bytes")
        return Ed25519PrivateKey.from_private_bytes(raw[:32])
    if len(value) == 64:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(value))
    raise ValueError("expected ed25519:<base58> or 64 hex digits")
