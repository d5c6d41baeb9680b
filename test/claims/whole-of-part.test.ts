// The whole a destination's part is taken of ("305 t of the 6,150 t China exported", "about 20% of that
// month's 5,473 t") is the world total, not the destination's own figure: read as Japan's or
// Germany's, a correct total went unchecked as a figure of another magnitude.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("the whole a destination's part is taken of", () => {
  it.each([
    ["Korea took 854 t of the 5,774 t China shipped in September 2025.", "5,774 t", "2025-09"],
    [
      "Japan's 305 tonnes in November 2025 were about 5% of that month's 6,150 tonnes.",
      "6,150 tonnes",
      "2025-11",
    ],
    ["Germany received 1,288 t in September 2025, out of a total of 5,774 t.", "5,774 t", "2025-09"],
  ])("is the total: %s", async (text, quote, period) => {
    expect(await readingAt(store, text, quote, "2026-01-10")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period,
    });
  });

  it("leaves a destination's earlier figure that a fraction is taken of", async () => {
    const got = await readingAt(
      store,
      "In May 2025 China sent 46 tonnes of magnets to the United States, less than a tenth of the 689 tonnes it sent in May 2024.",
      "689 tonnes",
      "2025-07-01",
    );
    expect(got.partner).toBe("USA");
  });
});
