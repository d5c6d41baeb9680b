// A change set after a sum of money with no subject of its own is the value's, even when the value
// words sit in another clause; one set after a tonnage stays the tonnage's, and one set after money
// that was only put beside a tonnage may be either's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const measures = (text: string) =>
  extractClaims(text, { published: "2026-05-14" })
    .filter((c) => c.stated.type === "change" || c.stated.type === "direction")
    .map((c) => ({
      words: c.text,
      measure: "measure" in c.stated ? (c.stated.measure ?? "qty") : "qty",
      value: c.alternatives.some((a) => a.stated && "measure" in a.stated && a.stated.measure === "value"),
      tonnes: c.alternatives.some((a) => a.stated && !("measure" in a.stated && a.stated.measure)),
    }));

describe("a change after a sum of money, its value words in another clause", () => {
  it.each([
    [
      "Magnet shipments to Germany fetched $57 million in March, an increase of 11% on February.",
      "increase of 11%",
    ],
    [
      "Magnet exports to Japan brought in $31 million in March, a decline of 6% from February.",
      "decline of 6%",
    ],
    [
      "In dollar terms, magnet exports to Korea came to US$36 mln in March; that was 7% below February.",
      "7% below",
    ],
  ])("is the value's, the tonnage's kept as another reading: %s", (text, words) => {
    expect(measures(text)).toContainEqual({ words, measure: "value", value: false, tonnes: true });
  });

  it("said of the value the goods' pronoun points back to is the value's, whatever tonnage came first", () => {
    expect(
      measures("Gallium exports to Korea doubled to 3,100 kg in March, though their value rose only 40%."),
    ).toContainEqual({ words: "rose only 40%", measure: "value", value: false, tonnes: false });
    // a value per tonne is a price, not the value
    expect(
      measures("Magnet exports fell 4% to 5,100 t in March, while their value per tonne slid 3%.").map(
        (m) => m.measure,
      ),
    ).not.toContain("value");
  });

  it("said with value words is the value's alone", () => {
    expect(
      measures(
        "Outbound magnets to India were valued at $9.8 million in March, which was 25% more than a year earlier.",
      ),
    ).toEqual([{ words: "25% more", measure: "value", value: false, tonnes: false }]);
  });

  it("right after the money is the value's alone", () => {
    expect(measures("Magnet exports to Korea in March: US$36 mln, down 7% m/m.")).toEqual([
      { words: "down 7%", measure: "value", value: false, tonnes: false },
    ]);
  });
});

describe("a change after a tonnage with money set beside it", () => {
  it("stays the tonnage's, the value's kept as another reading", () => {
    expect(
      measures("Magnet exports hit 5,920 tonnes in March, a value of $265 million, up 8.2% on February."),
    ).toEqual([{ words: "up 8.2%", measure: "qty", value: true, tonnes: false }]);
  });

  it.each([
    "Magnet exports jumped 8.2% to 5,920 tonnes in March, a value of $265 million.",
    "Magnet exports were worth $265 million in March; tonnage rose 8.2% from February.",
    "Magnet exports hit 5,920 tonnes in March and were up 8.2% on February.",
  ])("is the tonnage's alone: %s", (text) => {
    const m = measures(text);
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((x) => x.measure === "qty" && !x.value)).toBe(true);
  });
});

describe("a destination's possessive standing for the share just told of", () => {
  const moves = (text: string) =>
    extractClaims(text, { published: "2025-10-24" })
      .filter((c) => c.stated.type === "direction" || c.stated.type === "change")
      .map((c) => [c.partner, "measure" in c.stated ? (c.stated.measure ?? "qty") : "qty"]);

  it.each([
    "Korea's portion of China's magnet exports shrank in September, while Germany's went up.",
    "America's share of the magnets dropped in September; Germany's edged up.",
  ])("moves that share: %s", (text) => {
    expect(moves(text)).toContainEqual(["DEU", "share"]);
  });

  it("leaves a possessive after a tonnage's move the tonnage's", () => {
    expect(moves("Magnet shipments to Korea slid in September, while Germany's edged up.")).toContainEqual([
      "DEU",
      "qty",
    ]);
  });
});

describe("a change after a sum written as the European press writes it", () => {
  it.each([
    [
      "A maggio la Cina ha esportato terre rare per circa 18,7 milioni di dollari, il 48,3% in meno rispetto a maggio 2024.",
      "il 48,3% in meno",
    ],
    [
      "En mayo China vendió tierras raras por 18,7 millones de dólares, un 48,3% menos que un año antes.",
      "un 48,3% menos",
    ],
  ])("right after the sum, is the value's: %s", (text, words) => {
    expect(measures(text)).toContainEqual({ words, measure: "value", value: false, tonnes: false });
  });

  it("takes a second change joined to the first after the same sum as the value's too", () => {
    const text =
      "In May China's rare earth sales abroad brought in $18.7 million, down 48.3% from May 2024 and 13.7% less than in April.";
    expect(measures(text).map((m) => [m.words, m.measure])).toEqual([
      ["down 48.3%", "value"],
      ["13.7% less", "value"],
    ]);
  });

  it("leaves a change after the sum's own tonnage, or after volume words, the tonnage's", () => {
    const text =
      "China exported 5.864,6 tonnellate di terre rare per 18,7 milioni di dollari; in volume le spedizioni sono calate del 5,67%.";
    expect(measures(text).map((m) => m.measure)).toEqual(["qty"]);
  });
});
