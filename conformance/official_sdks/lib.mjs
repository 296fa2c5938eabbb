// Shared pieces of the official-SDK checks: the per-call reporter, checks against the SDKs' own declared types and
// zod schemas, and a fetch recorder that keeps the raw bodies the Across SDK received.
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { createGenerator } from "ts-json-schema-generator";
import { KNOWN_GAPS } from "./known-gaps.mjs";

const SDK_TYPES = fileURLToPath(new URL("./sdk-types.d.ts", import.meta.url));
const CALL_TIMEOUT_MS = Number(process.env.OFFICIAL_SDKS_CALL_TIMEOUT_MS || 20000);
const MAX_PROBLEMS = 12;

let failures = 0;

/** How many calls have failed so far. */
export const failureCount = () => failures;

/** One JSON line per SDK call on stdout: the Python runner turns these into the table. */
export function report(sdk, method, ok, detail) {
  if (!ok) failures += 1;
  process.stdout.write(`${JSON.stringify({ sdk, method, ok, detail: String(detail ?? "") })}\n`);
}

export class CheckFailed extends Error {}

/** Throw CheckFailed with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

function describe(error) {
  if (error instanceof CheckFailed) return error.message;
  // The 1Click SDK's ApiError carries the answer; the Across SDK's errors carry the URL and body.
  const body = error?.body !== undefined ? ` body=${JSON.stringify(error.body).slice(0, 600)}` : "";
  const status = error?.status !== undefined ? ` status=${error.status}` : "";
  return `${error?.name ?? "Error"}: ${String(error?.message ?? error).slice(0, 1500)}${status}${body}`;
}

/**
 * Run one SDK call with a timeout and report it. `work(shape)` returns a value (its `note` is the table's detail)
 * or throws; `shape` collects shape mismatches without stopping the work, so later calls can still use the value.
 * Returns what `work` resolved to (undefined if it threw).
 */
export async function call(sdk, method, work) {
  const shape = new ShapeCheck();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new CheckFailed(`timed out after ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([work(shape), timeout]);
    const note = [result?.note, ...shape.notes].filter(Boolean).join("; ");
    report(sdk, method, shape.problems.length === 0, shape.problems.length ? shape.problems.join(" | ") : note);
    return result;
  } catch (error) {
    report(sdk, method, false, [describe(error), ...shape.problems].join(" | "));
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

let declared;

/** JSON Schemas of the types the pinned SDKs declare (sdk-types.d.ts re-exports them), generated once. */
function declaredTypes() {
  if (declared === undefined) {
    const generator = createGenerator({
      path: SDK_TYPES,
      type: "*",
      skipTypeCheck: true,
      expose: "all",
      topRef: false,
      jsDoc: "none",
      additionalProperties: true, // the SDKs ignore fields they do not declare
    });
    const ajv = new Ajv({ allErrors: true, strict: false });
    const cache = new Map();
    declared = (name) => {
      if (!cache.has(name)) cache.set(name, ajv.compile(generator.createSchema(name)));
      return cache.get(name);
    };
  }
  return declared;
}

/** Load the declared types now (ts-json-schema-generator parses both SDKs' .d.ts: seconds, not per call). */
export const loadDeclaredTypes = () => declaredTypes();

/** Shape checks of one SDK call: mismatches are collected, allowed known gaps become notes. */
export class ShapeCheck {
  constructor() {
    this.problems = [];
    this.notes = [];
  }

  /**
   * `value` against the type the SDK declares (`Name[]`: an array of it). Missing required fields, wrong types,
   * null where the type has no null and values outside a declared enum are problems; extra fields are not.
   */
  declared(typeName, value, label) {
    const many = typeName.endsWith("[]");
    const name = many ? typeName.slice(0, -2) : typeName;
    if (many && !Array.isArray(value)) {
      this.problems.push(`${label}: expected an array of ${name}, got ${JSON.stringify(value)?.slice(0, 80)}`);
      return;
    }
    const validate = declaredTypes()(name);
    const found = [];
    (many ? value : [value]).forEach((item, index) => {
      if (validate(item)) return;
      for (const error of validate.errors) {
        // A missing field is reported at the field's own path, with the value `undefined`.
        const pointer = error.keyword === "required" ? `${error.instancePath}/${error.params.missingProperty}` : error.instancePath;
        const allowed = error.params?.allowedValues ? ` ${JSON.stringify(error.params.allowedValues)}` : "";
        const path = `${many ? "[*]" : ""}${pointer}`;
        found.push({ path, text: `${path} ${error.message}${allowed}`, got: at(item, pointer), name, index });
      }
    });
    this.add(label, `the SDK's type ${name}`, found);
  }

  /** `raw` through one of the SDK's own zod schemas. */
  zod(schema, raw, label, schemaName) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return;
    const found = parsed.error.issues.map((issue) => ({ path: `/${issue.path.join("/")}`, text: `${issue.path.join(".") || "/"}: ${issue.message}`, got: at(raw, `/${issue.path.join("/")}`), name: schemaName }));
    this.add(label, `the SDK's zod schema ${schemaName}`, found);
  }

  add(label, against, found) {
    const kept = new Map(); // one line per problem; array items counted ("[*]/field … ×N")
    for (const item of found) {
      const gap = KNOWN_GAPS.find((g) => g.types.includes(item.name) && g.path.test(item.path) && g.accepts(item.got));
      if (gap) {
        this.notes.push(`known gap ${item.name}${item.path.replace(/^\/(quoteResponse|swapDetails)\/.*/, "/$1/…")}`);
        continue;
      }
      const text = `${item.text} (got ${JSON.stringify(item.got)?.slice(0, 60) ?? "nothing"})`;
      const seen = kept.get(text) ?? { count: 0, first: item.index };
      kept.set(text, { count: seen.count + 1, first: seen.first });
    }
    const unique = [...kept].map(([text, { count, first }]) => (count > 1 || first ? `${text} ×${count}, first at [${first}]` : text));
    if (unique.length) {
      const more = unique.length > MAX_PROBLEMS ? ` … (${unique.length} distinct problems)` : "";
      this.problems.push(`${label} does not match ${against}: ${unique.slice(0, MAX_PROBLEMS).join("; ")}${more}`);
    }
    this.notes = [...new Set(this.notes)];
  }
}

function at(value, pointer) {
  return pointer
    .split("/")
    .slice(1)
    .filter((key) => key !== "")
    .reduce((node, key) => (node == null ? node : node[key.replaceAll("~1", "/").replaceAll("~0", "~")]), value);
}

/**
 * Wrap global fetch so every JSON body the SDKs receive is kept by path (the last one per path wins); the SDKs
 * themselves see the same response.
 */
export function recordFetch() {
  const bodies = new Map();
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = new URL(typeof input === "string" ? input : input.url);
    try {
      bodies.set(url.pathname, await response.clone().json());
    } catch {
      bodies.set(url.pathname, undefined);
    }
    return response;
  };
  return { last: (suffix) => [...bodies.entries()].reverse().find(([path]) => path.endsWith(suffix))?.[1] };
}

/** POST to a sandbox control endpoint (JSON, as the control API requires). */
export async function control(baseUrl, path, body = {}) {
  const response = await fetch(`${baseUrl}/_sandbox/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
