// A caption that gives its unit and then its source in brackets ("..., metric tons (source: the
// customs agency)") gives the unit to the bare figures under it, a total line after the rows too.
// US-bound magnets: September 420.5 t, October 656 t (1,076.5 t together).
import { describe, expect, it } from "vitest";
import { unitNamed } from "../../src/claims/extract/discourse.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a caption's unit before its source", () => {
  it.each([
    ["Chinese magnet shipments to the US, metric tons (source: customs)", "t"],
    ["Shipments by month, tonnes (compiled from official releases):", "t"],
    ["Shipments by month (source: customs)", null],
  ])("%s", (words, unit) => {
    expect(unitNamed(words)).toBe(unit);
  });

  it("gives the unit to a total line under the rows", async () => {
    const text =
      "Chinese magnet shipments to the US, metric tons (source: customs releases)\n\nSeptember 2025 ...... 420.5\nOctober 2025 ........ 656\n\nTotal, September-October 2025: 1,076.5";
    const c = await claimAt(store, text, "1,076.5", "2025-12-01");
    expect(c).toMatchObject({ partner: "USA", period: "2025-09..2025-10", verdict: "supported" });
  });
});
