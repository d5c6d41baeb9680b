// Changes as Hong Kong, Taiwan, mainland and Korean outlets word them beyond 增长/下降 and 증가/감소:
// "按月跌" and "按年增長" (Hong Kong's month-on-month and year-on-year), "月減" and "年增" (Taiwan's),
// "大涨", "也涨了", "还是少了" (a word of degree or of going on between the base and the change),
// "급감" and "급증" (a sharp fall, rise), "23% 가까이" (nearly), and "首9個月" (the first nine months).
// A wrong figure in such words stays unverifiable: a sentence not in English is never contradicted.
import { describe, expect, it } from "vitest";
import { claimAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("Chinese and Korean change words", () => {
  it.each([
    // rare earths: August 5,791.8 t, September 4,000.3 t (-30.9% on the month)
    ["內地9月稀土出口4000.3噸，按月跌30.9%。", "2025-10-13", "按月跌30.9%", "mom"],
    ["9月稀土出口4000.3吨，环比大跌31%。", "2025-10-13", "环比大跌31%", "mom"],
    ["9月稀土出口4000.3噸，月減30.9%。", "2025-10-13", "月減30.9%", "mom"],
    // magnets: July 5,577 t, +74.9% on June, +5.7% on July 2024
    ["7月稀土磁铁出口5577吨，环比暴涨75%。", "2025-08-21", "环比暴涨75%", "mom"],
    ["7月稀土磁铁出口5577吨，同比也涨了5.7%。", "2025-08-21", "同比也涨了5.7%", "yoy"],
    // magnets to Korea: September 854 t, October 569 t (-33.4%)
    [
      "10월 한국행 희토류 자석 수출은 569톤으로 전월 대비 33% 급감했다.",
      "2025-11-21",
      "전월 대비 33% 급감",
      "mom",
    ],
    // rare earths: June 7,742.2 t, July 5,994.3 t (-22.6%)
    [
      "7월 중국의 희토류 수출은 5,994톤으로 전월 대비 23% 가까이 감소했다.",
      "2025-08-20",
      "전월 대비 23% 가까이 감소",
      "mom",
    ],
  ])("reads and supports: %s", async (text, published, quote, basis) => {
    const c = await claimAt(store, text, quote, published);
    expect(c).toMatchObject({ kind: "change", verdict: "supported" });
    expect(c?.stated).toMatchObject({ basis });
  });

  it.each([
    ["內地9月稀土出口4000.3噸，按月跌13.9%。", "2025-10-13", "按月跌13.9%"],
    ["7月稀土磁铁出口5577吨，环比大涨57%。", "2025-08-21", "环比大涨57%"],
    ["10월 한국행 희토류 자석 수출은 569톤으로 전월 대비 13% 급감했다.", "2025-11-21", "전월 대비 13% 급감"],
  ])("leaves a wrong figure unverifiable, never supported: %s", async (text, published, quote) => {
    const c = await claimAt(store, text, quote, published);
    expect(c?.kind).toBe("change");
    expect(c?.verdict).toBe("unverifiable");
  });

  it("takes the first nine months of '首9個月' and a year-on-year base from '按年'", async () => {
    const c = await claimAt(
      store,
      "首9個月累計出口稀土48355.7噸，按年增長12.6%。",
      "按年增長12.6%",
      "2025-10-13",
    );
    expect(c).toMatchObject({ period: "2025-01..2025-09", verdict: "supported" });
  });

  it("does not take a month's number for Taiwan's month-on-month '月'", async () => {
    const c = await claimAt(store, "稀土磁鐵出口11月增加12.4%。", "增加12.4%", "2025-12-21");
    expect(c?.kind).toBe("change");
    expect(c?.grounds?.basis).not.toBe("clause");
  });

  it("says an analyst's expectation in traditional characters is a forecast", async () => {
    const c = await claimAt(store, "分析師預期10月出口回升至4500噸左右。", "4500噸", "2025-10-13");
    expect(c?.mode).toBe("forecast");
  });
});
