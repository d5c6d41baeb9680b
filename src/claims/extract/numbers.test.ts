// Numbers as the press prints them: digits, words, German separators, hedges and their tolerance.
import { describe, expect, it } from "vitest";
import { findLevels } from "./find-figures.js";
import {
  hedgeBefore,
  hedgeOf,
  parseAmount,
  parseCjkNumber,
  parseDecimal,
  parseDecimalDe,
  parseNumberWords,
  parseSpacedNumber,
  scan,
  toleranceFor,
} from "./numbers.js";
import { extractClaims } from "./extract-claims.js";

describe("numbers", () => {
  it("reads the rounding a number's digits imply", () => {
    expect(parseDecimal("6,150")).toEqual({ value: 6150, halfUnit: 5 });
    expect(parseDecimal("6,149.95")).toEqual({ value: 6149.95, halfUnit: 0.005 });
  });

  it("reads CJK multipliers inside a number, largest first", () => {
    expect(parseCjkNumber("4천205")).toEqual({ value: 4205, halfUnit: 0.5 });
    expect(parseCjkNumber("3만1천46")).toEqual({ value: 31046, halfUnit: 0.5 });
    expect(parseCjkNumber("4만5,120")).toEqual({ value: 45120, halfUnit: 5 });
    expect(parseCjkNumber("1.5万")).toEqual({ value: 15000, halfUnit: 500 });
    expect(parseCjkNumber("2億3000万")?.value).toBe(230_000_000);
    expect(parseCjkNumber("7천2만")).toBeNull();
  });

  it("counts a thousand inside the myriad that follows it, as Korean and Chinese money is written", () => {
    expect(parseCjkNumber("5천137만")).toEqual({ value: 51_370_000, halfUnit: 5_000 });
    expect(parseCjkNumber("1억3천250만")?.value).toBe(132_500_000);
    expect(parseCjkNumber("6억8천만")).toEqual({ value: 680_000_000, halfUnit: 5_000_000 });
    expect(parseCjkNumber("3千万")?.value).toBe(30_000_000);
    // a thousand with no myriad after it stays a thousand
    expect(parseCjkNumber("2천950")?.value).toBe(2950);
  });

  it("keeps the decimals of the last part after a multiplier", () => {
    expect(parseCjkNumber("2만4,107.3")).toEqual({ value: 24107.3, halfUnit: 0.05 });
    expect(parseCjkNumber("1만2051.25")).toEqual({ value: 12051.25, halfUnit: 0.005 });
  });

  it("reads thousands set apart by spaces", () => {
    expect(parseSpacedNumber("4 205")).toEqual({ value: 4205, halfUnit: 0.5 });
    expect(parseSpacedNumber("12\u2009046,5")?.value).toBe(12046.5);
  });

  it("reads German separators", () => {
    expect(parseDecimalDe("6.150")).toEqual({ value: 6150, halfUnit: 5 });
    expect(parseDecimalDe("12,4")?.value).toBe(12.4);
    expect(parseDecimalDe("1.234,5")?.value).toBe(1234.5);
  });

  it.each([
    ["six thousand", 6000, 500],
    ["two thousand five hundred", 2500, 50],
    ["six thousand one hundred and fifty", 6150, 5],
    ["a thousand", 1000, 500],
    ["twenty-four", 24, 0.5],
    ["five and a half thousand", 5500, 250],
    ["one and a half million", 1500000, 250000],
    ["two-and-a-half thousand", 2500, 250],
    ["sixty-two and a half thousand", 62500, 250],
  ])("reads %s in words", (words, value, halfUnit) => {
    expect(parseNumberWords(words)).toEqual({ value, halfUnit });
  });

  it("reads a spoken number with a pause after its thousands, as one number", () => {
    expect(parseNumberWords("thirty-one thousand, four hundred and six")).toEqual({
      value: 31406,
      halfUnit: 0.5,
    });
    const text = "Forty-seven thousand, two hundred and twelve tonnes over the ten months.";
    expect(findLevels(text).map((l) => [text.slice(l.start, l.end), l.value])).toEqual([
      ["Forty-seven thousand, two hundred and twelve tonnes", 47212],
    ]);
  });

  it("refuses words that are no number", () => {
    expect(parseNumberWords("five six")).toBeNull();
    expect(parseNumberWords("hundred")).toBeNull();
  });

  it("knows hedges in English and German", () => {
    expect(["about", "roughly", "rund", "in the region of"].map(hedgeOf)).toEqual([
      "about",
      "about",
      "about",
      "about",
    ]);
    expect(["a bit over", "a bit under"].map(hedgeOf)).toEqual(["just_over", "just_under"]);
    expect(["knapp", "nearly", "well over", "mehr als", "a little less than"].map(hedgeOf)).toEqual([
      "nearly",
      "nearly",
      "more_than",
      "more_than",
      "just_under",
    ]);
    expect(toleranceFor(582, 0.5, "less_than")).toEqual({ low: 0, high: 582.5, firm: { low: 0, high: 582 } });
  });

  it("keeps a hedge that bounds a figure firm on the side it bounds, apart from the figure's rounding", () => {
    // "more than a fifth": only above 20% is it right (the check holds the firm bound)
    expect(toleranceFor(20, 2.5, "more_than", 2.5)).toEqual({
      low: 17.5,
      high: null,
      firm: { low: 20, high: null },
    });
    expect(toleranceFor(6000, 500, "just_under")).toMatchObject({ high: 6500, firm: { high: 6000 } });
    expect(toleranceFor(6150, 5, null)).toEqual({ low: 6145, high: 6155 });
    expect(toleranceFor(6150, 5, "about")).toEqual({ low: 6145, high: 6155 });
  });

  it("finds a hedge by looking back, and scan() moves the match to it", () => {
    expect(hedgeBefore("exports of just under 6,200 t", 22)).toEqual({ word: "just under", start: 11 });
    const [m] = [...scan(/()\d[\d,]*/g, "roughly 6,150 tonnes")];
    expect(m?.index).toBe(0);
    expect(m?.[1]).toBe("roughly");
  });
});

