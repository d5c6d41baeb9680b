// A peak or trough named by its month: over the year the clause opens with ("For the year, ...",
// "Across 2026, ..."), or, with no window named, over a few months around it, also when the figure
// comes between the verb and the month ("peaked at 412 t in June").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const ranks = (t: string) =>
  extractClaims(t, { published: "2026-12-10" })
    .filter((c) => c.stated.type === "rank")
    .map((c) => {
      const s = c.stated.type === "rank" ? c.stated : null;
      return [c.period, s?.direction, s?.scope.type === "year" ? s.scope.year : s?.scope.type];
    });

describe("a peak named by its month", () => {
  it.each([
    ["For the year, terbium exports peaked in March at 9.1 t.", "2026-03", "high"],
    ["Across 2026, shipments of magnets to India bottomed out in April at 96 t.", "2026-04", "low"],
    ["Over the whole year, gallium exports peaked in October at 7.4 t.", "2026-10", "high"],
  ])("is a rank in the year the clause opens with: %s", (text, month, direction) => {
    expect(ranks(text)).toEqual([[month, direction, 2026]]);
  });

  it("is read with its figure between the verb and the month, over the months around it", () => {
    expect(ranks("Magnet exports to Vietnam peaked at 412 t in June.")).toEqual([
      ["2026-06", "high", "months"],
    ]);
  });
});
