"""Contains all the data models used in inputs/outputs"""

from .across_api_error import AcrossApiError
from .across_api_error_type import AcrossApiErrorType
from .across_chain import AcrossChain
from .across_error_code import AcrossErrorCode
from .action import Action
from .action_arg import ActionArg
from .allowance_check import AllowanceCheck
from .approval_txn import ApprovalTxn
from .available_route import AvailableRoute
from .balance_check import BalanceCheck
from .bridge_fee import BridgeFee
from .bridge_fee_details import BridgeFeeDetails
from .bridge_step import BridgeStep
from .chain_token_info import ChainTokenInfo
from .cross_swap_type import CrossSwapType
from .deposit import Deposit
from .deposit_pagination import DepositPagination
from .deposit_speedup import DepositSpeedup
from .deposit_status import DepositStatus
from .deposit_status_response import DepositStatusResponse
from .deposit_type import DepositType
from .eip_712_domain import Eip712Domain
from .eip_712_type_field import Eip712TypeField
from .eip_712_typed_data import Eip712TypedData
from .eip_712_typed_data_types import Eip712TypedDataTypes
from .eip_712_typed_data_value import Eip712TypedDataValue
from .fee_component import FeeComponent
from .fee_details_type import FeeDetailsType
from .gas_fee_details import GasFeeDetails
from .indexer_error import IndexerError
from .indexer_error_data import IndexerErrorData
from .relay_status import RelayStatus
from .relay_status_filter import RelayStatusFilter
from .relayer_fee_details import RelayerFeeDetails
from .routing_preference import RoutingPreference
from .simulation_transaction import SimulationTransaction
from .suggested_fee_component import SuggestedFeeComponent
from .suggested_fees import SuggestedFees
from .swap_approval_request import SwapApprovalRequest
from .swap_approval_response import SwapApprovalResponse
from .swap_chain import SwapChain
from .swap_checks import SwapChecks
from .swap_fees import SwapFees
from .swap_provider import SwapProvider
from .swap_step import SwapStep
from .swap_steps import SwapSteps
from .swap_token import SwapToken
from .swap_tx import SwapTx
from .swap_tx_ecosystem import SwapTxEcosystem
from .token import Token
from .total_fee import TotalFee
from .total_fee_details import TotalFeeDetails
from .trade_type import TradeType
from .transfer_limits import TransferLimits

__all__ = (
    "AcrossApiError",
    "AcrossApiErrorType",
    "AcrossChain",
    "AcrossErrorCode",
    "Action",
    "ActionArg",
    "AllowanceCheck",
    "ApprovalTxn",
    "AvailableRoute",
    "BalanceCheck",
    "BridgeFee",
    "BridgeFeeDetails",
    "BridgeStep",
    "ChainTokenInfo",
    "CrossSwapType",
    "Deposit",
    "DepositPagination",
    "DepositSpeedup",
    "DepositStatus",
    "DepositStatusResponse",
    "DepositType",
    "Eip712Domain",
    "Eip712TypedData",
    "Eip712TypedDataTypes",
    "Eip712TypedDataValue",
    "Eip712TypeField",
    "FeeComponent",
    "FeeDetailsType",
    "GasFeeDetails",
    "IndexerError",
    "IndexerErrorData",
    "RelayerFeeDetails",
    "RelayStatus",
    "RelayStatusFilter",
    "RoutingPreference",
    "SimulationTransaction",
    "SuggestedFeeComponent",
    "SuggestedFees",
    "SwapApprovalRequest",
    "SwapApprovalResponse",
    "SwapChain",
    "SwapChecks",
    "SwapFees",
    "SwapProvider",
    "SwapStep",
    "SwapSteps",
    "SwapToken",
    "SwapTx",
    "SwapTxEcosystem",
    "Token",
    "TotalFee",
    "TotalFeeDetails",
    "TradeType",
    "TransferLimits",
)
