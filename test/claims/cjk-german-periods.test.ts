// Periods, bases and subjects as Chinese, Korean, Japanese and German outlets write them: the year so
// far up to a month ("7월까지의 누계", "截至7月累计", "7月までの累計") is a sum from January, not
// the month; "较2024年同期" (against the same month of 2024) is a change on the year; "Chinas
// Magnetexporte" names the product and the world total in one word. Before, the sum to July was
// checked as July's level, "较2024年同期" as a change on the month, and "Magnetexporte" named neither.
import { describe, expect, it } from "vitest";
import { claimAt, readingAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("the year so far up to a month", () => {
  it.each([
    ["중국의 희토류 자석 수출량은 7월까지의 누계로 27,897톤이었다.", "27,897톤"],
    ["截至7月，中国稀土磁铁累计出口27897吨。", "27897吨"],
    ["2025年7月までの累計で、中国のレアアース磁石輸出は27,897トンだった。", "27,897トン"],
  ])("runs from January: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2025-08-25")).toMatchObject({
      verdict: "supported",
      period: "2025-01..2025-07",
    });
  });

  it("is not borne out by the month's own figure", async () => {
    const text = "중국의 희토류 자석 수출량은 7월까지의 누계로 5,577톤이었다.";
    expect((await readingAt(store, text, "5,577톤", "2025-08-25")).verdict).not.toBe("supported");
  });
});

describe("a change against the same month of a named year", () => {
  it.each([
    ["中国11月稀土出口5493.9吨，较2024年同期增长24.4%。", "增长24.4%"],
    ["중국의 11월 희토류 수출량은 5494톤으로 2024년 동월 대비 24.4% 증가했다.", "24.4% 증가"],
  ])("is a change on the year: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-12-20");
    expect(c?.stated).toMatchObject({ basis: "yoy" });
    expect(c?.verdict).toBe("supported");
  });
});

describe("a German compound of product and trade", () => {
  it("names the product and China's total", async () => {
    const text = "Chinas Magnetexporte sanken im September auf 5.774 Tonnen.";
    const c = await claimAt(store, text, "5.774 Tonnen", "2025-10-25");
    expect(c).toMatchObject({ verdict: "supported", series: "rare-earth-magnets", partner: "WLD" });
    expect(c?.grounds).toMatchObject({ series: "clause", partner: "clause" });
  });
});
