// Spans read as the words allow: a level a series moved to between two months is the last month's
// (or the span's total, never certain enough to contradict); "the year through a month" is the
// calendar year so far, not the twelve months to it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const levels = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.stated.type === "level")
    .map((c) => ({
      words: t.slice(c.start, c.end),
      period: c.period,
      how: c.grounds.period,
      others: c.alternatives.map((a) => a.period),
    }));

describe("a level the series moved to between two months", () => {
  it.each([
    [
      "Rare-earth exports to Vietnam sank to 402 t between March and July.",
      "402 t",
      "2026-07",
      "2026-03..2026-07",
    ],
    [
      "From May to August, outbound magnet shipments climbed back to 6,020 tonnes.",
      "6,020 tonnes",
      "2026-08",
      "2026-05..2026-08",
    ],
    [
      "Magnet sales abroad recovered to roughly 4,800 t between February and April.",
      "roughly 4,800 t",
      "2026-04",
      "2026-02..2026-04",
    ],
  ])("is the last month's, with the span's total as another reading: %s", (text, words, end, span) => {
    expect(levels(text, "2026-10-02")).toEqual([{ words, period: end, how: "carried", others: [span] }]);
  });

  it("makes the move said with it a move from the first month to the last", () => {
    const c = extractClaims("From May to August 2026, outbound magnet shipments sank to 4,400 t.", {
      published: "2026-10-02",
    }).find((x) => x.kind === "direction");
    expect([c?.period, c?.stated.type === "direction" ? c.stated.basis : null]).toEqual([
      "2026-08",
      "2026-05",
    ]);
  });

  it("leaves a total over the span a total", () => {
    expect(
      levels("Between May and August, outbound magnet shipments came to 21,300 tonnes.", "2026-10-02").map(
        (x) => x.period,
      ),
    ).toEqual(["2026-05..2026-08"]);
  });

  it("keeps each end of 'from X to Y' its own month", () => {
    expect(
      levels("Between May and August, magnet shipments to Korea went from 610 t to 744 t.", "2026-10-02").map(
        (x) => x.period,
      ),
    ).toEqual(["2026-05", "2026-08"]);
  });
});

describe("the year through a month", () => {
  it.each([
    ["In the year through September, rare-earth exports came to 41,200 tonnes.", "2026-01..2026-09"],
    ["Magnet exports for the year up to July 2026 stood at 33,500 t.", "2026-01..2026-07"],
    ["Shipments of magnets to India totalled 2,700 t in the year thru August.", "2026-01..2026-08"],
  ])("is the calendar year so far: %s", (text, span) => {
    expect(levels(text, "2026-10-02").map((x) => x.period)).toEqual([span]);
  });

  it("leaves the twelve months to a month as they are", () => {
    expect(
      levels("In the 12 months to September, rare-earth exports came to 50,100 tonnes.", "2026-10-02").map(
        (x) => x.period,
      ),
    ).toEqual(["2025-10..2026-09"]);
  });
});
