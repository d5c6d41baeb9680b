// Scoped ranks ("a six-month high") and comparisons with a named month ("less than in July").
import { describe, expect, it } from "vitest";
import { findComparisons } from "./find-comparisons.js";
import { findRanks } from "./find-ranks.js";

describe("findRanks", () => {
  it.each([
    ["a six-month high", { type: "months", months: 6 }, "high"],
    ["a fresh 10-month low", { type: "months", months: 10 }, "low"],
    ["a two-year peak", { type: "months", months: 24 }, "high"],
    ["the highest in seven months", { type: "months", months: 7 }, "high"],
    ["the biggest monthly figure so far this year", { type: "year", year: null }, "high"],
    ["their strongest pace since March", { type: "since", period: null }, "high"],
  ])("reads %s", (text, scope, direction) => {
    expect(findRanks(text)[0]).toMatchObject({ n: 1, scope, direction });
  });
});

describe("findComparisons", () => {
  it.each([
    ["were less than in July", "down"],
    ["higher than a year earlier", "up"],
    ["fell below August's level", "down"],
    ["above July's 5,577 tonnes", "up"],
  ])("reads %s", (text, direction) => {
    expect(findComparisons(text).map((c) => c.direction)).toEqual([direction]);
  });

  it("leaves time and forecasts alone", () => {
    expect(findComparisons("less than a month earlier, Beijing announced controls")).toEqual([]);
    expect(findComparisons("could be higher than in July")).toEqual([]);
  });
});

describe("findRanks, more scopes", () => {
  it("reads a rank in the series and records in German and Chinese", () => {
    expect(findRanks("the second best month in the series")[0]).toMatchObject({
      n: 2,
      scope: { type: "record" },
    });
    expect(findRanks("erreichten einen Rekordwert")[0]).toMatchObject({ n: 1, direction: "high" });
    expect(findRanks("出口创历史新高")[0]).toMatchObject({ n: 1, direction: "high" });
  });
});
