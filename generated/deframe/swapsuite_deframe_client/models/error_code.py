from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    AMOUNT_IN_TOO_HIGH = "AMOUNT_IN_TOO_HIGH"
    AMOUNT_IN_TOO_LOW = "AMOUNT_IN_TOO_LOW"
    BYTECODE_GENERATION_FAILED = "BYTECODE_GENERATION_FAILED"
    INSUFFICIENT_AMOUNT_FOR_REFUND = "INSUFFICIENT_AMOUNT_FOR_REFUND"
    INVALID_AMOUNT_PARAMS = "INVALID_AMOUNT_PARAMS"
    INVALID_PREFERRED_PROVIDER = "INVALID_PREFERRED_PROVIDER"
    INVALID_SLIPPAGE = "INVALID_SLIPPAGE"
    MISSING_AMOUNT_PARAMS = "MISSING_AMOUNT_PARAMS"
    NO_ROUTE_FOUND = "NO_ROUTE_FOUND"
    PREFERRED_PROVIDER_NOT_ELIGIBLE = "PREFERRED_PROVIDER_NOT_ELIGIBLE"
    PREFERRED_PROVIDER_QUOTE_UNAVAILABLE = "PREFERRED_PROVIDER_QUOTE_UNAVAILABLE"
    PROVIDER_NOT_FOUND = "PROVIDER_NOT_FOUND"
    QUOTE_EXPIRED = "QUOTE_EXPIRED"
    QUOTE_GENERATION_FAILED = "QUOTE_GENERATION_FAILED"
    QUOTE_NOT_FOUND = "QUOTE_NOT_FOUND"
    QUOTE_VALIDATION_ERROR = "QUOTE_VALIDATION_ERROR"
    SWAP_EXECUTION_FAILED = "SWAP_EXECUTION_FAILED"
    TRANSFER_VALIDATION_FAILED = "TRANSFER_VALIDATION_FAILED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ErrorCode | None":
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
