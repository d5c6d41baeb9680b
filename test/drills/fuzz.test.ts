// A seeded subset of the fuzz drill (`npm run drills -- --only fuzz` runs 100,000 of each): 2,000
// generated texts through `verify` and 2,000 generated inputs through the ingest adapters, and not
// one of them may crash. The same seed gives the same inputs, so a failure here reproduces.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { exponentOf } from "./scaling.js";
import { fuzzIngest, fuzzVerify } from "./fuzz.js";

let store: Store;
beforeAll(async () => (store = await referenceStore()), 60_000);
afterAll(() => store?.close());

describe("fuzz drill, small", () => {
  it("verify gives a result for each of 2,000 generated texts", async () => {
    const r = await fuzzVerify(store, 2_000, 11);
    expect(r.crashes).toEqual([]);
    expect(r.outcomes).toEqual({ result: 2_000 });
  }, 300_000);

  it("every adapter stores or rejects each of 2,000 generated inputs, clearly", async () => {
    const results = await fuzzIngest(2_000, 11, 100);
    expect(results.flatMap((r) => r.crashes)).toEqual([]);
    expect(results.reduce((a, r) => a + r.inputs, 0)).toBe(2_000);
    // the generator reaches both ends: some batches stored, some rejected
    const kinds = new Set(results.flatMap((r) => Object.keys(r.outcomes)));
    expect([...kinds].sort()).toEqual(["rejected", "stored"]);
  }, 300_000);

  it("fits the exponent of time against size", () => {
    expect(exponentOf([1, 2, 4, 8], [3, 6, 12, 24])).toBeCloseTo(1, 10);
    expect(exponentOf([1, 2, 4, 8], [1, 4, 16, 64])).toBeCloseTo(2, 10);
  });
});
