// How Chinese, Japanese and Korean outlets set out their figures: a headline line with no end
// punctuation above the body (never wrapped into the body's first sentence, whose total it would
// lend its destination), a sentence ended by "！", and a year cut to two digits ("25年は").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { splitBlocks } from "./segment.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a headline line above a body in Chinese, Japanese or Korean", () => {
  it.each([
    ["11月稀土永磁出口增一成 对日本出口大涨\n海关总署数据显示，11月我国稀土永磁出口6150吨。", "6150吨"],
    ["11月稀土磁鐵出口增一成 對日本出口大漲\n【本報訊】海關總署公布，11月稀土磁鐵出口6150噸。", "6150噸"],
    ["11月の磁石輸出　対日は35％増\n税関総署によると、11月の磁石輸出は6150トンだった。", "6150トン"],
    [
      "11월 자석 수출 6150톤…대일 수출 급증\n해관총서에 따르면 11월 희토류 자석 수출은 6150톤이었다.",
      "6150톤",
    ],
  ])("is a heading of its own, so its destination does not reach the total: %s", (text, quote) => {
    expect(splitBlocks(text)[0]?.kind).toBe("heading");
    const c = find(text, "2025-12-21", quote);
    expect(c).toMatchObject({ kind: "level", partner: "WLD", period: "2025-11" });
  });

  it("keeps a line ending in a comma joined to the next", () => {
    const text = "据海关总署数据，11月我国稀土永磁出口，\n较上月增长12.4%。";
    expect(splitBlocks(text).map((b) => b.kind)).toEqual(["prose"]);
  });
});

describe("a sentence ended by a full-width exclamation mark", () => {
  it("does not lend its destination to the next sentence", () => {
    const text = "对美国出口暴增至656吨！11月份稀土磁铁出口6150吨。";
    expect(find(text, "2025-12-21", "6150吨")).toMatchObject({ partner: "WLD" });
  });
});

describe("a year cut to two digits", () => {
  it.each([
    ["中国のアンチモン輸出、24年は3.86万トン", "2025-01-20", "3.86万トン", "2024-01..2024-12"],
    ["24年通年のレアアース輸出量は約5.5万トンだった。", "2025-01-20", "5.5万トン", "2024-01..2024-12"],
  ])("is that year: %s", (text, published, quote, period) => {
    expect(find(text, published, quote)?.period).toBe(period);
  });

  it("is not a count of years back", () => {
    const text = "過去10年の最高となる6.26万トンに達した。";
    const c = find(text, "2026-01-15", "6.26万");
    expect(c?.kind).toBe("level");
    expect(c?.period).not.toBe("2010-01..2010-12");
  });
});
