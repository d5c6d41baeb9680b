// A share a destination took of a month's stated tonnage: "took 12% of October's 5,473 t", "an
// eighth of October's 5,473 t". The share is of that month (it had no period, or the month before
// publication), and the tonnage is China's total for it: with "an eighth" it had been read as the
// destination's own October figure and contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// October 2025: 5,473 t of magnets, the US 656 t (12.0%), Germany 1,118 t (20.4%), Japan 226 t (4.1%)
describe("a share of a month's stated tonnage", () => {
  it.each([
    ["The United States took 12% of October's 5,473 t of magnet exports.", "took 12%", "USA", 12],
    ["Japan accounted for 4.1% of October's 5,473 tonnes of magnets.", "accounted for 4.1%", "JPN", 4.1],
    ["Germany took a fifth of October's 5,473 t of magnet exports.", "took a fifth", "DEU", 20],
  ])("is that month's share: %s", async (text, quote, partner, pct) => {
    expect(await cellAt(store, text, quote, "2025-12-20")).toEqual([
      "share",
      "rare-earth-magnets",
      partner,
      "2025-10",
      pct,
      "supported",
    ]);
  });

  it("never reads the month's tonnage as the destination's", async () => {
    for (const text of [
      "The US took an eighth of October's 5,473 t of magnet exports.",
      "Germany took two-fifths of October's 5,473 t of magnet exports.",
      "The US took just under an eighth of October's 5,473 t.",
      "The US got roughly an eighth of the 5,473 t of magnets China exported in October.",
      "Korea captured just over a tenth of the 5,473 t China shipped in October.",
    ]) {
      const got = await verdictsOf(store, text, "2025-12-20");
      expect(got.find(([t]) => t === "5,473 t")?.[1]).toBe("supported");
    }
  });
});
