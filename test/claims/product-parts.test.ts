// "RE products" is the desks' shorthand for the broad rare-earth products category, and "incl." ends
// no sentence: a product named in the brackets after it ("RE products (incl. magnets)") is a part of
// the goods, not the subject of their figure. Cut at "incl.", the category's 6,958 t for November was
// read as magnets and contradicted against the magnets' 6,150 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a product named as a part of the goods before it", () => {
  it.each([
    ["* RE products (incl. magnets, per Bloomberg's sum) for November: 6,958t.", "6,958t"],
    ["Rare-earth products, including magnets, reached 6,958 t in November.", "6,958 t"],
    ["Shipments of rare earth products including magnets came to 6,958 tons in November.", "6,958 tons"],
  ])("reads the figure as the whole category's: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2025-12-19")).toEqual({
      verdict: "supported",
      series: "rare-earth-products",
      partner: "WLD",
      period: "2025-11",
    });
  });

  it("still reads magnets named as the subject", async () => {
    const got = await readingAt(
      store,
      "Magnet exports, incl. sintered grades, were 6,150 t in November.",
      "6,150 t",
    );
    expect(got.series).toBe("rare-earth-magnets");
    expect(got.verdict).toBe("supported");
  });
});
