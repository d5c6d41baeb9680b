// Lists and discourse as reporters lay them out (discourse-statements.ts): a true figure is never
// contradicted, nothing the texts do not state wrongly is contradicted, each family keeps a floor of
// true figures read with their own destination and month and supported, and the mistakes are
// supported no more often than measured (never, once lists read each item's own destination).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import {
  discourseStatements,
  scoreText,
  type DiscourseText,
  type Family,
  type Figure,
  type Outcome,
} from "./discourse-statements.js";
import { loadRatioFacts } from "./ratio-statements.js";

/** Measured when the floors were set (true figures supported); the floors sit a little below. */
const FLOORS: Record<Family, number> = { lists: 0.97, discourse: 0.98 };
/**
 * Mistakes that another reading supported, measured: none since a figure in a regular list item
 * ("Japan (131 t)", "(Japan 131 t; India 172 t)") is no longer read as its neighbour's.
 */
const MISTAKES_SUPPORTED = 0;

let store: Store;
const rows: Array<{ x: DiscourseText; f: Figure; outcome: Outcome; supported: boolean; detail: string }> = [];
const spurious: string[] = [];

beforeAll(async () => {
  store = await referenceStore();
  for (const x of discourseStatements(await loadRatioFacts(store))) {
    const r = await verifyClaims(store, x.text, { published: x.published });
    const scored = scoreText(x, r.claims);
    const used = new Set(scored.map((s) => s.claim));
    for (const c of r.claims)
      if (c.verdict === "contradicted" && !used.has(c)) spurious.push(`[${x.form}] ${x.text} -> ${c.text}`);
    for (const s of scored)
      rows.push({
        x,
        f: s.f,
        outcome: s.outcome,
        supported: s.claim?.verdict === "supported",
        detail: `[${x.form}] ${JSON.stringify(x.text)} ${s.f.kind} ${s.f.said} ${s.f.partner} ${s.f.period} -> ${s.claim?.text}: ${s.claim?.explanation}`,
      });
  }
}, 300_000);
afterAll(() => store.close());

describe("lists and discourse in reporters' layouts", () => {
  it("writes enough texts of both families", () => {
    const texts = new Set(rows.map((r) => r.x));
    expect(texts.size).toBeGreaterThanOrEqual(300);
    for (const family of Object.keys(FLOORS)) {
      expect([...texts].filter((x) => x.family === family).length).toBeGreaterThanOrEqual(150);
    }
  });

  it("never contradicts a true figure, nor a figure no text states wrongly", () => {
    const wrong = rows.filter((r) => r.f.expect === "true" && r.outcome === "contradicted");
    expect(wrong.map((r) => r.detail)).toEqual([]);
    expect(spurious).toEqual([]);
  });

  it.each(Object.keys(FLOORS) as Family[])("reads and supports most true figures of %s", (family) => {
    const mine = rows.filter((r) => r.x.family === family && r.f.expect === "true");
    const tally = new Map<string, Partial<Record<Outcome, number>>>();
    for (const r of mine) {
      const t = tally.get(r.x.form) ?? {};
      t[r.outcome] = (t[r.outcome] ?? 0) + 1;
      tally.set(r.x.form, t);
    }
    console.info([...tally].map(([form, t]) => `${form}: ${JSON.stringify(t)}`).join("\n"));
    const supported = mine.filter((r) => r.outcome === "supported").length;
    console.info(`${family}: ${supported} of ${mine.length} true figures read right and supported`);
    expect(supported / mine.length).toBeGreaterThanOrEqual(FLOORS[family]);
  });

  it("supports no more mistakes than measured, and catches those in their own clause", () => {
    const mistakes = rows.filter((r) => r.f.expect === "false");
    const supported = mistakes.filter((r) => r.supported);
    console.info(
      `${supported.length} of ${mistakes.length} mistakes supported, ${mistakes.filter((r) => r.outcome === "contradicted").length} contradicted`,
    );
    expect(supported.length).toBeLessThanOrEqual(MISTAKES_SUPPORTED);
    // a change stated wrongly beside its own destination in a list is contradicted
    const own = mistakes.filter((r) => r.x.form === "item-change-wrong");
    expect(own.filter((r) => r.outcome === "contradicted").length).toBeGreaterThanOrEqual(6);
    // two destinations' figures swapped in a list of items are each contradicted by their own item
    const swapped = mistakes.filter((r) => /^(?:swapped-list|paren-semicolon-swapped)$/.test(r.x.form));
    expect(swapped.length).toBeGreaterThanOrEqual(40);
    // (46 of 48 when measured; the others are left unverifiable)
    expect(swapped.filter((r) => r.outcome === "contradicted").length).toBeGreaterThanOrEqual(44);
  });
});
