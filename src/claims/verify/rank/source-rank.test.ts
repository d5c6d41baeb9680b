import { describe, expect, it } from "vitest";
import type { FigureBook, StatedRankRow } from "../../../analytics/figure-book.js";
import { seriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { sourceRank } from "./source-rank.js";

const key = seriesKey({ series: "rare-earths" });
const row = (rank: number, scope: string, publisher: string): StatedRankRow => ({
  series: "rare-earths",
  partner: "WLD",
  period: "2030",
  rank,
  direction: "high",
  scope,
  publisher,
  origin: publisher,
  published: "2031-01-15",
});
const bookOf = (rows: StatedRankRow[]) =>
  ({ statedRanks: (_k, p) => (p === "2030-01..2030-12" ? rows : []) }) as Pick<
    FigureBook,
    "statedRanks"
  > as FigureBook;
const record: Extract<StatedRank, { type: "rank" }> = {
  type: "rank",
  n: 1,
  direction: "high",
  scope: { type: "record" },
  raw: "an all-time high",
};
const check = (rows: StatedRankRow[], s = record) =>
  sourceRank(bookOf(rows), key, "2030-01..2030-12", s, "too few years held", []);

describe("sourceRank", () => {
  it("supports a rank a source stated over the same window, naming the source", () => {
    const out = check([row(1, "record", "Wire A"), row(1, "record", "Paper B")]);
    expect(out?.verdict).toBe("supported");
    expect(out?.explanation).toContain("Wire A (published 2031-01-15) and 1 other source");
    expect(out?.explanation).toContain("the data alone cannot rank it: too few years held");
  });

  it("gives nothing when no source stated that rank over that window", () => {
    expect(check([])).toBeNull();
    expect(check([row(1, "months:6", "Wire A")])).toBeNull();
    expect(check([row(1, "record", "Wire A")], { ...record, direction: "low" })).toBeNull();
    expect(check([row(2, "record", "Wire A")])).toBeNull();
  });

  it("gives nothing when the sources disagree on the rank", () => {
    expect(check([row(1, "record", "Wire A"), row(2, "record", "Paper B")])).toBeNull();
  });
});
