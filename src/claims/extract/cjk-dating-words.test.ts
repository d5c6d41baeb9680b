// Korean, Japanese and Chinese date a tonnage by the words around it in their own order: the year
// before's figure in brackets after "작년 같은 기간 수출량(" or "지난해 같은 달(", and a month described
// by a relative clause that holds its tonnage ("877톤을 기록했던 1월", "877トンだった1月", "达到877吨的1月");
// and a change whose own words name its base keeps it when a turn ("지만", "但", "but") sets another
// month against the claim.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const periodOf = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words))?.period;

describe("the year before's tonnage in brackets, in Korean", () => {
  it.each([
    ["지난 9월 자석 수출은 5,774t이었다. 이는 작년 같은 기간 수출량(4,915t)보다 17% 많은 것이다.", "4,915t"],
    ["9월 수출 물량은 5774t으로, 지난해 같은 달(4915t)보다 17% 늘었다.", "4915t"],
  ])("dates it a year before the claim's month: %s", (text, quote) => {
    expect(periodOf(text, "2025-10-21", quote)).toBe("2024-09");
  });
});

describe("a month described by a relative clause that holds its tonnage", () => {
  it.each([
    ["9월 대미 수출은 420톤으로, 590톤을 기록했던 8월보다 적었다.", "590톤"],
    ["9月の対米輸出は420トンで、590トンだった8月を下回った。", "590トン"],
    ["9月对美出口420吨，低于达到590吨的8月。", "590吨"],
  ])("gives the tonnage to that month: %s", (text, quote) => {
    expect(periodOf(text, "2025-10-21", quote)).toBe("2025-08");
  });

  it("leaves the claim's own tonnage with the claim's month", () => {
    expect(periodOf("9月对美出口420吨，低于达到590吨的8月。", "2025-10-21", "420吨")).toBe("2025-09");
  });
});

describe("a change that names its base, then a turn to another month", () => {
  const basisOf = (text: string, words: string) =>
    extractClaims(text, { published: "2025-10-21" }).find((c) => text.slice(c.start, c.end).includes(words))
      ?.stated;

  it.each([
    ["9월 대일 수출은 228톤으로 8월 대비 1% 줄었고, 7월의 250톤보다도 적었다.", "1%"],
    ["9月对日出口228吨，与8月相比下降1%，也低于7月的250吨。", "1%"],
  ])("takes the base month right before the change, not the one after it: %s", (text, quote) => {
    expect(basisOf(text, quote)).toMatchObject({ type: "change", basis: "mom" });
  });

  it.each([
    ["9월 자석 수출은 5774t이었다. 이는 전월 대비 6% 줄었지만 작년 9월보다는 많은 수준이다.", "6%"],
    ["9月磁铁出口5774吨，环比下降6%，但高于去年9月。", "6%"],
    ["Magnet exports were 5,774 t in September, down 6% month on month, but above last September.", "6%"],
  ])("keeps the change's own base: %s", (text, quote) => {
    expect(basisOf(text, quote)).toMatchObject({ type: "change", basis: "mom", direction: "down" });
  });
});

describe("a record's holder described with its tonnage", () => {
  it("dates the tonnage to the holder's month, and leaves the story's month for what follows", () => {
    const text =
      "지난해 11월 대일 자석 수출은 305t이었다. 지난해 대일 수출이 가장 많았던 달은 410톤을 기록했던 3월이었다. 같은 달 베트남행 수출은 500t이었다.";
    const read = extractClaims(text, { published: "2026-01-20" }).map((c) => [c.text, c.period]);
    expect(read).toEqual([
      ["305t", "2025-11"],
      ["410톤", "2025-03"],
      ["500t", "2025-11"],
    ]);
  });
});
