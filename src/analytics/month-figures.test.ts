import { describe, expect, it } from "vitest";
import {
  basePeriod,
  gapBounds,
  lastBeyond,
  rankIn,
  runPastAt,
  streakAt,
  yearRankIn,
  yoyStreakAt,
} from "./month-figures.js";

// A record with a hole (2025-02 missing), as the shipped magnet series has.
const months = new Map([
  ["2024-12", 5000],
  ["2025-01", 6357],
  ["2025-03", 5324],
  ["2025-04", 2626],
  ["2025-05", 1238],
  ["2025-06", 3188],
  ["2025-07", 5577],
  ["2025-08", 6146],
  ["2025-09", 5774],
]);

describe("basePeriod", () => {
  it("gives the month before, the year before, a named month, and the same span a year earlier", () => {
    expect(basePeriod("2025-01", "mom")).toBe("2024-12");
    expect(basePeriod("2025-11", "yoy")).toBe("2024-11");
    expect(basePeriod("2025-11", "2025-06")).toBe("2025-06");
    expect(basePeriod("2025-01..2025-11", "yoy")).toBe("2024-01..2024-11");
    expect(basePeriod("2025-01..2025-11", "mom")).toBeNull();
  });

  it("takes a named span of as many months as the span's base", () => {
    expect(basePeriod("2025-01..2025-12", "2023-01..2023-12")).toBe("2023-01..2023-12");
    expect(basePeriod("2025-01..2025-11", "2023-01..2023-12")).toBeNull();
    expect(basePeriod("2025-11", "2023-01..2023-12")).toBeNull();
  });
});

describe("yearRankIn", () => {
  const years = new Map([
    ["2023", 52576],
    ["2024", 58152],
    ["2025", 57392],
  ]);
  it("ranks a year among the years held from the run's first", () => {
    expect(yearRankIn(years, "2025", "low", 2023)).toMatchObject({ rank: 2, of: 3, startsBeforeData: false });
    expect(yearRankIn(years, "2025", "low", 2024)).toMatchObject({ rank: 1, of: 2 });
    expect(yearRankIn(years, "2025", "high", 2021)).toMatchObject({
      rank: 2,
      from: "2023",
      startsBeforeData: true,
    });
    expect(yearRankIn(years, "2022", "high", 2020)).toBeNull();
  });
});

describe("runPastAt", () => {
  it("counts the months past a mark up to the month, the month included", () => {
    expect(runPastAt(months, "2025-09", 5000, "up").length).toBe(3);
    expect(runPastAt(months, "2025-06", 4000, "down").length).toBe(3);
    expect(runPastAt(months, "2025-09", 6000, "up").length).toBe(0);
  });

  it("stops at a missing month and names it", () => {
    expect(runPastAt(months, "2025-01", 4000, "up")).toMatchObject({ length: 2, gap: "2024-11" });
  });
});

describe("rankIn against an earlier span", () => {
  it("sets the month against the span's months only, not those between", () => {
    // September 2025 (5,774 t) against 2024: only December 2024 is held, and lower; January 2025 is not in it
    expect(
      rankIn(months, "2025-09", "high", { type: "earlier", from: "2024-01", to: "2024-12" }),
    ).toMatchObject({ rank: 1, of: 2, from: "2024-12", startsBeforeData: true });
    expect(
      rankIn(months, "2025-09", "low", { type: "earlier", from: "2025-01", to: "2025-06" })?.better.map(
        (b) => b.period,
      ),
    ).toEqual(["2025-05", "2025-04", "2025-06", "2025-03"]);
  });

  it("is null for a span that does not end before the month", () => {
    expect(rankIn(months, "2025-05", "high", { type: "earlier", from: "2025-01", to: "2025-06" })).toBeNull();
  });
});

