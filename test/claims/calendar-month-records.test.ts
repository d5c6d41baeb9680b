// A rank among the same calendar month said two more ways: "the highest for any November" (an
// extreme, then "for any" and the month) and "a record for the month" (the month the clause names
// before it). Both were missed. Rare earths: Novembers 4,206 t (2023), 4,416 t (2024), 5,493.9 t
// (2025); Octobers 3,604 t (2022), 4,291 t (2023), 4,753 t (2024), 4,343.5 t (2025).
import { describe, expect, it } from "vitest";
import { findCalendarRanks } from "../../src/claims/extract/find-calendar-ranks.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a rank among the same calendar month, said with 'for any' or 'for the month'", () => {
  it.each([
    ["the biggest for any single March", 1, "high", 3],
    ["the second-lowest of any July", 2, "low", 7],
    ["In August the tally set a new record for the month", 1, "high", 8],
    ["May's tally was the lowest on record for that month", 1, "low", 5],
  ])("reads %s", (text, n, direction, month) => {
    expect(findCalendarRanks(text)).toMatchObject([{ n, direction, scope: { type: "calendar", month } }]);
  });

  it("needs the month the clause names for 'a record for the month'", () => {
    expect(findCalendarRanks("the tally set a record for the month")).toEqual([]);
  });

  it.each([
    [
      "China’s rare-earth shipments came to 5,493.9 t in November 2025, the highest for any November.",
      "highest for any November",
      "2025-11",
      "supported",
    ],
    [
      "In November 2025 China’s rare-earth shipments came to 5,493.9 t, a record for the month.",
      "a record for the month",
      "2025-11",
      "supported",
    ],
    [
      "In October 2025 China’s rare-earth shipments came to 4,343.5 t, a record for the month.",
      "a record for the month",
      "2025-10",
      "contradicted",
    ],
  ])("checks it among that month of each year: %s", async (text, quote, period, verdict) => {
    const c = await claimAt(store, text, quote, "2026-01-20");
    expect(c).toMatchObject({ kind: "rank", series: "rare-earths", period, verdict });
  });
});
