// A level bounded by a hedge ("more than 6,100 t", "above 850 tonnes") followed by its month: the
// month is the level's own period, and the period of the change that leads to it, not a base.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findPeriods, toIndex } from "./periods.js";

const roles = (clause: string, published: string) => {
  const [y, m] = published.split("-").map(Number) as [number, number];
  return findPeriods(clause, { latest: toIndex(y, m) - 1, year: null, carried: null }).map((p) => [
    p.period,
    p.role,
  ]);
};
const read = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => [t.slice(c.start, c.end), c.kind, c.period]);

describe("a hedged level before its month", () => {
  it.each([
    ["Cobalt shipments to Korea jumped to above 850 tonnes in September.", "2025-10-18", "2025-09"],
    ["Outbound magnet volumes climbed to over 610 t in July, customs said.", "2025-08-21", "2025-07"],
    ["Exports of the metal rose to well over 5,400 tonnes during November.", "2025-12-30", "2025-11"],
    ["Germany's intake slipped to less than 1,200 t in October.", "2025-11-25", "2025-10"],
    ["Sales abroad recovered to more than 3,100 tons in June.", "2025-07-22", "2025-06"],
    ["Deliveries to India fell below 160 t in May.", "2025-06-19", "2025-05"],
    // a tonnage spoken in words, as a broadcast or its transcript gives it
    ["Well over five thousand two hundred tonnes in August, she said.", "2025-09-22", "2025-08"],
    ["Shipments to Japan: just under three hundred and ten tonnes in November.", "2025-12-22", "2025-11"],
  ])("reads the month as the level's own: %s", (clause, published, month) => {
    expect(roles(clause, published)).toEqual([[month, "main"]]);
  });

  it.each([
    ["Shipments to Brazil rose 9% from more than 400 t in June.", "2025-08-20", "2025-06"],
    ["Volumes were 12% above 5,000 t in March.", "2025-05-20", "2025-03"],
    ["It compared with over 500 t in May.", "2025-07-20", "2025-05"],
    ["They were up from more than six hundred tonnes in March.", "2025-05-20", "2025-03"],
    ["Exports came in 300 t below 5,800 tonnes in August.", "2025-10-20", "2025-08"],
  ])("keeps a figure set against another as the base: %s", (clause, published, month) => {
    expect(roles(clause, published)).toEqual([[month, "base"]]);
  });

  it.each([
    ["Magnet shipments to the US climbed to more than 600 t in July.", "2025-08-20", "climbed"],
    ["China's magnet exports grew 12% to over 6,100 tonnes in November.", "2025-12-21", "grew 12%"],
    ["Magnet sales to South Korea jumped to above 850 t in September.", "2025-10-18", "jumped"],
    ["Rare-earth exports slid 31% to less than 4,100 t in September.", "2025-10-20", "slid 31%"],
  ])("gives the change the level's month: %s", (text, published, words) => {
    const month = read(text, published).find(([w]) => w?.startsWith(words.split(" ")[0]!));
    const level = read(text, published).find(([, k]) => k === "level");
    expect(month?.[2]).toBe(level?.[2]);
    expect(level?.[2]).toMatch(/^2025-(?:07|09|11)$/);
  });
});

describe("a hedged tonnage in words", () => {
  it("dates the sentences after it that name no month", () => {
    const text =
      "Magnets, then. Just over six thousand one hundred tonnes in November. America got less: five hundred and eighty-two tonnes, down eleven percent.";
    expect(read(text, "2025-12-20").map(([, , period]) => period)).toEqual(["2025-11", "2025-11", "2025-11"]);
  });
});

describe("a hedged change before its month", () => {
  it.each([
    [
      "Magnet sales to Poland rose by more than 15% in October from the month before.",
      "2025-11-24",
      "2025-10",
    ],
    ["Exports of the alloy fell over twenty per cent in February on the year.", "2025-03-20", "2025-02"],
    ["Shipments to Canada were up more than 8 percent in June against May.", "2025-07-21", "2025-06"],
  ])("dates the change by the month after it: %s", (text, published, month) => {
    const change = read(text, published).find(([, k]) => k === "change");
    expect(change?.[2]).toBe(month);
  });

  it("still reads 'more than in May' as the month compared with", () => {
    expect(roles("Sales to Chile in June were more than in May.", "2025-07-21")).toEqual([
      ["2025-06", "main"],
      ["2025-05", "base"],
    ]);
  });

  it.each([
    ["Germanium sales abroad dropped over 40% in March.", "2025-04-18", "2025-03"],
    ["Deliveries to Poland were up more than 12 percent during July.", "2025-08-20", "2025-07"],
    ["Antimony shipments slid by well over 30 pc in June, customs said.", "2025-07-21", "2025-06"],
    ["Outbound terbium rose less than 3% in October.", "2025-11-19", "2025-10"],
  ])("reads the month as the change's own: %s", (clause, published, month) => {
    expect(roles(clause, published)).toEqual([[month, "main"]]);
  });

  it.each([
    ["Volumes were 9% above over 5% in March.", "2025-05-20"],
    ["The gain was bigger than 4% in May.", "2025-07-20"],
  ])("keeps a month after a hedge with no change verb a base: %s", (clause, published) => {
    expect(roles(clause, published).map(([, role]) => role)).toEqual(["base"]);
  });
});
