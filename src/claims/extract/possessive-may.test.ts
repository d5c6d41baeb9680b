// A capitalised "May" after an owner's possessive is the month its figure is of, not the modal verb.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findPeriods, toIndex } from "./periods.js";

const months = (clause: string, published: string) => {
  const [y, m] = published.split("-").map(Number) as [number, number];
  return findPeriods(clause, { latest: toIndex(y, m) - 1, year: null, carried: null }).map((p) => p.period);
};

describe("a possessive before May", () => {
  it.each([
    ["Beijing's May magnet shipments to Vietnam totalled 235 t.", "2025-06-22"],
    ["The country's May rare earth outflows hit 5,865 tonnes.", "2025-06-30"],
    ["China’s May NdFeB exports collapsed.", "2025-07-03"],
    ["Japan's May gallium purchases from China were nil.", "2025-06-25"],
    ["Customs put the nation's May permanent-magnet sales abroad at 1,238 t.", "2025-06-21"],
  ])("reads the month: %s", (clause, published) => {
    expect(months(clause, published)).toEqual(["2025-05"]);
  });

  it.each([
    ["China's exports may rise in the autumn.", "2025-06-22"],
    ["Japan's Imports May Fall Again", "2025-06-22"],
    ["What China's May Be Hiding", "2025-06-22"],
  ])("leaves the modal verb and other words alone: %s", (clause, published) => {
    expect(months(clause, published)).toEqual([]);
  });

  it("dates the figure and its move by the month", () => {
    const text = "Beijing's May magnet shipments slumped to 1,238 t, customs data showed.";
    const read = extractClaims(text, { published: "2025-06-21" }).map((c) => [c.kind, c.period]);
    expect(read).toEqual([
      ["direction", "2025-05"],
      ["level", "2025-05"],
    ]);
  });
});
