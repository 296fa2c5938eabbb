from enum import StrEnum
from typing import Any


class AcrossErrorCode(StrEnum):
    ABI_ENCODING_ERROR = "ABI_ENCODING_ERROR"
    AMOUNT_TOO_HIGH = "AMOUNT_TOO_HIGH"
    AMOUNT_TOO_LOW = "AMOUNT_TOO_LOW"
    HYPERCORE_ACCOUNT_NOT_INITIALIZED = "HYPERCORE_ACCOUNT_NOT_INITIALIZED"
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
    INVALID_METHOD = "INVALID_METHOD"
    INVALID_PARAM = "INVALID_PARAM"
    INVALID_REQUEST = "INVALID_REQUEST"
    MAX_BPS_TO_SPONSOR_TOO_HIGH = "MAX_BPS_TO_SPONSOR_TOO_HIGH"
    MISSING_PARAM = "MISSING_PARAM"
    ROUTE_NOT_ENABLED = "ROUTE_NOT_ENABLED"
    SIMULATION_ERROR = "SIMULATION_ERROR"
    SPONSORED_DONATION_BOX_FUNDS_INSUFFICIENT = "SPONSORED_DONATION_BOX_FUNDS_INSUFFICIENT"
    SPONSORED_SWAP_SLIPPAGE_TOO_HIGH = "SPONSORED_SWAP_SLIPPAGE_TOO_HIGH"
    SWAP_LIQUIDITY_INSUFFICIENT = "SWAP_LIQUIDITY_INSUFFICIENT"
    SWAP_QUOTE_UNAVAILABLE = "SWAP_QUOTE_UNAVAILABLE"
    SWAP_SLIPPAGE_INSUFFICIENT = "SWAP_SLIPPAGE_INSUFFICIENT"
    SWAP_TYPE_NOT_GUARANTEED = "SWAP_TYPE_NOT_GUARANTEED"
    UNEXPECTED_ERROR = "UNEXPECTED_ERROR"
    UPSTREAM_GATEWAY_TIMEOUT = "UPSTREAM_GATEWAY_TIMEOUT"
    UPSTREAM_HTTP_ERROR = "UPSTREAM_HTTP_ERROR"
    UPSTREAM_RPC_ERROR = "UPSTREAM_RPC_ERROR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AcrossErrorCode | None":
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
