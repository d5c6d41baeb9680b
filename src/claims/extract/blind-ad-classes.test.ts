// Wordings a blind batch (ad: teletext, transcripts, court judgments, flashcards, talk pages, filings
// and regional dailies about magnets and rare earths) showed read wrong: a figure before the span of
// a sum it adds to; questions and their answers set out with tabs; nothing shipped said with "none"
// or "zero tonnes"; a question that names no product after the talk moved on to another.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period]);

describe("a figure before the span of the sum it adds to", () => {
  it.each([
    [
      "Magnet exports sank in April. Shipments rose 9.1% to 3,420 t, taking the January–April total to 14,800 t.",
      "2025-05-20",
      [
        ["rose 9.1%", "change", "2025-04"],
        ["3,420 t", "level", "2025-04"],
        ["14,800 t", "ytd", "2025-01..2025-04"],
      ],
    ],
    [
      "Rare-earth exports were weak in October. They slipped to 3,900 tonnes, bringing the year-to-date tally to 40,100 tonnes.",
      "2025-11-20",
      [
        ["3,900 tonnes", "level", "2025-10"],
        ["40,100 tonnes", "ytd", "2025-01..2025-10"],
      ],
    ],
    [
      "Japan took more in June. Its magnet imports from China rose by 12% to 150 t, lifting Japan-bound shipments in the first half to 900 t.",
      "2025-07-20",
      [
        ["rose by 12%", "change", "2025-06"],
        ["150 t", "level", "2025-06"],
        ["900 t", "ytd", "2025-01..2025-06"],
      ],
    ],
  ])("keeps the span for the sum only: %s", (text, published, want) => {
    const got = read(text, published).filter(([words]) => want.some(([w]) => w === words));
    expect(got).toEqual(want);
  });
});

describe("questions and their answers set out with tabs, one card a line", () => {
  const deck = [
    "What tonnage of magnets did China ship abroad in 2024?\t58,152 t\tdeck::magnets",
    "Magnets to Vietnam, October 2025?\t444 t, about 8% of the total\tdeck::vietnam",
    "Rare-earth exports, September 2025?\t4,000.3 t\tdeck::rare_earths",
  ].join("\n");
  it("reads each answer with its own question's product, destination and period", () => {
    const got = extractClaims(deck, { published: "2026-01-25" }).map((c) => [
      deck.slice(c.start, c.end),
      c.kind,
      c.series,
      c.partner,
      c.period,
    ]);
    expect(got).toEqual([
      ["58,152 t", "level", "rare-earth-magnets", "WLD", "2024-01..2024-12"],
      ["444 t", "level", "rare-earth-magnets", "VNM", "2025-10"],
      ["about 8% of the total", "share", "rare-earth-magnets", "VNM", "2025-10"],
      ["4,000.3 t", "level", "rare-earths", "WLD", "2025-09"],
    ]);
  });
});

describe("nothing shipped, said with 'none' against a month or 'zero' with a unit", () => {
  it.each([
    [
      "Germanium sales abroad picked up to 0.4 t in July after none at all in June.",
      "none at all",
      "2025-06",
    ],
    ["Terbium exports were back at 2 t in August, but none in May.", "none", "2025-05"],
    ["China exported zero tonnes of dysprosium to the US in April.", "zero", "2025-04"],
  ])("reads a level of 0: %s", (text, words, period) => {
    const zero = extractClaims(text, { published: "2025-09-20" }).find(
      (c) => text.slice(c.start, c.end) === words,
    );
    expect(zero && [zero.kind, zero.period, zero.stated.type === "level" ? zero.stated.value : null]).toEqual(
      ["level", period, 0],
    );
  });

  it("leaves 'none of the buyers' alone", () => {
    const text = "None of the buyers took more magnets in May than in April.";
    expect(extractClaims(text, { published: "2025-06-20" }).filter((c) => c.kind === "level")).toEqual([]);
  });
});

describe("a question that names no product, after the talk moved on to another", () => {
  it("asks about the product spoken of last, not the one the thread opened with", () => {
    const chat = [
      "[10:01] anna_k: magnets?",
      "[10:01] ★ host: magnets 5,100 tonnes in April",
      "[10:02] ★ host: rare earths 4,700 tonnes",
      "[10:03] bo_r: and the value?",
      "[10:03] ★ host: $21.7 million",
    ].join("\n");
    const value = extractClaims(chat, { published: "2025-05-21" }).find(
      (c) => c.stated.type === "level" && c.stated.unit === "USD",
    );
    expect(value && [value.series, value.period]).toEqual(["rare-earths", "2025-04"]);
  });
});

describe("one unit said in words", () => {
  it.each([
    ["Only a single kilogram of terbium left China in July.", "a single kilogram", 0.001],
    ["Germany got one tonne of dysprosium in August.", "one tonne", 1],
  ])("reads %s", (text, words, value) => {
    const level = extractClaims(text, { published: "2025-09-20" }).find((c) => c.kind === "level");
    expect(
      level && [
        text.slice(level.start, level.end),
        level.stated.type === "level" ? level.stated.value : null,
      ],
    ).toEqual([words, value]);
  });

  it.each([
    "One of the buyers took more in August.",
    "China did not ship a single kilogram of dysprosium to Japan in August.",
    "Korea didn't receive a single kilogram of terbium in August.",
  ])("reads no level of one unit in: %s", (text) => {
    expect(
      extractClaims(text, { published: "2025-09-20" }).filter(
        (c) => c.kind === "level" && c.stated.type === "level" && c.stated.value > 0,
      ),
    ).toEqual([]);
  });

  it("reads 'one tonne in five' as a share, not a level", () => {
    const text = "Germany took 1,250 t of magnets in August, about one tonne in five.";
    const got = extractClaims(text, { published: "2025-09-20" }).map((c) => text.slice(c.start, c.end));
    expect(got).not.toContain("one tonne");
  });
});
