import { describe, expect, it } from "vitest";
import { formatPct, formatQty, ordinal, periodLabel, joinList, dateLabel } from "./format-figures.js";

describe("format-figures", () => {
  it("groups tonnes and rounds small values less", () => {
    expect(formatQty(6150)).toBe("6,150");
    expect(formatQty(51440)).toBe("51,440");
    expect(formatQty(420.5)).toBe("420.5");
    expect(formatQty(2568.8)).toBe("2,568.8");
    expect(formatQty(508.50000001)).toBe("508.5");
  });
  it("rounds percentages as analysts do", () => {
    expect(formatPct(12.37)).toBe("12%");
    expect(formatPct(-11.28)).toBe("11%");
    expect(formatPct(3.26)).toBe("3.3%");
    expect(formatPct(9.96)).toBe("10%");
  });
  it("names ranks, periods and dates", () => {
    expect(ordinal(2)).toBe("second");
    expect(ordinal(12)).toBe("12th");
    expect(ordinal(22)).toBe("22nd");
    expect(periodLabel("2025-01..2025-11")).toBe("January-November 2025");
    expect(periodLabel("2025-08")).toBe("August 2025");
    expect(dateLabel("2025-04-04")).toBe("4 April 2025");
    expect(joinList(["a", "b", "c"])).toBe("a, b and c");
  });
});
