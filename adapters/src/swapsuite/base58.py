"""Base58 with the Bitcoin alphabet (Solana, NEAR, Bitcoin and 1Click signatures all use it)."""

from __future__ import annotations

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {char: index for index, char in enumerate(ALPHABET)}


def b58encode(data: bytes) -> str:
    """Bytes → Base58; each leading zero byte becomes a leading ``1``."""
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = ALPHABET[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58decode(text: str) -> bytes:
    """Base58 → bytes; ValueError on a character outside the alphabet."""
    number = 0
    try:
        for char in text:
            number = number * 58 + _INDEX[char]
    except KeyError as exc:
        raise ValueError(f"invalid base58 character {exc.args[0]!r}") from None
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def is_base58(text: str) -> bool:
    """True for a non-empty string of Base58 characters."""
    return bool(text) and all(char in _INDEX for char in text)


def decoded_length(text: str) -> int | None:
    """How many bytes ``text`` decodes to, or None if it is not Base58 (e.g. 32 for a Solana address)."""
    return len(b58decode(text)) if is_base58(text) else None
