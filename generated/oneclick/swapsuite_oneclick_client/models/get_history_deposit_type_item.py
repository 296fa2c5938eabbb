from enum import StrEnum
from typing import Any


class GetHistoryDepositTypeItem(StrEnum):
    CONFIDENTIAL_INTENTS = "CONFIDENTIAL_INTENTS"
    INTENTS = "INTENTS"
    NULL = "null"
    ORIGIN_CHAIN = "ORIGIN_CHAIN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetHistoryDepositTypeItem | None":
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
