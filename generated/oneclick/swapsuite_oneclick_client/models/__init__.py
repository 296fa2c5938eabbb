"""Contains all the data models used in inputs/outputs"""

from .any_input_quote_withdrawal import AnyInputQuoteWithdrawal
from .any_input_quote_withdrawal_status import AnyInputQuoteWithdrawalStatus
from .app_fee import AppFee
from .bad_request_response import BadRequestResponse
from .blockchain import Blockchain
from .chain_deposit_address import ChainDepositAddress
from .confidentiality_level import ConfidentialityLevel
from .deposit_mode import DepositMode
from .get_any_input_quote_withdrawals import GetAnyInputQuoteWithdrawals
from .get_any_input_quote_withdrawals_sort_order import GetAnyInputQuoteWithdrawalsSortOrder
from .get_execution_status_response import GetExecutionStatusResponse
from .quote import Quote
from .quote_request import QuoteRequest
from .quote_request_deposit_type import QuoteRequestDepositType
from .quote_request_recipient_type import QuoteRequestRecipientType
from .quote_request_refund_type import QuoteRequestRefundType
from .quote_request_swap_type import QuoteRequestSwapType
from .quote_response import QuoteResponse
from .rebate import Rebate
from .submit_deposit_tx_request import SubmitDepositTxRequest
from .submit_deposit_tx_response import SubmitDepositTxResponse
from .swap_details import SwapDetails
from .swap_status import SwapStatus
from .token_response import TokenResponse
from .transaction_details import TransactionDetails

__all__ = (
    "AnyInputQuoteWithdrawal",
    "AnyInputQuoteWithdrawalStatus",
    "AppFee",
    "BadRequestResponse",
    "Blockchain",
    "ChainDepositAddress",
    "ConfidentialityLevel",
    "DepositMode",
    "GetAnyInputQuoteWithdrawals",
    "GetAnyInputQuoteWithdrawalsSortOrder",
    "GetExecutionStatusResponse",
    "Quote",
    "QuoteRequest",
    "QuoteRequestDepositType",
    "QuoteRequestRecipientType",
    "QuoteRequestRefundType",
    "QuoteRequestSwapType",
    "QuoteResponse",
    "Rebate",
    "SubmitDepositTxRequest",
    "SubmitDepositTxResponse",
    "SwapDetails",
    "SwapStatus",
    "TokenResponse",
    "TransactionDetails",
)
