// A second (or third) place said by naming what beat it, for a month and for a destination.
import { describe, expect, it } from "vitest";
import { findDestinationRanks } from "./find-destination-ranks.js";
import { findRanks } from "./find-ranks.js";

const months = (t: string) => findRanks(t).map((h) => [t.slice(h.start, h.end), h.n, h.scope, h.fromNamed]);
const places = (t: string) =>
  findDestinationRanks(t).map((h) => [t.slice(h.start, h.end), h.n, h.partner.value]);

describe("a month ranked by the months named above it", () => {
  it.each([
    ["Outbound magnets hit 5,952 t in December, trailing only November.", "trailing only November", 2],
    ["The July tally was surpassed only by March's.", "surpassed only by March's", 2],
    ["Shipments of 4,010 t were beaten only by June and August", "beaten only by June and August", 3],
    ["April's figure, behind only January 2025, stood out.", "behind only January 2025", 2],
    ["It was bettered only by February, April and May.", "bettered only by February, April and May", 4],
  ])("%s", (text, words, n) => {
    expect(months(text)).toEqual([[words, n, { type: "since", period: null }, true]]);
  });

  it("reads a plain 'second to' after a verb that places it ('was second to March')", () => {
    expect(months("Its 4,910 t of August came second to March.")).toEqual([
      ["second to March", 2, { type: "since", period: null }, true],
    ]);
    expect(months("The figure was second to none.")).toEqual([]);
  });

  it("counts over the year when the words say so, and keeps the month named above it", () => {
    expect(months("At 5,100 t it was exceeded only by May this year.")).toEqual([
      ["exceeded only by May this year", 2, { type: "year", year: null }, true],
    ]);
  });

  it("leaves an extreme with its exceptions to the extreme's reading", () => {
    expect(findRanks("the strongest this year, second only to March").map((h) => h.n)).toEqual([2]);
  });
});

describe("a destination ranked by the destinations named above it", () => {
  it.each([
    ["Vietnam took 444 t, second only to Germany.", "second only to Germany", 2, "VNM"],
    ["India's 190 tonnes put it behind only the United States", "behind only the United States", 2, "IND"],
    [
      "Japan bought 240 t, trailing only Germany and South Korea.",
      "trailing only Germany and South Korea",
      3,
      "JPN",
    ],
  ])("%s", (text, words, n, partner) => {
    expect(places(text)).toContainEqual([words, n, partner]);
  });

  it("needs a destination before the words and another after them", () => {
    expect(places("Shipments were second only to Germany's.")).toEqual([]);
    expect(places("Germany's intake, second only to Germany's a year before, eased.")).toEqual([]);
  });
});
