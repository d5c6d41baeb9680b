import { describe, expect, it } from "vitest";
import { ocrDigits, spacedCommas } from "./ocr-slips.js";

describe("ocrDigits", () => {
  it("reads an l or an O inside a figure as the digit it stands for", () => {
    expect(ocrDigits("Korea got 8l5 t, Japan 3O5 t and India 4l6 t in 2O25")).toBe(
      "Korea got 815 t, Japan 305 t and India 416 t in 2025",
    );
    expect(ocrDigits("a rise of l1.6% to l,288 t")).toBe("a rise of 11.6% to 1,288 t");
  });

  it("leaves words, codes and figures with one digit alone", () => {
    const text = "grade N42SH, lO units, O2 and l5 World Cup";
    expect(ocrDigits(text)).toBe(text);
  });
});

describe("spacedCommas", () => {
  it("finds the stray space after a thousands comma before a unit", () => {
    const text = "exports of 5, 238 t in March and 16, 001 tonnes in the quarter";
    expect(spacedCommas(text).map((g) => text.slice(g.index - 2, g.index + 2))).toEqual(["5, 2", "6, 0"]);
  });

  it("leaves a list of figures alone", () => {
    expect(spacedCommas("Germany, Korea and Vietnam took 1, 815 and 509 t")).toEqual([]);
    expect(spacedCommas("took 106, 815, 509 t each")).toEqual([]);
    expect(spacedCommas("in 2025, 815 t went to Korea")).toEqual([]);
  });
});
