// A sentence whose subject points back at the figure before it (pointing-statements.ts): its true
// change or share is never contradicted, and another month's figure stated in its place is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { pointingStatements } from "./pointing-statements.js";
import { judgeStatements, loadRatioFacts, type JudgedStatement } from "./ratio-statements.js";

/** Measured when the floors were set (281 of 281 true supported, 110 of 110 wrong contradicted). */
const TRUE_SUPPORTED = 0.97;
const FALSE_CONTRADICTED = 0.95;

let store: Store;
let judged: Array<JudgedStatement & { expect: "true" | "false" }> = [];

beforeAll(async () => {
  store = await referenceStore();
  const all = pointingStatements(await loadRatioFacts(store));
  const out = await judgeStatements(
    store,
    all.map((s) => ({ ...s, family: s.kind === "share" ? "shares" : "differences", expect: s.expect })),
    (s) => (s.family === "shares" ? "share" : "change"),
  );
  judged = out.map((j) => ({ ...j, expect: j.s.expect === "false" ? "false" : "true" }));
}, 300_000);
afterAll(() => store.close());

/** The share of the texts stating `expect` figures that got `outcome`; the others are printed. */
function rate(expect: "true" | "false", outcome: string): number {
  const mine = judged.filter((j) => j.expect === expect);
  const got = mine.filter((j) => j.outcome === outcome);
  console.info(`pointing back: ${got.length} of ${mine.length} ${expect} figures ${outcome}`);
  console.info(
    mine
      .filter((j) => j.outcome !== outcome)
      .map((j) => j.detail)
      .join("\n"),
  );
  return got.length / mine.length;
}

describe("a subject that points back at the figure before", () => {
  it("writes enough texts of both kinds", () => {
    expect(judged.filter((j) => j.expect === "true").length).toBeGreaterThanOrEqual(80);
    expect(judged.filter((j) => j.expect === "false").length).toBeGreaterThanOrEqual(30);
  });

  it("never contradicts a true figure", () => {
    const wrong = judged.filter((j) => j.expect === "true" && j.outcome === "contradicted");
    expect(wrong.map((j) => j.detail)).toEqual([]);
  });

  it("supports most true figures", () => {
    expect(rate("true", "supported")).toBeGreaterThanOrEqual(TRUE_SUPPORTED);
  });

  it("contradicts another month's figure and never supports it", () => {
    const supported = judged.filter((j) => j.expect === "false" && j.outcome === "supported");
    expect(supported.map((j) => j.detail)).toEqual([]);
    expect(rate("false", "contradicted")).toBeGreaterThanOrEqual(FALSE_CONTRADICTED);
  });
});
