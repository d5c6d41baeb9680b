// A month's distance to the record ("1,748 tonnes shy of the all-time peak", "just 207 t below the
// all-time high", "within 4% of the record") is a difference from the record month the data holds,
// never a level of its own nor a claim that the month is the record; a wrong one is contradicted only
// when no month missing from the data could hold another record.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claimsOf = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => [c.text, c.verdict]);

// rare earths: record June 2025 at 7,742.2 t, July 2025 5,994.3 t (1,747.9 t below); magnets: record
// January 2025 at 6,357 t, November 2025 6,150 t (207 t, 3.3% below)
describe("a distance to the record", () => {
  it.each([
    [
      "2025-08-20",
      "Rare earth exports in July 2025 were 1,748 tonnes shy of the all-time peak.",
      "1,748 tonnes shy of the all-time peak",
    ],
    [
      "2025-12-20",
      "At 6,150 t, November 2025 magnet exports were just 207 t below the all-time high.",
      "just 207 t below the all-time high",
    ],
    [
      "2025-12-20",
      "China's November 2025 magnet exports came within 4% of the record.",
      "within 4% of the record",
    ],
    [
      "2025-08-20",
      "Rare earth exports reached 5,994.3 t in July 2025, about 1,750 tonnes short of the record.",
      "about 1,750 tonnes short of the record",
    ],
    [
      "2025-12-20",
      "November 2025 magnet exports of 6,150 t ended 3.3% under the previous record.",
      "3.3% under the previous record",
    ],
  ])("is checked against the record month (%s): %s", async (published, text, words) => {
    const got = await claimsOf(text, published);
    expect(got).toContainEqual([words, "supported"]);
    expect(got.filter(([, v]) => v !== "supported")).toEqual([]);
  });

  it("is not contradicted while months missing from the data could hold the record", async () => {
    const got = await claimsOf(
      "China's November 2025 magnet exports came within 1% of the record.",
      "2025-12-20",
    );
    expect(got).toEqual([["within 1% of the record", "unverifiable"]]);
  });
});
