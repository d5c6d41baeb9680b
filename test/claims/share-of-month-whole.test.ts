// "Germany's 1,118 t made up 20.4% of October's 5,473 t": the tonnage a share or a fraction is taken
// of, dated by a month's possessive, is that month's total, not the destination's; read as Germany's,
// a right total was called contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, September 2025: 5,774 t in all, South Korea 854 t (14.8%)
describe("the whole a share of a month's tonnage is taken of", () => {
  it.each([
    "South Korea's 854 t of magnets was 14.8% of September's 5,774 t.",
    "South Korea bought a seventh of September's 5,774 t of magnets.",
    "South Korea took roughly 15 per cent of September's 5,774 t of magnet exports.",
  ])("%s", async (text) => {
    const got = await claimAt(store, text, "5,774 t", "2025-10-24");
    expect(got?.partner).toBe("WLD");
    expect(got?.period).toBe("2025-09");
    expect(got?.verdict).toBe("supported");
  });

  it("still contradicts a wrong total", async () => {
    const got = await claimAt(
      store,
      "South Korea's 854 t of magnets was 14.8% of September's 6,774 t.",
      "6,774 t",
      "2025-10-24",
    );
    expect(got?.partner).toBe("WLD");
    expect(got?.verdict).toBe("contradicted");
  });

  it("keeps a ratio to the destination's own figure of another month its own", async () => {
    for (const text of [
      "Vietnam took 444 t of magnets, a little under 100% of September's 456 t.",
      "Shipments to Vietnam came to 444 t, almost 100% of September's 456 t.",
    ]) {
      const got = await claimAt(store, text, "456 t", "2025-11-24");
      expect(got?.partner).toBe("VNM");
    }
  });
});
