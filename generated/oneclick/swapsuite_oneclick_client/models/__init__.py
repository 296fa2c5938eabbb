"""Contains all the data models used in inputs/outputs"""

from .any_input_quote_withdrawal import AnyInputQuoteWithdrawal
from .any_input_quote_withdrawal_status import AnyInputQuoteWithdrawalStatus
from .app_fee import AppFee
from .attestation_request import AttestationRequest
from .attestation_response import AttestationResponse
from .authenticate_request import AuthenticateRequest
from .authenticate_response import AuthenticateResponse
from .bad_request_response import BadRequestResponse
from .balance_entry import BalanceEntry
from .balance_entry_source import BalanceEntrySource
from .blockchain import Blockchain
from .chain_deposit_address import ChainDepositAddress
from .confidentiality_level import ConfidentialityLevel
from .deposit_mode import DepositMode
from .generate_intent_response import GenerateIntentResponse
from .generate_swap_transfer_intent_request import GenerateSwapTransferIntentRequest
from .generate_swap_transfer_intent_request_type import GenerateSwapTransferIntentRequestType
from .get_any_input_quote_withdrawals import GetAnyInputQuoteWithdrawals
from .get_any_input_quote_withdrawals_sort_order import GetAnyInputQuoteWithdrawalsSortOrder
from .get_balances_response import GetBalancesResponse
from .get_execution_status_response import GetExecutionStatusResponse
from .get_history_deposit_type_item import GetHistoryDepositTypeItem
from .get_history_recipient_type_item import GetHistoryRecipientTypeItem
from .get_history_refund_type_item import GetHistoryRefundTypeItem
from .get_history_status_item import GetHistoryStatusItem
from .history_item import HistoryItem
from .history_item_deposit_type import HistoryItemDepositType
from .history_item_recipient_type import HistoryItemRecipientType
from .history_item_refund_type import HistoryItemRefundType
from .history_item_status import HistoryItemStatus
from .history_response import HistoryResponse
from .history_transaction import HistoryTransaction
from .intent_standard import IntentStandard
from .multi_payload import MultiPayload
from .multi_payload_narrowed import MultiPayloadNarrowed
from .quote import Quote
from .quote_request import QuoteRequest
from .quote_request_deposit_type import QuoteRequestDepositType
from .quote_request_recipient_type import QuoteRequestRecipientType
from .quote_request_refund_type import QuoteRequestRefundType
from .quote_request_swap_type import QuoteRequestSwapType
from .quote_response import QuoteResponse
from .rebate import Rebate
from .refresh_request import RefreshRequest
from .refresh_response import RefreshResponse
from .submit_deposit_tx_request import SubmitDepositTxRequest
from .submit_deposit_tx_response import SubmitDepositTxResponse
from .submit_intent_response import SubmitIntentResponse
from .submit_swap_transfer_intent_request import SubmitSwapTransferIntentRequest
from .submit_swap_transfer_intent_request_type import SubmitSwapTransferIntentRequestType
from .swap_details import SwapDetails
from .swap_status import SwapStatus
from .token_response import TokenResponse
from .transaction_details import TransactionDetails

__all__ = (
    "AnyInputQuoteWithdrawal",
    "AnyInputQuoteWithdrawalStatus",
    "AppFee",
    "AttestationRequest",
    "AttestationResponse",
    "AuthenticateRequest",
    "AuthenticateResponse",
    "BadRequestResponse",
    "BalanceEntry",
    "BalanceEntrySource",
    "Blockchain",
    "ChainDepositAddress",
    "ConfidentialityLevel",
    "DepositMode",
    "GenerateIntentResponse",
    "GenerateSwapTransferIntentRequest",
    "GenerateSwapTransferIntentRequestType",
    "GetAnyInputQuoteWithdrawals",
    "GetAnyInputQuoteWithdrawalsSortOrder",
    "GetBalancesResponse",
    "GetExecutionStatusResponse",
    "GetHistoryDepositTypeItem",
    "GetHistoryRecipientTypeItem",
    "GetHistoryRefundTypeItem",
    "GetHistoryStatusItem",
    "HistoryItem",
    "HistoryItemDepositType",
    "HistoryItemRecipientType",
    "HistoryItemRefundType",
    "HistoryItemStatus",
    "HistoryResponse",
    "HistoryTransaction",
    "IntentStandard",
    "MultiPayload",
    "MultiPayloadNarrowed",
    "Quote",
    "QuoteRequest",
    "QuoteRequestDepositType",
    "QuoteRequestRecipientType",
    "QuoteRequestRefundType",
    "QuoteRequestSwapType",
    "QuoteResponse",
    "Rebate",
    "RefreshRequest",
    "RefreshResponse",
    "SubmitDepositTxRequest",
    "SubmitDepositTxResponse",
    "SubmitIntentResponse",
    "SubmitSwapTransferIntentRequest",
    "SubmitSwapTransferIntentRequestType",
    "SwapDetails",
    "SwapStatus",
    "TokenResponse",
    "TransactionDetails",
)
