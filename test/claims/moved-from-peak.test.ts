// A move away from a peak dated by its month is checked as the move of the month after it: germanium
// exports fell from 1.497 t in March 2025 to 0.098 t in April, so "slipped from a record in March"
// is a fall that holds, whatever the record itself.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a move from a peak set in a month", () => {
  it.each([
    ["Germanium shipments slipped from a record in March.", "slipped"],
    ["Germanium shipments eased back from the peak set in March.", "eased"],
  ])("is supported as April's fall from March: %s", async (text, verb) => {
    const c = await claimAt(store, text, verb, "2025-05-20");
    expect([c?.kind, c?.series, c?.period, c?.verdict]).toEqual([
      "direction",
      "germanium",
      "2025-04",
      "supported",
    ]);
    expect(c?.explanation).toMatch(/1\.497 t in March 2025 to 0\.098 t in April 2025/);
  });
});
