// Documents as text comes out of them: a PDF's hyphenation cuts "permanent" as "per-\nmanent", and a
// report quotes someone's figure and then, in its own voice, says what that figure really was ("We
// note that this was the May figure"; "that overstates it"; press reports that "confuse the two
// series"). The cut word reads whole; a figure the document itself sets right is not checked as its
// statement, while its own figures, and a fact-check's claim under review, are.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { readingCopy } from "../../src/claims/extract/reading-copy.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf, readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: 5,473 t in October 2025, 6,150 t in November 2025; US 353 t in June 2025, 46 t in May 2025,
// 656 t in October 2025 (420.5 t in September); rare earths 4,343.5 t in October 2025
describe("a word cut at a line's end by a PDF's hyphenation", () => {
  it("reads 'per-\\nmanent magnets' as magnets, not as rare earths", async () => {
    const text =
      "Shipments were uneven this autumn. In October 2025 China sold abroad 5,473 tonnes of rare-earth per-\nmanent magnets and 4,344 tonnes of other goods.";
    expect(await readingAt(store, text, "5,473 tonnes", "2025-11-25")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-10",
    });
  });
});

describe("a figure the document sets right in its own voice", () => {
  it("is not checked when the next sentence says 'we note that this was the May figure'", async () => {
    const text =
      'Supply was tight. A supplier told the panel that "in June, magnet exports to the United States were a mere 46 tonnes, barely anything." We note that this was the May figure.';
    expect(await verdictsOf(store, text, "2025-07-21")).toEqual([["46 tonnes", "unverifiable"]]);
  });

  it("is not checked when the sentence goes on '; that overstates it'", async () => {
    const text =
      "One broker wrote that the US share of China's October 2025 magnet exports was 19%; that overstates it.";
    expect(await verdictsOf(store, text, "2025-11-30")).toEqual([
      ["share of China's October 2025 magnet exports was 19%", "unverifiable"],
    ]);
  });

  it("is not checked when reports that give it 'confuse the two series'", async () => {
    const text = "Reports that put October 2025 rare earth exports at 5,473 t confuse the two series.";
    expect(await verdictsOf(store, text, "2025-11-30")).toEqual([["5,473 t", "unverifiable"]]);
  });

  it("while the writer's own figure after 'are exaggerated:' is checked", async () => {
    const text =
      "Stories that US purchases tripled in October 2025 are exaggerated: they rose by 56 percent.";
    expect(await verdictsOf(store, text, "2025-11-30")).toEqual([
      ["tripled", "unverifiable"],
      ["rose by 56 percent", "supported"],
    ]);
  });

  it("while a bare 'That is June's figure.' after a reviewed claim leaves the claim checked", async () => {
    const text = "Claim two: US-bound magnet shipments in May 2025 were 353 tonnes. That is June's figure.";
    expect(await verdictsOf(store, text, "2025-08-01")).toEqual([["353 tonnes", "contradicted"]]);
  });
});

// magnets: Korea 815 t and Germany 1,106 t in December 2025; 57,392 t in 2025
describe("figures as OCR reads a scanned page", () => {
  it("checks 'l,106 t' and '8l5 t' as the figures the page printed, quoting them as written", async () => {
    const text = "In December 2O25, Germany received l,106 t of Chinese magnets and South Korea 8l5 t.";
    expect(await verdictsOf(store, text, "2026-03-01")).toEqual([
      ["l,106 t", "supported"],
      ["8l5 t", "supported"],
    ]);
  });

  it("reads a stray space after the thousands comma as none ('57, 392 tonnes')", async () => {
    const text = "China's magnet exports came to 57, 392 tonnes in 2025.";
    expect(await readingAt(store, text, "57, 392 tonnes", "2026-03-01")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-01..2025-12",
    });
  });
});

