// A year named alone in Chinese or Korean ("中国2025年稀土出口", "2023년 수출량", "지난해 수출",
// "去年出口") is that whole year, as "in 2025" is in English; a year before a month, a half, a count
// of months, or as a comparison ("2024年同期", "比去年", "지난해 같은 달") is not.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findIntlPeriods } from "./periods-intl.js";

const periodsOf = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [c.text, c.period]);
const ANCHOR = { latest: 2025 * 12 + 11, year: null };

describe("a year named alone in Chinese and Korean", () => {
  it.each([
    ["中国2025年稀土出口总量为62585吨，比上年增长12.9%。", "2026-01-15", "62585吨", "2025-01..2025-12"],
    ["2025年，中國稀土出口合計6萬2585噸。", "2026-01-15", "6萬2585噸", "2025-01..2025-12"],
    ["2023년 중국의 희토류 수출량은 5만2307톤이었다.", "2024-03-20", "5만2307톤", "2023-01..2023-12"],
    ["지난해 중국의 희토류 수출량은 5만2307톤이었다.", "2024-03-20", "5만2307톤", "2023-01..2023-12"],
    ["去年中国稀土出口62585吨。", "2026-02-01", "62585吨", "2025-01..2025-12"],
  ])("reads the whole year: %s", (text, published, quote, period) => {
    expect(periodsOf(text, published)).toContainEqual([quote, period]);
  });

  it.each([
    "2025年12月",
    "2025年1-11月",
    "2025年上半年",
    "2025年前11个月",
    "比2024年同期",
    "去年同期",
    "지난해 같은 달",
    "작년 대비",
    "2014年以来",
  ])("is not a whole year: %s", (words) => {
    expect(findIntlPeriods(words, ANCHOR).filter((m) => m.shape === "year")).toEqual([]);
  });
});
