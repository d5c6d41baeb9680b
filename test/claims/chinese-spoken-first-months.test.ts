// "今年头10个月" (the first ten months of this year) writes "first" as the spoken 头 rather than 前 or
// 首. Unread, the ten months' total was taken for October's level and its change on the year for
// October's, both left open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: January-October 2024 47,778 t, January-October 2025 45,290 t (-5.2%)
describe("the first months written with 头", () => {
  const text = "中国海关数据显示，10月稀土磁铁出口5473公吨。今年头10个月累计出口4万5290公吨，同比减少5.2%。";

  it.each(["4万5290公吨", "同比减少5.2%"])("reads %s on January-October", async (quote) => {
    expect(await readingAt(store, text, quote, "2025-11-21")).toMatchObject({
      verdict: "supported",
      series: "rare-earth-magnets",
      period: "2025-01..2025-10",
    });
  });

  it("keeps October's own level on the month", async () => {
    expect(await readingAt(store, text, "5473公吨", "2025-11-21")).toMatchObject({
      verdict: "supported",
      period: "2025-10",
    });
  });
});
