// A relative clause right after a figure that gives it to a month's possessive ("12%, which is
// October's") names the figure's own month, not the month the text is on. US share of magnet
// exports: October 2025 12.0% (656 of 5,473 t), November 9.5% (582 of 6,150 t).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a figure a relative clause gives to a month", () => {
  it.each([
    [
      "The US took 12% of China's magnet exports, which was October's share.",
      "12% of China's magnet exports",
      "2025-10",
      "supported",
    ],
    [
      "The US took 9% of China's magnet exports, which is October's figure.",
      "9% of China's magnet exports",
      "2025-10",
      "contradicted",
    ],
    // a month after "which is" that is no possessive leaves the figure to the text's month
    [
      "The US share in November was 9.5%, which is lower than October.",
      "share in November was 9.5%",
      "2025-11",
      "supported",
    ],
  ])("%s", async (text, quote, period, verdict) => {
    const c = await claimAt(store, text, quote, "2025-12-28");
    expect(c).toMatchObject({ kind: "share", partner: "USA", period, verdict });
  });
});
