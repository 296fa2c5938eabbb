// The official 1Click TypeScript SDK (@defuse-protocol/one-click-sdk-typescript) against the 1Click sandbox: every
// service method it exposes, each answer checked against the type the SDK declares for it, and every quote's
// signature checked with the SDK's own verifier under the sandbox's public key.
import { generateKeyPairSync, sign } from "node:crypto";
import {
  AccountService,
  ApiError,
  OneClickService,
  OpenAPI,
  UserAuthService,
  verifyQuoteSignature,
} from "@defuse-protocol/one-click-sdk-typescript";
import { base58 } from "@scure/base";
import { call, control, expect } from "./lib.mjs";

const SDK = "1click";
const EVM = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D";
const INTENT_AMOUNT = "20000000"; // swap B, funded from swap A's delivery
const PRODUCTION_KEY = "ed25519:reYaWhvwu8Jzo3WUM3zhn6VrhuMEF4eADL17qtRVifc"; // the SDK's default key

/** An Ed25519 signer: the NEAR implicit account (hex of the key) and MultiPayload raw_ed25519 signatures. */
function newSigner() {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x, "base64url");
  return {
    account: raw.toString("hex"),
    publicKey: `ed25519:${base58.encode(raw)}`,
    rawEd25519(payload) {
      const signature = sign(null, Buffer.from(payload, "utf8"), privateKey);
      return {
        standard: "raw_ed25519",
        payload,
        public_key: this.publicKey,
        signature: `ed25519:${base58.encode(signature)}`,
      };
    },
  };
}

function quoteRequest(overrides) {
  return {
    dry: true,
    swapType: "EXACT_INPUT",
    slippageTolerance: 100,
    depositType: "ORIGIN_CHAIN",
    refundTo: EVM,
    refundType: "ORIGIN_CHAIN",
    recipient: EVM,
    recipientType: "DESTINATION_CHAIN",
    deadline: new Date(Date.now() + 3600_000).toISOString(),
    ...overrides,
  };
}

/** Signature checks a quote must pass: valid under the sandbox key, invalid under another key or once altered. */
function verifySigned(response, sandboxKey, label) {
  expect(verifyQuoteSignature(response, sandboxKey), `${label}: verifyQuoteSignature is false under the sandbox key`);
  expect(!verifyQuoteSignature(response, PRODUCTION_KEY), `${label}: verifies under the production key too`);
  const altered = { ...response, quote: { ...response.quote, amountOut: `${response.quote.amountOut}1` } };
  expect(!verifyQuoteSignature(altered, sandboxKey), `${label}: still verifies with amountOut altered`);
}

function asset(tokens, symbol, blockchain) {
  const token = tokens?.find((t) => t.symbol === symbol && t.blockchain === blockchain);
  expect(token, `no ${symbol} on ${blockchain} in getTokens`);
  return token.assetId;
}

