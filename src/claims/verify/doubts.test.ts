// Doubts that keep a reading from being certain enough to contradict, read from the words around a claim.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract/extract-claims.js";
import { doubtAbout } from "./doubts.js";

/** Each claim of a kind, with whether a contradiction of it would be doubted. */
const doubted = (text: string, kind: string, published = "2025-12-20") =>
  extractClaims(text, { published })
    .filter((c) => c.kind === kind)
    .map((c) => [c.text, doubtAbout(c, text) !== null]);
const rankDoubts = (text: string) => doubted(text, "rank", "2024-12-20");

describe("a rank among the same month of each year", () => {
  it.each([
    "China's rare earth exports in November were 4,416 tonnes, the highest November figure on record.",
    "Rare earth exports of 4,416 t in November were the highest on record for the month.",
    "Rare earth exports of 4,416 t in Nov. were the highest on record for that month.",
  ])("may be seasonal, not over every month: %s", (text) => {
    expect(rankDoubts(text).map((r) => r[1])).toEqual([true]);
  });

  it("leaves a rank over every month without that doubt", () => {
    expect(rankDoubts("Rare earth exports of 6,217 t in May 2024 were the highest on record.")).toEqual([
      ["highest on record", false],
    ]);
  });
});

describe("a percentage of another month's figure", () => {
  const shareDoubts = (text: string) => doubted(text, "share", "2025-06-20");

  it.each([
    "Magnet exports to the US in May were 46 t, about 19% of April's 246 t.",
    "Magnet exports to the US in May were 46 t, about 19% of the April figure.",
    "Magnet exports to the US in May were 46 t, only 19% of the previous month's.",
  ])("is a ratio to that month, not a share of the total: %s", (text) => {
    expect(shareDoubts(text).every(([, d]) => d)).toBe(true);
  });

  it("leaves a share of the total without that doubt", () => {
    expect(shareDoubts("Magnet exports to the US in May were 46 t, about 4% of the total.")).toEqual([
      ["about 4% of the total", false],
    ]);
  });
});

describe("a number that ends a range", () => {
  const levelDoubts = (text: string) => doubted(text, "level");

  it.each([
    "Magnet exports in November were in the 6,000-6,500 t range.",
    "Magnet exports in November were between 6,000 and 6,500 tonnes.",
    "Magnet exports in November came to 6,000 – 6,500 tonnes, traders estimated from the customs data.",
  ])("is no level of its own: %s", (text) => {
    expect(levelDoubts(text).every(([, d]) => d)).toBe(true);
  });

  it("leaves the end of a change from one level to another without that doubt", () => {
    expect(levelDoubts("Magnet exports rose from 5,473 to 6,500 tonnes in November.").at(-1)).toEqual([
      "6,500 tonnes",
      false,
    ]);
  });
});
