// A rank said among months ("the weakest since June", "the lowest monthly figure", "monthly
// shipments hit their low in September") is a month's rank, even where the sentence names a year for
// another figure ("the 58,152 t shipped in 2024") or as the window of the months ("in 2025"): reading
// it as possibly that full year's rank, which the data cannot rank, left a wrong rank open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths 2025: February 3,217 t (the year's low), September 4,000.3 t; magnets 2025: July
// 5,577 t, August 6,146 t, September 5,774 t, October 5,473 t, December 5,952 t
describe("a rank among months in a sentence naming a year", () => {
  it.each([
    [
      "Monthly rare-earth shipments in 2025 hit their low in September, at 4,000.3 tonnes.",
      "hit their low",
      "rare-earths",
      "2025-09",
      "contradicted",
    ],
    [
      "Magnet exports slipped to 5,952 t in December, the weakest since June, leaving the year below the 58,152 t shipped in 2024.",
      "weakest since",
      "rare-earth-magnets",
      "2025-12",
      "contradicted",
    ],
    [
      "Magnet exports slipped to 5,473 t in October, the weakest since June, and the year so far still trailed the 58,152 t shipped in 2024.",
      "weakest since",
      "rare-earth-magnets",
      "2025-10",
      "supported",
    ],
  ])("is the month's rank: %s", async (text, quote, series, period, verdict) => {
    expect(await readingAt(store, text, quote, "2026-01-25")).toEqual({
      verdict,
      series,
      partner: "WLD",
      period,
    });
  });

  it("still reads a rank said of a year the sentence names as that year's", async () => {
    const got = await readingAt(
      store,
      "Rare-earth exports hit 4,000.3 tonnes in September, and in 2025 they reached a record.",
      "a record",
      "2026-01-25",
    );
    expect(got).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-01..2025-12",
    });
  });
});
