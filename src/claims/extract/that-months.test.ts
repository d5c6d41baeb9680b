// "that month's" before a figure, or before the figure a rank is said of, points back to the last
// month named: in the figure's own sentence or the one before, whatever that month's role there.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2025-12-20" }).map((c) => [c.kind, c.text, c.period, c.grounds.period]);

describe("that month's", () => {
  it("dates a figure by the month named last in its sentence, not by the sentence's subject", () => {
    const t =
      "November's 6,150 t of magnet exports was the highest since January; that month's 6,357 t is still the year's peak.";
    expect(read(t).slice(2)).toEqual([
      ["level", "6,357 t", "2025-01", "carried"],
      ["rank", "the year's peak", "2025-01", "carried"],
    ]);
  });

  it("dates it by the month the sentence before named last", () => {
    const t =
      "US-bound magnet shipments recovered to 619 t in July after a trough in May. That month's 46 t was the lowest of the year.";
    expect(read(t).slice(-2)).toEqual([
      ["level", "46 t", "2025-05", "carried"],
      ["rank", "lowest of the year", "2025-05", "carried"],
    ]);
  });

  it("keeps the month the text is on as the other reading, and contradicts nothing", () => {
    const t = "Magnet exports fell to 5,473 t in October from September. That month's 6,146 t was a record.";
    const claims = extractClaims(t, { published: "2025-12-20" });
    const level = claims.find((c) => c.text === "6,146 t");
    expect(level?.period).toBe("2025-09");
    expect(level?.alternatives.map((a) => a.period)).toContain("2025-10");
  });
});
