// The claims corpus is well formed, and claim checking holds its levels on it: on the frozen test
// split (never tuned on) no correct statement may be called contradicted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { runEval } from "../claims-eval/run-eval.js";
import { loadCorpus } from "../claims-eval/load-corpus.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

const check = (text: string, published: string) => verifyClaims(store, text, { published }).then((r) => r.claims);

describe("the corpus", () => {
  const corpus = loadCorpus();

  it("has unique ids, quotes that occur in their texts and valid fields", () => {
    expect(new Set(corpus.map((t) => t.id)).size).toBe(corpus.length);
    for (const t of corpus) {
      expect(t.published, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const c of t.claims) {
        if (c.quote !== undefined) expect(t.text.includes(c.quote), `${t.id}: ${c.quote}`).toBe(true);
        expect(["supported", "contradicted", "unverifiable"], t.id).toContain(c.verdict);
        for (const f of c.families ?? []) expect(f >= 1 && f <= 16, `${t.id}: family ${f}`).toBe(true);
      }
      for (const q of t.non_claims ?? []) expect(t.text.includes(q), `${t.id}: ${q}`).toBe(true);
    }
  });

  it("keeps a dev split to tune on", () => {
    const dev = corpus.filter((t) => t.split === "dev");
    expect(dev.reduce((n, t) => n + t.claims.length, 0)).toBeGreaterThanOrEqual(100);
  });
});

describe("claim checking on the corpus", () => {
  // Ratchets: the levels measured at the last change of the checker; they only ever tighten.
  it("holds its false contradictions and right verdicts on the frozen test split", async () => {
    const s = await runEval(check, "frozen");
    expect(s.falseContradictions).toBeLessThanOrEqual(18);
    expect(s.nonClaimVerdicts).toBeLessThanOrEqual(8);
    expect(s.rightRate).toBeGreaterThanOrEqual(0.43);
  });

  it("holds its false contradictions and right verdicts on the dev split", async () => {
    const s = await runEval(check, "dev");
    expect(s.falseContradictions).toBeLessThanOrEqual(9);
    expect(s.rightRate).toBeGreaterThanOrEqual(0.58);
  });
});
