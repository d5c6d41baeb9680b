// A clause that opens by counting whole years back ("A year ago,", "Two years earlier,", "Last year,",
// "At this time last year,") dates the months it names without a year in that year, not in the
// latest year a story can report.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const periods = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => `${c.period} ${c.text}`);

describe("a clause opened by words counting years back", () => {
  it.each([
    ["A year ago, Germany bought 209 t of Chinese magnets in May.", "2026-06-18", ["2025-05 209 t"]],
    [
      "Twelve months earlier, in August, magnet exports had reached 5,325 t.",
      "2025-09-25",
      ["2024-08 5,325 t"],
    ],
    ["Two years ago, rare earth exports stood at 4,775 t in August.", "2025-09-25", ["2023-08 4,775 t"]],
    ["Last year, rare earth shipments stood at 4,181 t in September.", "2025-10-20", ["2024-09 4,181 t"]],
    ["At this time last year, antimony exports were 4,075 t in August.", "2025-09-20", ["2024-08 4,075 t"]],
    ["By contrast, a year earlier dysprosium exports were 26 t in June.", "2025-07-22", ["2024-06 26 t"]],
  ])("%s", (text, published, want) => {
    expect(periods(text, published)).toEqual(want);
  });

  it("in January, counts last year from the publication year", () => {
    expect(periods("Last year, magnet exports came to 5,952 t in December.", "2026-01-19")).toEqual([
      "2025-12 5,952 t",
    ]);
  });

  it("leaves a clause whose own year is written, and one whose opening counts months", () => {
    expect(
      periods(
        "A year ago, in contrast to 2023, rare earth exports were 4,181 t in September 2024.",
        "2025-10-20",
      ),
    ).toEqual(["2024-09 4,181 t"]);
    expect(periods("Six months ago, magnet exports were 1,238 t in May.", "2025-11-20")).toEqual([
      "2025-05 1,238 t",
    ]);
  });

  it("does not take a possessive for the opening", () => {
    expect(
      periods("Last year's total aside, rare earth exports were 4,000.3 t in September.", "2025-10-20"),
    ).toEqual(["2025-09 4,000.3 t"]);
  });
});
