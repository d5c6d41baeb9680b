import { describe, expect, it } from "vitest";
import { arabicDates } from "./chinese-dates.js";

describe("arabicDates", () => {
  it("rewrites a year and months in Chinese numerals, and a span from January", () => {
    expect(arabicDates("二〇二五年十一月出口")).toBe("2025年11月出口");
    expect(arabicDates("2025年十一月份")).toBe("2025年11月份");
    expect(arabicDates("一至十二月累计")).toBe("1至12月累计");
    expect(arabicDates("十月数量,二月金额")).toBe("10月数量,2月金额");
  });

  it("leaves numerals that name no month, and lines without any, as they are", () => {
    expect(arabicDates("其中：一般贸易")).toBe("其中：一般贸易");
    expect(arabicDates("稀土,吨,5493.9")).toBe("稀土,吨,5493.9");
  });
});
