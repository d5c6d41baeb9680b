// The words around a change's size that reporters and posters put there: a sign of approximation
// written against the figure ("~8%", "≈ 12%"), "near", a word that only makes the size small ("up
// just 4%", "a fall of only 9%", "down a mere 31 t"), "off" for a fall, and a second change that
// leaves its verb to the first ("up 18% on March and about 40% on April 2024").
import { describe, expect, it } from "vitest";
import { findChanges } from "./find-changes.js";
import { findLevels, findShares } from "./find-figures.js";
import { hedgeOf } from "./numbers.js";

const changes = (clause: string) =>
  findChanges(clause).map((h) => ({
    text: clause.slice(h.start, h.end),
    pct: h.pct,
    unit: h.unit,
    hedge: h.hedge,
  }));

describe("a change's size with words around it", () => {
  it.each([
    ["antimony shipments were down ~8% m/m", -8, "about"],
    ["germanium sales, up ≈ 12% on the month", 12, "about"],
    ["tungsten exports up near 16% on a year ago", 16, "about"],
    ["gallium exports rose just 4% on the month", 4, null],
    ["gallium exports, up only about 6% on the year", 6, "about"],
    ["a fall of only 9% from March", -9, null],
    ["graphite shipments were up a mere 3% on May", 3, null],
    ["graphite shipments, off 7% from June", -7, null],
    ["graphite shipments were off about five percent month over month", -5, "about"],
  ])("reads %s", (clause, pct, hedge) => {
    const got = changes(clause);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ pct, unit: "%", hedge });
  });

  it("keeps 'just over' a hedge of its own, not 'just' before 'over'", () => {
    expect(changes("antimony exports rose just over 10% on April")[0]).toMatchObject({
      pct: 10,
      hedge: "just_over",
    });
  });

  it("reads a difference in tonnes after 'only' or 'just'", () => {
    expect(changes("antimony shipments to Belgium, down only 31 t from July")[0]).toMatchObject({
      pct: -31,
      unit: "t",
    });
    expect(changes("tungsten exports grew just 120 tonnes on the year")[0]).toMatchObject({
      pct: 120,
      unit: "t",
    });
  });

  it("gives a second change without its verb the first one's direction and its own hedge", () => {
    const got = changes("germanium brought 9 t, up 18% on March and about 40% on April 2024");
    expect(got.map((h) => [h.pct, h.hedge])).toEqual([
      [18, null],
      [40, "about"],
    ]);
  });

  it("does not take 'off' as a fall where it is part of another verb", () => {
    expect(changes("buyers took off 5% of the stock")).toHaveLength(0);
    expect(changes("traders knocked 5% off the price")).toHaveLength(0);
  });
});

describe("a share or a level with a sign of approximation", () => {
  it("is read as about the figure", () => {
    const [s] = findShares("Poland took ~14% of the total");
    expect(s).toMatchObject({ pct: 14, hedge: "about" });
  });

  it("reads a tonnage after '~' as about the figure", () => {
    expect(findLevels("tungsten exports of ~2,140 t")[0]).toMatchObject({ value: 2140, hedge: "about" });
  });

  it("names the hedge of '~', '≈' and 'near' as 'about'", () => {
    expect(["~", "≈", "near"].map(hedgeOf)).toEqual(["about", "about", "about"]);
  });
});
