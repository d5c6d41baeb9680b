// "By the end of October, magnet exports had reached 45,290 t for the year": the year so far that
// "for the year" names ends at the month the clause counts to, not at the latest month a story of
// December could report; the figure was read as January-November's and a true total contradicted.
// "By October" alone may mean before October begins, and is left as it was.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";

const periods = (t: string) => extractClaims(t, { published: "2025-12-20" }).map((c) => c.period);

describe("the year so far counted to a month the clause names", () => {
  it.each([
    "By the end of October, magnet exports had reached 45,290 t for the year.",
    "Magnet exports had reached 45,290 t for the year by the end of October.",
    "By end-October, magnet exports for the year had reached 45,290 t.",
    "Through October, magnet exports for the year came to 45,290 t.",
  ])("ends at that month: %s", (text) => {
    expect(periods(text)).toEqual(["2025-01..2025-10"]);
  });

  it("ends at the latest month when the clause counts to none", () => {
    expect(periods("Magnet exports for the year reached 51,440 t.")).toEqual(["2025-01..2025-11"]);
  });
});
