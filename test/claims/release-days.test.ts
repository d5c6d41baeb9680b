// A day before a month's name after words of release ("early release 13 Oct", "published on 7
// November") dates the release, not the figures: read as their month, a September low was ranked
// as October 2024's and contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a release's day and month", () => {
  it.each([
    [
      "Rare earths (first release 13 Oct): 4,000.3 t in September, the lowest since February.",
      "lowest since",
    ],
    [
      "Rare earths, published on 13 October: 4,000.3 t in September, the lowest since February.",
      "lowest since",
    ],
  ])("does not date the figure: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2025-10-20")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-09",
    });
  });
});
