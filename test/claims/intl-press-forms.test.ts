// Forms outlets in Portuguese, Spanish, German, Japanese and Korean use that the reader missed:
// Portuguese months with capitals ("em Novembro"), a signed percentage in brackets after a level
// ("1.238 toneladas (-52,9%)"). A wrong figure in such a sentence stays unverifiable, never
// contradicted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

describe("Portuguese months with capitals", () => {
  it("dates a level and its change by 'em Setembro' and 'face a Agosto'", async () => {
    // September 5,774 t, -6.05% on August's 6,146 t
    const text = "Em Setembro a China exportou 5.774 toneladas de ímãs, uma queda de 6,1% face a Agosto.";
    expect(await readingAt(store, text, "5.774 toneladas", "2025-10-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-09",
    });
    const change = await claimAt(store, text, "queda de 6,1%", "2025-10-21");
    expect(change).toMatchObject({ period: "2025-09", verdict: "supported" });
    expect(change?.stated).toMatchObject({ basis: "mom" });
  });

  it("does not take Rio de Janeiro for January", async () => {
    const text = "Uma fábrica no Rio de Janeiro recebeu 20 toneladas de ímãs de terras raras.";
    expect((await claimAt(store, text, "20 toneladas", "2025-12-22"))?.period).toBeNull();
  });
});

describe("a signed percentage in brackets after a level", () => {
  it.each([
    ["Im Mai sanken die Exporte von Seltenerdmagneten auf 1.238 Tonnen (-52,9%) gegenüber April."],
    [
      "En mayo, las exportaciones de imanes de tierras raras cayeron a 1.238 toneladas (-52,9%) frente a abril.",
    ],
  ])("reads the change on the month before: %s", async (text) => {
    // May 1,238 t against April's 2,626 t: -52.86%
    const c = await claimAt(store, text, "-52,9%", "2025-06-21");
    expect(c).toMatchObject({ kind: "change", period: "2025-05", verdict: "supported" });
    expect(c?.stated).toMatchObject({ pct: -52.9 });
  });

  it("leaves a wrong one unverifiable", async () => {
    const text = "Im Mai sanken die Exporte von Seltenerdmagneten auf 1.238 Tonnen (-25,9%) gegenüber April.";
    const c = await claimAt(store, text, "-25,9%", "2025-06-21");
    expect(c).toMatchObject({ kind: "change", verdict: "unverifiable" });
  });
});
