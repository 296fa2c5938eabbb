"""Bech32 and Bech32m strings (BIP-173, BIP-350) and the segwit addresses written in them.

:func:`decode` checks a string's form and checksum; :func:`decode_segwit` adds the segwit rules: witness version
0..16, a version-0 program of 20 or 32 bytes in Bech32, a version 1..16 program of 2..40 bytes in Bech32m, and a
zero padding of at most 4 bits. The tests run every published BIP-173 and BIP-350 vector through both.
"""

from __future__ import annotations

from typing import Literal

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {c: i for i, c in enumerate(CHARSET)}
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CONSTANTS: dict[int, Literal["bech32", "bech32m"]] = {1: "bech32", 0x2BC830A3: "bech32m"}
MAX_LENGTH = 90
CHECKSUM_LENGTH = 6

Encoding = Literal["bech32", "bech32m"]


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATORS):
            if (top >> i) & 1:
                check ^= generator
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def decode(text: str) -> tuple[str, list[int], Encoding] | None:
    """(human-readable part, 5-bit data without the checksum, encoding) of a valid Bech32/Bech32m string, else None.

    The rules: at most 90 characters, all US-ASCII 33..126, not mixed case, a non-empty HRP before the last ``1``,
    at least 6 checksum characters after it, all from the Bech32 alphabet, and a checksum that matches either
    constant. The HRP is returned in lower case.
    """
    if len(text) > MAX_LENGTH or any(not 33 <= ord(c) <= 126 for c in text):
        return None
    if text not in (text.lower(), text.upper()):
        return None
    lowered = text.lower()
    separator = lowered.rfind("1")
    if separator < 1 or separator + 1 + CHECKSUM_LENGTH > len(lowered):
        return None
    hrp, data_part = lowered[:separator], lowered[separator + 1 :]
    if any(c not in _VALUES for c in data_part):
        return None
    data = [_VALUES[c] for c in data_part]
    encoding = _CONSTANTS.get(_polymod(_hrp_expand(hrp) + data))
    if encoding is None:
        return None
    return hrp, data[:-CHECKSUM_LENGTH], encoding


def _from_5_bits(data: list[int]) -> bytes | None:
    """Regroup 5-bit values into bytes; None if the leftover padding is 5+ bits or not all zero (BIP-173)."""
    accumulator = bits = 0
    out = bytearray()
    for value in data:
        accumulator = (accumulator << 5) | value
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((accumulator >> bits) & 0xFF)
    if bits >= 5 or (accumulator << (8 - bits)) & 0xFF:
        return None
    return bytes(out)


def decode_segwit(address: str, hrp: str | None = None) -> tuple[str, int, bytes] | None:
    """(HRP, witness version, witness program) of a valid segwit address, else None.

    ``hrp`` (``"bc"`` for Bitcoin mainnet, ``"tb"`` for testnet, ``"ltc"``…) must match when given.
    """
    decoded = decode(address)
    if decoded is None:
        return None
    found_hrp, data, encoding = decoded
    if (hrp is not None and found_hrp != hrp) or not data or data[0] > 16:
        return None
    version = data[0]
    program = _from_5_bits(data[1:])
    if program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and len(program) not in (20, 32):
        return None
    if encoding != ("bech32" if version == 0 else "bech32m"):
        return None
    return found_hrp, version, program


def script_pubkey(version: int, program: bytes) -> bytes:
    """The output script a segwit address pays to: ``OP_n <program>`` (used to check the published vectors)."""
    return bytes([version + 0x50 if version else 0, len(program)]) + program


def _to_5_bits(data: bytes) -> list[int]:
    accumulator = bits = 0
    out: list[int] = []
    for byte in data:
        accumulator = (accumulator << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((accumulator >> bits) & 31)
    if bits:
        out.append((accumulator << (5 - bits)) & 31)
    return out


def encode_segwit(hrp: str, version: int, program: bytes) -> str:
    """The segwit address of a witness program (Bech32 for version 0, Bech32m above); ValueError if invalid."""
    data = [version, *_to_5_bits(program)]
    constant = 1 if version == 0 else 0x2BC830A3
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ constant
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(CHECKSUM_LENGTH)]
    address = hrp + "1" + "".join(CHARSET[d] for d in data + checksum)
    if decode_segwit(address, hrp) is None:
        raise ValueError(f"not a valid segwit program: version {version}, {len(program)} bytes")
    return address