describe("decimals spoken in words", () => {
  it("reads 'three point two' as 3.2, rounded to its last digit", () => {
    expect(parseAmount("three point two")).toEqual({ value: 3.2, halfUnit: 0.05 });
    expect(parseAmount("twelve point four five")).toEqual({ value: 12.45, halfUnit: 0.005 });
    expect(parseAmount("point two")).toBeNull();
  });

  it("reads a change spoken in capitals ('SLIPPED THREE POINT TWO PERCENT')", () => {
    const [c] = extractClaims(
      "CHINA'S RARE EARTH MAGNET EXPORTS SLIPPED THREE POINT TWO PERCENT IN DECEMBER.",
      {
        published: "2026-01-20",
      },
    );
    expect(c?.stated).toMatchObject({ type: "change", pct: -3.2 });
  });
});

describe("a half spoken after a whole number", () => {
  it("reads 'eleven and a half' as 11.5, good to a quarter", () => {
    expect(parseAmount("eleven and a half")).toEqual({ value: 11.5, halfUnit: 0.25 });
    expect(parseAmount("twenty-three-and-a-half")).toEqual({ value: 23.5, halfUnit: 0.25 });
    expect(parseAmount("and a half")).toBeNull();
  });

  it.each([
    ["Shipments to Korea dropped some eight and a half percent in July.", "change", -8.5],
    ["Q: What share of the total went to India?\nA: Roughly six and a half per cent.", "share", 6.5],
    ["Japan's slice was nearly fourteen and a half percent of the total in May.", "share", 14.5],
  ])("reads %s", (text, kind, pct) => {
    const c = extractClaims(text, { published: "2025-09-10" }).find((x) => x.kind === kind);
    expect(c?.stated).toMatchObject({ pct });
  });
});

describe("'up to' after 'add'", () => {
  it.each([
    ["Shipments to Korea added up to 2,310 t over the quarter.", 2310],
    ["Together the two months add up to 9,140 tonnes.", 9140],
    ["Outbound cargoes, adding up to 48,200 tonnes, set a pace.", 48200],
  ])("is a total, not a ceiling nor a change: %s", (text, value) => {
    const levels = findLevels(text);
    expect(levels.map((l) => [l.value, l.hedge])).toEqual([[value, null]]);
    expect(extractClaims(text, { published: "2025-12-20" }).map((c) => c.kind)).not.toContain("change");
  });

  it("still bounds a figure after 'up to' elsewhere", () => {
    expect(findLevels("Exports may reach up to 7,000 t.").map((l) => l.hedge)).toEqual(["nearly"]);
  });
});

describe("a figure said in two pairs of digits", () => {
  it.each([
    ["sixty-one fifty", 6150],
    ["five eighty-two", 582],
    ["twenty-five sixty-nine", 2569],
    ["forty-four oh", null],
    ["twenty five", 25],
    ["six five", null],
  ])("%s", (words, value) => {
    expect(parseNumberWords(words)?.value ?? null).toBe(value);
  });
});
