// A month that says when figures came out ("the October numbers were released in mid-November",
// "data published in early December showed ...", "the figures surfaced late in January") dates the
// release, not the figures: read as their month, a November change "from October" was held against
// December's level and contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month that dates a release", () => {
  it.each([
    [
      "Customs' November 2025 magnet figures were released in mid-December 2025, showing exports of 6,150 tonnes, up 12% from October.",
      "2025-12-22",
    ],
    [
      "The November magnet numbers, published in early December, put exports at 6,150 t, 12% more than in October.",
      "2025-12-23",
    ],
    [
      "Magnet data for November came out late in December: shipments reached 6,150 tonnes, a 12% rise from October.",
      "2025-12-28",
    ],
  ])("does not date the figures: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
    expect(got.filter(([, v]) => v === "supported").length).toBeGreaterThanOrEqual(2);
  });

  it("still reads a month a figure is of", async () => {
    const got = await verdictsOf(
      store,
      "Data released on Saturday showed magnet exports of 5,952 t in December, down 3.2% from November.",
      "2026-01-20",
    );
    expect(got).toContainEqual(["5,952 t", "supported"]);
    expect(got).toContainEqual(["down 3.2%", "supported"]);
  });
});
