// A label that names a year's extreme with "month" and its year ("Peak month 2025: January",
// "Trough 2024 | October") ranks the month named after it within that year, as "Monthly peak 2024:
// May" does. Magnets 2025: January 6,357 t (the year's high), May 1,238 t (its low).
import { describe, expect, it } from "vitest";
import { findYearExtremes } from "../../src/claims/extract/find-year-extremes.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a label naming a year's extreme with 'month'", () => {
  it.each([
    ["Peak month 2025: January", "high", 2025],
    ["- Low month, 2024: October", "low", 2024],
    ["| Trough 2025 | May |", "low", 2025],
  ])("reads %s", (text, direction, year) => {
    expect(findYearExtremes(text)).toMatchObject([{ n: 1, direction, scope: { type: "year", year } }]);
  });

  it("leaves a label with no month after it alone", () => {
    expect(findYearExtremes("Peak month 2025: see below")).toEqual([]);
  });

  it.each([
    ["Magnet exports. Peak month 2025: January (6,357 t).", "Peak month 2025:", "2025-01", "supported"],
    ["Magnet exports. Low month 2025: October (5,473 t).", "Low month 2025:", "2025-10", "unverifiable"],
  ])(
    "checks it in that year (a product carried from the sentence before never contradicts): %s",
    async (text, quote, period, verdict) => {
      const c = await claimAt(store, text, quote, "2026-02-15");
      expect(c).toMatchObject({ kind: "rank", period, verdict });
    },
  );
});
