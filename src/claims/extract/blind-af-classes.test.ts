// Wordings a blind batch (af: whole web pages as users paste them, with their menus, tickers, link
// lists and comments) showed read wrong: one figure said "in January and February", which China's
// customs release as one, and a figure another piece gave that the sentence says was mixed up.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period, c.mode]);

describe("one figure said in January and February", () => {
  it.each([
    [
      "Shipments of magnets came to 10,763 t in January and February, a rise of 8.2%.",
      "2026-03-20",
      [
        ["10,763 t", "2026-01..2026-02"],
        ["rise of 8.2%", "2026-01..2026-02"],
      ],
    ],
    [
      "In January and February 2026 China's magnet exports reached 10,763 tonnes.",
      "2026-04-02",
      [["10,763 tonnes", "2026-01..2026-02"]],
    ],
  ])("is the two months' total: %s", (text, published, want) => {
    expect(read(text, published).map(([words, , period]) => [words, period])).toEqual(want);
  });

  it("gives each month its own figure when the text says respectively", () => {
    const text = "Rare earth exports were 5,294 t and 3,217 t in January and February respectively.";
    const periods = read(text, "2025-03-20").map(([words, , period]) => [words, period]);
    expect(periods).toEqual([
      ["5,294 t", "2025-01"],
      ["3,217 t", "2025-02"],
    ]);
  });
});

describe("a figure another piece gave, which the sentence says it mixed up", () => {
  it.each([
    "Magnet exports to Japan slumped 35% in November, a trade newsletter wrote, mixing up Japan and Korea.",
    "Rare earth exports in December fell 32%, one broker's note said, confusing the monthly and yearly changes.",
  ])("is a figure the text corrects: %s", (text) => {
    const modes = read(text, "2026-01-20").map(([, , , mode]) => mode);
    expect(modes).toEqual(["correction"]);
  });

  it("leaves a figure customs gave as reported", () => {
    const text = "Magnet exports to Japan rose 35% in November, customs data showed, confirming the rebound.";
    expect(read(text, "2025-12-21").map(([, , , mode]) => mode)).toEqual(["reported"]);
  });
});

describe("a page's list of other stories under its label", () => {
  it.each([
    "Hot articles\n1. Magnet exports to Japan climbed 35% in November\n2. Cobalt prices at a two-year high",
    "Popular stories\nRare earth exports in September fell 31% on the month",
    "More articles by Wen Jie\nWhy exports to India hit 416 tonnes in October",
    "Recommended from Metal Weekly\nGermany took 1,288 t of Chinese magnets in September",
  ])("are linked headlines, read and never checked: %s", (list) => {
    const text = `China exported 5,952 t of magnets in December, customs data show.\n\n${list}`;
    const modes = read(text, "2026-01-21").map(([words, , , mode]) => [words, mode]);
    expect(modes[0]).toEqual(["5,952 t", "reported"]);
    expect(modes.length).toBeGreaterThan(1);
    for (const [, mode] of modes.slice(1)) expect(mode).toBe("link");
  });
});

describe("a month that a sentence without figures looks ahead to", () => {
  it.each([
    "China shipped 5,952 t of magnets in December. Brokers said the backlog could lift January volumes. Germany took 1,106 t.",
    "China shipped 5,952 t of magnets in December. Shipments are expected to pick up in February. Germany took 1,106 t.",
  ])("is not the month of the figures after it: %s", (text) => {
    const germany = read(text, "2026-01-21").find(([words]) => words === "1,106 t");
    expect(germany?.[2]).toBe("2025-12");
  });
});

describe("a change without its article after a comma, as machine translations write it", () => {
  it.each([
    [
      "Magnet exports to Japan in December were 280 tons, 8.2% decrease compared with November.",
      "8.2% decrease",
      -8.2,
    ],
    [
      "Rare earth exports in November reached 5,493.9 tons, 26.5% increase over October.",
      "26.5% increase",
      26.5,
    ],
  ])("is a change: %s", (text, words, pct) => {
    const changes = extractClaims(text, { published: "2026-01-21" }).filter((c) => c.kind === "change");
    expect(
      changes.map((c) => [text.slice(c.start, c.end), c.stated.type === "change" ? c.stated.pct : null]),
    ).toEqual([[words, pct]]);
  });
});

describe("a year-to-date total behind or ahead of the same months of a year before", () => {
  it("is a change on those months", () => {
    const text =
      "China exported 5,774 t of magnets in September. So far this year exports are 39,817 t, some 7.5% behind the first nine months of 2024.";
    const change = extractClaims(text, { published: "2025-10-20" }).find((c) => c.kind === "change");
    expect(change && [text.slice(change.start, change.end), change.period]).toEqual([
      "some 7.5% behind ",
      "2025-01..2025-09",
    ]);
  });
});

describe("a fall told in the present tense of a headline", () => {
  it.each([
    ["Magnet exports to Korea: December decreases 12%", -12],
    ["China's rare earth exports eases 20% in December", -20],
    ["Magnet shipments to the US dips 3% in December", -3],
  ])("is a change: %s", (text, pct) => {
    const changes = extractClaims(text, { published: "2026-01-22" }).filter((c) => c.kind === "change");
    expect(changes.map((c) => [c.period, c.stated.type === "change" ? c.stated.pct : null])).toEqual([
      ["2025-12", pct],
    ]);
  });
});

describe("a total set against a whole year", () => {
  const stated = (text: string, published: string) =>
    extractClaims(text, { published })
      .filter((c) => c.kind === "direction")
      .map((c) => [
        text.slice(c.start, c.end),
        c.period,
        c.stated.type === "direction" ? c.stated.basis : null,
      ]);

  it.each([
    [
      "Magnet shipments in the first half were still well below 2024, the tally shows.",
      "2025-07-25",
      "2025-01..2025-06",
      "yoy",
    ],
    ["China's magnet exports in 2025 ended a touch below 2024.", "2026-01-25", "2025-01..2025-12", "yoy"],
    [
      "Rare earth exports in the first half of 2025 ran well above 2023.",
      "2025-08-01",
      "2025-01..2025-06",
      "2023-01..2023-06",
    ],
  ])("is a direction on the same months of that year: %s", (text, published, period, basis) => {
    const [hit] = stated(text, published);
    expect(hit?.slice(1)).toEqual([period, basis]);
  });

  it("is no direction where the year opens a span of years", () => {
    expect(
      stated("Magnet exports in November stayed below 2024-25 guidance from the ministry.", "2025-12-21"),
    ).toEqual([]);
  });
});

describe("a second place said as 'the second largest after' what is above it", () => {
  it.each([
    [
      "Magnet exports hit 6,150 t in November, the second-highest after January.",
      "second-highest after January",
    ],
    [
      "Magnet exports hit 6,150 t in November, the second largest after January's 6,357 t.",
      "second largest after January's",
    ],
  ])("is a rank of two: %s", (text, words) => {
    const ranks = extractClaims(text, { published: "2025-12-21" }).filter((c) => c.kind === "rank");
    expect(
      ranks.map((c) => [text.slice(c.start, c.end), c.period, c.stated.type === "rank" ? c.stated.n : null]),
    ).toEqual([[words, "2025-11", 2]]);
  });
});
