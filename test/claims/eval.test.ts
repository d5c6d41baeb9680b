// The corpus evaluation must not regress below the levels measured when it was written
// (precision 100%, recall 100%, verdict accuracy 100% on 54 texts / 105 claims).
import { afterAll, beforeAll, expect, it } from "vitest";
import { extractClaims, verifyClaims } from "../../src/claims/index.js";
import { runEval } from "../../src/claims/eval/run-eval.js";
import { loadCorpus } from "../../src/claims/eval/load-corpus.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

it("has at least 40 texts and 100 expected claims", () => {
  const corpus = loadCorpus();
  expect(corpus.length).toBeGreaterThanOrEqual(40);
  expect(corpus.reduce((n, t) => n + t.claims.length, 0)).toBeGreaterThanOrEqual(100);
  expect(corpus.filter((t) => t.claims.length === 0).length).toBeGreaterThanOrEqual(4);
});

it("keeps extraction precision and recall at or above 95%", async () => {
  const s = await runEval((text, published) => extractClaims(text, { published }));
  expect(s.precision).toBeGreaterThanOrEqual(0.95);
  expect(s.recall).toBeGreaterThanOrEqual(0.95);
});

it("keeps verdict accuracy at or above 95%", async () => {
  const s = await runEval((text, published) => verifyClaims(store, text, { published }).then((r) => r.claims));
  expect(s.verdictAccuracy).toBeGreaterThanOrEqual(0.95);
});
