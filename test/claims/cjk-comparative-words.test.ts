// Korean and Japanese words that say a figure is more or less than another, and Korean myriad
// numbers whose parts group thousands with a comma: "전년 같은 기간보다 5.2% 적다" (5.2% less),
// "前年同月を10.2%上回った" (10.2% above), "800t을 넘었다" (passed 800 t), "2억2,770만 달러".
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claimAt = async (text: string, published: string, words: string) =>
  (await verifyClaims(store, text, { published })).claims.find((c) =>
    text.slice(c.start, c.end).includes(words),
  );

describe("a change said with a Korean comparative adjective", () => {
  it("reads '5.2% 적다' as a fall over the span, year on year", async () => {
    const c = await claimAt(
      "1~10월 희토류 자석 누적 수출량은 4만5,290톤으로 전년 같은 기간보다 5.2% 적다.",
      "2025-11-21",
      "5.2%",
    );
    expect(c).toMatchObject({ kind: "change", period: "2025-01..2025-10", verdict: "supported" });
    expect(c?.stated).toMatchObject({ type: "change", pct: -5.2 });
  });

  it("reads '15.8% 많다' as a rise", async () => {
    const c = await claimAt(
      "10월 희토류 자석 수출량은 5,473톤으로 작년 같은 달보다 15.8% 많다.",
      "2025-11-21",
      "15.8%",
    );
    expect(c?.stated).toMatchObject({ type: "change", pct: 15.8 });
    expect(c?.verdict).toBe("supported");
  });
});

describe("a change said with Japanese 'above' and 'below'", () => {
  it("reads '上回った' as a rise and '下回った' as a fall", async () => {
    const text = "2月の希土類輸出量は3,217トンで、前年同月を10.2%上回ったが、前月を39%下回った。";
    const up = await claimAt(text, "2025-03-21", "10.2%");
    expect(up?.stated).toMatchObject({ type: "change", pct: 10.2 });
    expect(up).toMatchObject({ period: "2025-02", verdict: "supported" });
    const down = await claimAt(text, "2025-03-21", "39%");
    expect(down?.stated).toMatchObject({ type: "change", pct: -39 });
    expect(down?.verdict).toBe("supported");
  });
});

describe("a Korean bound 'passed'", () => {
  it("reads '800t을 넘었다' as more than 800 t", async () => {
    const c = await claimAt("대미 희토류 자석 수출량은 1월 800t을 넘었다.", "2025-12-20", "800t");
    expect(c).toMatchObject({ partner: "USA", period: "2025-01", verdict: "supported" });
    expect(c?.stated).toMatchObject({ type: "level", value: 800, hedge: "more_than" });
  });

  it("does not support a bound the month did not pass", async () => {
    const c = await claimAt("대미 희토류 자석 수출량은 1월 900t을 넘었다.", "2025-12-20", "900t");
    expect(c?.stated).toMatchObject({ type: "level", value: 900, hedge: "more_than" });
    expect(c?.verdict).not.toBe("supported");
  });
});

describe("a Korean myriad number whose part groups its thousands with a comma", () => {
  it("reads '2억2,770만 달러' as 227.7 million dollars", async () => {
    const c = await claimAt("올해 1~7월 희토류 수출액은 2억2,770만 달러였다.", "2025-08-10", "달러");
    expect(c?.stated).toMatchObject({ type: "level", value: 227_700_000 });
    expect(c).toMatchObject({ period: "2025-01..2025-07", verdict: "supported" });
  });
});

describe("a Japanese change with a word of size between the percentage and its verb", () => {
  it("reads '59%の大幅増' and '39%の大幅な減少'", async () => {
    const text =
      "中国の希土類輸出は1月に5,294トンで、前月比59%の大幅増だった。2月の輸出量は3,217トンで、前月比39%の大幅な減少となった。";
    const up = await claimAt(text, "2025-03-21", "59%");
    expect(up?.stated).toMatchObject({ type: "change", pct: 59 });
    expect(up).toMatchObject({ period: "2025-01", verdict: "supported" });
    const down = await claimAt(text, "2025-03-21", "39%");
    expect(down?.stated).toMatchObject({ type: "change", pct: -39 });
    expect(down).toMatchObject({ period: "2025-02", verdict: "supported" });
  });
});
