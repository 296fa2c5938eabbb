"""The hand-written encoders against independent references: every published BIP-173/BIP-350 vector for Bech32,
Bech32m and segwit addresses, and pycryptodome's Keccak-256 over many inputs."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from Crypto.Hash import keccak as reference_keccak
from swapsuite.bech32 import decode, decode_segwit, encode_segwit, script_pubkey
from swapsuite.keccak import keccak256
from swapsuite.validate import address_problem

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "fixtures" / "bech32" / "bip173_bip350_vectors.json").read_text(encoding="utf-8")
)
BTC = "bip122:000000000019d6689c085ae165831e93"


def test_the_fixture_holds_every_published_vector() -> None:
    """Counts as published: BIP-173 7+12 strings, 6+10 segwit; BIP-350 7+14 strings, 8+15 segwit (3 shared)."""
    counts = {key: len(value) for key, value in VECTORS.items() if isinstance(value, list)}
    assert counts == {
        "bech32_valid": 7,
        "bech32_invalid": 12,
        "bech32m_valid": 7,
        "bech32m_invalid": 14,
        "segwit_valid": 8,
        "segwit_invalid": 25,
        "bip173_segwit_v1plus_superseded": 3,
    }
    assert VECTORS["source"]["repo"] == "bitcoin/bips"


@pytest.mark.parametrize("encoding", ["bech32", "bech32m"])
def test_valid_strings(encoding: str) -> None:
    for text in VECTORS[f"{encoding}_valid"]:
        decoded = decode(text)
        assert decoded is not None and decoded[2] == encoding, text
        assert decoded[0] == text[: text.lower().rfind("1")].lower()
        # A string is valid in one encoding only: flipping one data character breaks the checksum in both.
        replacement = "q" if text[-1].lower() != "q" else "p"
        assert decode(text[:-1] + (replacement.upper() if text.isupper() else replacement)) is None


@pytest.mark.parametrize("encoding", ["bech32", "bech32m"])
def test_invalid_strings(encoding: str) -> None:
    for case in VECTORS[f"{encoding}_invalid"]:
        decoded = decode(case["string"])
        # A few invalid vectors of one encoding are well-formed strings of the other; never of their own.
        assert decoded is None or decoded[2] != encoding, f"{case['string']!r}: {case['reason']}"


def test_invalid_string_reasons_are_caught_whatever_the_encoding() -> None:
    """Every invalid *string* vector fails for its stated reason, which no checksum constant can fix."""
    for case in VECTORS["bech32_invalid"] + VECTORS["bech32m_invalid"]:
        assert decode(case["string"]) is None, f"{case['string']!r}: {case['reason']}"


def test_valid_segwit_addresses_decode_to_their_script() -> None:
    for case in VECTORS["segwit_valid"]:
        address = case["address"]
        hrp = address[:2].lower()
        decoded = decode_segwit(address, hrp)
        assert decoded is not None, address
        _, version, program = decoded
        assert script_pubkey(version, program).hex() == case["script_pubkey"]
        assert encode_segwit(hrp, version, program) == address.lower()  # and back


def test_invalid_segwit_addresses_are_refused_for_every_network() -> None:
    for case in VECTORS["segwit_invalid"]:
        for hrp in ("bc", "tb"):
            assert decode_segwit(case["address"], hrp) is None, f"{case['address']}: {case['reason']}"
        if case["reason"] != "Invalid human-readable part":  # any HRP is allowed when none is asked for
            assert decode_segwit(case["address"]) is None, f"{case['address']}: {case['reason']}"


def test_bip173_v1plus_examples_are_invalid_since_bip350() -> None:
    """BIP-173 encoded every witness version in Bech32; BIP-350 requires Bech32m from version 1 on."""
    for case in VECTORS["bip173_segwit_v1plus_superseded"]:
        assert decode(case["address"]) is not None  # still a well-formed Bech32 string
        assert decode_segwit(case["address"]) is None


def test_bitcoin_address_check_uses_the_segwit_rules() -> None:
    mainnet_valid = [c["address"] for c in VECTORS["segwit_valid"] if c["address"].lower().startswith("bc1")]
    assert mainnet_valid and all(address_problem(BTC, a) is None for a in mainnet_valid)
    for case in VECTORS["segwit_invalid"]:
        if case["address"].lower().startswith("bc1"):
            assert address_problem(BTC, case["address"]) is not None, case["reason"]


def test_encode_refuses_what_decode_refuses() -> None:
    with pytest.raises(ValueError, match="segwit"):
        encode_segwit("bc", 0, bytes(21))  # v0 programs are 20 or 32 bytes
    with pytest.raises(ValueError, match="segwit"):
        encode_segwit("bc", 1, bytes(41))


# --- Keccak-256 ----------------------------------------------------------------------------------------------------
def _reference(data: bytes) -> bytes:
    digest = reference_keccak.new(digest_bits=256)
    digest.update(data)
    return digest.digest()


def test_keccak_matches_pycryptodome_on_every_length_around_the_rate() -> None:
    """Lengths 0..400 cover empty input, one byte short of a block (the 0x81 padding), exact blocks (136, 272)."""
    rng = random.Random(256)
    for length in range(401):
        data = rng.randbytes(length)
        assert keccak256(data) == _reference(data), length


def test_keccak_matches_pycryptodome_on_random_and_structured_inputs() -> None:
    rng = random.Random(55)
    inputs = [rng.randbytes(rng.randrange(1, 5000)) for _ in range(60)]
    inputs += [bytes([b]) * n for b in (0, 0x01, 0x80, 0xFF) for n in (135, 136, 137, 1000)]
    inputs += [f"0x{rng.getrandbits(160):040x}".encode() for _ in range(50)]  # EIP-55 hashes addresses like these
    for data in inputs:
        assert keccak256(data) == _reference(data), data[:16]
