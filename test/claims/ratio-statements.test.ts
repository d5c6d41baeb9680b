// Shares, scoped ranks, multiples and differences as reporters write them (ratio-statements.ts): a
// true one is never contradicted, a certain mistake is never supported, words with no figure get no
// verdict, and each family keeps a floor of true statements read well enough to be supported.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClaimKind } from "../../src/claims/types.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import {
  judgeStatements,
  loadRatioFacts,
  ratioStatements,
  type JudgedStatement,
  type RatioStatement,
} from "./ratio-statements.js";

const KIND: Record<RatioStatement["family"], ClaimKind> = {
  shares: "share",
  ranks: "rank",
  multiples: "change",
  differences: "change",
};

/** Measured when the floors were set (supported / true statements); the floors sit a little below. */
const FLOORS: Record<RatioStatement["family"], number> = {
  shares: 0.97,
  ranks: 0.78,
  multiples: 0.95,
  differences: 0.66,
};

let store: Store;
let results: JudgedStatement[] = [];

beforeAll(async () => {
  store = await referenceStore();
  results = await judgeStatements(store, ratioStatements(await loadRatioFacts(store)), (s) => KIND[s.family]);
}, 300_000);
afterAll(() => store.close());

describe("shares, scoped ranks, multiples and differences in reporters' words", () => {
  it("never contradicts a true one", () => {
    const wrong = results.filter((r) => r.s.expect === "true" && r.outcome === "contradicted");
    expect(wrong.map((r) => r.detail)).toEqual([]);
  });

  it("never supports a mistake, nor gives a verdict where no figure is said", () => {
    const wrong = results.filter(
      (r) =>
        (r.s.expect === "false" && r.outcome === "supported") ||
        (r.s.expect === "none" && r.outcome !== "missed"),
    );
    expect(wrong.map((r) => r.detail)).toEqual([]);
  });

  it.each(Object.keys(FLOORS) as Array<RatioStatement["family"]>)("supports most true %s", (family) => {
    const mine = results.filter((r) => r.s.family === family && r.s.expect === "true");
    const supported = mine.filter((r) => r.outcome === "supported").length;
    console.info(`${family}: ${supported} of ${mine.length} true statements supported`);
    expect(mine.length).toBeGreaterThanOrEqual(150);
    expect(supported / mine.length).toBeGreaterThanOrEqual(FLOORS[family]);
  });

  it("catches most mistakes whose reading is certain", () => {
    const mistakes = results.filter((r) => r.s.expect === "false");
    const caught = mistakes.filter((r) => r.outcome === "contradicted").length;
    console.info(`${caught} of ${mistakes.length} mistakes contradicted`);
    expect(caught / mistakes.length).toBeGreaterThanOrEqual(0.92);
  });
});