// magnets: Korea 854 t and Vietnam 456 t in September 2025; Germany 1,118 t and the US 656 t in October 2025
describe("a spreadsheet saved as text, its merged cells left blank", () => {
  const sheet = [
    "Magnet exports by destination (tonnes)",
    "Period\tPartner\tTonnes",
    "Sep 2025\tKorea\t854",
    "\tVietnam\t456",
    "Oct 2025\tGermany\t1,118",
    "\tUnited States\t665",
  ].join("\n");

  it("reads a blank first cell as the period the merged cell above it gives", async () => {
    expect(await readingAt(store, sheet, "456", "2025-12-01")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "VNM",
      period: "2025-09",
    });
  });

  it("and checks a wrong figure in such a row against that period", async () => {
    expect(await readingAt(store, sheet, "665", "2025-12-01")).toEqual({
      verdict: "contradicted",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-10",
    });
  });
});

// rare earths: 55,431 t in 2024, 62,585 t in 2025; magnets 6,150 t in November 2025
describe("a note's mark glued to a figure", () => {
  it("reads an estimate's superscript letter as nothing ('62,585 t\u1d49 in 2025')", async () => {
    const text = "Customs recorded rare-earth exports of 55,431 t in 2024 and 62,585 t\u1d49 in 2025.";
    expect(await periodsOf(store, text, "2026-02-01")).toEqual([
      ["55,431 t", "2024-01..2024-12", "supported"],
      ["62,585 t", "2025-01..2025-12", "supported"],
    ]);
  });

  it("reads note numbers after a unit or a percent sign as nothing", async () => {
    const text = "Magnet exports were 6,150 t\u00b3 in November 2025, up 12.4%\u2074 on the month.";
    expect(await verdictsOf(store, text, "2025-12-22")).toEqual([
      ["6,150 t", "supported"],
      ["up 12.4%", "supported"],
    ]);
  });
});

describe("a note's mark glued to a figure's digits", () => {
  it("reads a bracketed letter, an asterisk, a dagger or a superscript number after the digits as nothing", async () => {
    const text =
      "Customs put magnet exports at 6,510[a] t in November 2025, with 5,473* t in October, 305\u2020 t to Japan in November and 6,150\u00b2 tonnes in all that month.";
    expect(await verdictsOf(store, text, "2025-12-22")).toEqual([
      ["6,510[a] t", "contradicted"],
      ["5,473* t", "supported"],
      ["305\u2020 t", "supported"],
      ["6,150\u00b2 tonnes", "supported"],
    ]);
  });

  it("leaves a power of ten and an asterisk that closes emphasis as they are", async () => {
    const copy = readingCopy("Some 10\u00b3 t more went out, *6,150* in all.");
    expect(copy.read).toBe("Some 10\u00b3 t more went out, 6,150 in all.");
  });
});

// magnets: Japan 226 t in October 2025
describe("another country's statistics named in a later clause of their own", () => {
  it("leave the earlier clause China's figure, checked as such", async () => {
    const text =
      "The brief states that magnet exports to Japan in October 2025 were 262 tonnes, and that Japan's import statistics show 240 tonnes.";
    expect(await verdictsOf(store, text, "2026-01-10")).toEqual([
      ["262 tonnes", "contradicted"],
      ["240 tonnes", "unverifiable"],
    ]);
  });

  it("while such statistics named after a figure, with none of their own, are that figure's source", async () => {
    const text =
      "Imports of Chinese magnets rose to 262 t in October 2025, Japan's Ministry of Finance data showed.";
    expect(await verdictsOf(store, text, "2026-01-10")).toEqual([
      ["rose", "unverifiable"],
      ["262 t", "unverifiable"],
    ]);
  });
});

describe("a buyer's imports with its own ministry's data", () => {
  it("are not China's figure: 'Japan's imports of Chinese magnets ..., Ministry of Finance data showed'", async () => {
    const text =
      "Japan's imports of Chinese magnets rose to 262 t in October 2025, Ministry of Finance data showed.";
    expect(await verdictsOf(store, text, "2026-01-10")).toEqual([
      ["rose", "unverifiable"],
      ["262 t", "unverifiable"],
    ]);
  });

  it("while the same said on China's customs data is China's figure, checked", async () => {
    const text =
      "Japan's imports of Chinese magnets rose to 262 t in October 2025, Chinese customs data showed.";
    expect(await verdictsOf(store, text, "2026-01-10")).toContainEqual(["262 t", "contradicted"]);
  });
});

