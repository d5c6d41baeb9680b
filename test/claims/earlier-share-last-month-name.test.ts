// A share's earlier value dated "last November" ("was 7.8% in March, down from 9.5% last November")
// is that month's share, read and checked as the shares dated "in October" or "a month earlier" are.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets to the US: May 2025 46 t of 1,238 t (3.7%), November 2025 582 t of 6,150 t (9.5%)
describe("an earlier share dated 'last' and a month's name", () => {
  it.each([
    [
      "Buyers in the US took 7.8% of China's magnet exports in March, compared with 9.5% last November.",
      "2025-11",
      "supported",
    ],
    [
      "The US share of China's magnet exports was 7.8% in March, down from 11% last May.",
      "2025-05",
      "contradicted",
    ],
  ])("is that month's share: %s", async (text, period, verdict) => {
    const got = await readingAt(
      store,
      text,
      text.includes("9.5%") ? "compared with 9.5%" : "from 11%",
      "2026-04-20",
    );
    expect(got).toEqual({ verdict, series: "rare-earth-magnets", partner: "USA", period });
  });
});
