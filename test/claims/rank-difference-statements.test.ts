// Scoped ranks and differences in the wordings of rank-difference-statements.ts: a true one is never
// contradicted, a mistake whose reading is certain is never supported, and each family keeps a
// floor of true statements supported. The count per wording is printed to follow each class.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { rankDifferenceStatements } from "./rank-difference-statements.js";
import { judgeStatements, loadRatioFacts, type JudgedStatement } from "./ratio-statements.js";

type Family = "ranks" | "differences";
const KIND = { ranks: "rank", differences: "change" } as const;

/** Measured when the floors were set (supported / true statements); the floors sit a little below. */
const FLOORS: Record<Family, number> = { ranks: 0.92, differences: 0.82 };
/** Mistakes contradicted, when the floor was set. */
const CAUGHT = 0.9;

let store: Store;
let results: JudgedStatement[] = [];

beforeAll(async () => {
  store = await referenceStore();
  const statements = rankDifferenceStatements(await loadRatioFacts(store));
  results = await judgeStatements(store, statements, (s) => KIND[s.family as Family]);
}, 300_000);
afterAll(() => store.close());

describe("scoped ranks and differences in wordings reporters use", () => {
  it("never contradicts a true one", () => {
    const wrong = results.filter((r) => r.s.expect === "true" && r.outcome === "contradicted");
    expect(wrong.map((r) => r.detail)).toEqual([]);
  });

  it("never supports a mistake", () => {
    const wrong = results.filter((r) => r.s.expect === "false" && r.outcome === "supported");
    expect(wrong.map((r) => r.detail)).toEqual([]);
  });

  it.each(Object.keys(FLOORS) as Family[])("supports most true %s", (family) => {
    const mine = results.filter((r) => r.s.family === family && r.s.expect === "true");
    const supported = mine.filter((r) => r.outcome === "supported").length;
    const forms = new Map<string, [number, number]>();
    for (const r of mine) {
      const [s, n] = forms.get(r.s.form) ?? [0, 0];
      forms.set(r.s.form, [s + (r.outcome === "supported" ? 1 : 0), n + 1]);
    }
    console.info(
      `${family}: ${supported} of ${mine.length} true statements supported; ${[...forms].map(([f, [s, n]]) => `${f} ${s}/${n}`).join(", ")}`,
    );
    expect(mine.length).toBeGreaterThanOrEqual(150);
    expect(supported / mine.length).toBeGreaterThanOrEqual(FLOORS[family]);
  });

  it("catches most mistakes whose reading is certain", () => {
    const mistakes = results.filter((r) => r.s.expect === "false");
    const caught = mistakes.filter((r) => r.outcome === "contradicted").length;
    console.info(`${caught} of ${mistakes.length} mistakes contradicted`);
    expect(caught / mistakes.length).toBeGreaterThanOrEqual(CAUGHT);
  });
});
