// The official Across app SDK (@across-protocol/app-sdk) against the Across sandbox: every method that reaches the
// Across API or indexer over REST. Raw answers go through the SDK's own zod schemas where it ships one
// (available-routes, suggested-fees, swap/approval) and through the types it declares everywhere else.
// Methods that need a chain (viem public/wallet client) run only as far as their REST part; see README.md.
import { createHash } from "node:crypto";
import { createAcrossClient } from "@across-protocol/app-sdk";
import { routeSchema } from "@across-protocol/app-sdk/dist/api/available-routes.js";
import { suggestedFeesResponseJsonSchema } from "@across-protocol/app-sdk/dist/api/suggested-fees.js";
import { swapApprovalResponseSchema } from "@across-protocol/app-sdk/dist/api/swap-approval.js";
import { arbitrum, base, mainnet, optimism, polygon } from "viem/chains";
import { call, control, expect, recordFetch } from "./lib.mjs";

const SDK = "across";
const DEPOSITOR = "0x2527D02599Ba641c19FEa793cD0F167589a0f10D";
const CHAINS = [mainnet, optimism, polygon, base, arbitrum];
const NO_RPC = "http://127.0.0.1:9"; // discard port: any RPC use fails loudly instead of reaching a real node

/** A stand-in viem PublicClient for the chain half of getFillByDepositTx: records what the SDK asks for. */
function stubChainClient() {
  const asked = [];
  return {
    asked,
    async getTransactionReceipt({ hash }) {
      asked.push(hash);
      const log = { address: DEPOSITOR, blockHash: hash, blockNumber: 1n, data: "0x", logIndex: 0, topics: [] };
      return { transactionHash: hash, blockNumber: 1n, logs: [log], status: "success" };
    },
    async getBlock() {
      return { timestamp: 1n };
    },
    async getLogs() {
      throw new Error("getLogs needs an RPC node: the SDK did not take the indexer's answer");
    },
  };
}