describe("rankIn", () => {
  it("ranks among the same calendar month of each year, from the first held or from a year", () => {
    const junes = new Map([
      ["2022-06", 4100],
      ["2022-07", 9000],
      ["2023-06", 3900],
      ["2025-05", 1238],
      ["2025-06", 4000],
    ]);
    const r = rankIn(junes, "2025-06", "high", { type: "calendar" })!;
    expect([r.rank, r.of, r.from, r.gaps]).toEqual([2, 3, "2022-06", ["2024-06"]]);
    expect(r.better).toEqual([{ period: "2022-06", value: 4100 }]);
    const since = rankIn(junes, "2025-06", "low", { type: "calendar", fromYear: 2023 })!;
    expect([since.rank, since.of, since.from, since.startsBeforeData]).toEqual([2, 2, "2023-06", false]);
    expect(rankIn(junes, "2025-06", "high", { type: "calendar", fromYear: 2019 })!.startsBeforeData).toBe(
      true,
    );
  });

  it("ranks over the months held and names the gaps", () => {
    const r = rankIn(months, "2025-09", "high", { type: "record" })!;
    expect(r.rank).toBe(3);
    expect(r.better.map((b) => b.period)).toEqual(["2025-01", "2025-08"]);
    expect(r.gaps).toEqual(["2025-02"]);
    expect(r.of).toBe(9);
    expect(r.startsBeforeData).toBe(false);
  });

  it("counts the last N months including the month itself, and says when a window starts before the data", () => {
    expect(rankIn(months, "2025-09", "high", { type: "months", months: 2 })!.rank).toBe(2);
    expect(rankIn(months, "2025-08", "high", { type: "months", months: 7 })!.rank).toBe(1);
    expect(rankIn(months, "2025-05", "low", { type: "from", month: "2020-01" })!.startsBeforeData).toBe(true);
  });

  it("is null for a month the series does not hold", () => {
    expect(rankIn(months, "2025-02", "high", { type: "record" })).toBeNull();
  });
});

describe("streakAt", () => {
  it("counts consecutive moves, and stops at a missing month", () => {
    expect(streakAt(months, "2025-08", "up").length).toBe(3);
    expect(streakAt(months, "2025-05", "down").length).toBe(2);
    const gap = streakAt(months, "2025-03", "down");
    expect(gap.length).toBe(0);
    expect(gap.gap).toBe("2025-02");
  });
});

describe("lastBeyond", () => {
  it("finds the latest earlier month beyond the figure", () => {
    expect(lastBeyond(months, "2025-08", "high")).toEqual({ period: "2025-01", value: 6357 });
    expect(lastBeyond(months, "2025-05", "low")).toBeNull();
  });
});

describe("rankIn over a span", () => {
  it("ranks a month among the months of a span that runs on after it, and not outside it", () => {
    const r = rankIn(months, "2025-05", "low", { type: "span", from: "2025-03", to: "2025-07" })!;
    expect([r.rank, r.of, r.from]).toEqual([1, 5, "2025-03"]);
    expect(rankIn(months, "2025-06", "low", { type: "span", from: "2025-03", to: "2025-07" })!.rank).toBe(3);
    expect(rankIn(months, "2025-09", "low", { type: "span", from: "2025-03", to: "2025-07" })).toBeNull();
  });
});

describe("gapBounds", () => {
  const totals = new Map([
    ["2025-01..2025-04", { value: 17900, halfStep: 0.5 }],
    ["2026-01..2026-02", { value: 9000, halfStep: 0.5 }],
  ]);
  const total = (span: string) => totals.get(span) ?? null;

  it("pins a month that is the only one a year to date lacks, allowing for rounding", () => {
    // January-April less January, March and April held (6,357 + 5,324 + 2,626)
    expect(gapBounds(months, total, ["2025-02"])).toEqual([
      { period: "2025-02", low: 3592.5, high: 3593.5, span: "2025-01..2025-04" },
    ]);
  });

  it("bounds months that share a total only from above, and leaves a month no total covers open", () => {
    expect(gapBounds(new Map(), total, ["2026-01", "2026-02", "2024-06"])).toEqual([
      { period: "2026-01", low: 0, high: 9000.5, span: "2026-01..2026-02" },
      { period: "2026-02", low: 0, high: 9000.5, span: "2026-01..2026-02" },
      { period: "2024-06", low: 0, high: Infinity, span: null },
    ]);
  });
});

describe("yoyStreakAt", () => {
  const twoYears = new Map([
    ["2024-01", 100],
    ["2024-02", 100],
    ["2024-03", 100],
    ["2025-01", 90],
    ["2025-02", 120],
    ["2025-03", 130],
  ]);
  it("counts the months above the same month a year before, back to the first that is not", () => {
    expect(yoyStreakAt(twoYears, "2025-03", "up")).toMatchObject({ length: 2, gap: null });
    expect(yoyStreakAt(twoYears, "2025-01", "down")).toMatchObject({ length: 1, gap: "2024-12" });
  });
});
