"""1Click quote signatures: the one implementation of the scheme, plus the checks swapsuite adds on top. No I/O.

The scheme (as implemented by one-click-sdk-typescript 0.1.25,
``src/quote-signature.ts``): pick fixed fields of the echoed ``quoteRequest`` and of ``quote`` (which ones depends on
``quoteRequest.dry``), add the response ``timestamp``, serialize as compact JSON with sorted keys exactly as
JavaScript writes it, SHA-256, Base58 → the *quote hash*; the service signs the ASCII text of that hash with Ed25519
and sends ``ed25519:<base58 of the 64-byte signature>``.

The SDK only answers True/False and checks nothing else. :func:`check_quote` also checks that the echoed request is
the one that was sent and that a firm quote has not expired, and raises
:class:`~swapsuite.errors.QuoteSignatureError` naming the failed check (``QuoteSignatureError.check``):

* ``missing-signature`` — no ``signature`` (absent, null or empty);
* ``unknown-key-format`` — a signature of another key type (``secp256k1:…``);
* ``malformed-signature`` — not Base58, or not 64 bytes;
* ``malformed-quote`` — the fields the signature covers cannot be read (no ``quoteRequest`` object…);
* ``signature`` — a well-formed signature that does not verify: a signed field was changed, or another key signed;
* ``request-mismatch:<field>`` — validly signed, but the echoed ``quoteRequest.<field>`` is not what was sent
  (``depositAddress`` for a status echo: the swap of another deposit address);
* ``expired`` — a firm quote whose ``quote.deadline`` has passed.

The sandbox (``swapsuite.sandbox.oneclick_data``) signs with this module's payload and hash.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from swapsuite.base58 import b58decode, b58encode
from swapsuite.errors import QuoteSignatureError
from swapsuite.timeutil import parse_timestamp

from .jsjson import Num as Num
from .jsjson import _mark as _mark
from .jsjson import as_double as as_double
from .jsjson import dumps as dumps
from .jsjson import js_number as js_number

PROVIDER = "oneclick"

# The 1Click "manager" key the real service signs production quotes with, hard-coded as the default in
# one-click-sdk-typescript 0.1.25 (src/quote-signature.ts) and unchanged since 0.1.21:
PRODUCTION_PUBLIC_KEY = "ed25519:reYaWhvwu8Jzo3WUM3zhn6VrhuMEF4eADL17qtRVifc"
# The staging key of the SDK's own test fixtures (the signed examples in specs/oneclick/openapi.yaml).
# Never a default: only tests and staging setups pass it explicitly.
STAGING_PUBLIC_KEY = "ed25519:5J5tkaxyPoR3Q9S8LXfo5bWnXK5Z2bctJ4mB9gENh7co"
KEY_PREFIX = "ed25519:"


# --- the signed payload -------------------------------------------------------------------------------------
def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# quote-signature.ts, request part: fields copied whenever present (null included) / only when JavaScript-truthy.
REQUEST_ALWAYS = _words(
    "dry swapType slippageTolerance originAsset depositType destinationAsset amount refundTo refundType recipient "
    "recipientType deadline"
)
REQUEST_TRUTHY = _words(
    "quoteWaitingTimeMs referral virtualChainRecipient virtualChainRefundRecipient customRecipientMsg"
)
# quote-signature.ts, quote part: the eight amount fields (dry and firm) and the firm-only fields (when truthy).
AMOUNT_KEYS = _words(
    "amountIn amountInFormatted amountInUsd minAmountIn amountOut amountOutFormatted amountOutUsd minAmountOut"
)
QUOTE_TRUTHY = _words(
    "depositAddress depositMemo deadline timeWhenInactive timeEstimate virtualChainRecipient "
    "virtualChainRefundRecipient customRecipientMsg refundFee withdrawFee"
)


def truthy(value: Any) -> bool:
    """JavaScript truthiness for JSON values (``0``, ``""``, ``null`` and ``false`` are falsy; objects are not)."""
    if isinstance(value, Num):
        return float(value.text) != 0
    return bool(value) if isinstance(value, str | int | float | Decimal | bool) else value is not None


def signed_payload(response: Mapping[str, Any]) -> dict[str, Any]:
    """The flat object 1Click signs (SDK 0.1.25 ``hashQuote``): request subset, quote subset, then timestamp."""
    request, quote = response["quoteRequest"], response["quote"]
    payload = {key: request[key] for key in REQUEST_ALWAYS if key in request}
    payload.update({key: request[key] for key in REQUEST_TRUTHY if truthy(request.get(key))})
    payload.update({key: quote[key] for key in AMOUNT_KEYS if key in quote})
    if not truthy(request.get("dry")):
        # The full payload's quote keys always exist, so they replace same-named request keys even when absent.
        for key in QUOTE_TRUTHY:
            payload.pop(key, None)
            if truthy(quote.get(key)):
                payload[key] = quote[key]
    payload["timestamp"] = response["timestamp"]  # the string as received, never re-formatted
    return payload


def quote_hash(response: Mapping[str, Any]) -> str:
    """Base58 of SHA-256 over the canonical JSON of :func:`signed_payload` (the SDK's ``quoteHash``)."""
    return b58encode(hashlib.sha256(dumps(signed_payload(response), canonical=True).encode()).digest())


# --- keys ---------------------------------------------------------------------------------------------------
def parse_public_key(text: object) -> Ed25519PublicKey:
    """``ed25519:<base58 of the 32 key bytes>`` → key; ValueError saying what is wrong."""
    if not isinstance(text, str) or not text.startswith(KEY_PREFIX):
        raise ValueError(f"expected ed25519:<base58>, got {text!r}")
    try:
        raw = b58decode(text.removeprefix(KEY_PREFIX))
    except ValueError:
        raise ValueError(f"{text!r} is not Base58 after 'ed25519:'") from None
    if len(raw) != 32:
        raise ValueError(f"{text!r} decodes to {len(raw)} bytes; an Ed25519 public key has 32")
    return Ed25519PublicKey.from_public_bytes(raw)


def format_public_key(key: Ed25519PublicKey) -> str:
    """The ``ed25519:<base58>`` form of a key."""
    return KEY_PREFIX + b58encode(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


# --- checks -------------------------------------------------------------------------------------------------
def _fail(check: str, detail: str, response: Any = None) -> QuoteSignatureError:
    return QuoteSignatureError(
        f"quote verification failed ({check}): {detail}", check=check, provider=PROVIDER, response=response
    )


def signature_problem(response: object, public_key: Ed25519PublicKey | str) -> tuple[str, str] | None:
    """None when ``response['signature']`` verifies under ``public_key``, else (check, reason)."""
    key = parse_public_key(public_key) if isinstance(public_key, str) else public_key
    if not isinstance(response, Mapping):
        return "malformed-quote", f"a quote response is a JSON object, got {type(response).__name__}"
    signature = response.get("signature")
    if signature is None or signature == "":
        return "missing-signature", "the response carries no signature"
    if not isinstance(signature, str):
        return "malformed-signature", f"the signature is not a string: {signature!r}"
    kind, colon, encoded = signature.rpartition(":")
    if colon and kind != "ed25519":
        return "unknown-key-format", f"the signature is of key type {kind!r}; 1Click signs with ed25519"
    try:
        raw = b58decode(encoded)
    except ValueError:
        return "malformed-signature", "the signature is not Base58"
    if len(raw) != 64:
        return "malformed-signature", f"the signature decodes to {len(raw)} bytes; an Ed25519 signature has 64"
    try:
        message = quote_hash(response).encode()
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        return "malformed-quote", f"the signed fields cannot be read ({type(exc).__name__}: {exc})"
    try:
        key.verify(raw, message)
    except InvalidSignature:
        return "signature", (
            f"the signature does not verify under {format_public_key(key)}: "
            "a signed field was altered, or another key signed it"
        )
    return None


def verify_quote_signature(response: object, public_key: Ed25519PublicKey | str = PRODUCTION_PUBLIC_KEY) -> bool:
    """True when the response's signature verifies under ``public_key``; False on any problem (like the SDK)."""
    try:
        return signature_problem(response, public_key) is None
    except ValueError:  # an unusable key
        return False


def check_signature(response: object, public_key: Ed25519PublicKey | str) -> None:
    """:func:`signature_problem` as a :class:`QuoteSignatureError`."""
    problem = signature_problem(response, public_key)
    if problem is not None:
        raise _fail(*problem, response=response)


# Echoed request fields compared with what was sent, most consequential first. All of them are signed.
ECHO_FIELDS = _words(
    "dry swapType originAsset destinationAsset amount recipient refundTo depositType refundType recipientType "
    "slippageTolerance referral"
)
_HEX_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
_DIGITS = re.compile(r"[0-9]+")


def same_value(sent: Any, echoed: Any) -> bool:
    """Whether an echoed value is the one sent, allowing only differences that cannot change its meaning.

    Booleans must be booleans; numbers compare by value (the service re-writes ``100.0`` as ``100``); integer
    strings by value; ``0x`` hex strings (EVM addresses) ignore case, which only carries a checksum.
    """
    if isinstance(sent, bool) or isinstance(echoed, bool):
        return sent is echoed
    if isinstance(sent, int | Decimal) and isinstance(echoed, int | Decimal):
        left, right = Decimal(sent), Decimal(echoed)
        return left.is_finite() and right.is_finite() and left == right  # NaN equals nothing (sNaN would raise)
    if isinstance(sent, str) and isinstance(echoed, str):
        if _DIGITS.fullmatch(sent) and _DIGITS.fullmatch(echoed):
            return int(sent) == int(echoed)
        if _HEX_ADDRESS.fullmatch(sent) and _HEX_ADDRESS.fullmatch(echoed):
            return sent.lower() == echoed.lower()
        return sent == echoed
    return False


_ABSENT = object()


def check_echo(response: Mapping[str, Any], sent: Mapping[str, Any], fields: tuple[str, ...] = ECHO_FIELDS) -> None:
    """The echoed ``quoteRequest`` answers ``sent`` (the POST /v0/quote body): ``request-mismatch:<field>``."""
    echo = response.get("quoteRequest")
    if not isinstance(echo, Mapping):
        raise _fail("malformed-quote", "the response has no quoteRequest object", response)
    for name in fields:
        if name not in sent:
            continue
        echoed = echo.get(name, _ABSENT)
        if echoed is _ABSENT or not same_value(sent[name], echoed):
            shown = "absent" if echoed is _ABSENT else repr(echoed)
            raise _fail(
                f"request-mismatch:{name}",
                f"the quote answers another request: quoteRequest.{name} is {shown}, sent {sent[name]!r}",
                response,
            )


def _fee_list(value: Any) -> list[tuple[Any, Decimal]] | None:
    """``appFees`` as comparable (recipient, bps) pairs; None when it is not a list of fee objects."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        return None
    try:
        pairs = [(item.get("recipient"), Decimal(str(item.get("fee")))) for item in value]
    except ArithmeticError:
        return None
    return pairs if all(fee.is_finite() for _, fee in pairs) else None


def check_app_fees(response: Mapping[str, Any], sent: Mapping[str, Any]) -> None:
    """The echoed ``appFees`` are the ones sent (``request-mismatch:appFees``). The signature does not cover them,
    so swapsuite reports the fees it asked for and refuses a quote that says it applied others."""
    echo = response.get("quoteRequest")
    echoed = _fee_list(echo.get("appFees")) if isinstance(echo, Mapping) else None
    if echoed is None or echoed != _fee_list(sent.get("appFees")):
        raise _fail(
            "request-mismatch:appFees",
            f"the quote carries app fees {echo.get('appFees') if isinstance(echo, Mapping) else None!r}, "
            f"sent {sent.get('appFees')!r}",
            response,
        )


def check_deposit_address(response: Mapping[str, Any], address: str) -> None:
    """A status echo belongs to the deposit address that was asked about (when it names one)."""
    quote = response.get("quote")
    echoed = quote.get("depositAddress") if isinstance(quote, Mapping) else None
    if echoed and not same_value(address, echoed):
        raise _fail(
            "request-mismatch:depositAddress",
            f"the status answers for deposit address {echoed!r}, asked about {address!r}",
            response,
        )


def check_expiry(response: Mapping[str, Any], now: datetime) -> None:
    """A firm quote (echoed ``dry`` false) whose ``quote.deadline`` is not after ``now`` is ``expired``.

    A quote without a deadline is not judged here (dry quotes have none).
    """
    request, quote = response.get("quoteRequest"), response.get("quote")
    if not isinstance(request, Mapping) or not isinstance(quote, Mapping) or truthy(request.get("dry")):
        return
    deadline = quote.get("deadline")
    if not deadline:
        return
    until, current = parse_timestamp(deadline), parse_timestamp(now)
    if until <= current:
        raise _fail(
            "expired",
            f"the firm quote expired at {until.isoformat()} (now {current.isoformat()}); request a new one",
            response,
        )


def check_quote(
    response: Mapping[str, Any],
    public_key: Ed25519PublicKey | str,
    *,
    sent: Mapping[str, Any] | None = None,
    now: datetime | None = None,
    deposit_address: str | None = None,
) -> None:
    """Every check, in order: the signature first (so any altered signed field reports ``signature``), then the
    echoed request against ``sent`` (a quote) or ``deposit_address`` (a status echo), then expiry against ``now``.
    Raises :class:`QuoteSignatureError`."""
    check_signature(response, public_key)
    if sent is not None:
        check_echo(response, sent)
        check_app_fees(response, sent)
    if deposit_address is not None:
        check_deposit_address(response, deposit_address)
    if now is not None:
        check_expiry(response, now)


__all__ = [
    "AMOUNT_KEYS",
    "ECHO_FIELDS",
    "PRODUCTION_PUBLIC_KEY",
    "STAGING_PUBLIC_KEY",
    "Num",
    "as_double",
    "b58decode",
    "b58encode",
    "check_app_fees",
    "check_deposit_address",
    "check_echo",
    "check_expiry",
    "check_quote",
    "check_signature",
    "dumps",
    "format_public_key",
    "js_number",
    "parse_public_key",
    "quote_hash",
    "same_value",
    "signature_problem",
    "signed_payload",
    "truthy",
    "verify_quote_signature",
]
