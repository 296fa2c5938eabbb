// Where an SDK's declared type is stricter than what the real API sends, with the evidence that the API sends it.
// A mismatch listed here is reported as a note, not a failure: the sandbox is right to send what the provider sends.
// Each entry: the declared types, a JSON pointer pattern (array items as [*]), which values are allowed there
// (`undefined` = the field is absent), and why. Anything not listed that breaks a declared type or zod schema fails.
const isNull = (value) => value === null;
const STATUS_TYPES = ["GetExecutionStatusResponse", "SubmitDepositTxResponse"];
// A live 1Click /v0/status pair from 2026-06-18 (PROCESSING, then SUCCESS) published in a public repository (found
// with the library's find_string '"amountInFormatted": null'), and the shared NOTES.md for 1Click.
const LIVE_STATUS = "live /v0/status answers of 2026-06 and shared/upstream/oneclick/NOTES.md";

export const KNOWN_GAPS = [
  {
    types: ["IndexerStatusResponse"],
    path: /^\/actionsSucceeded$/,
    accepts: isNull,
    why:
      "the indexer sends null for deposits without actions (conformance/evidence/across/deposits-docs.json, " +
      "deposit-status-indexer-gasless-*.json); the SDK reads it only for deposits with a message",
  },
  {
    types: STATUS_TYPES,
    path: /^\/quoteResponse\/correlationId$/,
    accepts: (value) => value === undefined,
    why: `the quote echoed by status has no correlationId (conformance/evidence/oneclick/status-cow-sdk-success*.json, ${LIVE_STATUS})`,
  },
  {
    types: STATUS_TYPES,
    path: /^\/quoteResponse\/quoteRequest\/(virtualChainRecipient|virtualChainRefundRecipient|referral)$/,
    accepts: isNull,
    why: `the echoed request carries explicit nulls (${LIVE_STATUS})`,
  },
  {
    types: STATUS_TYPES,
    path: /^\/swapDetails\/(amountIn|amountInFormatted|amountInUsd|amountOut|amountOutFormatted|amountOutUsd|slippage|refundReason)$/,
    accepts: isNull,
    why: `fields not known yet are null while the swap runs (${LIVE_STATUS})`,
  },
  {
    types: ["TokenResponse"],
    path: /^\[\*\]\/blockchain$/,
    accepts: (value) => value === "fogo",
    why: "the newest 1Click docs list fogo tokens; SDK 0.1.25's enum predates it (specs/oneclick/openapi.yaml, Blockchain)",
  },
  {
    types: ["GetAnyInputQuoteWithdrawals"],
    path: /^\/withdrawals$/,
    accepts: Array.isArray,
    why:
      "the SDK declares one object, the 1Click docs page sends an array " +
      "(conformance/evidence/oneclick/any-input-withdrawals-docs-fee-config.json)",
  },
];
