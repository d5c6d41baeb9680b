// A difference in tonnes set against a bare year: "760 tonnes short of 2024", "7,154 t above 2024's".
// "over 2025" dates a figure ("57,392 t over 2025") and is no difference.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const changes = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.stated.type === "change")
    .map((c) => [
      c.period,
      c.stated.type === "change" ? [c.stated.pct, c.stated.unit, c.stated.basis] : null,
    ]);

describe("tonnes against a year", () => {
  it.each([
    ["Rare-earth exports reached 62,585 t in 2025, 7,154 t above 2024.", 7154],
    ["In 2025 magnet shipments came to 57,392 tonnes, roughly 760 tonnes short of 2024's.", -760],
  ])("%s", (text, pct) => {
    expect(changes(text, "2026-01-25")).toEqual([["2025-01..2025-12", [pct, "t", "yoy"]]]);
  });

  it("does not read 'over' a year as a difference", () => {
    expect(changes("China shipped 57,392 tonnes of magnets over 2025.", "2026-01-25")).toEqual([]);
  });
});
