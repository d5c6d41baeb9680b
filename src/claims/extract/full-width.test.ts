import { describe, expect, it } from "vitest";
import { halfWidthFigures } from "./full-width.js";

describe("halfWidthFigures", () => {
  it("reads full-width digits, percent signs, signs and decimal stops as ASCII, keeping the length", () => {
    const text = "輸出は６１５０トン、前月比＋１２．４％。";
    const read = halfWidthFigures(text);
    expect(read).toBe("輸出は6150トン、前月比+12.4%。");
    expect(read).toHaveLength(text.length);
  });

  it("reads a full-width comma as a thousands separator only between full-width digits", () => {
    expect(halfWidthFigures("５，９５２トン")).toBe("5,952トン");
    // the Chinese clause comma stays a clause comma
    expect(halfWidthFigures("出口582吨，305吨为对日本")).toBe("出口582吨，305吨为对日本");
    expect(halfWidthFigures("５９５２トン，前月比")).toBe("5952トン，前月比");
  });

  it("leaves a text without full-width forms as it is", () => {
    const text = "Exports rose 12% to 6,150 t.";
    expect(halfWidthFigures(text)).toBe(text);
  });
});

describe("decimal points set in East Asian forms", () => {
  it("reads a full-width or small stop between digits as a decimal point", () => {
    expect(halfWidthFigures("前年同月比8．6％減")).toBe("前年同月比8.6%減");
    expect(halfWidthFigures("環比增長１２﹒４％")).toBe("環比增長12.4%");
  });

  it("reads a middle dot as a decimal point before a percentage, a multiple or a quantity only", () => {
    expect(halfWidthFigures("前月比５６・１％増")).toBe("前月比56.1%増");
    expect(halfWidthFigures("約7・6倍")).toBe("約7.6倍");
    // the dot that joins two months stays
    expect(halfWidthFigures("4・5月の輸出")).toBe("4・5月の輸出");
  });
});
