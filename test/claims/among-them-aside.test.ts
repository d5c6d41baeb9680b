// "China's exports of rare earth products, the powerful magnets at the centre of the dispute among
// them, fell to a five-year low in May": the product named in an aside that ends "among them" is a part
// of the subject, not the subject; the figures are the products'.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a product named in an aside ending 'among them'", () => {
  it("leaves the subject the group's", async () => {
    const text =
      "China's exports of rare earth products, the powerful magnets at the centre of the dispute among them, fell 61% from a year earlier to 2,117 tons in May.";
    expect(await readingAt(store, text, "2,117 tons", "2025-06-18")).toEqual({
      verdict: "supported",
      series: "rare-earth-products",
      partner: "WLD",
      period: "2025-05",
    });
    // the change on the year is the products' too; May 2024 is not held for them
    expect(await readingAt(store, text, "fell 61%", "2025-06-18")).toEqual({
      verdict: "unverifiable",
      series: "rare-earth-products",
      partner: "WLD",
      period: "2025-05",
    });
  });

  it("ranks the group's month, not the magnets'", async () => {
    const text =
      "China's exports of rare earth products, the magnets at the heart of the trade fight among them, fell to a fresh five-year low in May.";
    expect((await readingAt(store, text, "five-year low", "2025-06-18")).series).toBe("rare-earth-products");
  });
});
