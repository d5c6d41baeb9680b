// A month's peak or trough over a part of the year, a year named inside the rank's words, months
// excepted after "so far", and the month a "peaked in" takes, checked on the reference data.
// Magnets 2025: January 6,357 t, May 1,238 t, July 5,577 t, August 6,146 t, September 5,774 t,
// October 5,473 t, November 6,150 t, December 5,952 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a peak or trough of a half or a quarter, said as a noun, an adjective or a verb", () => {
  it.each([
    [
      "Magnet exports in November, 6,150 t, were the high point of the second half.",
      "the high point of the second half",
      "supported",
    ],
    [
      "Magnet exports in August, 6,146 t, were the high point of the second half.",
      "the high point of the second half",
      "contradicted",
    ],
    [
      "Magnet exports peaked for the second half at 6,150 t in November.",
      "peaked for the second half",
      "supported",
    ],
    [
      "Rare-earth exports hit their second-half low in September at 4,000.3 t.",
      "their second-half low",
      "supported",
    ],
    [
      "Magnet exports hit their second-half low in September at 5,774 t.",
      "their second-half low",
      "contradicted",
    ],
  ])("%s", async (text, quote, verdict) => {
    expect((await readingAt(store, text, quote, "2026-01-20")).verdict).toBe(verdict);
  });
});

describe("a year named inside the rank's words ('hit their 2025 low in May', 'the 2025 peak')", () => {
  it.each([
    ["Magnet exports hit their 2025 low in May, at 1,238 t.", "hit their 2025 low", "2025-05", "supported"],
    [
      "Magnet exports hit their 2025 peak in November, at 6,150 t.",
      "hit their 2025 peak",
      "2025-11",
      "contradicted",
    ],
    [
      "Rare-earth exports were 5,493.9 t in November, well below the 2025 peak of 7,742.2 t in June.",
      "2025 peak",
      "2025-06",
      "supported",
    ],
    ["Rare-earth exports in July reached 5,994.3 t, the 2025 peak.", "2025 peak", "2025-07", "contradicted"],
  ])("%s", async (text, quote, period, verdict) => {
    expect(await readingAt(store, text, quote, "2026-01-20")).toMatchObject({ period, verdict });
  });
});

describe("a year said as a label before a peak ('2025 so far: ... peaked in January')", () => {
  it("ranks the month named over the year, not the year to date", async () => {
    const text = "2025 so far: magnet exports peaked in January at 6,357 t.";
    expect(await readingAt(store, text, "peaked", "2025-12-20")).toMatchObject({
      period: "2025-01",
      verdict: "supported",
    });
  });
});

describe("the month a rank's own 'in' takes", () => {
  it("is the rank's period in a second clause ('and bottomed out in May')", async () => {
    const text = "Magnet exports peaked in January at 6,357 t and bottomed out in May at 1,238 t.";
    expect(await readingAt(store, text, "bottomed out in", "2025-12-20")).toMatchObject({
      period: "2025-05",
      verdict: "supported",
    });
  });
});

describe("months excepted after 'so far' or with 'apart from' / 'other than'", () => {
  it.each([
    [
      "August's 6,146 t of magnet exports made it the biggest month of the year so far after January.",
      "biggest month of the year so far after January",
      "2025-09-20",
    ],
    [
      "Magnet exports were 6,146 t in August, the strongest month this year apart from January.",
      "strongest month this year apart from January",
      "2025-09-20",
    ],
    [
      "Magnet exports were 6,150 t in November, the strongest month this year other than January.",
      "strongest month this year other than January",
      "2025-12-20",
    ],
  ])("ranks after the months excepted: %s", async (text, quote, published) => {
    expect((await readingAt(store, text, quote, published)).verdict).toBe("supported");
  });

  it("is contradicted when another month beat it too", async () => {
    const text =
      "Magnet exports were 5,774 t in September, the strongest month this year apart from January.";
    expect(
      (await readingAt(store, text, "strongest month this year apart from January", "2025-10-20")).verdict,
    ).toBe("contradicted");
  });
});

// Germany 2025: June 764 t, July 1,116 t, August 1,346 t, September 1,288 t, October 1,118 t
describe("a peak or trough named as its month's ('its August peak', 'October's trough')", () => {
  it.each([
    [
      "Magnet exports to Germany in October were 1,118 t, down from its August peak of 1,346 t.",
      "peak",
      "2025-08",
      "supported",
    ],
    [
      "Shipments of magnets to Germany fell to 1,118 t in October from August's peak.",
      "peak",
      "2025-08",
      "supported",
    ],
    [
      "Magnet exports rose to 6,150 t in November, recovering from October's trough.",
      "trough",
      "2025-10",
      "supported",
    ],
    // August (6,146 t) was above September: no stretch of months around September peaks there
    [
      "Magnet exports fell to 5,473 t in October, down from September's peak of 5,774 t.",
      "peak",
      "2025-09",
      "unverifiable",
    ],
  ])("%s", async (text, quote, period, verdict) => {
    expect(await readingAt(store, text, quote, "2025-12-20")).toMatchObject({ period, verdict });
  });
});

// Japan 2025: November 305 t, December 280 t
describe("a rank that introduces a level dated from the clause's month ('a record of 305 tons a month before')", () => {
  it.each([
    [
      "Magnet shipments to Japan were 280 t in December, against a record of 305 t a month before.",
      "a record",
    ],
    [
      "Magnet shipments to Japan were 280 t in December, against the 2025 peak of 305 t a month before.",
      "2025 peak",
    ],
  ])("is the level's month's: %s", async (text, quote) => {
    expect((await readingAt(store, text, quote, "2026-01-20")).period).toBe("2025-11");
  });
});