export async function runAcross({ baseUrl }) {
  const raw = recordFetch();
  const rpcUrls = Object.fromEntries(CHAINS.map((chain) => [chain.id, NO_RPC]));
  const client = createAcrossClient({ chains: CHAINS, rpcUrls, integratorId: "0xdead" });
  // The client has no option for other API / indexer hosts; both are plain fields.
  client.apiUrl = baseUrl;
  client.indexerUrl = baseUrl;

  await call(SDK, "getSupportedChains", async (shape) => {
    const chains = await client.getSupportedChains({ chainId: CHAINS.map((c) => c.id) });
    shape.declared("AcrossChain[]", chains, "GET /chains");
    expect(chains.length === CHAINS.length, `asked for ${CHAINS.length} chains, got ${chains.length}`);
    const bare = await client.getSupportedChains({ omitTokens: true, inputTokenSymbol: "USDC" });
    shape.declared("AcrossChain[]", bare, "GET /chains?omitTokens");
    return { note: `${chains.length} chains` };
  });

  await call(SDK, "getChainInfo / getSpokePoolAddress", async (shape) => {
    const info = await client.getChainInfo(arbitrum.id);
    shape.declared("AcrossChain", info, "getChainInfo");
    const spokePool = await client.getSpokePoolAddress(arbitrum.id);
    expect(spokePool === info.spokePool, "getSpokePoolAddress differs from getChainInfo");
    return { note: `Arbitrum spoke pool ${spokePool}` };
  });

  const route = await call(SDK, "getAvailableRoutes", async (shape) => {
    const routes = await client.getAvailableRoutes({ originChainId: arbitrum.id, destinationChainId: base.id });
    shape.zod(routeSchema, raw.last("/available-routes"), "GET /available-routes", "routeSchema");
    const usdc = routes.find((r) => r.inputTokenSymbol === "USDC" && r.outputTokenSymbol === "USDC");
    expect(usdc, "no USDC route from Arbitrum to Base");
    return { ...usdc, note: `${routes.length} routes Arbitrum → Base` };
  });
  const routeOf = () => {
    expect(route, "no route (getAvailableRoutes failed)");
    const { originChainId, inputToken, destinationChainId, outputToken } = route;
    return { originChainId, inputToken, destinationChainId, outputToken };
  };

  await call(SDK, "getSwapTokens", async (shape) => {
    const tokens = await client.getSwapTokens({ chainId: arbitrum.id });
    shape.declared("SwapApiToken[]", raw.last("/swap/tokens"), "GET /swap/tokens");
    expect(tokens.length > 0 && tokens.every((t) => t.chainId === arbitrum.id), "no Arbitrum tokens");
    return { note: `${tokens.length} Arbitrum tokens` };
  });

  await call(SDK, "getSwapChains", async (shape) => {
    const chains = await client.getSwapChains();
    shape.declared("SwapChain[]", chains, "GET /swap/chains");
    return { note: `${chains.length} chains` };
  });

  await call(SDK, "getSuggestedFees", async (shape) => {
    const fees = await client.getSuggestedFees({ ...routeOf(), amount: "100000000" });
    shape.zod(suggestedFeesResponseJsonSchema, raw.last("/suggested-fees"), "GET /suggested-fees", "suggestedFeesResponseJsonSchema");
    expect(typeof fees.outputAmount === "bigint" && fees.outputAmount > 0n, "no positive outputAmount");
    return { note: `outputAmount ${fees.outputAmount}` };
  });

  await call(SDK, "getLimits", async (shape) => {
    const limits = await client.getLimits(routeOf());
    expect(limits.minDeposit <= limits.maxDepositInstant && limits.maxDepositInstant <= limits.maxDeposit, `limits out of order: ${JSON.stringify(raw.last("/limits"))}`);
    return { note: `min ${limits.minDeposit} max ${limits.maxDeposit}` };
  });

  await call(SDK, "getQuote", async (shape) => {
    const quote = await client.getQuote({ route: routeOf(), inputAmount: "100000000", recipient: DEPOSITOR });
    shape.zod(suggestedFeesResponseJsonSchema, raw.last("/suggested-fees"), "GET /suggested-fees (getQuote)", "suggestedFeesResponseJsonSchema");
    expect(quote.deposit.outputAmount > 0n && quote.deposit.spokePoolAddress, "quote without output or spoke pool");
    return { note: `outputAmount ${quote.deposit.outputAmount}` };
  });

  const swap = await call(SDK, "getSwapQuote (GET)", async (shape) => {
    const quote = await client.getSwapQuote({ route: routeOf(), amount: "100000000", depositor: DEPOSITOR, tradeType: "exactInput" });
    shape.zod(swapApprovalResponseSchema, raw.last("/swap/approval"), "GET /swap/approval", "swapApprovalResponseSchema");
    expect(quote.swapTx && "data" in quote.swapTx, "no swapTx to broadcast");
    return { ...quote, note: `${quote.crossSwapType}, expected ${quote.expectedOutputAmount}` };
  });

  await call(SDK, "getSwapQuote (no tradeType, as in the SDK README)", async (shape) => {
    // tradeType is optional in the SDK's request schema and its README example omits it.
    const quote = await client.getSwapQuote({ route: routeOf(), amount: "100000000", depositor: DEPOSITOR });
    shape.zod(swapApprovalResponseSchema, raw.last("/swap/approval"), "GET /swap/approval", "swapApprovalResponseSchema");
    return { note: `amountType ${quote.amountType}` };
  });

  await call(SDK, "getSwapQuote (POST, actions)", async (shape) => {
    const actions = [{ target: DEPOSITOR, isNativeTransfer: true, value: 0n, populateCallValueDynamically: false }];
    const quote = await client.getSwapQuote({ route: routeOf(), amount: "100000000", depositor: DEPOSITOR, tradeType: "exactInput", actions });
    shape.zod(swapApprovalResponseSchema, raw.last("/swap/approval"), "POST /swap/approval", "swapApprovalResponseSchema");
    return { note: `${quote.crossSwapType}` };
  });

  await call(SDK, "getFillByDepositTx (indexer /deposit/status)", async (shape) => {
    expect(swap, "no swap quote (getSwapQuote failed)");
    // The sandbox's documented stand-in for broadcasting swapTx: the deposit tx hash is sha256 of its data.
    const depositTxHash = `0x${createHash("sha256").update(swap.swapTx.data).digest("hex")}`;
    const lookup = await fetch(`${baseUrl}/deposit/status?depositTxnRef=${depositTxHash}`); // what the logs would say
    const first = await lookup.json();
    shape.declared("IndexerStatusResponse", first, "GET /deposit/status");
    await control(baseUrl, `swaps/${depositTxHash}/outcome`, { outcome: "success" });
    await control(baseUrl, "clock/advance", { seconds: 3600 });
    const chain = stubChainClient();
    const deposit = {
      depositId: BigInt(first.depositId),
      depositTxHash,
      originChainId: arbitrum.id,
      destinationChainId: base.id,
      destinationSpokePoolAddress: await client.getSpokePoolAddress(base.id),
      message: "0x",
    };
    const fill = await client.getFillByDepositTx({ deposit, destinationChainClient: chain });
    const answer = raw.last("/deposit/status");
    shape.declared("IndexerStatusResponse", answer, "GET /deposit/status (filled)");
    expect(answer.status === "filled" && chain.asked[0] === answer.fillTx, `the SDK did not follow the indexer's fillTx (${JSON.stringify(answer)})`);
    expect(fill.fillTxReceipt.transactionHash === answer.fillTx, "fill receipt is not the indexer's fillTx");
    return { note: `filled by ${answer.fillTx.slice(0, 18)}…` };
  });
}
