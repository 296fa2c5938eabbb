"""Contains all the data models used in inputs/outputs"""

from .approval_request import ApprovalRequest
from .approval_response import ApprovalResponse
from .approval_type import ApprovalType
from .cosign_signed_data import CosignSignedData
from .error_response import ErrorResponse
from .fee_item import FeeItem
from .fees import Fees
from .intent import Intent
from .intent_request import IntentRequest
from .intent_request_from import IntentRequestFrom
from .intent_request_to import IntentRequestTo
from .intent_status import IntentStatus
from .network import Network
from .pagination import Pagination
from .params_to_sign import ParamsToSign
from .quote import Quote
from .quote_from import QuoteFrom
from .quote_mid import QuoteMid
from .quote_request import QuoteRequest
from .quote_to import QuoteTo
from .swap import Swap
from .swap_from import SwapFrom
from .swap_refund import SwapRefund
from .swap_status import SwapStatus
from .swap_to import SwapTo
from .token import Token
from .token_list import TokenList
from .token_selector_by_address import TokenSelectorByAddress
from .token_selector_by_id import TokenSelectorById

__all__ = (
    "ApprovalRequest",
    "ApprovalResponse",
    "ApprovalType",
    "CosignSignedData",
    "ErrorResponse",
    "FeeItem",
    "Fees",
    "Intent",
    "IntentRequest",
    "IntentRequestFrom",
    "IntentRequestTo",
    "IntentStatus",
    "Network",
    "Pagination",
    "ParamsToSign",
    "Quote",
    "QuoteFrom",
    "QuoteMid",
    "QuoteRequest",
    "QuoteTo",
    "Swap",
    "SwapFrom",
    "SwapRefund",
    "SwapStatus",
    "SwapTo",
    "Token",
    "TokenList",
    "TokenSelectorByAddress",
    "TokenSelectorById",
)
