// Ranks said as nouns and places rather than as "the highest since ...": a destination's place in a
// line that opens with its figure, "topped the list of buyers", "back in second place", "left the US in
// fourth place among destination markets", "a record for that market", and the month of a quarter or
// half the text does not name ("the strongest month of the quarter"), through the whole reader.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findDestinationRanks } from "./find-destination-ranks.js";
import { findRanks } from "./find-ranks.js";

const ranks = (t: string, published = "2026-01-20") =>
  extractClaims(t, { published })
    .filter((c) => c.kind === "rank")
    .map((c) => [c.text, c.partner, c.period, c.stated.type === "rank" ? c.stated.n : null]);

describe("destination places said as nouns", () => {
  it.each([
    ["Germany topped the list of buyers in December.", "topped the list of buyers", 1, "DEU"],
    ["Korea headed China's ranking of export markets.", "headed China's ranking of export markets", 1, "KOR"],
    ["Korea was back in second place in December.", "was back in second place", 2, "KOR"],
    ["In October, Korea is the number-two buyer.", "is the number-two buyer", 2, "KOR"],
    ["Korea, in second place, took 854 t.", "in second place", 2, "KOR"],
    [
      "a drop that left the US in fourth place among destination markets",
      "in fourth place among destination markets",
      4,
      "USA",
    ],
  ])("reads %s", (text, words, n, partner) => {
    expect(findDestinationRanks(text).map((h) => [text.slice(h.start, h.end), h.n, h.partner.value])).toEqual(
      [[words, n, partner]],
    );
  });

  it("gives a line that opens with its figure the destination named after the figure", () => {
    const t =
      "1,106 — tonnes to Germany in December, again the largest destination\n815 — tonnes to South Korea in December, the No. 2 destination";
    expect(ranks(t)).toEqual([
      ["again the largest destination", "DEU", "2025-12", 1],
      ["the No. 2 destination", "KOR", "2025-12", 2],
    ]);
  });

  it("leaves the list of the rankings a text draws up alone", () => {
    expect(findDestinationRanks("Germany topped the list again.")).toEqual([]);
    expect(findDestinationRanks("Germany topped the list of concerns raised by buyers.")).toEqual([]);
  });
});

describe("a record said of the market just named", () => {
  it("reads 'a record for that market' as the destination's record", () => {
    expect(
      ranks("India's 418 tonnes of magnets in July was a record for that market.", "2025-08-20"),
    ).toEqual([["a record", "IND", "2025-07", 1]]);
  });
});

describe("the quarter or half that holds the month", () => {
  it("reads the rank over the quarter the claim's month is in", () => {
    expect(findRanks("August was the strongest month of the quarter")[0]).toMatchObject({
      n: 1,
      direction: "high",
      scope: { type: "ownPart", months: 3 },
    });
    expect(findRanks("the weakest month of the half")[0]).toMatchObject({
      direction: "low",
      scope: { type: "ownPart", months: 6 },
    });
  });

  it("leaves a quarter spoken of as another one alone", () => {
    expect(findRanks("the highest in the quarter before")).toEqual([]);
  });

  it("checks it over that calendar quarter", () => {
    const t =
      "Magnet exports were 5,577 t in July, 6,146 t in August and 5,774 t in September. September was the weakest month of the quarter for magnets.";
    const [rank] = extractClaims(t, { published: "2025-10-20" }).filter((c) => c.kind === "rank");
    expect(rank?.period).toBe("2025-09");
    expect(rank?.stated).toMatchObject({
      direction: "low",
      scope: { type: "span", from: "2025-07", to: "2025-09" },
    });
  });
});

describe("a record said of a figure or with 'recorded'", () => {
  it.each([
    ["a rebound since the record 6,357 tonnes of January", "the record"],
    ["6,150 t, the second-highest monthly total recorded", "second-highest monthly total recorded"],
  ])("reads %s", (text, words) => {
    expect(findRanks(text).map((h) => text.slice(h.start, h.end))).toEqual([words]);
  });

  it("reads no record in 'recorded' with a window or a keeper after it", () => {
    expect(findRanks("the highest level recorded by customs in March")).toEqual([]);
    expect(findRanks("the record number of licences")).toEqual([]);
  });
});

describe("a place among the months of a year", () => {
  it.each([
    ["December ranked third among the months of 2025", 3, 2025],
    ["November came second of all the months this year", 2, null],
  ])("reads %s", (text, n, year) => {
    expect(findRanks(text)[0]).toMatchObject({ n, direction: "high", scope: { type: "year", year } });
  });

  it("checks the place over that year", () => {
    const t = "December's 5,952 tonnes of magnets ranked third among the months of 2025.";
    const [rank] = extractClaims(t, { published: "2026-01-20" }).filter((c) => c.kind === "rank");
    expect(rank?.period).toBe("2025-12");
    expect(rank?.stated).toMatchObject({ n: 3, scope: { type: "year", year: 2025 } });
  });
});
