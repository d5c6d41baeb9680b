// "Customs published October's numbers on Monday": the month whose data came out is what the text
// then speaks of ("that month"), unlike "the figures were published in mid-November" (a release date).
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const periods = (t: string) =>
  extractClaims(t, { published: "2025-11-24" })
    .filter((c) => c.kind === "level")
    .map((c) => [c.stated.raw, c.period]);

describe("a month whose data were published", () => {
  it.each([
    "Beijing published October’s numbers on Thursday. Germany took 1,118 tonnes of magnets that month.",
    "The customs office released October's trade figures on Thursday. Germany took 1,118 tonnes of magnets that month.",
  ])("dates what follows: %s", (t) => {
    expect(periods(t)).toEqual([["1,118 tonnes", "2025-10"]]);
  });

  it("still reads a release date as no period of the figures", () => {
    expect(
      periods("The data were published in November. Germany took 1,118 tonnes of magnets that month."),
    ).not.toContainEqual(["1,118 tonnes", "2025-11"]);
  });
});

describe("a month that dates when data came out", () => {
  const read = (t: string) =>
    extractClaims(t, { published: "2025-11-06" }).map((c) => [c.stated.raw, c.period]);

  it.each([
    ["Figures last month showed Japan's magnet purchases slipped 0.9%.", "slipped 0.9%"],
    ["Data in October showed shipments of magnets to India at 416 tonnes.", "416 tonnes"],
    ["Last month's customs release showed Germany took 1,118 t of magnets.", "1,118 t"],
  ])("is no period of the figure: %s", (t, raw) => {
    expect(read(t)).toEqual([[raw, null]]);
  });

  it("keeps a month the data are on", () => {
    expect(read("October's figures showed Germany took 1,118 t of magnets.")).toEqual([
      ["1,118 t", "2025-10"],
    ]);
  });
});
