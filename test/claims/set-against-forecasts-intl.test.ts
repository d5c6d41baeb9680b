// A figure said to match what analysts expected is a reported figure, in Russian and Chinese as in
// English: "совпали с прогнозами аналитиков", "соответствовали ожиданиям", "與分析師預估相符",
// "符合分析師預期". A figure analysts only expect is still a forecast in both languages.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("figures set against forecasts, in Russian and Chinese", () => {
  it.each([
    // magnets July 2025 5,577 t, +5.7% on July 2024's 5,278 t
    [
      "Июльские отгрузки редкоземельных магнитов совпали с прогнозами аналитиков и оказались на 5,7% выше, чем в июле прошлого года.",
      "на 5,7% выше",
      "2025-07",
    ],
    [
      "Июльские отгрузки редкоземельных магнитов соответствовали ожиданиям аналитиков и составили 5 577 тонн.",
      "5 577 тонн",
      "2025-07",
    ],
    ["7月稀土磁鐵出口量與分析師預估相符，也比去年同期的5,278公噸高出5.7%。", "高出5.7%", "2025-07"],
    ["7月稀土磁鐵出口量符合分析師預期，也比去年同期的5,278公噸高出5.7%。", "5,278公噸", "2024-07"],
  ])("checks %s", async (text, quote, period) => {
    expect(await readingAt(store, text, quote, "2025-08-20")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period,
    });
  });

  it.each([
    [
      "Аналитики прогнозируют, что в августе экспорт редкоземельных магнитов составит 6500 тонн.",
      "6500 тонн",
    ],
    ["分析師預估8月稀土磁鐵出口量將達6,500公噸。", "6,500公噸"],
  ])("still leaves a forecast unchecked: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-08-20");
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toMatch(/forecast/);
  });
});
