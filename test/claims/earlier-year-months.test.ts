// A month set against every month of an earlier year ("more than in any month of 2024"): the year
// is the comparison's, not the month's, and only that year's months are counted, never the months
// between it and the claim's. Rare earths: June 2025 7,742.2 t, July 2025 5,994.3 t, May 2024
// 6,217 t (2024's highest held); magnets: January 2025 6,357 t, November 2025 6,150 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month against any month of an earlier year", () => {
  it("leaves the month in its own year, so its level is the month's", async () => {
    const text = "Rare-earth exports reached 7,742.2 t in June, more than in any month of 2024.";
    expect(await readingAt(store, text, "7,742.2 t", "2025-07-20")).toMatchObject({
      period: "2025-06",
      verdict: "supported",
    });
  });

  it.each([
    [
      "Rare-earth exports reached 7,742.2 t in June, more than in any month of 2024.",
      "2025-07-20",
      "supported",
    ],
    [
      "In June, rare-earth exports reached 7,742.2 t, higher than any month of 2024.",
      "2025-07-20",
      "supported",
    ],
    [
      "Rare-earth exports of 5,994.3 t in July were more than in any month of 2024.",
      "2025-08-20",
      "contradicted",
    ],
    // 2024's magnet months are mostly missing; January 2025, higher, is not a month of 2024
    [
      "Magnet exports in November were 6,150 t, more than in any month of 2024.",
      "2025-12-20",
      "unverifiable",
    ],
  ])("%s", async (text, published, verdict) => {
    const quote = /(?:more|higher) than (?:in )?any month of 2024/.exec(text)![0];
    expect(await readingAt(store, text, quote, published)).toMatchObject({ verdict });
  });
});
