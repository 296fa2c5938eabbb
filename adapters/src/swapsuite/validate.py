"""Input validation that runs before any HTTP request: amounts, slippage, assets and addresses per chain."""

from __future__ import annotations

import hashlib
import re

from .base58 import b58decode, decoded_length
from .caip import AssetId
from .errors import ValidationError
from .keccak import keccak256
from .models import QuoteRequest

MAX_UINT256 = 2**256 - 1
_EVM = re.compile(r"^0x[0-9a-fA-F]{40}$")
_NEAR_NAMED = re.compile(r"^(?=.{2,64}$)(([a-z\d]+[-_])*[a-z\d]+\.)*([a-z\d]+[-_])*[a-z\d]+$")
_NEAR_IMPLICIT = re.compile(r"^([0-9a-f]{64}|0x[0-9a-f]{40})$")
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _b58check(text: str) -> bytes | None:
    """The payload of a Base58Check string, or None when the checksum is wrong."""
    try:
        raw = b58decode(text)
    except ValueError:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if len(raw) < 5 or hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


def _bech32_ok(text: str, hrp: str | None) -> bool:
    """Bech32 / bech32m checksum check (BIP-173 / BIP-350)."""
    lowered = text.lower()
    if text not in (lowered, text.upper()) or "1" not in lowered:
        return False
    prefix, _, data = lowered.rpartition("1")
    if (hrp is not None and prefix != hrp) or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in prefix] + [0] + [ord(c) & 31 for c in prefix] + [_BECH32.index(c) for c in data]
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            check ^= gen if (top >> i) & 1 else 0
    return check in (1, 0x2BC830A3)


def eip55_ok(address: str) -> bool:
    """True for all-lower or all-upper hex, or a mixed-case address whose EIP-55 checksum matches."""
    body = address[2:]
    if body in (body.lower(), body.upper()):
        return True
    digest = keccak256(body.lower().encode()).hex()
    pairs = zip(body, digest[:40], strict=True)
    return all(c.upper() == c if int(h, 16) >= 8 else c.lower() == c for c, h in pairs if c.isalpha())


def _evm(address: str) -> str | None:
    if not _EVM.match(address):
        return "is not a 0x-prefixed 20-byte hex address"
    return None if eip55_ok(address) else "fails its EIP-55 checksum (mixed case that does not match)"


def _solana(address: str) -> str | None:
    ok = decoded_length(address) == 32 and 32 <= len(address) <= 44
    return None if ok else "is not a base58 Solana address (32 bytes)"


def _bitcoin(address: str) -> str | None:
    if address.lower().startswith("bc1"):
        return None if _bech32_ok(address, "bc") else "is not a valid bech32 Bitcoin address"
    payload = _b58check(address)
    return (
        None
        if payload is not None and len(payload) == 21 and payload[0] in (0, 5)
        else ("is not a valid Bitcoin address (base58check P2PKH/P2SH or bech32)")
    )


def _utxo(address: str) -> str | None:
    """Other bip122 chains (LTC, DOGE, BCH, DASH, ZEC): base58check, bech32, or a cashaddr."""
    if _b58check(address) is not None or _bech32_ok(address, None):
        return None
    if re.fullmatch(r"(bitcoincash:)?[qp][0-9a-z]{41}", address):
        return None
    return "is not a valid address for this UTXO chain"


def _near(address: str) -> str | None:
    ok = _NEAR_NAMED.match(address) or _NEAR_IMPLICIT.match(address)
    return None if ok else "is not a NEAR account id"


def _tron(address: str) -> str | None:
    payload = _b58check(address)
    return None if payload is not None and len(payload) == 21 and payload[0] == 0x41 else "is not a Tron address"


_BY_NAMESPACE = {"eip155": _evm, "solana": _solana, "near": _near, "tron": _tron}


def address_problem(chain_id: str, address: str) -> str | None:
    """Why ``address`` cannot be an address on ``chain_id`` (CAIP-2), or None if it can (or we cannot tell)."""
    if not address or address != address.strip() or any(c.isspace() for c in address):
        return "is empty or contains whitespace"
    namespace = chain_id.split(":", 1)[0]
    if chain_id == "bip122:000000000019d6689c085ae165831e93":
        return _bitcoin(address)
    if namespace == "bip122":
        return _utxo(address)
    check = _BY_NAMESPACE.get(namespace)
    return check(address) if check else None


def check_address(role: str, asset: AssetId, address: str | None) -> None:
    """Raise ValidationError when ``address`` is not valid on ``asset``'s chain."""
    if address is None:
        return
    problem = address_problem(asset.chain_id, address)
    if problem:
        chain = asset.chain.key if asset.chain else asset.chain_id
        raise ValidationError(f"{role} {address!r} {problem} (chain {chain})")


def check_quote_request(request: QuoteRequest, *, max_slippage_bps: int = 5000) -> None:
    """Everything that can be checked without the provider: raises ValidationError before any request."""
    amount = request.amount
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(f"amount must be an integer number of base units, not {type(amount).__name__}")
    if not 0 < amount <= MAX_UINT256:
        raise ValidationError(f"amount must be between 1 and 2^256-1 base units, got {amount}")
    slippage = request.slippage_bps
    if isinstance(slippage, bool) or not isinstance(slippage, int) or not 0 <= slippage <= max_slippage_bps:
        raise ValidationError(f"slippage_bps must be an integer from 0 to {max_slippage_bps}, got {slippage!r}")
    if request.from_asset == request.to_asset:
        raise ValidationError(f"from and to assets are the same ({request.from_asset})")
    check_address("sender", request.from_asset, request.sender)
    check_address("refund_to", request.from_asset, request.refund_to)
    check_address("recipient", request.to_asset, request.recipient)
