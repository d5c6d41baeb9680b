// Text as it comes out of documents: a table whose cells came out one to a line, a statistical
// table whose row labels stand on a line above their figures, a page set in two columns, a deck's
// running head naming its issue's quarter (its speaker's own volumes left unchecked), and a
// translated page whose market strip writes its figures the English way. Each figure gets its own
// row's and column's reading; the page's furniture lends nothing.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/verify.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt, claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const cell = (text: string, quote: string, published: string) => cellAt(store, text, quote, published);

describe("a table whose cells came out one to a line", () => {
  const text = [
    "Table 5: China's permanent magnet exports to three markets, tonnes",
    "Sep-25",
    "Oct-25",
    "Germany",
    "1,288",
    "1,118",
    "South Korea",
    "854",
    "n/a",
    "United States",
    "420",
    "702",
    "Source: customs.",
  ].join("\n");
  it.each([
    ["1,288", ["level", "rare-earth-magnets", "DEU", "2025-09", 1288, "supported"]],
    ["1,118", ["level", "rare-earth-magnets", "DEU", "2025-10", 1118, "supported"]],
    ["854", ["level", "rare-earth-magnets", "KOR", "2025-09", 854, "supported"]],
    // the product is the caption's alone: a wrong figure is left open, not called wrong
    ["702", ["level", "rare-earth-magnets", "USA", "2025-10", 702, "unverifiable"]],
  ])("reads %s under its own column's month and its row's destination", async (quote, expected) => {
    expect(await cell(text, quote, "2025-12-10")).toEqual(expected);
  });

  it("reads a label and its figure in turn, with no heads, as rows under the caption", async () => {
    const list = "Magnet exports by market, November 2025 (t)\nJapan\n305\nUnited States\n582\n\nMore below.";
    expect(await cell(list, "305", "2025-12-22")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-11",
      305,
      "supported",
    ]);
    expect(await cell(list, "582", "2025-12-22")).toEqual([
      "level",
      "rare-earth-magnets",
      "USA",
      "2025-11",
      582,
      "supported",
    ]);
  });

  it("calls nothing wrong where a row's figures are fewer than the heads", async () => {
    const short =
      "Magnet exports, t\nSep-25\nOct-25\nGermany\n1,288\n1,118\nSouth Korea\n569\nUnited States\n420\n702";
    const r = await verifyClaims(store, short, { published: "2025-12-10" });
    expect(r.claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});

describe("a statistical table whose row labels stand above their figures", () => {
  const text = [
    "Table 1  Exports of two rare-earth goods",
    "Item                                Unit",
    "Nov-25      Dec-25      Dec-25      Dec-25",
    "                        m/m (%)     y/y (%)",
    "Rare earths                         tonne",
    "5,493.9     4,392       -20.1       32.0",
    "Permanent magnets                   tonne",
    "6,150       5,952       -7.5        ..",
  ].join("\n");
  it.each([
    ["5,493.9", ["level", "rare-earths", "WLD", "2025-11", 5493.9, "supported"]],
    ["4,392", ["level", "rare-earths", "WLD", "2025-12", 4392, "supported"]],
    ["-20.1", ["change", "rare-earths", "WLD", "2025-12", -20.1, "supported"]],
    ["32.0", ["change", "rare-earths", "WLD", "2025-12", 32, "supported"]],
    ["5,952", ["level", "rare-earth-magnets", "WLD", "2025-12", 5952, "supported"]],
    ["6,150", ["level", "rare-earth-magnets", "WLD", "2025-11", 6150, "supported"]],
  ])("reads %s with the label above it and its column's heads", async (quote, expected) => {
    expect(await cell(text, quote, "2026-01-20")).toEqual(expected);
  });
});

describe("a document's running head", () => {
  it("does not date the bullets under it with its issue's quarter", async () => {
    const text = [
      "Q3 2025 Update | Investor Deck                                3",
      "",
      "Export backdrop",
      "▪ China magnet exports, Oct-25: 5,473 t",
      "   o –5.2% MoM",
      "▪ South Korea: 569 t",
      "▪ Germany stays the top buyer: 1,118 t, about 20% of the total",
    ].join("\n");
    expect(await cell(text, "about 20% of the total", "2025-12-10")).toEqual([
      "share",
      "rare-earth-magnets",
      "DEU",
      "2025-10",
      20,
      "supported",
    ]);
    const rank = await claimAt(store, text, "stays the top buyer", "2025-12-10");
    expect([rank?.partner, rank?.period, rank?.verdict]).toEqual(["DEU", "2025-10", "supported"]);
  });

  it("leaves the speaker's own export volumes in a deck's notes unchecked", async () => {
    const text = [
      "Q3 2025 Update | Investor Deck                                3",
      "",
      "▪ Germany stays the top buyer: 1,118 t in Oct-25",
      "",
      "Notes: Our own export volumes stayed near 1,120 t a quarter.",
    ].join("\n");
    const own = await claimAt(store, text, "1,120 t", "2025-12-10");
    expect(own?.verdict).toBe("unverifiable");
    expect(own?.explanation).toContain("a company's own figure");
  });
});

describe("a translated page whose market strip writes figures the English way", () => {
  it("reads the article's thousands dot and decimal comma as its source wrote them", async () => {
    const text =
      "DAX 24,100 +0.5%   Euro/Dollar 1.162   Gold 2,650.10 -0.2%\n\n" +
      "China exported 5.952 tons of magnets in December, 3,2 percent less than in November.";
    expect(await cell(text, "5.952 tons", "2026-01-25")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-12",
      5952,
      "supported",
    ]);
  });
});

describe("a page set in two columns, read across", () => {
  const text = [
    "Exports of rare-earth magnets to Japan        Chart 3: Korea, tonnes by month",
    "came to 305 t in November, up 35% on          Sep 854   Oct 569",
    "October, customs data showed. The United      Source: customs and desk estimates",
    "States took 582 t that month.",
  ].join("\n");
  it.each([
    ["305 t", ["level", "rare-earth-magnets", "JPN", "2025-11", 305, "supported"]],
    ["up 35%", ["change", "rare-earth-magnets", "JPN", "2025-11", 35, "supported"]],
    ["582 t", ["level", "rare-earth-magnets", "USA", "2025-11", 582, "supported"]],
  ])("reads %s in its own column's sentence", async (quote, expected) => {
    expect(await cell(text, quote, "2025-12-20")).toEqual(expected);
  });
});
