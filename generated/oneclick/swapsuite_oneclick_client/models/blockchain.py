from enum import StrEnum
from typing import Any


class Blockchain(StrEnum):
    ADI = "adi"
    ALEO = "aleo"
    APTOS = "aptos"
    ARB = "arb"
    AVAX = "avax"
    BASE = "base"
    BCH = "bch"
    BERA = "bera"
    BSC = "bsc"
    BTC = "btc"
    CARDANO = "cardano"
    DASH = "dash"
    DOGE = "doge"
    ETH = "eth"
    FOGO = "fogo"
    GNOSIS = "gnosis"
    HLEVM = "hlevm"
    HOOD = "hood"
    HYPERCORE = "hypercore"
    LTC = "ltc"
    MONAD = "monad"
    MOVEMENT = "movement"
    NEAR = "near"
    OP = "op"
    PLASMA = "plasma"
    POL = "pol"
    SCROLL = "scroll"
    SOL = "sol"
    STARKNET = "starknet"
    STELLAR = "stellar"
    SUI = "sui"
    TON = "ton"
    TRON = "tron"
    XLAYER = "xlayer"
    XRP = "xrp"
    ZEC = "zec"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "Blockchain | None":
        # Upstream enums grow. A value this client has never seen becomes a pseudo-member that keeps the raw
        # string (`.value`), so the whole response still parses and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False when the server sent a value that is not in the spec this client was generated from."""
        return self._value_ in type(self)._value2member_map_
