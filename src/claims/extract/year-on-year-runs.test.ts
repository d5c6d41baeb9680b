// A run of months told with "up"/"down"/"higher"/"lower" after a copula ("were up on the year for the
// fourth month running") takes its direction from those words, as it does from a verb; a run "of
// year-on-year growth" is read with its hyphenated base words, and either is a run on the year.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findRanks } from "./find-ranks.js";

const runs = (clause: string) => findRanks(clause).map((r) => [r.type, r.n, r.direction]);
const basis = (t: string) =>
  extractClaims(t, { published: "2025-11-20" })
    .filter((c) => c.stated.type === "streak")
    .map((c) => [c.period, c.stated.type === "streak" ? c.stated.basis : null]);

describe("runs told with a copula or a hyphenated base", () => {
  it.each([
    ["Rare-earth shipments were down on the year for the fourth month running", "down"],
    ["Exports to Korea were lower than a year earlier for a second month in a row", "down"],
    ["Gallium exports were higher than a year before for the third month running", "up"],
  ])("takes the direction of the words after the copula: %s", (clause, direction) => {
    expect(runs(clause)).toEqual([["streak", expect.any(Number), direction]]);
  });

  it("reads a run 'of year-on-year growth'", () => {
    expect(runs("October was the fifth straight month of year-on-year growth in magnet exports")).toEqual([
      ["streak", 5, "up"],
    ]);
  });

  it("puts such a run on the year", () => {
    expect(basis("Magnet exports in October were up on the year for the fourth month running.")).toEqual([
      ["2025-10", "yoy"],
    ]);
  });
});
