from enum import StrEnum
from typing import Any


class GetHistoryStatusItem(StrEnum):
    FAILED = "FAILED"
    INCOMPLETE_DEPOSIT = "INCOMPLETE_DEPOSIT"
    PENDING_DEPOSIT = "PENDING_DEPOSIT"
    PROCESSING = "PROCESSING"
    REFUNDED = "REFUNDED"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetHistoryStatusItem | None":
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