// magnets: 1,238 t in May 2025; 35,072 t in July-December 2025
describe("a half named without its year after a month named with one", () => {
  it("is that year's half, not a half not yet begun when the report came out", async () => {
    const text =
      "Magnet exports bottomed at 1,238 t in May 2025 and came back to 35,072 t over the second half, the annual report says.";
    expect(await periodsOf(store, text, "2026-04-20")).toContainEqual([
      "35,072 t",
      "2025-07..2025-12",
      "supported",
    ]);
  });
});

// magnets, October 2025: Germany 1,118 t, Korea 569 t
describe("a chart's data labels under a caption that ends on the unit's symbol", () => {
  it("reads each label's figure as tonnes of that destination", async () => {
    const text =
      "Chart 2: China's magnet shipments by buyer, October 2025, t\nGermany 1,118 | South Korea 569";
    expect(await verifyClaimsRead(text)).toEqual([
      ["1,118", "DEU", "2025-10", "supported"],
      ["569", "KOR", "2025-10", "supported"],
    ]);
  });
});

async function verifyClaimsRead(text: string) {
  return (await verifyClaims(store, text, { published: "2025-12-01" })).claims.map((c) => [
    c.text,
    c.partner,
    c.period,
    c.verdict,
  ]);
}

// magnets: Germany 1,288 t in September 2025, 1,346 t in August 2025
describe("a sentence a PDF wraps by the width of its letters", () => {
  it("is judged as one: its destination on the line before its figure", async () => {
    const text = [
      "European demand held up well in the third quarter, the agency's note argues.",
      "Shipments to the bloc were firm. In September 2025, Germany received",
      "1,346 t of Chinese magnets, more than any other buyer that month did.",
    ].join("\n");
    expect(await readingAt(store, text, "1,346 t", "2025-11-06")).toEqual({
      verdict: "contradicted",
      series: "rare-earth-magnets",
      partner: "DEU",
      period: "2025-09",
    });
  });
});

// magnets: 5,473 t in October 2025, 6,150 t in November 2025
describe("a bullet's second line set under its words", () => {
  it("is read on from the first, its indent no gap between cells", async () => {
    const text = [
      "Highlights",
      "\u2022 Magnet exports from China recovered to 6,150 t in November 2025, up",
      "  12.4% m/m, the customs release shows.",
      "\u2022 Licences are being granted faster than in the spring.",
    ].join("\n");
    expect(await verdictsOf(store, text, "2025-12-22")).toContainEqual(["up\n  12.4%", "supported"]);
  });
});

// magnets: Germany 1,346 t in August 2025
describe("a name described between commas before its verb", () => {
  it("keeps the figure a trade figure though the description speaks of demand", async () => {
    const text =
      "In August 2025, Germany, long the mainstay of European demand, took 1,346 tonnes of Chinese magnets.";
    expect(await verdictsOf(store, text, "2025-09-24")).toEqual([["1,346 tonnes", "supported"]]);
  });

  it("while a figure that follows such a noun in the clause itself is not a trade figure", async () => {
    const text = "Germany's magnet demand, a rough estimate, reached 9,000 tonnes in 2025.";
    expect(await verdictsOf(store, text, "2026-02-01")).toEqual([]);
  });
});

// magnets: US 994 t of 10,763 t in January-February 2026 (9.2%)
describe("a place named after the desk or trader who speaks", () => {
  it("is where the speaker sits, not a destination that could carry the figure", async () => {
    const text =
      "The 994 t shipped to the United States in January-February 2026 was a quarter of China's magnet exports, a trading desk in Singapore said.";
    expect(await readingAt(store, text, "a quarter of China's magnet exports", "2026-03-20")).toEqual({
      verdict: "contradicted",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2026-01..2026-02",
    });
  });
});
