// "even if" concedes a fact rather than supposing one ("exports rose to 6,150 t, even if shipments to
// the US slipped 11%"), and a row, column or total that "should read" a figure states what the figure
// is, not a forecast. Read as a hypothetical and a forecast, both went unchecked.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a concession and a corrected row", () => {
  it("checks a change conceded with 'even if'", async () => {
    const got = await verdictsOf(
      store,
      "Magnet exports reached 6,150 t in November, even if shipments to the US slipped 11% from October.",
      "2025-12-22",
    );
    expect(got).toContainEqual(["slipped 11%", "supported"]);
  });

  it("still reads 'if' alone as a supposition", async () => {
    const got = await verdictsOf(
      store,
      "If magnet exports slipped 30% in November, buyers would run short.",
      "2025-12-22",
    );
    expect(got.filter(([, v]) => v !== "unverifiable")).toEqual([]);
  });

  it.each([
    ["The total column should read 51,440 t for January-November 2025.", "51,440 t", "supported"],
    ["The November 2025 magnet row should be 6,105 t, the sheet says.", "6,105 t", "contradicted"],
  ])("checks what a row or total should read: %s", async (text, quote, verdict) => {
    expect(await verdictsOf(store, text, "2025-12-28")).toContainEqual([quote, verdict]);
  });

  it("still reads a month's exports that 'should be' a figure as a forecast", async () => {
    const got = await verdictsOf(store, "December magnet exports should be about 6,400 t.", "2025-12-28");
    expect(got.filter(([, v]) => v !== "unverifiable")).toEqual([]);
  });
});
