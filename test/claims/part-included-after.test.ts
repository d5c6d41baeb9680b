// "Rare-earth products, magnets included: 7,336 t in August": a product set off after another and
// called "included" is a part of it, not a second product of a list; the figure is the whole's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a part named after the whole and called included", () => {
  it.each([
    ["Bloomberg's tally of rare-earth products, magnets included: 7,336 t in August.", "7,336 t"],
    ["Shipments of rare-earth products (magnets included) hit 7,336 t in August.", "7,336 t"],
  ])("%s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2025-09-25")).toEqual({
      verdict: "supported",
      series: "rare-earth-products",
      partner: "WLD",
      period: "2025-08",
    });
  });

  it("keeps a list joined by 'and' a sum of products", async () => {
    const text = "Rare earths and magnets combined reached 7,336 t in August.";
    expect((await readingAt(store, text, "7,336 t", "2025-09-25")).series).toBeNull();
  });
});
