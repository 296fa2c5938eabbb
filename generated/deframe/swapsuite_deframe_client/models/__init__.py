"""Contains all the data models used in inputs/outputs"""

from .bytecode_output import BytecodeOutput
from .bytecode_request import BytecodeRequest
from .chain_name import ChainName
from .error_code import ErrorCode
from .error_envelope import ErrorEnvelope
from .error_envelope_error import ErrorEnvelopeError
from .error_envelope_error_details_type_0 import ErrorEnvelopeErrorDetailsType0
from .error_envelope_error_details_type_0_errors_item import ErrorEnvelopeErrorDetailsType0ErrorsItem
from .evm_bytecode_response import EvmBytecodeResponse
from .evm_transaction import EvmTransaction
from .fee_breakdown import FeeBreakdown
from .fee_breakdown_line import FeeBreakdownLine
from .fee_breakdown_line_asset import FeeBreakdownLineAsset
from .fee_breakdown_line_kind import FeeBreakdownLineKind
from .fee_breakdown_reference import FeeBreakdownReference
from .fee_breakdown_reference_source import FeeBreakdownReferenceSource
from .fee_breakdown_summary import FeeBreakdownSummary
from .fiat_offramp_bytecode_response import FiatOfframpBytecodeResponse
from .fiat_offramp_bytecode_response_transaction import FiatOfframpBytecodeResponseTransaction
from .flat_error_response import FlatErrorResponse
from .flat_error_response_details_type_0 import FlatErrorResponseDetailsType0
from .payment_instructions import PaymentInstructions
from .payment_instructions_amount import PaymentInstructionsAmount
from .payment_instructions_pix import PaymentInstructionsPix
from .quote_response import QuoteResponse
from .quote_token import QuoteToken
from .quote_token_out import QuoteTokenOut
from .solana_bytecode_response import SolanaBytecodeResponse
from .solana_bytecode_response_raw_swap_data import SolanaBytecodeResponseRawSwapData
from .solana_bytecode_response_transaction_data import SolanaBytecodeResponseTransactionData
from .solana_bytecode_response_type import SolanaBytecodeResponseType
from .swap_provider_name import SwapProviderName
from .swap_quote import SwapQuote
from .swap_status import SwapStatus
from .swap_status_response import SwapStatusResponse
from .transfer_speed import TransferSpeed

__all__ = (
    "BytecodeOutput",
    "BytecodeRequest",
    "ChainName",
    "ErrorCode",
    "ErrorEnvelope",
    "ErrorEnvelopeError",
    "ErrorEnvelopeErrorDetailsType0",
    "ErrorEnvelopeErrorDetailsType0ErrorsItem",
    "EvmBytecodeResponse",
    "EvmTransaction",
    "FeeBreakdown",
    "FeeBreakdownLine",
    "FeeBreakdownLineAsset",
    "FeeBreakdownLineKind",
    "FeeBreakdownReference",
    "FeeBreakdownReferenceSource",
    "FeeBreakdownSummary",
    "FiatOfframpBytecodeResponse",
    "FiatOfframpBytecodeResponseTransaction",
    "FlatErrorResponse",
    "FlatErrorResponseDetailsType0",
    "PaymentInstructions",
    "PaymentInstructionsAmount",
    "PaymentInstructionsPix",
    "QuoteResponse",
    "QuoteToken",
    "QuoteTokenOut",
    "SolanaBytecodeResponse",
    "SolanaBytecodeResponseRawSwapData",
    "SolanaBytecodeResponseTransactionData",
    "SolanaBytecodeResponseType",
    "SwapProviderName",
    "SwapQuote",
    "SwapStatus",
    "SwapStatusResponse",
    "TransferSpeed",
)
