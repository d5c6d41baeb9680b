// Wordings a blind batch (ah: ordinary articles a fact-checker pastes, from wires, trade press and
// translated outlets) showed read wrong.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period]);

describe("a year-back base whose figure follows in brackets", () => {
  it.each([
    [
      "Shipments of rare earths in January-February came to 10,468.3 t, 23% more than in the same period last year (8,511 t).",
      "2026-03-09",
      ["8,511 t", "2025-01..2025-02"],
    ],
    [
      "Magnet sales abroad reached 5,473 t in October, 15.8% above the same month a year earlier (4,725 t).",
      "2025-11-21",
      ["4,725 t", "2024-10"],
    ],
  ])("dates the bracketed figure a year before the claim's own period: %s", (text, published, want) => {
    expect(read(text, published).find(([words]) => words === want[0])?.[2]).toBe(want[1]);
  });

  it("still reads 'last year' alone as the year before", () => {
    const got = read("Magnet exports came to 57,392 t last year.", "2026-01-20");
    expect(got.map(([words, , period]) => [words, period])).toEqual([["57,392 t", "2025-01..2025-12"]]);
  });
});

const partners = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.partner]);

describe("a place that gives one company's nationality", () => {
  it.each([
    "Ferrotec, a German magnet wholesaler, says China shipped 5,952 t of magnets abroad in December.",
    "Kenji Ito, who heads a Japanese motor manufacturer, notes that China exported 6,150 t of magnets in November.",
  ])("is no destination: %s", (text) => {
    expect(partners(text, "2026-01-10").map(([, p]) => p)).toEqual(["WLD"]);
  });

  it("leaves a destination named with its buyers as one", () => {
    const got = partners(
      "German manufacturers received 1,288 t of Chinese magnets in September.",
      "2025-10-21",
    );
    expect(got).toEqual([["1,288 t", "DEU"]]);
  });
});

describe("a sentence that looks back in the past perfect with 'themselves' or an adverb", () => {
  it("leaves the month the text is on for the sentence after it", () => {
    const text =
      "Magnet exports sank to 1,238 t in May. March's 5,324 t had themselves been well below January. Shipments to India were 150 t, 96 t fewer than in April.";
    const got = read(text, "2025-06-20").map(([words, , period]) => [words, period]);
    expect(got).toContainEqual(["150 t", "2025-05"]);
    expect(got).toContainEqual(["96 t fewer", "2025-05"]);
  });
});

describe("a fraction of a month's whole named by its possessive", () => {
  it("is a share of that month's total, not a multiple of its level", () => {
    const text = "Vietnam's 509 t came to roughly a twelfth of December's magnet shipments.";
    const got = extractClaims(text, { published: "2026-01-25" }).filter((c) => c.kind === "share");
    expect(got.map((c) => [text.slice(c.start, c.end), c.partner, c.period])).toEqual([
      ["roughly a twelfth of December's magnet shipments", "VNM", "2025-12"],
    ]);
  });

  it("stays a multiple of the month's volume", () => {
    const text = "US magnet shipments in May were roughly a fifth of April's volume.";
    const got = extractClaims(text, { published: "2025-06-20" });
    expect(got.map((c) => c.kind)).toEqual(["change"]);
  });
});

describe("a destination's possessive that leaves the share noun to the clause before, with a fraction", () => {
  it("is that destination's share", () => {
    const text =
      "Magnet exports in September came to 5,774 t. Japan's share was 3.9%, and Korea's was about a seventh.";
    const got = extractClaims(text, { published: "2025-10-22" }).filter((c) => c.kind === "share");
    expect(got.map((c) => [text.slice(c.start, c.end), c.partner, c.period])).toEqual([
      ["share was 3.9%", "JPN", "2025-09"],
      ["about a seventh", "KOR", "2025-09"],
    ]);
  });
});

describe("a span, a change over it, then the level it ended at", () => {
  it.each([
    ["From June to October, shipments to Germany rose by almost half, to 1,118 t.", "1,118 t", "2025-10"],
    ["Between May and August, exports to Vietnam grew steadily, reaching 456 t.", "456 t", "2025-08"],
  ])("is the span's last month: %s", (text, words, period) => {
    const got = read(text, "2025-11-25").find(([w]) => w === words);
    expect(got?.[2]).toBe(period);
  });
});

describe("nothing shipped, said with 'zero' after the verb", () => {
  it("is a level of zero for the month", () => {
    const text = "Beijing shipped zero germanium in September 2023, customs figures show.";
    const got = extractClaims(text, { published: "2023-10-20" });
    expect(got.map((c) => [text.slice(c.start, c.end), c.kind, c.series, c.period])).toEqual([
      ["zero", "level", "germanium", "2023-09"],
    ]);
  });

  it("leaves zero tariffs alone", () => {
    expect(
      extractClaims("Washington shipped zero tariffs relief to Beijing in May.", { published: "2025-06-01" }),
    ).toEqual([]);
  });
});

describe("a past perfect of receiving or shipping", () => {
  it("looks back, leaving the month the text is on for what follows", () => {
    const text =
      "Terbium exports rose to 12.2 t in October. In August, Japan had received 4 t. Shipments to the United States came to 6 t.";
    const got = read(text, "2025-11-21").map(([words, , period]) => [words, period]);
    expect(got).toContainEqual(["4 t", "2025-08"]);
    expect(got).toContainEqual(["6 t", "2025-10"]);
  });
});
