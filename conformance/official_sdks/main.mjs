// Entry point: `node main.mjs` with the sandbox URLs in the environment (python -m conformance.official_sdks sets
// them). Writes one JSON line per SDK call; exits 0 when every call passed, 1 otherwise.
import { runAcross } from "./across.mjs";
import { failureCount, loadDeclaredTypes } from "./lib.mjs";
import { runOneClick } from "./oneclick.mjs";

function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run this through: python -m conformance.official_sdks)`);
  return value;
}

loadDeclaredTypes(); // before the first call, so its timeout does not pay for parsing the .d.ts files
const only = (process.env.OFFICIAL_SDKS_ONLY || "1click,across").split(",");
if (only.includes("1click")) {
  const sandbox = { baseUrl: env("ONECLICK_BASE_URL"), apiKey: env("SANDBOX_API_KEY"), publicKey: env("ONECLICK_PUBLIC_KEY") };
  await runOneClick(sandbox);
}
if (only.includes("across")) {
  await runAcross({ baseUrl: env("ACROSS_BASE_URL") });
}
process.exitCode = failureCount() ? 1 : 0;
