// Ranks and runs as Korean, Japanese and Chinese pages state them: the rank told right after a
// tonnage and its month ("8월 6,146톤으로 올해 최고치"), a place on record ("過去2番目の多さ",
// "历史第二高", "역대 두 번째로 많았다"), second to the record month ("1月の過去最高に次ぐ"), a run of
// falls ("連續第二個月下降", "두 달 연속 줄었다", "2カ月連続で減少") and a rank among a year's months
// ("25年の月別では2番目"), which does not make the clause's change a full year's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claims = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => ({
    words: text.slice(c.start, c.end),
    kind: c.kind,
    partner: c.partner,
    period: c.period,
    stated: c.stated,
    verdict: c.verdict,
  }));
const rankIn = async (text: string, published: string) =>
  (await claims(text, published)).find((c) => c.kind === "rank");

describe("a Korean rank told right after a tonnage and its month", () => {
  it("is that month's rank, not the clause's first month's", async () => {
    const r = await rankIn(
      "중국의 희토류 자석 수출은 5월 1,238톤까지 떨어졌다가 반등해 8월 6,146톤으로 올해 최고치를 찍었다.",
      "2025-11-21",
    );
    expect(r?.period).toBe("2025-08");
    expect(r?.stated).toMatchObject({ type: "rank", n: 1 });
  });
});

describe("a place on record", () => {
  it.each([
    ["11月の磁石輸出は6,150トンで、過去2番目の多さだった。"],
    ["11月稀土磁铁出口6150吨，为历史第二高。"],
    ["11월 희토류 자석 수출은 6,150톤으로 역대 두 번째로 많았다."],
    ["11月の磁石輸出は6,150トンで、2025年1月の過去最高に次ぐ量だった。"],
  ])("reads the second place on record: %s", async (text) => {
    const r = await rankIn(text, "2025-12-22");
    expect(r).toMatchObject({ period: "2025-11", verdict: "supported" });
    expect(r?.stated).toMatchObject({ type: "rank", n: 2 });
  });

  it("does not support a second place the month did not hold", async () => {
    const r = await rankIn("10月の磁石輸出は過去2番目の多さだった。", "2025-11-21");
    expect(r?.stated).toMatchObject({ type: "rank", n: 2 });
    expect(r?.verdict).not.toBe("supported");
  });
});

describe("a run of falls", () => {
  it.each([
    ["10月稀土磁鐵總出口量為5473噸，連續第二個月下降。"],
    ["10월 희토류 자석 수출은 5,473톤으로 두 달 연속 줄었다."],
    ["10月のレアアース磁石輸出は5,473トンで、2カ月連続で減少した。"],
  ])("reads a second month of falls: %s", async (text) => {
    const r = await rankIn(text, "2025-11-21");
    expect(r).toMatchObject({ period: "2025-10", verdict: "supported" });
    expect(r?.stated).toMatchObject({ type: "streak", n: 2, direction: "down" });
  });

  it("does not support a run longer than the data's", async () => {
    const r = await rankIn("10月のレアアース磁石輸出は5,473トンで、3カ月連続で減少した。", "2025-11-21");
    expect(r?.stated).toMatchObject({ type: "streak", n: 3, direction: "down" });
    expect(r?.verdict).not.toBe("supported");
  });
});

describe("a rank among a year's months named by a short year", () => {
  it("leaves the clause's change to the month carried from before", async () => {
    const got = await claims(
      "12月の日本向けレアアース磁石の輸出量は280トンだった。前月比では8.0%減ったものの、25年の月別では2番目に多い水準だった。",
      "2026-01-20",
    );
    expect(got.find((c) => c.words.includes("8.0%"))).toMatchObject({
      partner: "JPN",
      period: "2025-12",
      verdict: "supported",
    });
    const r = got.find((c) => c.kind === "rank");
    expect(r?.stated).toMatchObject({ type: "rank", n: 2 });
    expect(r?.period).toBe("2025-12");
  });
});
