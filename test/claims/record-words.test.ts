// Ways reporters say "a record" that the grammar missed, checked on the reference data: a record
// counted "since customs records began" or "since the statistics began" is the record itself,
// not a window whose first month could not be read; an extreme "for any single month", "on our
// series", and "a new monthly high" are records too.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const rankOf = async (text: string, published: string, words: RegExp) =>
  (await verdictsOf(store, text, published)).filter(([w]) => words.test(w));

describe("a record counted since the records began", () => {
  it.each([
    [
      "Rare-earth shipments of 7,742 t in June were the largest for any single month since the customs statistics began.",
      "2025-07-22",
    ],
    ["At 6,357 t, January's magnet exports were the highest since comparable records began.", "2025-02-25"],
  ])("is checked as a record and supported: %s", async (text, published) => {
    expect(await rankOf(text, published, /since/)).toEqual([[expect.stringMatching(/since/), "supported"]]);
  });

  it("is contradicted when an earlier month was higher", async () => {
    expect(
      await rankOf(
        "August's 6,146 t of magnet exports were the highest since customs records began.",
        "2025-09-22",
        /since/,
      ),
    ).toEqual([[expect.stringMatching(/since/), "contradicted"]]);
  });

  it("leaves a 'since' whose month cannot be read unverifiable", async () => {
    const got = await rankOf(
      "August's 6,146 t of magnet exports were the highest since spring.",
      "2025-09-22",
      /highest/,
    );
    expect(got.every(([, v]) => v === "unverifiable")).toBe(true);
  });
});

describe("other words for a record", () => {
  it.each([
    [
      "Rare earths: 4,000 t went abroad in September, the third-largest month on the series.",
      "2025-10-22",
      /third-largest/,
      "contradicted",
    ],
    [
      "China's November magnet exports, 6,150 t, were the second-biggest for any single month on record.",
      "2025-12-22",
      /second-biggest/,
      "supported",
    ],
    [
      "Shipments of rare earths reached 7,742 t in June, a new monthly high.",
      "2025-07-22",
      /new monthly high/,
      "supported",
    ],
  ])("reads %s", async (text, published, words, verdict) => {
    expect(await rankOf(text, published, words)).toEqual([[expect.stringMatching(words), verdict]]);
  });
});

describe("a record said as a noun of the month", () => {
  it.each([
    [
      "Magnet exports came to 6,357 t in January, setting a monthly record.",
      "2025-02-20",
      "a monthly record",
      "supported",
    ],
    [
      "Magnet exports came to 6,150 t in November, a monthly record.",
      "2025-12-20",
      "a monthly record",
      "contradicted",
    ],
    [
      "Rare-earth exports reached 7,742.2 t in June 2025, still the monthly record.",
      "2026-01-20",
      "still the monthly record",
      "supported",
    ],
    [
      "Rare-earth exports of 7,742.2 t in June 2025 remain the record.",
      "2026-01-20",
      "remain the record",
      "supported",
    ],
    [
      "Rare-earth exports reached 5,994.3 t in July 2025, the highest in history.",
      "2026-01-20",
      "highest in history",
      "contradicted",
    ],
    [
      "Rare-earth exports reached 7,742.2 t in June 2025, the highest point of the whole series.",
      "2026-01-20",
      "highest point of the whole series",
      "supported",
    ],
    [
      "Rare-earth exports of 7,742.2 t in June 2025 were the record for any single month.",
      "2026-01-20",
      "the record for any single month",
      "supported",
    ],
    [
      "Magnet exports in November were 6,150 t, the second-highest in the chart.",
      "2025-12-20",
      "second-highest in the chart",
      "supported",
    ],
  ])("reads %s", async (text, published, words, verdict) => {
    expect(await rankOf(text, published, /record|highest/)).toEqual([[words, verdict]]);
  });

  it.each([
    "Magnet exports in November were 6,150 t, falling short of a monthly record.",
    "Magnet exports in November were 6,150 t; January still holds the monthly record.",
    "Magnet exports in November were 6,150 t, nowhere near a monthly record.",
  ])("reads no rank where the figure is set against the record: %s", async (text) => {
    expect(await rankOf(text, "2025-12-20", /record/)).toEqual([]);
  });
});

describe("an extreme the figure only comes close to", () => {
  it.each([
    "Magnet exports in November were 6,150 t, nearly matching the year's high.",
    "Magnet exports in November were 6,150 t, almost the highest of the year.",
    "Magnet exports in November were 6,150 t, close to the highest level this year.",
    "Magnet exports in November were 6,150 t, approaching a record.",
  ])("is no rank of the figure: %s", async (text) => {
    expect(await rankOf(text, "2025-12-20", /high|record/)).toEqual([]);
  });

  it("still reads the month that holds the record named after it", async () => {
    const text = "Magnet exports in November were 6,150 t, nearly matching January's record.";
    expect(await rankOf(text, "2025-12-20", /record/)).toEqual([["record", "supported"]]);
  });
});
