// A year's top or bottom month said as a noun or as the subject is a rank: in the year the clause
// names, as "the highest this year" is, or over the few months around it when it names none.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const ranks = (t: string) =>
  extractClaims(t, { published: "2026-11-18" })
    .filter((c) => c.stated.type === "rank")
    .map((c) => {
      const s = c.stated.type === "rank" ? c.stated : null;
      return [c.period, s?.direction, s?.scope.type === "year" ? s.scope.year : s?.scope.type];
    });

describe("a year's extreme said as a noun or a subject", () => {
  it.each([
    ["The busiest month for rare-earth shipments in 2026 was July.", "2026-07", "high"],
    ["This year the weakest month for magnet deliveries to Korea was March.", "2026-03", "low"],
    ["For exports of magnets this year, March was the low point.", "2026-03", "low"],
    ["For rare-earth exports this year, September proved the high point.", "2026-09", "high"],
    ["Rare-earth exports topped out for the year in September.", "2026-09", "high"],
    ["May proved the trough of the year for shipments to Vietnam.", "2026-05", "low"],
  ])("is a rank in the year: %s", (text, month, direction) => {
    expect(ranks(text)).toEqual([[month, direction, 2026]]);
  });

  it("is the month named after it, not one named earlier in the clause", () => {
    expect(
      ranks("For magnet exports in 2026, the slowest month was February, the strongest month was July."),
    ).toEqual([
      ["2026-02", "low", 2026],
      ["2026-07", "high", 2026],
    ]);
  });

  it("without a year is read over the months around it, as a peak named by its month is", () => {
    expect(ranks("For shipments to India, the peak month was August.")).toEqual([
      ["2026-08", "high", "months"],
    ]);
  });

  it("leaves a share's or a price's extreme alone", () => {
    expect(ranks("This year the peak month for Japan's share of exports was April.")).toEqual([]);
  });
});

describe("a year's extreme said with the noun alone, a bracketed figure or a verb of its own", () => {
  it.each([
    ["In 2026 the low was March.", "2026-03", "low"],
    ["Within 2026 the monthly peak was August (412 t).", "2026-08", "high"],
    ["For graphite this year, July (2,310 t) was the trough.", "2026-07", "low"],
    ["For tungsten this year, March set the high-water mark at 640 t.", "2026-03", "high"],
    ["Germanium exports, which peaked this year at 14 t in April, eased in May.", "2026-04", "high"],
  ])("is a rank in the year: %s", (text, month, direction) => {
    expect(ranks(text)).toEqual([[month, direction, 2026]]);
  });

  it("reads the year a list item's label ends in, for the month after its colon", () => {
    expect(ranks("- Monthly low 2025: February, 3,217 t")).toEqual([["2025-02", "low", 2025]]);
    expect(ranks("- Monthly peak 2024: May, 6,217 t")).toEqual([["2024-05", "high", 2024]]);
  });

  it("leaves 'the low was' with no month after it alone", () => {
    expect(ranks("In 2026 the low was 1,238 t.")).toEqual([]);
  });
});

describe("a list item's label that names the extreme before its month", () => {
  it.each([
    ["2. Busiest month for tungsten exports in 2026: August, at 412 t.", "2026-08", "high", 2026],
    ["**Weakest month for antimony in 2026:** March (590 tonnes).", "2026-03", "low", 2026],
    ["5. Quietest graphite month: February, 1,904 t.", "2026-02", "low", "months"],
  ])("is a rank of the month after the colon: %s", (text, month, direction, scope) => {
    expect(ranks(text)).toEqual([[month, direction, scope]]);
  });

  it("leaves the destination named before the label to the claim, outside the rank's words", () => {
    const [c] = extractClaims("4. Poland's best month: June, with 96 t of magnets.", {
      published: "2026-11-18",
    });
    expect(c?.partner).toBe("POL");
    expect(c?.text).toBe("best month:");
  });

  it("reads no rank in a label that names no extreme", () => {
    expect(ranks("3. Last month: October, 5,120 t of magnets.")).toEqual([]);
  });
});

describe("a year's extreme said as a noun after its figure", () => {
  it.each([
    ["Germanium exports reached 14 t in April 2026, their high point for the year.", "2026-04", "high"],
    ["Graphite exports were 2,310 t in June 2026, the low point of the year.", "2026-06", "low"],
    ["Tungsten exports hit 640 t in March 2026, the high-water mark of the year.", "2026-03", "high"],
  ])("is a rank in the year: %s", (text, month, direction) => {
    expect(ranks(text)).toEqual([[month, direction, 2026]]);
  });
});

describe("a year's extreme whose subject is a month's figure", () => {
  it.each([
    ["Through 2026, April's 5,120 tonnes was the peak of graphite shipments.", "2026-04", "high"],
    ["For the year, March, at 212 t, was the low for gallium.", "2026-03", "low"],
    ["Looking back over 2026, September's 812t remains the high for antimony.", "2026-09", "high"],
    ["Over the twelve months of 2026, July was the peak month for tungsten.", "2026-07", "high"],
  ])("is a rank of that month in the year: %s", (text, month, direction) => {
    expect(ranks(text)).toEqual([[month, direction, 2026]]);
  });

  it("reads a second extreme the sentence leaves its verb out of", () => {
    expect(ranks("Over 2026, June's 640 t was the peak and August's 310 t the trough.")).toEqual([
      ["2026-06", "high", 2026],
      ["2026-08", "low", 2026],
    ]);
  });
});

// A peak or trough named by its month: over the year the clause opens with ("For the year, ...",
// "Across 2026, ..."), or, with no window named, over a few months around it, also when the figure
// comes between the verb and the month ("peaked at 412 t in June").
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
