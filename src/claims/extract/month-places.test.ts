import { describe, expect, it } from "vitest";
import { findMonthPlaces } from "./month-places.js";
import { findRanks } from "./find-ranks.js";

const places = (clause: string) =>
  findMonthPlaces(clause).map((h) => [clause.slice(h.start, h.end), h.n, h.scope]);

describe("a month's place with the month as its subject", () => {
  it.each([
    ["December (5,952 t) ranked fourth.", "ranked fourth", 4, null],
    ["October's 5,473 t ranked fifth in 2025.", "ranked fifth in 2025", 5, 2025],
    ["In 2025, August came third.", "came third", 3, null],
    ["In 2025, December, at 5,952 t, ranked fourth.", "ranked fourth", 4, null],
    ["November 2025 placed second for the year", "placed second for the year", 2, null],
    [
      "June's total finished ninth among the months of 2025",
      "finished ninth among the months of 2025",
      9,
      2025,
    ],
  ])("reads a place among the months of a year: %s", (clause, words, n, year) => {
    expect(places(clause)).toEqual([[words, n, { type: "year", year }]]);
  });

  it.each([
    "Japan ranked fourth in December.",
    "In December, Japan came fourth.",
    "December came fourth among destinations of Chinese rare earths.",
    "December ranked second on record.",
    "October came second straight.",
    "A marketing plan came first in December.",
    "Its 4,910 t of August came second to March.",
    "November ranked second behind January.",
  ])("leaves a place that is no month's among its year, or said by what beat it: %s", (clause) => {
    expect(places(clause)).toEqual([]);
  });

  it("is among the ranks a clause holds", () => {
    const clause = "January, November and August were all higher; December (5,952 t) ranked fourth.";
    expect(findRanks(clause).map((h) => [h.n, h.scope])).toEqual([[4, { type: "year", year: null }]]);
  });
});
