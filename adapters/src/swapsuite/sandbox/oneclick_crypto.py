"""Signatures the 1Click sandbox makes and checks beyond its quote signatures (``oneclick_data``): wallet-signed
messages (NEP-413, raw Ed25519, ERC-191) for sessions and intents, secp256k1 deposit-address attestations, and the
session tokens it issues. Pure functions, no I/O.

secp256k1 is written out here (textbook affine arithmetic, no constant-time claims: sandbox keys protect nothing).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..base58 import b58decode, b58encode
from ..keccak import keccak256
from ..providers.oneclick import signature

# --- secp256k1 -----------------------------------------------------------------------------------------------------
P = 2**256 - 2**32 - 977
N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)
Point = tuple[int, int] | None


def _add(a: Point, b: Point) -> Point:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % P == 0:
        return None
    doubling = a == b  # the tangent's slope, else the chord's
    slope = (3 * a[0] * a[0] if doubling else b[1] - a[1]) * pow(2 * a[1] if doubling else b[0] - a[0], -1, P) % P
    x = (slope * slope - a[0] - b[0]) % P
    return x, (slope * (a[0] - x) - a[1]) % P


def _mul(k: int, point: Point) -> Point:
    result: Point = None
    while k:
        if k & 1:
            result = _add(result, point)
        point = _add(point, point)
        k >>= 1
    return result


def eth_address(point: Point) -> str:
    """The 0x address (lower case) of a public key point."""
    assert point is not None
    return "0x" + keccak256(point[0].to_bytes(32, "big") + point[1].to_bytes(32, "big"))[-20:].hex()


def secp_public(secret: int) -> Point:
    return _mul(secret, G)


def secp_sign(secret: int, digest: bytes) -> bytes:
    """r ‖ s ‖ v (v = 27/28, low s) over a 32-byte digest; the nonce is derived from key and digest."""
    z = int.from_bytes(digest, "big") % N
    k = int.from_bytes(hmac.digest(secret.to_bytes(32, "big"), digest, "sha256"), "big") % N or 1
    point = _mul(k, G)
    assert point is not None
    r = point[0] % N
    s = pow(k, -1, N) * (z + r * secret) % N
    parity = point[1] & 1
    if s > N // 2:  # the canonical low-s form flips the parity of R
        s, parity = N - s, parity ^ 1
    return r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([27 + parity])


def secp_recover(digest: bytes, sig: bytes) -> Point:
    """The public key that made ``sig`` (r ‖ s ‖ v) over ``digest``; None when there is none."""
    if len(sig) != 65:
        return None
    r, s, v = int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:64], "big"), sig[64]
    parity = v - 27 if v >= 27 else v
    if not (0 < r < N and 0 < s < N and parity in (0, 1)):
        return None
    y = pow((pow(r, 3, P) + 7) % P, (P + 1) // 4, P)
    if (y * y - r**3 - 7) % P:
        return None
    point = (r, y if y & 1 == parity else P - y)
    z = int.from_bytes(digest, "big") % N
    inverse = pow(r, -1, N)
    return _add(_mul(s * inverse % N, point), _mul((-z * inverse) % N, G))


ATTESTOR_SECRET = int.from_bytes(hashlib.sha256(b"swapsuite 1Click sandbox attestor v1").digest(), "big") % N
ATTESTOR_ADDRESS = eth_address(secp_public(ATTESTOR_SECRET))
ATTESTATION_PREFIX = bytes.fromhex("0a773570")  # cow-sdk ATTESTATION_PREFIX_CONST
ATTESTATION_VERSION = b"\x00"


def attestation_quote_hash(response: Mapping[str, Any]) -> str:
    """``quoteHash`` as cow-sdk computes it: 0x + hex SHA-256 of the minimal signed payload with ``dry`` false (no
    depositMode, no customRecipientMsg; the request deadline)."""
    minimal = {**response, "quoteRequest": {**response["quoteRequest"], "dry": True}}
    payload = signature.signed_payload(minimal)
    payload["dry"] = False
    payload.pop("customRecipientMsg", None)
    return "0x" + hashlib.sha256(signature.dumps(payload, canonical=True).encode()).hexdigest()


def attest(deposit_address: str, quote_hash: str) -> str:
    """The attestor's signature over keccak256(prefix ‖ version ‖ address ‖ quoteHash), 0x-hex."""
    message = (
        ATTESTATION_PREFIX + ATTESTATION_VERSION + bytes.fromhex(deposit_address[2:]) + bytes.fromhex(quote_hash[2:])
    )
    return "0x" + secp_sign(ATTESTOR_SECRET, keccak256(message)).hex()


