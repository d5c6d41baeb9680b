import { describe, expect, it } from "vitest";
import {
  precisionUnit,
  shiftDecimal,
  meanOfDecimals,
  subtractDecimals,
  sumDecimals,
  trimDecimal,
} from "./decimal.js";

describe("exact decimals", () => {
  it("shifts the decimal point without floating point", () => {
    expect(shiftDecimal("26037", -3)).toBe("26.037");
    expect(shiftDecimal("1", -3)).toBe("0.001");
    expect(shiftDecimal("12.3", 6)).toBe("12300000");
    expect(shiftDecimal("-3.2", 1)).toBe("-32");
    expect(shiftDecimal("0.1", 1)).toBe("1");
    expect(shiftDecimal("6149.95", 0)).toBe("6149.95");
  });

  it("trims padding zeros only", () => {
    expect(trimDecimal("06149.950")).toBe("6149.95");
    expect(trimDecimal("6150")).toBe("6150");
    expect(trimDecimal("-0.0")).toBe("0");
  });

  it("reads the rounding step off the printed digits, never coarser than 1% of the value", () => {
    expect(precisionUnit("6145.623")).toBe("0.001");
    expect(precisionUnit("6146")).toBe("1");
    expect(precisionUnit("6150")).toBe("10");
    expect(precisionUnit("27900")).toBe("100");
    expect(precisionUnit("6000")).toBe("10");
    expect(precisionUnit("280")).toBe("1");
    expect(precisionUnit("0")).toBe("1");
    expect(precisionUnit("400", true)).toBe("100");
    expect(precisionUnit("5600", true)).toBe("100");
    expect(precisionUnit("6146", true)).toBe("1");
  });
});

describe("exact sums and differences", () => {
  it("adds and subtracts without a floating-point step", () => {
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals(["6145.623", "5000", "-0.623"])).toBe("11145");
    expect(sumDecimals([])).toBe("0");
    expect(subtractDecimals("6150", "5473.5")).toBe("676.5");
    expect(subtractDecimals("5473", "6150")).toBe("-677");
    expect(subtractDecimals("0.05", "-0.05")).toBe("0.1");
  });

  it("takes a mean in one rounding step, as the database's exact average does", () => {
    expect(meanOfDecimals(["0", "0.2", "0.449"])).toBe(0.21633333333333332);
    expect(meanOfDecimals(["5473", "6150"])).toBe(5811.5);
  });
});