export async function runOneClick({ baseUrl, apiKey, publicKey }) {
  OpenAPI.BASE = baseUrl;
  OpenAPI.TOKEN = apiKey;
  const signer = newSigner();

  const tokens = await call(SDK, "OneClickService.getTokens", async (shape) => {
    const list = await OneClickService.getTokens();
    shape.declared("TokenResponse[]", list, "getTokens");
    return Object.assign(list, { note: `${list.length} tokens` });
  });
  const arbUsdc = () => asset(tokens, "USDC", "arb");
  const baseUsdc = () => asset(tokens, "USDC", "base");

  await call(SDK, "OneClickService.getQuote (dry, signature)", async (shape) => {
    const response = await OneClickService.getQuote(quoteRequest({ originAsset: arbUsdc(), destinationAsset: baseUsdc(), amount: "50000000" }));
    shape.declared("QuoteResponse", response, "getQuote dry");
    verifySigned(response, publicKey, "dry quote");
    return { note: `amountOut ${response.quote.amountOut}; signature verified (sandbox key)` };
  });

  await call(SDK, "OneClickService.getQuote (wrong key → ApiError)", async (shape) => {
    OpenAPI.TOKEN = "wrong-key";
    try {
      await OneClickService.getQuote(quoteRequest({ originAsset: arbUsdc(), destinationAsset: baseUsdc(), amount: "50000000" }));
    } catch (error) {
      expect(error instanceof ApiError && error.status === 401, `expected ApiError 401, got ${error}`);
      shape.declared("BadRequestResponse", error.body, "401 body"); // 1Click's {message} envelope
      return { note: `ApiError 401: ${error.body.message}` };
    } finally {
      OpenAPI.TOKEN = apiKey;
    }
    throw new Error("a wrong key was accepted");
  });

  // Swap A: a firm deposit on Arbitrum delivering USDC (Base) into the signer's NEAR Intents account.
  const firm = await call(SDK, "OneClickService.getQuote (firm, signature)", async (shape) => {
    const response = await OneClickService.getQuote(
      quoteRequest({ dry: false, originAsset: arbUsdc(), destinationAsset: baseUsdc(), amount: "50000000", recipient: signer.account, recipientType: "INTENTS" }),
    );
    shape.declared("QuoteResponse", response, "getQuote firm");
    expect(response.quote.depositAddress, "a firm quote has no depositAddress");
    verifySigned(response, publicKey, "firm quote");
    return { address: response.quote.depositAddress, amountOut: response.quote.amountOut, note: `depositAddress ${response.quote.depositAddress}` };
  });

  await call(SDK, "OneClickService.submitDepositTx", async (shape) => {
    expect(firm, "no firm quote to submit a deposit for");
    const txHash = `0x${"ab".repeat(32)}`;
    const response = await OneClickService.submitDepositTx({ txHash, depositAddress: firm.address });
    shape.declared("SubmitDepositTxResponse", response, "submitDepositTx");
    verifySigned(response.quoteResponse, publicKey, "submitDepositTx quoteResponse");
    return { note: `status ${response.status}` };
  });

  await call(SDK, "OneClickService.getExecutionStatus", async (shape) => {
    expect(firm, "no firm quote to look up");
    await control(baseUrl, "clock/advance", { seconds: 3600 }); // let swap A settle
    const response = await OneClickService.getExecutionStatus(firm.address);
    shape.declared("GetExecutionStatusResponse", response, "getExecutionStatus");
    verifySigned(response.quoteResponse, publicKey, "status quoteResponse");
    expect(response.status === "SUCCESS", `swap A is ${response.status}, expected SUCCESS an hour later`);
    return { note: `status ${response.status}; echoed quote verified` };
  });

  await call(SDK, "OneClickService.getAnyInputQuoteWithdrawals", async (shape) => {
    const quote = await OneClickService.getQuote(
      quoteRequest({ dry: false, swapType: "ANY_INPUT", originAsset: "1cs_v1:any", depositType: "INTENTS", refundTo: signer.account, refundType: "INTENTS", destinationAsset: baseUsdc(), amount: "0" }),
    );
    shape.declared("QuoteResponse", quote, "ANY_INPUT quote");
    verifySigned(quote, publicKey, "ANY_INPUT quote");
    const response = await OneClickService.getAnyInputQuoteWithdrawals(quote.quote.depositAddress, undefined, undefined, 1, 50, "desc");
    shape.declared("GetAnyInputQuoteWithdrawals", response, "getAnyInputQuoteWithdrawals");
    return { note: `${response.withdrawals.length} withdrawals` };
  });

  const session = await call(SDK, "UserAuthService.authenticate", async (shape) => {
    const message = JSON.stringify({ signer_id: signer.account, deadline: new Date(Date.now() + 600_000).toISOString(), intents: [] });
    const response = await UserAuthService.authenticate({ signedData: signer.rawEd25519(message) });
    shape.declared("AuthenticateResponseDto", response, "authenticate");
    return { ...response, note: `expiresIn ${response.expiresIn}` };
  });

  const access = await call(SDK, "UserAuthService.refresh", async (shape) => {
    expect(session, "no session to refresh");
    const response = await UserAuthService.refresh({ refreshToken: session.refreshToken });
    shape.declared("RefreshResponseDto", response, "refresh");
    return { token: response.accessToken, note: `expiresIn ${response.expiresIn}` };
  });

  // Swap B: funded from the Intents balance swap A delivered, through generate-intent / submit-intent.
  const intent = await call(SDK, "OneClickService.generateIntent", async (shape) => {
    const quote = await OneClickService.getQuote(
      quoteRequest({ dry: false, originAsset: baseUsdc(), depositType: "INTENTS", refundTo: signer.account, refundType: "INTENTS", destinationAsset: arbUsdc(), amount: INTENT_AMOUNT }),
    );
    shape.declared("QuoteResponse", quote, "INTENTS quote");
    verifySigned(quote, publicKey, "INTENTS quote");
    const address = quote.quote.depositAddress;
    const response = await OneClickService.generateIntent({ type: "swap_transfer", standard: "raw_ed25519", signerId: signer.account, depositAddress: address });
    shape.declared("GenerateIntentResponse", response, "generateIntent");
    expect(response.intent.standard === "raw_ed25519", `intent standard ${response.intent.standard}`);
    return { address, payload: response.intent.payload, note: `raw_ed25519 intent for ${address}` };
  });

  await call(SDK, "OneClickService.submitIntent", async (shape) => {
    expect(intent, "no generated intent to submit");
    const response = await OneClickService.submitIntent({ type: "swap_transfer", signedData: signer.rawEd25519(intent.payload) });
    shape.declared("SubmitIntentResponse", response, "submitIntent");
    const status = await OneClickService.getExecutionStatus(intent.address);
    expect(status.status !== "PENDING_DEPOSIT", "the swap is still waiting for its deposit after submitIntent");
    return { note: `intentHash ${response.intentHash}; swap ${status.status}` };
  });

  const token = access?.token ?? session?.accessToken;
  await call(SDK, "AccountService.getHistory", async (shape) => {
    expect(token, "no user session");
    OpenAPI.TOKEN = token;
    try {
      const response = await AccountService.getHistory(undefined, undefined, undefined, 20);
      shape.declared("HistoryResponse", response, "getHistory");
      const addresses = response.items.map((item) => item.depositAddress);
      for (const swap of [firm, intent].filter(Boolean)) {
        expect(addresses.includes(swap.address), `history lacks the signer's swap ${swap.address}`);
      }
      return { note: `${response.items.length} items` };
    } finally {
      OpenAPI.TOKEN = apiKey;
    }
  });

  await call(SDK, "AccountService.getHistory (filters, cursors)", async (shape) => {
    expect(token && firm, "no user session or no swap A");
    OpenAPI.TOKEN = token;
    try {
      // The SDK repeats array parameters (status=A&status=B); depositType/recipientType are index-aligned.
      const settled = await AccountService.getHistory(undefined, undefined, ["SUCCESS", "REFUNDED"], 20, undefined, undefined, undefined, ["ORIGIN_CHAIN"], ["INTENTS"]);
      shape.declared("HistoryResponse", settled, "getHistory filtered");
      expect(settled.items.length === 1 && settled.items[0].depositAddress === firm.address, `filters should leave swap A only, got ${settled.items.map((i) => i.depositAddress)}`);
      const first = await AccountService.getHistory(undefined, undefined, undefined, 1);
      shape.declared("HistoryResponse", first, "getHistory page 1");
      expect(first.items.length === 1 && first.prevCursor, "a one-item page without prevCursor");
      const older = await AccountService.getHistory(first.prevCursor, undefined, undefined, 1);
      shape.declared("HistoryResponse", older, "getHistory page 2");
      expect(older.items.length === 1 && older.items[0].depositAddress !== first.items[0].depositAddress, "prevCursor did not move to an older item");
      return { note: "status/depositType/recipientType filters; prevCursor paging" };
    } finally {
      OpenAPI.TOKEN = apiKey;
    }
  });

  await call(SDK, "AccountService.getBalances", async (shape) => {
    expect(token, "no user session");
    OpenAPI.TOKEN = token;
    try {
      const response = await AccountService.getBalances();
      shape.declared("GetBalancesResponse", response, "getBalances");
      const usdc = response.balances.find((b) => b.tokenId === baseUsdc());
      expect(usdc, `no ${baseUsdc()} balance after swap A delivered into Intents`);
      const expected = BigInt(firm?.amountOut ?? 0) - BigInt(INTENT_AMOUNT);
      expect(BigInt(usdc.available) === expected, `available ${usdc.available}, expected swap A's amountOut minus swap B's ${INTENT_AMOUNT} = ${expected}`);
      const one = await AccountService.getBalances([baseUsdc()]);
      shape.declared("GetBalancesResponse", one, "getBalances(tokenIds)");
      expect(one.balances.length === 1 && one.balances[0].available === usdc.available, `tokenIds filter: ${JSON.stringify(one)}`);
      return { note: `${usdc.tokenId} available ${usdc.available} (swap A in, swap B out)` };
    } finally {
      OpenAPI.TOKEN = apiKey;
    }
  });
}