# --- wallet-signed messages ------------------------------------------------------------------------------------
NEP413_TAG = 2**31 + 413


def _borsh_string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<I", len(raw)) + raw


def nep413_digest(payload: Mapping[str, Any]) -> bytes:
    """SHA-256 of the Borsh-serialized NEP-413 message (tag, message, 32-byte nonce, recipient, callbackUrl)."""
    nonce = base64.b64decode(str(payload["nonce"]), validate=True)
    if len(nonce) != 32:
        raise ValueError("a NEP-413 nonce has 32 bytes")
    callback = payload.get("callbackUrl")
    body = struct.pack("<I", NEP413_TAG) + _borsh_string(str(payload["message"])) + nonce
    body += _borsh_string(str(payload["recipient"]))
    body += b"\x01" + _borsh_string(str(callback)) if callback else b"\x00"
    return hashlib.sha256(body).digest()


def _ed25519_signer(signed: Mapping[str, Any], message: bytes) -> str:
    key = b58decode(str(signed["public_key"]).removeprefix("ed25519:"))
    sig = b58decode(str(signed["signature"]).removeprefix("ed25519:"))
    Ed25519PublicKey.from_public_bytes(key).verify(sig, message)
    return key.hex()  # the NEAR implicit account of the key


def signer_of(signed: Mapping[str, Any]) -> str:
    """The account that signed a MultiPayload: the NEAR implicit account (hex of the Ed25519 key) for ``nep413`` and
    ``raw_ed25519``, the lower-case EVM address for ``erc191``. ValueError when it does not verify or the sandbox
    cannot check the standard."""
    standard, payload = signed.get("standard"), signed.get("payload")
    try:
        if standard == "nep413" and isinstance(payload, Mapping):
            return _ed25519_signer(signed, nep413_digest(payload))
        if standard == "raw_ed25519" and isinstance(payload, str):
            return _ed25519_signer(signed, payload.encode())
        if standard == "erc191" and isinstance(payload, str):
            raw = payload.encode()
            digest = keccak256(b"\x19Ethereum Signed Message:\n" + str(len(raw)).encode() + raw)
            point = secp_recover(digest, _signature_bytes(str(signed["signature"])))
            if point is not None:
                return eth_address(point)
    except (KeyError, ValueError, TypeError, InvalidSignature) as exc:
        raise ValueError(f"the {standard} signature does not verify") from exc
    raise ValueError(f"the sandbox checks nep413, raw_ed25519 and erc191 signatures, not {standard!r}")


def _signature_bytes(text: str) -> bytes:
    return bytes.fromhex(text[2:]) if text.startswith("0x") else b58decode(text.removeprefix("secp256k1:"))


def intent_hash(signed: Mapping[str, Any]) -> str:
    """Base58 SHA-256 of the signed payload (the sandbox's intent hash)."""
    return b58encode(hashlib.sha256(signature.dumps(signed.get("payload"), canonical=True).encode()).digest())


# --- session tokens ----------------------------------------------------------------------------------------------
TOKEN_SECRET = hashlib.sha256(b"swapsuite 1Click sandbox session secret v1").digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def issue_token(account: str, kind: str, expires_at: float) -> str:
    """An HS256 JWT for ``account`` (``kind`` access or refresh) that expires at a sandbox-clock instant."""
    head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": account, "typ": kind, "exp": int(expires_at)}
    body = _b64(json.dumps(claims, separators=(",", ":")).encode())
    mac = hmac.digest(TOKEN_SECRET, f"{head}.{body}".encode(), "sha256")
    return f"{head}.{body}.{_b64(mac)}"


def check_token(token: str, kind: str, now: float) -> str | None:
    """The account of a valid, unexpired token of ``kind``; None otherwise."""
    try:
        head, body, mac = token.split(".")
        expected = _b64(hmac.digest(TOKEN_SECRET, f"{head}.{body}".encode(), "sha256"))
        if not hmac.compare_digest(expected, mac):
            return None
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, TypeError):
        return None
    if not isinstance(claims, dict) or claims.get("typ") != kind or not isinstance(claims.get("exp"), int):
        return None
    account = claims.get("sub")
    return account if isinstance(account, str) and now < claims["exp"] else None
