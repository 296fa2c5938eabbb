// The response types the checks hold the sandboxes to, exactly as the pinned SDKs declare them (lib.mjs turns
// each into a JSON Schema). Only names re-exported here can be checked.
export type {
  AuthenticateResponseDto,
  BadRequestResponse,
  GenerateIntentResponse,
  GetAnyInputQuoteWithdrawals,
  GetBalancesResponse,
  GetExecutionStatusResponse,
  HistoryResponse,
  QuoteResponse,
  RefreshResponseDto,
  SubmitDepositTxResponse,
  SubmitIntentResponse,
  TokenResponse,
} from "@defuse-protocol/one-click-sdk-typescript";
export type { AcrossChain, IndexerStatusResponse, SwapApiToken, SwapChain } from "@across-protocol/app-sdk";
