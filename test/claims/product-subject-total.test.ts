// A sentence whose subject names the product and no destination ("Rare-earth exports in October
// were ...") speaks of China's total. The destination the sentence before spoke of may still show
// the figure right ("Magnet shipments rose 35%" after Japan's figure), but where the data cannot
// check it, it no longer keeps a wrong total from being called wrong.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: October 2025 4,343.5 t; magnets: September 2025 5,774 t, October 5,473 t (-5.2%);
// to South Korea October 569 t; to Japan October 226 t, November 305 t (+35%); none held for Mexico
describe("a subject naming the product and no destination", () => {
  it.each([
    [
      "Exports of magnets to South Korea sank to 569 tonnes in October. Rare-earth exports in October were 4,434.5 tonnes.",
      "4,434.5 tonnes",
      "rare-earths",
      "contradicted",
    ],
    [
      "Mexico's carmakers got 90 tonnes of magnets in October. Magnet exports in October fell 15% from September.",
      "fell 15%",
      "rare-earth-magnets",
      "contradicted",
    ],
    [
      "Mexico's carmakers got 90 tonnes of magnets in October. Magnet exports in October fell 5.2% from September.",
      "fell 5.2%",
      "rare-earth-magnets",
      "supported",
    ],
  ])("is the total: %s", async (text, quote, series, verdict) => {
    expect(await readingAt(store, text, quote, "2025-12-22")).toEqual({
      verdict,
      series,
      partner: "WLD",
      period: "2025-10",
    });
  });

  it("is still right when it is the destination before's figure", async () => {
    const got = await readingAt(
      store,
      "Japan took 305 tonnes of Chinese magnets in November. Magnet shipments rose 35% on the month.",
      "rose 35%",
      "2025-12-22",
    );
    expect(got.verdict).toBe("supported");
  });
});

describe("a correction set right in the next sentence", () => {
  it("reads the earlier story's figure as the misstated one, and checks the customs figure", async () => {
    const text =
      "An earlier story gave magnet exports to India in October as 461 tonnes. The customs figure is 416 tonnes.";
    expect(await readingAt(store, text, "461 tonnes", "2025-12-22")).toMatchObject({
      verdict: "unverifiable",
    });
    expect(await readingAt(store, text, "416 tonnes", "2025-12-22")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "IND",
      period: "2025-10",
    });
  });
});
