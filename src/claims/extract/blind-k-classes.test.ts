// Wordings an eleventh blind batch showed misread into false contradictions: a year written as a
// label with a colon before its figure ("(2023: 52.6kt)"), which dates that figure and not the one
// before it; and a percentage "under" or "short of" a month ("about 30% under May"), which names
// the month a change is measured from, not the month of the level before it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a year labelling its figure with a colon", () => {
  it.each([
    ["Rare-earth exports reached 55,400 t in 2024 (2023: 52,300 t).", "52,300 t", "2023-01..2023-12"],
    ["Magnet shipments: 58.1kt last year, vs 2023: 52.6kt.", "52.6kt", "2023-01..2023-12"],
    ["- Gallium sales abroad came to 62.6 t in 2025 (2024: about 60.9 t)", "60.9 t", "2024-01..2024-12"],
  ])("dates the figure it labels: %s", (text, words, period) => {
    const c = find(text, "2026-02-15", words);
    expect(c?.period).toBe(period);
  });

  it("leaves the figure before the bracket its own year", () => {
    const c = find("Rare-earth exports reached 55,400 t in 2024 (2023: 52,300 t).", "2026-02-15", "55,400 t");
    expect(c?.period).toBe("2024-01..2024-12");
  });

  it("reads a year and a colon heading a line as that line's year", () => {
    const c = find("Magnet exports to the US, 2025: 5,930 t", "2026-02-15", "5,930 t");
    expect(c?.period).toBe("2025-01..2025-12");
  });

  it("takes no time of day for a year", () => {
    const c = find("Updated 20:15. Magnet exports were 5,950 t in December.", "2026-01-21", "5,950 t");
    expect(c?.period).toBe("2025-12");
  });
});

describe("a percentage under or short of a month", () => {
  it.each([
    ["Shipments to India? 172 tonnes, still about 60% under July.", "172 tonnes", "2025-07"],
    ["German buyers got 764 t, some 45% short of August.", "764 t", "2025-08"],
  ])("does not date the level before it with the base month: %s", (text, words, base) => {
    const c = find(text, "2025-09-22", words);
    expect(c).toBeDefined();
    expect(c?.period).not.toBe(base);
    expect(["clause", "sentence"]).not.toContain(c?.grounds.period);
  });

  it.each([
    ["Magnet exports to Vietnam were 235 t in May, roughly 48% under March.", "48% under", -48],
    ["Exports of magnets to Korea fell to 569 t in October, 33% short of September.", "33% short of", -33],
  ])("reads the percentage as a fall from that month: %s", (text, words, pct) => {
    const c = find(text, "2025-11-22", words);
    expect(c?.kind).toBe("change");
    expect(c?.stated).toMatchObject({ type: "change", pct });
  });

  it("keeps 'under' without a month to compare with out of it", () => {
    const c = find(
      "Some 40% under licence, the magnet exports reached 5,473 t in October.",
      "2025-11-22",
      "40%",
    );
    expect(c?.kind).not.toBe("change");
  });
});

describe("a research desk's sector name in a header", () => {
  it.each([
    ["EQUITY STRATEGY | Metals & Mining | 4 Nov\n- NdFeB magnets 5,470t in Oct", "5,470t", "2025-10"],
    ["Metals and Mining desk, daily\nGermany 1,120 t of magnets in October", "1,120 t", "2025-10"],
  ])("does not make the figures under it non-trade: %s", (text, words, period) => {
    const c = find(text, "2025-11-04", words);
    expect(c?.period).toBe(period);
    expect(c?.mode).toBe("reported");
  });

  it("still keeps mining output out", () => {
    const c = find("Rare-earth mining reached 270,000 t in 2024.", "2025-03-01", "270,000 t");
    expect(c?.mode === "reported" && c.period !== null).toBe(false);
  });
});

describe("months in small letters beside a figure", () => {
  it.each([
    ["[14:05] kim: magnets 5470t oct, -5% m/m", "5470t", "2025-10"],
    ["re mags to germany were 1118t in oct fwiw", "1118t", "2025-10"],
    ["dec mags 5950t, us 560t", "5950t", "2025-12"],
    ["japan took 280 t in december", "280 t", "2025-12"],
  ])("date it: %s", (text, words, period) => {
    const c = find(text, "2026-01-21", words);
    expect(c?.period).toBe(period);
  });

  it("leaves 'may' and 'march' as verbs", () => {
    const c = find("exports may reach 6,000 t, traders march on", "2026-01-21", "6,000 t");
    expect(c?.period ?? null).not.toBe("2025-05");
  });
});

describe("an answer that agrees after a hedge", () => {
  it.each([
    ["Q: So Korea took, what, 15 percent of China's magnets in September?\nA: Broadly, yes.", "15 percent"],
    [
      "Q: Germany got 1,346 tonnes of magnets in August, didn't it?\nA: For Germany, yes, a new high.",
      "1,346 tonnes",
    ],
    ["Q: Magnet exports were about 5,470 tonnes in October?\nA: Roughly, yes.", "5,470 tonnes"],
  ])("makes the question's figure a statement: %s", (text, words) => {
    expect(find(text, "2025-11-25", words)?.mode).toBe("reported");
  });

  it("keeps a question about what may come a question", () => {
    const c = find(
      "Q: Will magnet exports top 6,500 tonnes in December?\nA: Roughly, yes.",
      "2025-11-25",
      "6,500",
    );
    expect(c?.mode).not.toBe("reported");
  });
});

describe("a tonnage's own year after 'of'", () => {
  it.each([
    [
      "Shipments came to 62,585 t last year, well above the 55,431 t of 2024.",
      "55,431 t",
      "2024-01..2024-12",
    ],
    ["That beat the 52.3kt of 2023 by a wide margin.", "52.3kt", "2023-01..2023-12"],
  ])("dates the tonnage: %s", (text, words, period) => {
    expect(find(text, "2026-01-20", words)?.period).toBe(period);
  });

  it("leaves 'the first half of 2024' a half year", () => {
    const c = find("Exports reached 29,095 t in the first half of 2024.", "2025-01-20", "29,095 t");
    expect(c?.period).toBe("2024-01..2024-06");
  });
});

describe("APT, the trade's capitals for ammonium paratungstate", () => {
  it.each([
    ["China's APT exports were 243 t in the first eleven months of 2025.", "243 t"],
    ["Shipments of tungsten APT came to 782 t in 2024.", "782 t"],
  ])("is the paratungstate series: %s", (text, words) => {
    expect(find(text, "2026-01-20", words)?.series).toBe("tungsten-apt");
  });

  it("leaves plain tungsten the tungsten series", () => {
    expect(find("Tungsten exports were 10,800 t in January-August.", "2025-10-20", "10,800 t")?.series).toBe(
      "tungsten",
    );
  });
});
