// Prose keyed without the space after its commas and full stops, as pages typed with an input method
// that sets its own punctuation come out when copied: each stop is read with its space.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { unspacedStops } from "./unspaced-stops.js";

const read = (text: string, published = "2025-12-22") =>
  extractClaims(text, { published }).map((c) => ({
    text: c.text,
    kind: c.kind,
    series: c.series,
    period: c.period,
    ...(c.stated.type === "change" ? { pct: c.stated.pct, basis: c.stated.basis } : {}),
    ...(c.stated.type === "level" ? { value: c.stated.value } : {}),
  }));

describe("unspacedStops", () => {
  it("finds commas, stops and brackets glued to the next word in a line of prose", () => {
    const text =
      "Last month,outbound shipments of magnets came to 6,150 tonnes,a gain on October.Officials at customs(GAC)said so on Friday.";
    expect(unspacedStops(text).map((g) => text.slice(g.index - 3, g.index + 4))).toEqual([
      "nth,out",
      "nes,a g",
      "ber.Off",
      "GAC)sai",
    ]);
  });

  it("leaves a comma-separated row, figures, abbreviations and addresses alone", () => {
    expect(unspacedStops("South Korea,569,815\nJapan,305,226")).toEqual([]);
    expect(
      unspacedStops(
        "The U.S.Treasury and metal.com both cite 6,150.5 tonnes, and so do several other papers here.",
      ),
    ).toEqual([]);
  });
});

describe("a report typed without spaces after its stops", () => {
  it("reads each clause's figure and change, not a table's row", () => {
    expect(
      read(
        "In November,China shipped 6,150 tonnes of rare-earth magnets abroad,12.4 percent more than in October.Over the first eleven months,magnet exports totalled 51,440 tonnes,down 5.2 percent year-on-year.",
      ),
    ).toEqual([
      { text: "6,150 tonnes", kind: "level", series: "rare-earth-magnets", period: "2025-11", value: 6150 },
      {
        text: "12.4 percent more",
        kind: "change",
        series: "rare-earth-magnets",
        period: "2025-11",
        pct: 12.4,
        basis: "mom",
      },
      {
        text: "51,440 tonnes",
        kind: "ytd",
        series: "rare-earth-magnets",
        period: "2025-01..2025-11",
        value: 51440,
      },
      {
        text: "down 5.2 percent",
        kind: "change",
        series: "rare-earth-magnets",
        period: "2025-01..2025-11",
        pct: -5.2,
        basis: "yoy",
      },
    ]);
  });
});
