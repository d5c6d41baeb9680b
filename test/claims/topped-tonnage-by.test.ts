// "Germany's 1,118 t in October exceeded South Korea's 569 t by 549 t": the tonnage after "by" is the
// gap between the two destinations, where the object's own tonnage had kept it from being read as
// one, and it was taken for a level of South Korea's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt, claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-11-25";

describe("a verb of comparison, an object with its tonnage, then 'by'", () => {
  it.each([
    ["Germany's 1,118 t in October exceeded South Korea's 569 t by 549 t.", "549 t", "DEU", 549, "supported"],
    ["In October, magnet exports to the US topped Japan's 226 t by 430 t.", "430 t", "USA", 430, "supported"],
    [
      "In October, magnet exports to the US topped Japan's 226 t by 120 t.",
      "120 t",
      "USA",
      120,
      "contradicted",
    ],
  ])("reads the figure after 'by' as the gap: %s", async (text, quote, partner, size, verdict) => {
    expect(await cellAt(store, text, quote, published)).toEqual([
      "change",
      "rare-earth-magnets",
      partner,
      "2025-10",
      size,
      verdict,
    ]);
  });

  it.each([
    ["November's 6,150 t beat August's 6,146 t by a mere four tonnes.", "four tonnes", "WLD", 4, "supported"],
    [
      "South Korea's 815 t in December put it ahead of the United States (564 t) by 251 t.",
      "251 t",
      "KOR",
      251,
      "supported",
    ],
    ["The US out-bought Japan by 430 t in October.", "430 t", "USA", 430, "supported"],
  ])(
    "and after 'ahead of', 'out-bought' or a hedge before the figure: %s",
    async (text, quote, partner, size, verdict) => {
      const cell = await cellAt(store, text, quote, "2026-01-25");
      expect([cell?.[0], cell?.[2], cell?.[4], cell?.[5]]).toEqual(["change", partner, size, verdict]);
    },
  );

  it("keeps the object's own tonnage its destination's level", async () => {
    const text = "Germany's 1,118 t in October exceeded South Korea's 569 t by 549 t.";
    const c = await claimAt(store, text, "569 t", published);
    expect([c?.kind, c?.partner, c?.verdict]).toEqual(["level", "KOR", "supported"]);
  });
});
