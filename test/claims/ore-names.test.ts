// The customs name of the ore China buys, "rare earth metal ore" (稀土金属矿), is the ore, not rare
// earths at large: "China's imports of rare earth metal ore" had been checked against every rare
// earth China imports and called wrong. The ore's own imports, said in the possessive with a
// qualifier ("China's rare earth metal ore imports"), are China's imports.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// the data: China's imports of rare earth ore, January-February 2025, 7,780.5 t
describe("rare earth metal ore", () => {
  it("reads the ore in 'China bought ... of rare earth metal ore'", async () => {
    const text =
      "In the first two months of 2025 China bought 7,780.5 t of rare earth metal ore from abroad.";
    const r = await readingAt(store, text, "7,780.5 t", "2025-03-20");
    expect(r.series).toBe("rare-earth-ore");
    expect(r.verdict).not.toBe("contradicted");
  });

  it("reads the ore and China's imports before a possessive's four words", async () => {
    const text = "China's rare earth metal ore imports reached 7,780.5 tonnes in January-February 2025.";
    const r = await readingAt(store, text, "7,780.5 tonnes", "2025-03-20");
    expect(r).toMatchObject({ series: "rare-earth-ore", verdict: "supported" });
  });

  it("still reads rare earth metals as rare earths", async () => {
    const text = "China exported 62,585 tonnes of rare earth metals in 2025.";
    expect((await readingAt(store, text, "62,585 tonnes", "2026-01-14")).series).toBe("rare-earths");
  });
});
